//! The rendering, on hand-made diagnostics: the layout rustc prints for
//! the macro's errors (`tests/ui/*.stderr` of the macro's suite).

use std::time::{Duration, Instant};

use cnn_lang::Diagnostic;

use super::{File, Renderer};
use crate::lines::Lines;

fn render(name: &str, text: &str, diagnostic: &Diagnostic) -> String {
    let lines = Lines::new(text);
    let file = File {
        name,
        text,
        lines: &lines,
    };
    Renderer::new(false).render(&file, diagnostic)
}

/// The byte range of the `nth` (from 0) `needle` in `text`.
fn find(text: &str, needle: &str, nth: usize) -> std::ops::Range<usize> {
    let start = text
        .match_indices(needle)
        .nth(nth)
        .map(|(start, _)| start)
        .expect("the needle is in the text");
    start..start + needle.len()
}

#[test]
fn an_error_underlines_its_span_as_rustc_does() {
    // ERRORS.md, `kernel_larger_than_input`, as a .cnn file.
    let text = "input 4x4x1;\nconv 5x5x1;\n";
    let diagnostic = Diagnostic::error(
        find(text, "conv 5x5x1", 0),
        "`conv 5x5x1` needs an input of at least 5x5, but the input is 4x4x1",
    );
    assert_eq!(
        render("net.cnn", text, &diagnostic),
        "\
error: `conv 5x5x1` needs an input of at least 5x5, but the input is 4x4x1
 --> net.cnn:2:1
  |
2 | conv 5x5x1;
  | ^^^^^^^^^^"
    );
}

#[test]
fn labels_and_help_follow_the_primary_span() {
    let text = "input 8x8x1;\n    conv1: conv 3x3x8;\n    conv1: conv 3x3x8;\n";
    let diagnostic = Diagnostic::error(
        find(text, "conv1", 1),
        "layer name `conv1` is used twice in `Net`",
    )
    .label(find(text, "conv1", 0), "`conv1` is first used here")
    .help("give each layer its own name");
    assert_eq!(
        render("src/nets/net.cnn", text, &diagnostic),
        "\
error: layer name `conv1` is used twice in `Net`
 --> src/nets/net.cnn:3:5
  |
2 |     conv1: conv 3x3x8;
  |     ----- `conv1` is first used here
3 |     conv1: conv 3x3x8;
  |     ^^^^^
  |
  = help: give each layer its own name"
    );
}

#[test]
fn a_warning_is_a_warning() {
    let text = "input 3x224x224;\nconv 3x3x64 pad 1;\n";
    let diagnostic = Diagnostic::warning(
        find(text, "3x224x224", 0),
        "`input 3x224x224` is an image 3 pixels high: shapes are channels-last (HxWxC)",
    )
    .help("write `input 224x224x3`");
    assert_eq!(
        render("net.cnn", text, &diagnostic),
        "\
warning: `input 3x224x224` is an image 3 pixels high: shapes are channels-last (HxWxC)
 --> net.cnn:1:7
  |
1 | input 3x224x224;
  |       ^^^^^^^^^
  |
  = help: write `input 224x224x3`"
    );
}

#[test]
fn the_network_as_a_whole_names_the_file_alone() {
    let text = "// no input here\nconv 3x3x8;\nrelu;\n";
    let diagnostic = Diagnostic::error(
        0..text.len(),
        "`net` has no `input`; start it with `input HxWxC` (a feature map) or `input N` (a vector)",
    );
    assert_eq!(
        render("net.cnn", text, &diagnostic),
        "\
error: `net` has no `input`; start it with `input HxWxC` (a feature map) or `input N` (a vector)
--> net.cnn"
    );
}

#[test]
fn a_block_over_several_lines_is_drawn_from_its_first_to_its_last_line() {
    let text = "input 8x8x1;\nadd {\n    { conv 3x3x8; }\n    {}\n}\n";
    let diagnostic = Diagnostic::error(
        text.find("add").unwrap_or_default()..text.len() - 1,
        "`add` needs every branch to end in the same shape",
    );
    assert_eq!(
        render("net.cnn", text, &diagnostic),
        "\
error: `add` needs every branch to end in the same shape
 --> net.cnn:2:1
  |
2 | / add {
3 | |     { conv 3x3x8; }
4 | |     {}
5 | | }
  | |_^"
    );
}

#[test]
fn a_label_far_away_gets_a_snippet_of_its_own() {
    let text = format!(
        "input 8x8x1;\nconv1: conv 3x3x8;\n{}conv1: relu;\n",
        "relu;\n".repeat(20)
    );
    let diagnostic = Diagnostic::error(
        find(&text, "conv1", 1),
        "layer name `conv1` is used twice in `Net`",
    )
    .label(find(&text, "conv1", 0), "`conv1` is first used here");
    assert_eq!(
        render("net.cnn", &text, &diagnostic),
        "\
error: layer name `conv1` is used twice in `Net`
  --> net.cnn:23:1
   |
23 | conv1: relu;
   | ^^^^^
   |
  ::: net.cnn:2:1
   |
 2 | conv1: conv 3x3x8;
   | ----- `conv1` is first used here"
    );
}

#[test]
fn a_long_line_is_shown_around_the_span() {
    let text = format!(
        "input 8x8x1; {}covn 3x3x8;{}",
        "relu; ".repeat(5000),
        " relu;".repeat(5000)
    );
    let diagnostic = Diagnostic::error(
        find(&text, "covn", 0),
        "unknown layer `covn`; did you mean `conv`?",
    )
    .label(0..5, "the input");
    assert_eq!(
        render("long.cnn", &text, &diagnostic),
        "\
error: unknown layer `covn`; did you mean `conv`?
--> long.cnn:1:30014
 |
note: line 1 is 60,024 bytes long; the part around column 30014:
 |
 | relu; relu; relu; relu; relu; relu; relu; relu; relu; relu; covn 3x3x8; relu; relu; relu; relu; relu; relu; relu; relu; relu
 |                                                             ^^^^
note: the input: long.cnn:1:1
 |
 | input 8x8x1; relu; relu; relu; relu; relu; relu; relu; relu; relu
 | ----- the input"
    );
}

#[test]
fn crlf_line_ends_are_not_shown() {
    let text = "input 8x8x1;\r\ncovn 3x3x8;\r\n";
    let diagnostic = Diagnostic::error(find(text, "covn", 0), "unknown layer `covn`");
    assert_eq!(
        render("net.cnn", text, &diagnostic),
        "\
error: unknown layer `covn`
 --> net.cnn:2:1
  |
2 | covn 3x3x8;
  | ^^^^"
    );
}

#[test]
fn spans_off_the_text_or_inside_a_character_do_not_panic() {
    let text = "input 8é;";
    // 8 is inside `é`, 100 past the end: widened to `é;`.
    let inside = render("net.cnn", text, &Diagnostic::error(8..100, "inside"));
    assert!(inside.contains(" --> net.cnn:1:8\n"), "{inside}");
    assert!(inside.ends_with("1 | input 8é;\n  |        ^^"), "{inside}");
    // Reversed and past the end: an empty span at the end.
    let reversed = std::ops::Range { start: 50, end: 40 };
    let past = render("net.cnn", text, &Diagnostic::error(reversed, "past"));
    assert!(past.contains(" --> net.cnn:1:10\n"), "{past}");
    let empty = render("net.cnn", "", &Diagnostic::error(3..4, "empty"));
    assert!(empty.starts_with("error: empty\n"), "{empty}");
}

#[test]
fn control_characters_in_messages_are_not_sent_to_the_terminal() {
    let text = "input 8x8x1;\n";
    let diagnostic = Diagnostic::error(0..5, "unknown layer `\u{1b}[31mred`")
        .label(6..11, "\u{1b}[2J")
        .help("\u{1b}[0m");
    let rendered = render("net.cnn", text, &diagnostic);
    assert!(!rendered.contains('\u{1b}'), "{rendered:?}");
}

#[test]
fn the_closing_line_counts_as_rustc_does() {
    let renderer = Renderer::new(false);
    assert_eq!(renderer.totals(0, 0), None);
    assert_eq!(
        renderer.totals(1, 0).as_deref(),
        Some("error: aborting due to 1 previous error")
    );
    assert_eq!(
        renderer.totals(3, 0).as_deref(),
        Some("error: aborting due to 3 previous errors")
    );
    assert_eq!(
        renderer.totals(0, 1).as_deref(),
        Some("warning: 1 warning emitted")
    );
    assert_eq!(
        renderer.totals(2, 2).as_deref(),
        Some("error: aborting due to 2 previous errors; 2 warnings emitted")
    );
}

#[test]
fn colour_is_ansi_when_asked_for() {
    let text = "covn;\n";
    let lines = Lines::new(text);
    let file = File {
        name: "net.cnn",
        text,
        lines: &lines,
    };
    let diagnostic = Diagnostic::error(0..4, "unknown layer `covn`");
    assert!(Renderer::new(true)
        .render(&file, &diagnostic)
        .contains('\u{1b}'));
}

#[test]
fn many_diagnostics_on_a_ten_megabyte_file_cost_their_lines_only() {
    // One line of 10 MB, and 10 MB of short lines.
    let long_line = "relu; ".repeat(10_000_000 / 6);
    let many_lines = "relu;\n".repeat(10_000_000 / 6);
    for text in [&long_line, &many_lines] {
        let lines = Lines::new(text);
        let file = File {
            name: "big.cnn",
            text,
            lines: &lines,
        };
        let renderer = Renderer::new(false);
        let started = Instant::now();
        for index in 0..1_000 {
            let at = index * 6_000;
            let diagnostic =
                Diagnostic::error(at..at + 4, "unknown layer").label(at + 6..at + 10, "then");
            let rendered = renderer.render(&file, &diagnostic);
            assert!(rendered.len() < 2_000, "{}", rendered.len());
        }
        // A whole-file render each time would take minutes in a debug build.
        assert!(started.elapsed() < Duration::from_secs(10));
    }
}

#[test]
fn no_span_makes_the_renderer_panic() {
    // Long lines of two-byte characters, CRLF ends, blank lines, tabs.
    let text = format!(
        "input 8x8x1;\r\n\r\n\té {}\r\n{}\nconv;\n\n",
        "éé ".repeat(8_000),
        "relu; ".repeat(5)
    );
    let lines = Lines::new(&text);
    let file = File {
        name: "fuzz.cnn",
        text: &text,
        lines: &lines,
    };
    let renderer = Renderer::new(false);
    // xorshift: the same spans every run, no dependency.
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % (bound as u64 + 1)) as usize
    };
    let len = text.len() + 8;
    for _ in 0..300 {
        let (start, end) = (next(len), next(len));
        let mut diagnostic = Diagnostic::error(start..end, "fuzz");
        for _ in 0..next(2) {
            let (start, end) = (next(len), next(len));
            diagnostic = diagnostic.label(start..end, "label");
        }
        let rendered = renderer.render(&file, &diagnostic);
        assert!(rendered.starts_with("error: fuzz\n"), "{rendered}");
    }
}
