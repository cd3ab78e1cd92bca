//! Property tests of the whole macro pipeline: random programs, written
//! from the language's own keyword and option tables, and mutations of
//! them, fed to `expand` as tokens.
//!
//! The properties, for every case:
//!
//! - `expand` returns tokens and never panics;
//! - the output declares the struct (the real one or the fallback stub),
//!   and every `compile_error!` in it carries a message;
//! - it does not lie: for a generated program, whose layers the generator
//!   also builds as `cnn_core::LayerSpec`s, the output has no
//!   `compile_error!` exactly when `cnn_core::analyze` accepts the layers
//!   (and every `-> shape` written is the true shape), and then its
//!   parameter counts are `analyze`'s; a number that does not fit `u64` or a
//!   wrong `-> shape` is always an error that names it.
//!
//! Cases are drawn from a seeded xorshift generator, so a failure prints its
//! case and replays. The default count runs in seconds in a debug build;
//! `CNN_PROPTEST_CASES=200000 cargo test -p cnn-macros --release proptests
//! -- --nocapture` is a long run (`CNN_PROPTEST_SEED` picks another
//! sequence). Each test prints its slowest expansion; no timing is asserted.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use proc_macro2::TokenStream;

use crate::expand::expand;

mod generate;

use cnn_core::analyze;
use generate::program;

/// Cases per test unless `CNN_PROPTEST_CASES` says otherwise.
const DEFAULT_CASES: usize = 3000;

fn cases() -> usize {
    std::env::var("CNN_PROPTEST_CASES")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(DEFAULT_CASES)
}

fn seed() -> u64 {
    std::env::var("CNN_PROPTEST_SEED")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(0x5eed_cafe_f00d_d00d)
}

/// xorshift64*, seeded through splitmix64 so that any seed works.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Rng((z ^ (z >> 31)) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }

    /// `true` one time in `n`.
    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The messages of every `compile_error!` in an expansion's text.
fn messages(expanded: &str) -> Vec<String> {
    expanded
        .split("compile_error !")
        .skip(1)
        .map(|rest| {
            let Some(start) = rest.find('"') else {
                return String::new();
            };
            let end = rest[start + 1..]
                .find("\" }")
                .map_or(rest.len(), |end| start + 1 + end);
            rest[start + 1..end].replace("\\\"", "\"")
        })
        .collect()
}

/// The number after `field : ` in the first `::cnn::Model { ... }`.
fn model_field(expanded: &str, field: &str) -> Option<u64> {
    let marker = format!("pub const {} : u64 = ", field.to_uppercase());
    let at = expanded.find(&marker)? + marker.len();
    let digits: String = expanded[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// Expands `text`, panicking with the case if `expand` panics; `None` if
/// `text` does not lex as Rust tokens. Also returns the time taken.
fn run(text: &str) -> Option<(String, Duration)> {
    let tokens: TokenStream = text.parse().ok()?;
    let start = Instant::now();
    let result = catch_unwind(AssertUnwindSafe(|| expand(tokens)));
    let elapsed = start.elapsed();
    match result {
        Ok(output) => Some((output.to_string(), elapsed)),
        Err(_) => panic!("the macro panicked on {text:?}"),
    }
}

/// Checks what holds of every expansion.
fn check_output(text: &str, expanded: &str, name: Option<&str>) {
    for message in messages(expanded) {
        assert!(
            !message.trim().is_empty(),
            "an empty error message for {text:?}: {expanded}"
        );
    }
    if let Some(name) = name {
        assert!(
            expanded.contains(&format!("struct {name} ;")),
            "{name} is not declared for {text:?}: {expanded}"
        );
    }
    if !expanded.contains("compile_error") && !expanded.is_empty() {
        assert!(
            expanded.contains(":: cnn :: Model {") || expanded.contains("::cnn::Model {"),
            "neither an error nor a model for {text:?}: {expanded}"
        );
    }
}

struct Slowest {
    time: Duration,
    text: String,
}

impl Slowest {
    fn new() -> Slowest {
        Slowest {
            time: Duration::ZERO,
            text: String::new(),
        }
    }

    fn see(&mut self, time: Duration, text: &str) {
        if time > self.time {
            self.time = time;
            self.text = text.to_string();
        }
    }

    fn report(&self, test: &str, cases: usize) {
        println!(
            "{test}: {cases} cases, slowest expansion {:?} ({} bytes of input)",
            self.time,
            self.text.len()
        );
    }
}

#[test]
fn generated_programs_expand_to_the_truth() {
    let mut rng = Rng::new(seed());
    let mut slowest = Slowest::new();
    let (mut valid, mut invalid) = (0, 0);
    let cases = cases();
    for _ in 0..cases {
        let program = program(&mut rng);
        let text = &program.text;
        let (expanded, time) = run(text).unwrap_or_else(|| panic!("does not lex: {text}"));
        slowest.see(time, text);
        check_output(text, &expanded, Some(&program.name));
        let errors = messages(&expanded);
        match program.expected {
            Some(analysis) => {
                valid += 1;
                assert!(
                    errors.is_empty(),
                    "{text}\nvalid, but: {errors:?}\n{:#?}",
                    program.specs
                );
                for (field, value) in [
                    ("params", analysis.totals.params),
                    ("non_trainable_params", analysis.totals.non_trainable_params),
                    ("macs", analysis.totals.macs),
                    ("largest_activation", analysis.largest_activation),
                    ("peak_activations", analysis.peak_activations),
                ] {
                    assert_eq!(
                        model_field(&expanded, field),
                        Some(value),
                        "{field}: {text}"
                    );
                }
            }
            None => {
                invalid += 1;
                assert!(
                    !errors.is_empty(),
                    "{text}\ninvalid, but no error\n{:#?}\n{:?}",
                    program.specs,
                    analyze(&program.specs)
                );
            }
        }
        for needle in &program.must_mention {
            assert!(
                errors
                    .iter()
                    .any(|message| message.contains(needle.as_str())),
                "{text}\nno message mentions {needle:?}: {errors:?}"
            );
        }
    }
    slowest.report("generated programs", cases);
    println!("  {valid} valid, {invalid} invalid");
    // The generator must exercise both sides, or the test proves little.
    assert!(
        valid * 10 >= cases && invalid * 10 >= cases,
        "{valid} valid, {invalid} invalid"
    );
}

/// Pieces to splice into programs: punctuation, braces, keywords, numbers
/// at and past the edges of `u64`, other scripts.
const SPLICE: &[&str] = &[
    ";",
    ":",
    "::",
    "->",
    "-",
    ">",
    "x",
    "{",
    "}",
    "{ }",
    "{ { { } } }",
    "(",
    ")",
    "[",
    "]",
    ",",
    "#",
    "#[doc = \"d\"]",
    "'a",
    "\"s\"",
    "0",
    "1",
    "0x0",
    "0x1x3",
    "1e9",
    "0.5",
    "-1",
    "3u8",
    "18446744073709551615",
    "18446744073709551616",
    "99999999999999999999",
    "4294967296",
    "input",
    "conv",
    "fc",
    "relu",
    "pool",
    "stride",
    "pad",
    "same",
    "groups",
    "nobias",
    "ceil",
    "dilation",
    "multiplier",
    "residual",
    "add",
    "concat",
    "repeat",
    "struct",
    "pub",
    "fn",
    "r#type",
    "größe",
    "ǅ",
    "_",
    "self",
    "crate",
    "$",
    "@",
    "?",
    "!",
];

fn mutate(rng: &mut Rng, text: &str) -> String {
    let mut words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
    for _ in 0..1 + rng.below(5) {
        if words.is_empty() {
            break;
        }
        let at = rng.below(words.len());
        match rng.below(7) {
            0 => {
                words.remove(at);
            }
            1 | 2 => words.insert(at, rng.pick(SPLICE).to_string()),
            3 => words[at] = rng.pick(SPLICE).to_string(),
            4 => {
                let other = rng.below(words.len());
                words.swap(at, other);
            }
            5 => {
                // Cut a word in two, or glue two together.
                let word = words[at].clone();
                let cut = word.char_indices().map(|(i, _)| i).nth(1);
                match cut {
                    Some(cut) if rng.one_in(2) => {
                        words[at] = word[..cut].to_string();
                        words.insert(at + 1, word[cut..].to_string());
                    }
                    _ if at + 1 < words.len() => {
                        let next = words.remove(at + 1);
                        words[at].push_str(&next);
                    }
                    _ => {}
                }
            }
            _ => {
                // Wrap a run of words in braces.
                let end = (at + 1 + rng.below(4)).min(words.len());
                words.insert(end, "}".to_string());
                words.insert(at, "{".to_string());
            }
        }
    }
    words.join(" ")
}

#[test]
fn mutated_programs_return_tokens_and_never_panic() {
    let mut rng = Rng::new(seed() ^ 0xdead_beef);
    let mut slowest = Slowest::new();
    let (mut lexed, mut with_errors) = (0, 0);
    let cases = cases();
    for _ in 0..cases {
        let program = program(&mut rng);
        let mut text = mutate(&mut rng, &program.text);
        if rng.one_in(5) {
            // The expression form.
            let body = text.find('{').map_or(text.as_str(), |at| &text[at + 1..]);
            text = body.trim_end().trim_end_matches('}').to_string();
        }
        let Some((expanded, time)) = run(&text) else {
            continue;
        };
        lexed += 1;
        slowest.see(time, &text);
        check_output(&text, &expanded, None);
        if expanded.contains("compile_error") {
            with_errors += 1;
        }
    }
    slowest.report("mutated programs", cases);
    println!("  {lexed} lexed as Rust tokens, {with_errors} gave errors");
    assert!(lexed * 2 >= cases, "only {lexed} of {cases} lexed");
    assert!(
        with_errors * 2 >= lexed,
        "only {with_errors} of {lexed} gave errors"
    );
}
