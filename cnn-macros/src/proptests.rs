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

use cnn_core::{
    analyze, Activation, Analysis, Argument, Axes, Kind, LayerSpec, Opt, OptionSet, Padding, Shape,
    KINDS, OPTIONS,
};
use proc_macro2::TokenStream;

use crate::expand::expand;

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

/// A number as the user writes it, and its value if it fits `u64`.
#[derive(Clone)]
struct Number {
    text: String,
    value: Option<u64>,
}

/// Numbers that do not fit `u64`, as text.
const TOO_BIG: &[&str] = &[
    "18446744073709551616",                    // u64::MAX + 1
    "99999999999999999999",                    // 20 digits
    "340282366920938463463374607431768211456", // 2^128
];

fn number(rng: &mut Rng, small: bool) -> Number {
    let fits = |value: u64| Number {
        text: value.to_string(),
        value: Some(value),
    };
    if small {
        return fits(1 + rng.below(6) as u64);
    }
    match rng.below(20) {
        0 => fits(0),
        1 => fits(u64::MAX),
        2 => fits(1 << 32),
        3 => fits(u64::MAX - rng.below(3) as u64),
        4 => Number {
            text: rng.pick(TOO_BIG).to_string(),
            value: None,
        },
        5 => fits(rng.next()),
        6 => fits(1 << rng.below(64)),
        7..=10 => fits(1 + rng.below(64) as u64),
        _ => fits(1 + rng.below(8) as u64),
    }
}

/// Numbers joined by `x`, either as one literal (`3x3`) or spaced
/// (`3 x 3`); a leading `0` in one literal (`0x1x3`) is read by its text.
fn dims_text(rng: &mut Rng, numbers: &[Number]) -> String {
    let parts: Vec<&str> = numbers.iter().map(|n| n.text.as_str()).collect();
    if rng.one_in(3) {
        parts.join(" x ")
    } else {
        parts.join("x")
    }
}

/// One statement written by the generator, and what it means.
struct Generated {
    text: String,
    /// The layer, if every number fits `u64`.
    spec: Option<LayerSpec>,
    /// The statement's keyword, for the assertion that may follow it.
    keyword: &'static str,
}

/// A random statement of `info`'s kind, with random accepted options.
/// `rank` is the program's: how many spatial axes kernels and windows
/// mostly give (an input of that rank, now and then another).
fn statement(
    rng: &mut Rng,
    info: &'static cnn_core::KindInfo,
    small: bool,
    rank: usize,
) -> Generated {
    // Now and then one axis too many or too few, which must be an error.
    let axes = |rng: &mut Rng| {
        if rng.one_in(8) {
            1 + rng.below(3)
        } else {
            rank.clamp(1, 3)
        }
    };
    let mut text = info.keyword.to_string();
    let mut fits = true;
    let mut kind = info.kind;
    let mut spec_window = None;
    let mut spec_count = None;
    let mut spec_shape = None;
    let mut take = |rng: &mut Rng, count: usize| -> Vec<Number> {
        let numbers: Vec<Number> = (0..count).map(|_| number(rng, small)).collect();
        fits &= numbers.iter().all(|n| n.value.is_some());
        numbers
    };
    let value = |n: &Number| n.value.unwrap_or(1);
    match info.argument {
        Argument::None => {}
        Argument::Shape => {
            // A flat vector now and then, else a map of the program's rank.
            let count = if rng.one_in(4) { 1 } else { rank + 1 };
            let numbers = take(rng, count);
            text = format!("{text} {}", dims_text(rng, &numbers));
            let values: Vec<u64> = numbers.iter().map(value).collect();
            spec_shape = Some(match values[..] {
                [n] => Shape::Flat(n),
                [l, c] => Shape::sequence(l, c),
                [h, w, c] => Shape::spatial(h, w, c),
                [d, h, w, c] => Shape::volume(d, h, w, c),
                _ => unreachable!(),
            });
        }
        Argument::KernelFilters => {
            let count = axes(rng) + 1;
            let numbers = take(rng, count);
            text = format!("{text} {}", dims_text(rng, &numbers));
            let values: Vec<u64> = numbers.iter().map(value).collect();
            let (filters, kernel) = values.split_last().unwrap();
            spec_window = Axes::written_as(kernel);
            spec_count = Some(*filters);
        }
        Argument::Window => {
            // One number for every axis, or one per axis.
            let count = if rng.one_in(2) { 1 } else { axes(rng) };
            let numbers = take(rng, count);
            text = format!("{text} {}", dims_text(rng, &numbers));
            let values: Vec<u64> = numbers.iter().map(value).collect();
            spec_window = Axes::written_as(&values);
        }
        Argument::Count => {
            let numbers = take(rng, 1);
            text = format!("{text} {}", numbers[0].text);
            spec_count = Some(value(&numbers[0]));
        }
        Argument::OptionalCount => {
            if rng.one_in(2) {
                kind = Kind::Activation(Activation::Softmax);
            } else {
                let numbers = take(rng, 1);
                text = format!("{text} {}", numbers[0].text);
                spec_count = Some(value(&numbers[0]));
            }
        }
        Argument::OptionalRate => {
            if rng.one_in(2) {
                text = format!("{text} {}", rng.pick(&["0", "0.5", "1", "0.25", "1.0"]));
            }
        }
    }
    let mut spec = match spec_shape {
        Some(shape) => LayerSpec::input(shape),
        None => LayerSpec::new(kind),
    };
    if let Some(window) = spec_window {
        spec = spec.window_axes(window);
    }
    if let Some(count) = spec_count {
        spec = spec.count(count);
    }
    // `softmax` alone takes no options, whatever the table says of `softmax N`.
    let accepted = if kind == Kind::Activation(Activation::Softmax) {
        OptionSet::NONE
    } else {
        info.options
    };
    let mut options: Vec<_> = OPTIONS
        .iter()
        .filter(|option| accepted.contains(option.option) && rng.one_in(3))
        .collect();
    // In any order.
    for i in (1..options.len()).rev() {
        options.swap(i, rng.below(i + 1));
    }
    for option in options {
        let keyword = option.keyword;
        match option.opt {
            Opt::NoBias => spec = spec.no_bias(),
            Opt::Ceil => spec = spec.ceil_mode(),
            Opt::Bilinear => spec = spec.bilinear(),
            Opt::Pad if rng.one_in(3) => {
                let (word, padding) =
                    *rng.pick(&[("same", Padding::Same), ("valid", Padding::Valid)]);
                text = format!("{text} pad {word}");
                spec = spec.padding(padding);
                continue;
            }
            Opt::Pad
            | Opt::Stride
            | Opt::Dilation
            | Opt::Groups
            | Opt::Multiplier
            | Opt::OutPad => {}
        }
        if !option.takes_value {
            text = format!("{text} {keyword}");
            continue;
        }
        let per_axis = matches!(
            option.opt,
            Opt::Stride | Opt::Dilation | Opt::Pad | Opt::OutPad
        );
        let count = if per_axis && rng.one_in(3) {
            axes(rng)
        } else {
            1
        };
        let small_value = small || !rng.one_in(4);
        let value_of = |rng: &mut Rng| {
            if keyword == "pad" && small_value {
                // Padding 0 to 2, so that pooling accepts it now and then.
                let pad = rng.below(3) as u64;
                Number {
                    text: pad.to_string(),
                    value: Some(pad),
                }
            } else {
                number(rng, small_value)
            }
        };
        let numbers: Vec<Number> = (0..count).map(|_| value_of(rng)).collect();
        fits &= numbers.iter().all(|n| n.value.is_some());
        text = format!("{text} {keyword} {}", dims_text(rng, &numbers));
        let values: Vec<u64> = numbers.iter().map(value).collect();
        let written = Axes::written_as(&values).unwrap_or(Axes::every(1));
        let a = values[0];
        spec = match option.opt {
            Opt::Stride => spec.stride_axes(written),
            Opt::Dilation => spec.dilation_axes(written),
            Opt::Pad => spec.padding(Padding::Explicit(written)),
            Opt::OutPad => spec.outpad_axes(written),
            Opt::Groups => spec.groups(a),
            Opt::Multiplier => spec.multiplier(a),
            // Flags took no value above.
            Opt::NoBias | Opt::Ceil | Opt::Bilinear => spec,
        };
    }
    Generated {
        text,
        spec: fits.then_some(spec),
        keyword: info.keyword,
    }
}

/// A generated network: its text, and what `cnn-core` says of its layers.
struct Program {
    text: String,
    /// `Some(params)` if the program is valid, `None` if it must fail.
    /// What `cnn-core` says of it, if it is valid.
    expected: Option<Analysis>,
    /// Text that some error message must contain (a number too large, a
    /// wrong assertion).
    must_mention: Vec<String>,
    name: String,
    /// The layers as the generator meant them, for failure messages.
    specs: Vec<LayerSpec>,
}

fn shape_text(shape: Shape) -> String {
    shape.to_string()
}

fn program(rng: &mut Rng) -> Program {
    // Mostly small numbers, so that many programs are valid and deep.
    let small = !rng.one_in(4);
    let length = 1 + rng.below(12);
    let input = KINDS.iter().find(|info| info.keyword == "input").unwrap();
    // Images mostly, then sequences and volumes.
    let rank = *rng.pick(&[2, 2, 2, 1, 3]);
    let mut statements = vec![statement(rng, input, small, rank)];
    for _ in 0..length {
        let info = loop {
            let info = rng.pick(KINDS);
            if info.kind != Kind::Input {
                break info;
            }
        };
        statements.push(statement(rng, info, small, rank));
    }
    let mut must_mention = Vec::new();
    let mut all_fit = true;
    for generated in &statements {
        if generated.spec.is_none() {
            all_fit = false;
            // A statement stops at its first error: that number is named.
            let first = TOO_BIG
                .iter()
                .filter_map(|too_big| Some((generated.text.find(too_big)?, *too_big)))
                .min();
            if let Some((_, too_big)) = first {
                must_mention.push(format!("`{too_big}` is larger than the largest count"));
            }
        }
    }
    let specs: Vec<LayerSpec> = statements.iter().filter_map(|g| g.spec).collect();
    let analysis = if all_fit { analyze(&specs).ok() } else { None };
    // The true output of each layer, for `-> shape` assertions.
    let mut outputs = Vec::new();
    if analysis.is_some() {
        let mut shape = specs[0].shape;
        for spec in &specs {
            shape = spec.apply(shape).map(|step| step.output).unwrap_or(shape);
            outputs.push(shape);
        }
    }
    let mut wrong_assertion = false;
    let mut lines = Vec::new();
    for (index, generated) in statements.iter().enumerate() {
        let name = match rng.below(4) {
            0 => String::new(),
            // A keyword of the language as a name, once at most.
            1 if index == 1 => format!("{}: ", generated.keyword),
            _ => format!("l{index}: "),
        };
        let mut line = format!("{name}{}", generated.text);
        if let Some(output) = outputs.get(index) {
            if rng.one_in(4) {
                // A wrong assertion is off by one in its last number.
                let wrong = rng.one_in(3);
                wrong_assertion |= wrong;
                let asserted = if wrong {
                    output.with_channels(output.channels().wrapping_add(1).max(1))
                } else {
                    *output
                };
                line = format!("{line} -> {}", shape_text(asserted));
                if wrong {
                    must_mention.push(format!("-> {}` does not hold", shape_text(asserted)));
                }
            }
        }
        lines.push(line);
    }
    let name = format!("Net{}", rng.below(1000));
    let text = format!("pub struct {name} {{ {}; }}", lines.join("; "));
    let expected = match analysis {
        Some(analysis) if !wrong_assertion => Some(analysis),
        _ => None,
    };
    Program {
        text,
        expected,
        must_mention,
        name,
        specs,
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
