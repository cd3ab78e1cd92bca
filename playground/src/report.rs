//! One network's text checked, and everything the page shows of it as one
//! JSON document:
//!
//! ```json
//! {"ok": true, "summary": "...", "svg": "<svg ...", "model": {...},
//!  "diagnostics": [{"severity": "error", "message": "...", "start": 3,
//!                   "end": 7, "help": null, "labels": [...]}]}
//! ```
//!
//! `summary`, `svg` and `model` (the `cnn json` export, whose totals the
//! page shows) are `null` when the network has an error. Spans are in
//! UTF-16 code units, as JS strings count, not `cnn-lang`'s bytes. Every
//! number and every text comes from `cnn-lang` and `cnn-core`, made the
//! way the `cnn` command makes them.

use cnn_core::{Json, Summary, Svg};
use cnn_lang::{Diagnostic, Severity, Span};

use crate::escape::quoted;

/// The network's name in the table, the diagram and the JSON.
const NAME: &str = "network";

/// How to show the network.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Show rows only this many blocks deep (`None`: all).
    pub depth: Option<u16>,
    /// Give every layer inside named blocks and repeats its own box.
    pub expanded: bool,
}

/// The answer for the network written as `source`.
pub fn report(source: &str, options: Options) -> String {
    let checked = cnn_lang::check(source, None);
    let diagnostics = diagnostics(source, &checked.diagnostics);
    let Some(network) = checked.network else {
        return answer(false, None, &diagnostics);
    };
    // Borrowed from `network`, which the page checks again after every
    // pause in typing: nothing is kept from one answer to the next.
    let layers = network.layers();
    let model = network.model(&layers);
    let summary = Summary::new(NAME, model);
    let summary = match options.depth {
        Some(depth) => summary.depth(depth).to_string(),
        None => summary.to_string(),
    };
    let svg = Svg::new(NAME, model);
    let svg = match options.expanded {
        true => svg.expanded().to_string(),
        false => svg.to_string(),
    };
    let json = Json::new(NAME, model).to_string();
    let shown = Shown {
        summary: &summary,
        svg: &svg,
        json: json.trim_end(),
    };
    answer(true, Some(shown), &diagnostics)
}

/// The answer for input that is not UTF-8, which the page never sends.
pub fn not_utf8() -> String {
    let error = "{\"severity\":\"error\",\"message\":\"the text is not UTF-8\",\
                 \"start\":0,\"end\":0,\"help\":null,\"labels\":[]}"
        .to_string();
    answer(false, None, &[error])
}

/// What a valid network shows.
struct Shown<'a> {
    summary: &'a str,
    svg: &'a str,
    json: &'a str,
}

fn answer(ok: bool, shown: Option<Shown>, diagnostics: &[String]) -> String {
    let (summary, svg, model) = match shown {
        Some(shown) => (
            quoted(shown.summary),
            quoted(shown.svg),
            shown.json.to_string(),
        ),
        None => ("null".into(), "null".into(), "null".into()),
    };
    format!(
        "{{\"ok\":{ok},\"summary\":{summary},\"svg\":{svg},\"model\":{model},\
         \"diagnostics\":[{}]}}",
        diagnostics.join(",")
    )
}

/// Each diagnostic as a JSON object, spans in UTF-16 units.
fn diagnostics(source: &str, list: &[Diagnostic]) -> Vec<String> {
    let utf16 = Utf16::new(source);
    list.iter()
        .map(|diagnostic| {
            let severity = match diagnostic.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let labels: Vec<String> = diagnostic
                .labels
                .iter()
                .map(|label| {
                    let (start, end) = utf16.span(&label.span);
                    format!(
                        "{{\"start\":{start},\"end\":{end},\"message\":{}}}",
                        quoted(&label.message)
                    )
                })
                .collect();
            let help = diagnostic
                .help
                .as_deref()
                .map_or_else(|| "null".to_string(), quoted);
            let (start, end) = utf16.span(&diagnostic.span);
            format!(
                "{{\"severity\":\"{severity}\",\"message\":{},\"start\":{start},\"end\":{end},\
                 \"help\":{help},\"labels\":[{}]}}",
                quoted(&diagnostic.message),
                labels.join(",")
            )
        })
        .collect()
}

/// Byte offsets of one text as JS string offsets (UTF-16 code units). Each
/// is counted from the nearest of the checkpoints made every [`STEP`]
/// bytes, not from the start: a long text with many diagnostics is not
/// counted again for each, which made 20,000 of them take seconds.
struct Utf16<'a> {
    source: &'a str,
    /// The units before each checkpoint: the character boundary at or
    /// before every multiple of [`STEP`].
    units: Vec<usize>,
}

/// The bytes between checkpoints.
const STEP: usize = 1024;

impl Utf16<'_> {
    fn new(source: &str) -> Utf16<'_> {
        let mut units = Vec::with_capacity(source.len() / STEP + 1);
        let (mut count, mut at) = (0, 0);
        for checkpoint in 0..=source.len() / STEP {
            let byte = boundary_before(source, checkpoint * STEP);
            count += source[at..byte].encode_utf16().count();
            at = byte;
            units.push(count);
        }
        Utf16 { source, units }
    }

    /// A byte span as UTF-16 offsets. A span past the end or inside a
    /// character is moved back to the nearest character boundary rather
    /// than trusted.
    fn span(&self, span: &Span) -> (usize, usize) {
        (
            self.offset(span.start),
            self.offset(span.end.max(span.start)),
        )
    }

    fn offset(&self, byte: usize) -> usize {
        let byte = boundary_before(self.source, byte);
        let checkpoint = byte / STEP;
        let from = boundary_before(self.source, checkpoint * STEP);
        self.units[checkpoint] + self.source[from..byte].encode_utf16().count()
    }
}

/// The character boundary at or before `byte`, the end if it is past it.
fn boundary_before(source: &str, byte: usize) -> usize {
    let mut byte = byte.min(source.len());
    while !source.is_char_boundary(byte) {
        byte -= 1;
    }
    byte
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::{report, Options, Utf16};

    fn utf16_offset(text: &str, byte: usize) -> usize {
        Utf16::new(text).offset(byte)
    }

    /// The answer for `text`, made on a thread with a stack of a megabyte,
    /// what a wasm32 module gets by default; and how long it took.
    fn answer_on_a_small_stack(text: String) -> (String, Duration) {
        std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn(move || {
                let started = Instant::now();
                let answer = report(&text, Options::default());
                (answer, started.elapsed())
            })
            .expect("a thread")
            .join()
            .expect("no panic and no stack overflow")
    }

    #[test]
    fn twenty_thousand_nested_braces_are_a_diagnostic_not_a_crash() {
        // The link after `#` can hold any text; this one overflowed the
        // page's stack. The error is at the 65th `{`, bytes 64..65, which
        // are UTF-16 units 64..65 too.
        let text = format!("{}{}", "{".repeat(20_000), "}".repeat(20_000));
        let (answer, _) = answer_on_a_small_stack(text);
        assert_eq!(
            answer,
            "{\"ok\":false,\"summary\":null,\"svg\":null,\"model\":null,\"diagnostics\":[\
             {\"severity\":\"error\",\"message\":\"blocks nest more than 64 deep here; \
             `cnn!` reads at most 64 levels of blocks inside one another\",\
             \"start\":64,\"end\":65,\"help\":null,\"labels\":[]}]}"
        );
    }

    #[test]
    fn a_skipped_statement_is_not_ok() {
        // The parser skips `conv2d`; what is left analyses, but it is not
        // the network written, so the page shows no table for it.
        let answer = report(
            "input 3x224x224;\nconv2d 3x3x64 padding 1;\nlinear 10;\n",
            Options::default(),
        );
        assert!(
            answer.starts_with("{\"ok\":false,\"summary\":null"),
            "{answer}"
        );
        assert!(answer.contains("conv2d"), "{answer}");
    }

    #[test]
    fn byte_offsets_become_utf16_offsets() {
        // `é` is 2 bytes and 1 unit, `𝄞` 4 bytes and 2 units.
        let text = "é𝄞x";
        assert_eq!(utf16_offset(text, 0), 0);
        assert_eq!(utf16_offset(text, 2), 1);
        assert_eq!(utf16_offset(text, 6), 3);
        assert_eq!(utf16_offset(text, 7), 4);
        // Inside a character, past the end: moved back, no panic.
        assert_eq!(utf16_offset(text, 1), 0);
        assert_eq!(utf16_offset(text, 99), 4);
        let backwards = core::ops::Range { start: 6, end: 2 };
        assert_eq!(Utf16::new(text).span(&backwards), (3, 3));
    }

    #[test]
    fn offsets_past_the_checkpoints_count_every_unit_once() {
        // 3,000 `é` (2 bytes, 1 unit each) then `x`: checkpoints every
        // 1,024 bytes fall on boundaries; byte 2,049 is inside an `é`.
        let text = format!("{}x", "é".repeat(3_000));
        assert_eq!(utf16_offset(&text, 2_048), 1_024);
        assert_eq!(utf16_offset(&text, 2_049), 1_024);
        assert_eq!(utf16_offset(&text, 6_000), 3_000);
        assert_eq!(utf16_offset(&text, 6_001), 3_001);
        // 1,000 `𝄞` (4 bytes, 2 units each) after one `a`: now every
        // checkpoint is inside a character.
        let text = format!("a{}", "𝄞".repeat(1_000));
        assert_eq!(utf16_offset(&text, 1_025), 1 + 512);
        assert_eq!(utf16_offset(&text, 1_026), 1 + 512);
        assert_eq!(utf16_offset(&text, 4_001), 2_001);
    }

    #[test]
    fn many_diagnostics_on_a_long_text_take_linear_time() {
        // 20,000 unknown layers took 3.7 s in a release build, 3.7 times
        // as long as 10,000.
        let (answer, took) =
            answer_on_a_small_stack(format!("input 3; {}", "rleu; ".repeat(20_000)));
        assert_eq!(answer.matches("unknown layer `rleu`").count(), 20_000);
        // The last `rleu`: 9 bytes of `input 3; `, 6 a layer.
        let last = 9 + 6 * 19_999;
        assert!(answer.ends_with(&format!(
            "\"start\":{last},\"end\":{},\"help\":null,\"labels\":[]}}]}}",
            last + 4
        )));
        assert!(took < Duration::from_secs(20), "{took:?}");
    }
}
