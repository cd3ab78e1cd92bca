//! The whole pipeline, tokens in and tokens out, outside the compiler:
//! messages for a few errors, and no panic on hostile or mutated input.

use std::panic::{catch_unwind, AssertUnwindSafe};

use proc_macro2::TokenStream;

use crate::expand::expand;
use crate::proptests::Rng;

const LENET: &str = "pub struct LeNet {
    input 32x32x3;
    conv1: conv 5x5x8;
    pool 2;
    conv2: conv 5x5x16 -> 10x10x16;
    pool 2;
    fc3: fc 120;
    fc4: fc 84;
    out: softmax 10;
}";

/// The expansion of `text` as a string; `None` if `text` is not Rust tokens.
fn expansion(text: &str) -> Option<String> {
    let tokens: TokenStream = text.parse().ok()?;
    Some(expand(tokens).to_string())
}

/// The messages of every `compile_error!` in `text`'s expansion.
fn errors(text: &str) -> Vec<String> {
    let expanded = expansion(text).unwrap_or_default();
    expanded
        .split("compile_error !")
        .skip(1)
        .filter_map(|rest| {
            let start = rest.find('"')? + 1;
            let end = start + rest[start..].find("\" }")?;
            Some(rest[start..end].replace("\\\"", "\""))
        })
        .collect()
}

#[test]
fn the_article_expands_without_errors() {
    let expanded = expansion(LENET).unwrap_or_default();
    assert!(!expanded.contains("compile_error"), "{expanded}");
    assert!(expanded.contains("PARAMS : u64 = 62958 ;"), "{expanded}");
}

#[test]
fn a_window_too_large_names_both_layers_and_their_numbers() {
    let found = errors("struct N { input 12x12x1; conv 5x5x8; pool 2; c: conv 5x5x16; }");
    assert_eq!(
        found,
        ["`c` (conv 5x5x16) needs an input of at least 5x5, but `pool 2` outputs 4x4x8"]
    );
}

#[test]
fn every_independent_error_is_reported() {
    let found =
        errors("struct A { input 8; fc 10 stride 2; } struct B { input 0x1x3; x: relu; x: relu; }");
    assert_eq!(
        found,
        [
            "`fc` does not take `stride`; `fc` takes `nobias`",
            "layer name `x` is used twice in `B`",
            "`x` is first used here",
            "`input 0x1x3`: its height is 0; every dimension of a shape must be at least 1",
        ]
    );
}

#[test]
fn hex_looking_shapes_are_read_by_their_text() {
    let found = errors("struct N { input 0x1x3; }");
    assert_eq!(
        found,
        ["`input 0x1x3`: its height is 0; every dimension of a shape must be at least 1"]
    );
}

/// Inputs meant to break a parser or overflow a count.
const HOSTILE: &[&str] = &[
    "",
    ";",
    ";;;;",
    "struct",
    "pub",
    "pub struct",
    "pub struct N",
    "pub struct N;",
    "#",
    "#[doc]",
    "#! [x] struct N {}",
    "struct N {}",
    "struct N<T> { input 1; }",
    "struct N { input; }",
    "struct N { input 1x2; }",
    "struct N { input 1x2x3x4; }",
    "struct N { input 99999999999999999999; }",
    "struct N { input 18446744073709551615x18446744073709551615x18446744073709551615; fc 1; }",
    "struct N { input 4294967296; fc 4294967296; }",
    "struct N { input 4294967296; fc 4294967295; fc 4294967295; }",
    "struct N { input 65536x65536x65536; conv 1x1x4294967296; }",
    "struct N { input 3x3x3; conv 18446744073709551615x1x1; }",
    "struct N { input 3x3x3; conv 2x2x1 dilation 18446744073709551615; }",
    "struct N { input 3x3x3; maxpool 2 pad 18446744073709551615; }",
    "struct N { input 3x3x3; conv 1x1x1 pad 18446744073709551615; }",
    "struct N { input 3x3x3; zeropad 18446744073709551615; }",
    "struct N { input 3x3x3; dwconv 1 multiplier 18446744073709551615; dwconv 1 multiplier 2; }",
    "struct N { input 3x3x3; sepconv 1x1x18446744073709551615 multiplier 18446744073709551615; }",
    "struct N { input 3x3x3; conv 0x0x0 stride 0 dilation 0 groups 0; }",
    "struct N { input 3x3x3; maxpool 0; avgpool 1 stride 0; }",
    "struct N { input 3x3x3; adaptivepool 0x0; }",
    "struct N { input 0xff; }",
    "struct N { input 1e3; }",
    "struct N { input 3.5; }",
    "struct N { input -1; }",
    "struct N { input 32u8; }",
    "struct N { input 3 x; }",
    "struct N { input x 3; }",
    "struct N { input 3 x x 3; }",
    "struct N { input \"3\"; }",
    "struct N { input 'a'; }",
    "struct N { input 3; dropout -0.5; dropout 2; dropout 1e400; }",
    "struct N { input 3; : relu; }",
    "struct N { input 3; a: ; }",
    "struct N { input 3; a:: relu; }",
    "struct N { input 3; relu -> ; }",
    "struct N { input 3; relu -> 3x3; }",
    "struct N { input 3; relu - > 3; }",
    "struct N { input 3; { relu } }",
    "struct N { input 3; residual { relu } }",
    "struct N { input 3; r#fc: fc 1; r#type: relu; }",
    "struct N { input 3; größe: relu; ǅ: relu; }",
    "struct N { input 3; params: relu; Params: relu; }",
    "struct N { input 3; pad 1; stride; nobias; }",
    "struct N { input 3x3x3; conv 1x1x1 pad; }",
    "struct N { input 3x3x3; conv 1x1x1 pad same same; }",
    "struct N { input 3x3x3; conv 1x1x1 stride 1x1x1; }",
    "struct N { input 3x3x3; softmax nobias; }",
    "input",
    "input 3",
    "input 3; input 3",
    "fc 10",
    "input 28x28x1; fc 10",
    "input 28x28x1; fc 10; flatten; conv 3x3x1; gap; zeropad 1",
    // Blocks.
    "struct N { input 3; add }",
    "struct N { input 3; add {} }",
    "struct N { input 3; add { {} } }",
    "struct N { input 3; add { relu } }",
    "struct N { input 3; add { {} relu {} } }",
    "struct N { input 3; add { {} {} } -> }",
    "struct N { input 3; add { {} {} } -> 3x3 }",
    "struct N { input 3; concat { {} { fc 18446744073709551615; } } }",
    "struct N { input 2x2x9223372036854775807; concat { {} {} } }",
    "struct N { input 2x2x1; mul { { gap; } { flatten; } } }",
    "struct N { input 3; repeat }",
    "struct N { input 3; repeat 0 { relu } }",
    "struct N { input 3; repeat 18446744073709551615 { relu } }",
    "struct N { input 3; repeat 99999999999999999999 { relu } }",
    "struct N { input 3; repeat -1 { relu } }",
    "struct N { input 3; repeat 2x2 { relu } }",
    "struct N { input 3; repeat 3 relu; }",
    "struct N { input 3; repeat 18446744073709551615 { fc 3; } }",
    "struct N { input 3; repeat 18446744073709551615 { repeat 18446744073709551615 { fc 4294967296; fc 3; } } }",
    "struct N { input 8x8x1; repeat 18446744073709551615 { zeropad 1; conv 2x2x1 stride 2; } }",
    "struct N { input 8x8x1; repeat 100 { zeropad 4; conv 1x1x1 stride 2; } }",
    "struct N { input 2x2x1; repeat 1000000 { concat { {} { conv 1x1x1; } } } }",
    "struct N { input 3; residual { input 3; } }",
    "struct N { input 3; residual { fc 4; } }",
    "struct N { input 3; a: { a: relu; } }",
    "struct N { input 3; { } { } { }; ; }",
    "struct N { { input 3; } }",
    "struct N { residual { relu; } input 3; }",
    "input 3; add { { fc 2; } { fc 3; } }",
    // Found by the fuzzer: with `pad same` nothing bounds a dilated window,
    // and its receptive field overflowed.
    "struct N { input 8x8x1; conv 2x2x1 pad same dilation 18446744073709551615; }",
];

#[test]
fn hostile_inputs_never_panic() {
    for text in HOSTILE {
        let result = catch_unwind(AssertUnwindSafe(|| expansion(text)));
        assert!(result.is_ok(), "the macro panicked on {text:?}");
    }
}

/// Words to splice into programs: keywords, options, numbers at the edges
/// of `u64`, punctuation.
const SPLICE: &[&str] = &[
    "input",
    "conv",
    "dwconv",
    "sepconv",
    "pool",
    "maxpool",
    "avgpool",
    "gap",
    "adaptivepool",
    "flatten",
    "fc",
    "softmax",
    "relu",
    "prelu",
    "bn",
    "dropout",
    "zeropad",
    "stride",
    "pad",
    "same",
    "valid",
    "dilation",
    "groups",
    "nobias",
    "ceil",
    "multiplier",
    "0",
    "1",
    "2",
    "3x3",
    "0x1x3",
    "4294967296",
    "18446744073709551615",
    "99999999999999999999",
    "x",
    ";",
    ":",
    "->",
    "{",
    "}",
    "struct",
    "pub",
    "#[doc = \"x\"]",
    "0.5",
    "name:",
    "add",
    "concat",
    "mul",
    "residual",
    "repeat",
    "{}",
    "{ relu; }",
];

#[test]
fn mutated_programs_never_panic() {
    let seeds = [
        LENET,
        "struct M { input 224x224x3; conv 3x3x32 stride 2 pad same nobias; bn; relu6; \
         dwconv 3x3 multiplier 2 pad 1; sepconv 3x3x64 pad same; maxpool 3 stride 2 pad 1 ceil; \
         avgpool 2; zeropad 1x2; adaptivepool 7x7; gmp; flatten; dropout 0.2; dense 10 nobias; softmax; }",
        "input 28 x 28 x 1; conv 3x3x8 groups 2 dilation 2; prelu; fc 10",
        "struct R { input 56x56x64; s: repeat 2 { residual { conv 3x3x64 pad 1 nobias; bn; relu; } relu; } \
         d: add { { conv 1x1x128 stride 2; } { conv 3x3x128 stride 2 pad 1; } } \
         concat { {} { conv 1x1x32; } } mul { {} { gap; conv 1x1x8; conv 1x1x160; sigmoid; } } gap; fc 10; }",
    ];
    let mut rng = Rng::new(0x9e37_79b9_7f4a_7c15);
    let mut runs = 0;
    for _ in 0..3000 {
        let seed = seeds[rng.below(seeds.len())];
        let mut words: Vec<String> = seed.split_whitespace().map(str::to_string).collect();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(words.len());
            match rng.below(4) {
                0 => {
                    words.remove(at);
                }
                1 => words.insert(at, SPLICE[rng.below(SPLICE.len())].to_string()),
                2 => words[at] = SPLICE[rng.below(SPLICE.len())].to_string(),
                _ => {
                    let other = rng.below(words.len());
                    words.swap(at, other);
                }
            }
            if words.is_empty() {
                break;
            }
        }
        let text = words.join(" ");
        let result = catch_unwind(AssertUnwindSafe(|| expansion(&text)));
        assert!(result.is_ok(), "the macro panicked on {text:?}");
        runs += 1;
    }
    assert_eq!(runs, 3000);
}

#[test]
fn a_dilated_window_past_u64_with_pad_same_is_an_error_not_a_panic() {
    let found =
        errors("struct N { input 8x8x1; conv 2x2x1 pad same dilation 18446744073709551615; }");
    assert_eq!(
        found,
        ["the receptive field of `conv 2x2x1 pad same dilation 18446744073709551615` is larger than u64 can count"]
    );
}

#[test]
fn ten_thousand_nested_blocks_are_an_error_about_depth() {
    // Parsed and expanded on a thread with a small stack: nesting must not
    // recurse past the depth limit. A megabyte is room for proc-macro2's
    // own reading and dropping of the tokens, not for rendering them
    // recursively (which overflowed it). rustc itself overflows at about
    // 11,000 levels, even in a `macro_rules!` that throws its input away.
    let text = format!(
        "input 2x2x1; {}relu;{}",
        "{ ".repeat(10_000),
        " }".repeat(10_000)
    );
    let found = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || errors(&text))
        .expect("a thread")
        .join()
        .expect("no panic and no stack overflow");
    assert_eq!(
        found,
        ["blocks nest more than 64 deep here; `cnn!` reads at most 64 levels of blocks inside one another"]
    );
}

#[test]
#[ignore = "prints every hostile input's messages for a person to read"]
fn print_hostile_messages() {
    for text in HOSTILE {
        println!("{text}\n    {:?}", errors(text));
    }
}

#[test]
#[ignore = "times the expansion of a 10,000-layer network; run with --release --nocapture"]
fn time_a_large_network() {
    for layer_count in [5_000, 10_000, 20_000] {
        let layers: String = (0..layer_count).map(|i| format!("l{i}: relu; ")).collect();
        let text = format!("pub struct Big {{ input 8x8x3; {layers} fc 10; }}");
        let tokens: TokenStream = text.parse().unwrap_or_default();
        let start = std::time::Instant::now();
        let expanded = expand(tokens);
        println!("expanded {layer_count} layers in {:?}", start.elapsed());
        let start = std::time::Instant::now();
        let text = expanded.to_string();
        println!("printed {} bytes in {:?}", text.len(), start.elapsed());
    }
}

/// The literal tokens that are the values of `const marker` in `tokens`,
/// at any depth, in order.
fn literals_after(tokens: proc_macro2::TokenStream, marker: &str, found: &mut Vec<syn::Lit>) {
    let (mut armed, mut after_const) = (false, false);
    for token in tokens {
        let was_const = std::mem::take(&mut after_const);
        match token {
            proc_macro2::TokenTree::Group(group) => literals_after(group.stream(), marker, found),
            proc_macro2::TokenTree::Ident(ident) => {
                armed |= was_const && ident == marker;
                after_const = ident == "const";
            }
            proc_macro2::TokenTree::Literal(literal) if armed => {
                found.push(syn::Lit::new(literal));
                armed = false;
            }
            proc_macro2::TokenTree::Literal(_) | proc_macro2::TokenTree::Punct(_) => {}
        }
    }
}

/// One network's table as the macro writes it: its numbers and its pool
/// of text.
pub struct Table {
    bytes: Vec<u8>,
    text: String,
}

impl Table {
    /// Its rows, decoded by `cnn-core` and borrowing the table's text.
    pub fn rows(&self) -> Vec<cnn_core::Layer<'_>> {
        let mut rows = Vec::new();
        let mut at = 0;
        while at < self.bytes.len() {
            let (layer, next) = cnn_core::table::row(&self.bytes, &self.text, at);
            rows.push(layer);
            at = next;
        }
        rows
    }
}

/// The table of every network in an expansion's text, read back from the
/// literals the macro writes them in.
pub fn tables(expanded: &str) -> Vec<Table> {
    let tokens: proc_macro2::TokenStream = expanded.parse().expect("the expansion lexes");
    let (mut tables, mut texts) = (Vec::new(), Vec::new());
    literals_after(tokens.clone(), "__CNN_TABLE", &mut tables);
    literals_after(tokens, "__CNN_TEXT", &mut texts);
    assert_eq!(tables.len(), texts.len(), "a pool of text for every table");
    let mut read = Vec::new();
    for (table, text) in tables.into_iter().zip(texts) {
        let (syn::Lit::ByteStr(table), syn::Lit::Str(text)) = (table, text) else {
            panic!("a table is a byte string and its text a string");
        };
        read.push(Table {
            bytes: table.value(),
            text: text.value(),
        });
    }
    read
}

#[test]
fn the_table_reads_back_as_the_article_says() {
    let expanded = expansion(LENET).unwrap_or_default();
    let tables = tables(&expanded);
    assert_eq!(tables.len(), 1);
    let tables = [tables[0].rows()];
    let params: Vec<u64> = tables[0].iter().map(|layer| layer.params).collect();
    assert_eq!(params, [0, 608, 0, 3216, 0, 48120, 10164, 850]);
    assert_eq!(tables[0][1].name, Some("conv1"));
    assert_eq!(tables[0][1].formula, "((5*5*3)+1)*8 = 608");
}

#[test]
#[ignore = "times the expansion of the zoo; run with --nocapture (debug, as users build it)"]
fn time_the_zoo() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/zoo");
    let mut bodies = Vec::new();
    for entry in std::fs::read_dir(dir).expect("examples/zoo") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("text");
        if let Some(start) = text.find("cnn! {") {
            let open = start + "cnn! ".len();
            let mut depth = 0;
            for (i, c) in text[open..].char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            bodies.push(text[open + 1..open + i].to_string());
                            break;
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    let inputs: Vec<TokenStream> = bodies
        .iter()
        .map(|body| body.parse().expect("tokens"))
        .collect();
    let start = std::time::Instant::now();
    for tokens in inputs {
        let _ = expand(tokens);
    }
    println!(
        "{} invocations expanded in {:?}",
        bodies.len(),
        start.elapsed()
    );
}
