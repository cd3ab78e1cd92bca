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
                    let (start, end) = utf16_span(source, &label.span);
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
            let (start, end) = utf16_span(source, &diagnostic.span);
            format!(
                "{{\"severity\":\"{severity}\",\"message\":{},\"start\":{start},\"end\":{end},\
                 \"help\":{help},\"labels\":[{}]}}",
                quoted(&diagnostic.message),
                labels.join(",")
            )
        })
        .collect()
}

/// A byte span of `source` as JS string offsets (UTF-16 code units).
/// A span past the end or inside a character is moved back to the
/// nearest character boundary rather than trusted.
fn utf16_span(source: &str, span: &Span) -> (usize, usize) {
    let start = utf16_offset(source, span.start);
    let end = utf16_offset(source, span.end.max(span.start));
    (start, end)
}

fn utf16_offset(source: &str, byte: usize) -> usize {
    let mut byte = byte.min(source.len());
    while !source.is_char_boundary(byte) {
        byte -= 1;
    }
    source[..byte].encode_utf16().count()
}

#[cfg(test)]
mod tests {
    use super::{report, utf16_offset, utf16_span, Options};

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
        assert_eq!(utf16_span(text, &backwards), (3, 3));
    }
}
