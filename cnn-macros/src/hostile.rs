//! Hostile inputs, one test each: numbers past `u64`, counts that overflow,
//! zero strides, kernels, groups and dilations, a 100,000-layer network,
//! empty input, names that are not ASCII or are Rust keywords, a name used
//! twice. Each must give an error with the right numbers, pointing at the
//! right tokens, or the right constants.
//!
//! Spans are checked through proc-macro2's own spans (its `span-locations`
//! feature, on for the tests only): every `compile_error!` the macro emits
//! starts at the first token of what it blames and ends at the last.

use std::time::Instant;

use proc_macro2::{LineColumn, TokenStream, TokenTree};

use crate::expand::expand;

/// One `compile_error!`: its message and the text of `input` it spans.
#[derive(Debug, PartialEq)]
struct Spanned {
    message: String,
    /// Byte offset of the span's start in the input text.
    at: usize,
    text: String,
}

fn collect(input: &str, tokens: TokenStream, found: &mut Vec<Spanned>) {
    let mut tokens = tokens.into_iter();
    while let Some(token) = tokens.next() {
        match token {
            // `::core::compile_error! { "message" }`: syn gives the name the
            // start of the error's span and the braces its end.
            TokenTree::Ident(ident) if ident == "compile_error" => {
                let start = ident.span().start();
                let _bang = tokens.next();
                let Some(TokenTree::Group(group)) = tokens.next() else {
                    panic!("a compile_error! without its message");
                };
                let literal = group.stream().to_string();
                let message: String = syn::parse_str::<syn::LitStr>(&literal)
                    .map(|literal| literal.value())
                    .unwrap_or(literal);
                let (at, end) = (offset(input, start), offset(input, group.span().end()));
                found.push(Spanned {
                    message,
                    at,
                    text: input
                        .get(at..end)
                        .unwrap_or("<not a span of the input>")
                        .to_string(),
                });
            }
            TokenTree::Group(group) => collect(input, group.stream(), found),
            _ => {}
        }
    }
}

/// The byte offset of a line and column (in characters) in `text`.
fn offset(text: &str, at: LineColumn) -> usize {
    let line: usize = text
        .split_inclusive('\n')
        .take(at.line.saturating_sub(1))
        .map(str::len)
        .sum();
    let column: usize = text[line..]
        .chars()
        .take(at.column)
        .map(char::len_utf8)
        .sum();
    line + column
}

/// The expansion of `input` and every error in it.
fn expand_text(input: &str) -> (String, Vec<Spanned>) {
    let tokens: TokenStream = input.parse().expect("the test input lexes");
    let output = expand(tokens);
    let mut found = Vec::new();
    collect(input, output.clone(), &mut found);
    (output.to_string(), found)
}

fn errors(input: &str) -> Vec<Spanned> {
    expand_text(input).1
}

/// An error with `message` spanning the `nth` occurrence of `text` in
/// `input`.
fn at(input: &str, text: &str, nth: usize, message: &str) -> Spanned {
    let at = input
        .match_indices(text)
        .nth(nth)
        .unwrap_or_else(|| panic!("{text:?} is not in {input:?}"))
        .0;
    Spanned {
        message: message.to_string(),
        at,
        text: text.to_string(),
    }
}

/// The names of the constants an expansion declares.
fn constants(expanded: &str) -> Vec<String> {
    expanded
        .split("pub const ")
        .skip(1)
        .filter_map(|rest| rest.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

#[test]
fn a_twenty_digit_dimension_names_the_number_and_the_limit() {
    let input = "struct N { input 99999999999999999999; fc 10; }";
    assert_eq!(
        errors(input),
        [at(
            input,
            "99999999999999999999",
            0,
            "`99999999999999999999` is larger than the largest count, u64::MAX = 18446744073709551615"
        )]
    );
}

#[test]
fn u64_max_plus_one_inside_a_shape_is_reported_in_either_spelling() {
    for input in [
        "struct N { input 2x18446744073709551616x3; fc 10; }",
        "struct N { input 2 x 18446744073709551616 x 3; fc 10; }",
    ] {
        let found = errors(input);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].message,
            "`18446744073709551616` is larger than the largest count, u64::MAX = 18446744073709551615"
        );
        // The shape it is in; one literal cannot be split.
        assert!(found[0].text.contains("18446744073709551616"), "{found:?}");
        assert!(
            input.contains(&format!("input {};", found[0].text)),
            "{found:?}"
        );
    }
}

#[test]
fn one_layer_with_more_parameters_than_u64_holds() {
    // 4294967296 * 4294967296 + 4294967296 = 2^64 + 2^32.
    let input = "struct N { input 4294967296; fc 4294967296; }";
    assert_eq!(
        errors(input),
        [at(
            input,
            "fc 4294967296",
            0,
            "`fc 4294967296` has more parameters than u64 can count (more than 18446744073709551615)"
        )]
    );
}

#[test]
fn a_network_whose_parameter_sum_overflows_u64() {
    // The first fc has 4294967295 * 4294967296 + 4294967295 = u64::MAX
    // parameters, exactly; the second adds 4294967295 * 4294967296.
    let input = "struct N { input 4294967296; fc 4294967295; fc 4294967295; }";
    assert_eq!(
        errors(input),
        [at(
            input,
            "fc 4294967295",
            1,
            "the parameter count of `N` overflows u64 at `fc 4294967295`: 18446744073709551615 learnable and 0 \
             non-trainable so far, and this layer adds 18446744069414584320 and 0 (u64 holds at most \
             18446744073709551615)"
        )]
    );
    // Learnable and non-trainable each fit; their total (Keras's "Total
    // params") does not: batch norm on 2^62 values has 2^63 of each.
    let input = "struct N { input 4611686018427387904; bn; }";
    assert_eq!(
        errors(input),
        [at(
            input,
            "N",
            0,
            "`N` has 9223372036854775808 learnable and 9223372036854775808 non-trainable parameters, and \
             together they overflow u64 (at most 18446744073709551615)"
        )]
    );
}

#[test]
fn a_stride_of_zero() {
    let input = "struct N { input 8x8x3; conv 3x3x8 stride 0; maxpool 2 stride 0x1; }";
    assert_eq!(
        errors(input),
        [
            at(
                input,
                "stride 0",
                0,
                "`conv 3x3x8 stride 0`: stride must be at least 1, not 0"
            ),
            at(
                input,
                "stride 0x1",
                0,
                "`maxpool 2 stride 0x1`: stride must be at least 1, not 0"
            ),
        ]
    );
}

#[test]
fn a_kernel_of_zero() {
    let input = "struct N { input 8x8x3; conv 0x3x8; maxpool 0; }";
    assert_eq!(
        errors(input),
        [
            at(
                input,
                "0x3x8",
                0,
                "`conv 0x3x8`: its kernel 0x3 has a side of 0; each side must be at least 1"
            ),
            at(
                input,
                "0",
                1,
                "`maxpool 0`: its window 0x0 has a side of 0; each side must be at least 1"
            ),
        ]
    );
}

#[test]
fn groups_of_zero() {
    let input = "struct N { input 8x8x4; conv 3x3x8 groups 0; }";
    assert_eq!(
        errors(input),
        [at(
            input,
            "groups 0",
            0,
            "`conv 3x3x8 groups 0`: groups must be at least 1, not 0"
        )]
    );
}

#[test]
fn a_dilation_of_zero() {
    let input = "struct N { input 8x8x3; conv 3x3x8 dilation 0; }";
    assert_eq!(
        errors(input),
        [at(
            input,
            "dilation 0",
            0,
            "`conv 3x3x8 dilation 0`: dilation must be at least 1, not 0"
        )]
    );
}

#[test]
fn a_network_of_100_000_layers_expands() {
    const LAYERS: usize = 100_000;
    let layers: String = (0..LAYERS).map(|i| format!("l{i}: relu; ")).collect();
    let input = format!("pub struct Big {{ input 8x8x3; {layers} out: fc 10; }}");
    let tokens: TokenStream = input.parse().expect("the test input lexes");
    let start = Instant::now();
    let output = expand(tokens);
    // Measured, not asserted: a debug build on a busy machine is slow.
    println!("{LAYERS} layers expanded in {:?}", start.elapsed());
    let expanded = output.to_string();
    assert!(!expanded.contains("compile_error"));
    // (8*8*3)*10 + 10 = 1930, and every named layer has its constant.
    let tables = crate::tests::tables(&expanded);
    let rows = tables[0].rows();
    assert_eq!(rows.len(), LAYERS + 2);
    assert_eq!(rows[LAYERS + 1].params, 1930);
    assert!(expanded.contains("pub const L99999 :"));
    assert!(expanded.contains("pub const OUT :"));
    let numbered = expanded
        .split("pub const L")
        .skip(1)
        .filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        .count();
    assert_eq!(numbered, LAYERS);
}

#[test]
fn empty_input_asks_for_an_input() {
    // `cnn!()`: the expression form with nothing in it; rustc shows a span
    // that covers no input at the macro call.
    assert_eq!(
        errors(""),
        [Spanned {
            message: "this network has no `input`; start it with `input HxWxC` (a feature map) or `input N` (a vector)"
                .to_string(),
            at: 0,
            text: String::new(),
        }]
    );
    for input in ["struct N {}", "pub struct N { }", "struct N { ; }"] {
        assert_eq!(
            errors(input),
            [at(
                input,
                "N",
                0,
                "`N` has no `input`; start it with `input HxWxC` (a feature map) or `input N` (a vector)"
            )],
            "{input}"
        );
    }
}

#[test]
fn non_ascii_names_become_upper_case_constants() {
    let input = "struct N { input 3; größe: relu; straße: fc 2; }";
    let (expanded, found) = expand_text(input);
    assert_eq!(found, []);
    let constants = constants(&expanded);
    // Rust's upper case of `ß` is `SS`.
    assert!(constants.contains(&"GRÖSSE".to_string()), "{constants:?}");
    assert!(constants.contains(&"STRASSE".to_string()), "{constants:?}");
    let tables = crate::tests::tables(&expanded);
    let names: Vec<_> = tables[0]
        .rows()
        .into_iter()
        .map(|layer| layer.name)
        .collect();
    assert_eq!(names, [None, Some("größe"), Some("straße")]);
}

#[test]
fn rust_keywords_and_language_keywords_are_names() {
    let input = "struct N { input 3; fn: relu; r#type: relu; fc: fc 10; self: relu; crate: relu; \
                 r#struct: relu; input2: relu; }";
    let (expanded, found) = expand_text(input);
    assert_eq!(found, []);
    let constants = constants(&expanded);
    for constant in ["FN", "TYPE", "FC", "SELF", "CRATE", "STRUCT", "INPUT2"] {
        assert!(
            constants.contains(&constant.to_string()),
            "{constant}: {constants:?}"
        );
    }
    // The name as written, without `r#`.
    let tables = crate::tests::tables(&expanded);
    let names: Vec<_> = tables[0]
        .rows()
        .into_iter()
        .filter_map(|layer| layer.name)
        .collect();
    assert!(names.contains(&"type"), "{names:?}");
    assert!(names.contains(&"fn"), "{names:?}");
}

#[test]
fn the_same_name_twice_points_at_both() {
    let input = "struct N { input 3; x: relu; x: fc 2; }";
    assert_eq!(
        errors(input),
        [
            at(input, "x", 1, "layer name `x` is used twice in `N`"),
            at(input, "x", 0, "`x` is first used here"),
        ]
    );
    // Names that differ only in case would give the same constant.
    let input = "struct N { input 3; self: relu; Self: relu; }";
    assert_eq!(
        errors(input),
        [
            at(
                input,
                "Self",
                0,
                "layer names `self` and `Self` would both be `N::SELF`"
            ),
            at(input, "self", 0, "`self` is first used here"),
        ]
    );
}
