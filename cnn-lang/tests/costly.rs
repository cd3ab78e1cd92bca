//! Inputs made to cost: brackets nested far too deep, a word or a number of
//! a million characters, counts and shapes past `u64`. Each gets one clear
//! error (or a network) at once: nothing is read in more than linear time
//! and memory, and nothing recurses as deep as the input nests.

use std::time::{Duration, Instant};

use cnn_lang::{check, Checked};

/// The message ERRORS.md gives for nesting too deep (`blocks_nested_too_deep`).
const TOO_DEEP: &str =
    "blocks nest more than 64 deep here; `cnn!` reads at most 64 levels of blocks inside one another";

/// Checks `source` on a thread with a small stack, as a compiler or a
/// browser might give: deep input must not recurse deeply.
fn check_small_stack(source: String) -> (Checked, Duration) {
    std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(move || {
            let started = Instant::now();
            let checked = check(&source, None);
            (checked, started.elapsed())
        })
        .expect("a thread")
        .join()
        .expect("no panic and no stack overflow")
}

/// Every diagnostic as its span and message.
fn found(checked: &Checked) -> Vec<(core::ops::Range<usize>, &str)> {
    checked
        .diagnostics
        .iter()
        .map(|d| (d.span.clone(), d.message.as_str()))
        .collect()
}

#[test]
fn nesting_too_deep_is_one_error_at_the_brace_that_goes_too_deep() {
    // 131,250 is the 262 KB file a user's `cnn check` overflowed its stack
    // on; 5,000,000 took 2.4 GB before it did.
    for depth in [131_250, 5_000_000] {
        let source = format!("{}{}", "{".repeat(depth), "}".repeat(depth));
        let (checked, took) = check_small_stack(source);
        // The 65th `{`, at byte 64.
        assert_eq!(found(&checked), [(64..65, TOO_DEEP)], "{depth} deep");
        println!("{depth} nested braces: {took:?}");
    }
}

#[test]
fn sixty_four_levels_are_read_and_sixty_five_are_not() {
    let nested = |depth: usize| {
        format!(
            "input 2x2x1; {}relu;{}",
            "{ ".repeat(depth),
            " }".repeat(depth)
        )
    };
    let fine = check(&nested(64), None);
    assert!(fine.diagnostics.is_empty(), "{:?}", fine.diagnostics);
    // `input 2x2x1; ` is 13 bytes, each `{ ` two more.
    assert_eq!(
        found(&check(&nested(65), None)),
        [(13 + 64 * 2..13 + 64 * 2 + 1, TOO_DEEP)]
    );
}

#[test]
fn brackets_of_any_kind_count_towards_the_depth() {
    let source = format!("{}{}", "{[(".repeat(30), ")]}".repeat(30));
    let checked = check(&source, None);
    // The 65th bracket, at byte 64, is the second of the 22nd `{[(`: a `[`.
    assert_eq!(
        found(&checked),
        [(64..65, "brackets nest more than 64 deep here; `cnn!` reads at most 64 levels of brackets inside one another")]
    );
}

#[test]
fn a_word_of_a_million_characters_is_an_unknown_layer_at_once() {
    // Edit distance to each keyword once took a table of a million rows
    // per keyword: 8 s for this word, in a release build.
    let word = "a".repeat(1_000_000);
    let (checked, took) = check_small_stack(format!("input 3; {word};"));
    let message = format!("unknown layer `{word}`; the layers are {}", layers());
    assert_eq!(found(&checked), [(9..9 + word.len(), message.as_str())]);
    // Milliseconds now; over a minute in a debug build before.
    assert!(took < Duration::from_secs(10), "{took:?}");
}

/// The list of layers the unknown-layer message gives, taken from the
/// message for a short word that is near none of them.
fn layers() -> String {
    let checked = check("input 3; qqqqqqqqqqqqqqqqqqqq;", None);
    let message = &checked.diagnostics[0].message;
    let (_, list) = message
        .split_once("the layers are ")
        .expect("the message lists the layers");
    list.to_string()
}

#[test]
fn a_number_of_a_million_digits_is_too_large_at_once() {
    let digits = "9".repeat(1_000_000);
    let (checked, _) = check_small_stack(format!("input {digits};"));
    let message =
        format!("`{digits}` is larger than the largest count, u64::MAX = 18446744073709551615");
    assert_eq!(found(&checked), [(6..6 + digits.len(), message.as_str())]);
}

#[test]
fn the_largest_repeat_count_is_not_unrolled() {
    // u64::MAX rounds of a layer without parameters: counted, not walked.
    let (checked, took) =
        check_small_stack("input 8x8x3; repeat 18446744073709551615 { relu; } fc 10;".into());
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    // fc 10 on 8x8x3 = 192 inputs: 192*10 weights and 10 biases.
    assert_eq!(checked.network.map(|n| n.totals.params), Some(1_930));
    assert!(took < Duration::from_secs(5), "{took:?}");
}

#[test]
fn shapes_and_counts_past_u64_are_errors_not_overflows() {
    let checked = check("input 4000000000x4000000000x4000000000;", None);
    assert_eq!(
        found(&checked),
        [(0..38, "`input 4000000000x4000000000x4000000000` has more values than u64 can count (more than 18446744073709551615)")]
    );
    let checked = check(
        "input 8x8x3; repeat 18446744073709551615 { conv 3x3x3 pad 1; }",
        None,
    );
    assert_eq!(checked.diagnostics.len(), 1, "{:?}", checked.diagnostics);
    assert!(
        checked.diagnostics[0]
            .message
            .contains("overflow u64 (at most 18446744073709551615)"),
        "{}",
        checked.diagnostics[0].message
    );
}
