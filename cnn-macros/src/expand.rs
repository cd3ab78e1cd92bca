//! Writes what a declaration gives: the struct, its constants, its summary
//! in the rustdoc and its `Network` implementation, every number a literal
//! computed by `cnn-core`.

use cnn_core::{table, Layer, Model, Shape, Summary};
use std::collections::HashMap;

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::{Invocation, NetworkDecl};
use crate::check::{check, Analyzed, Report};
use crate::errors::Errors;
use crate::fallback;
use crate::parse::parse;

/// The whole macro: tokens in, tokens out, errors as `compile_error!`.
pub fn expand(input: TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    let invocation = parse(input.clone(), &mut errors);
    let output = match invocation {
        Invocation::Items(networks) => {
            let items: Vec<TokenStream> = networks.into_iter().map(expand_network).collect();
            quote!(#(#items)*)
        }
        Invocation::Expr(body) => {
            let analyzed = check(&body, &input, None, &mut errors);
            match analyzed {
                Some(analyzed) if errors.is_empty() => {
                    expression_text(&analyzed).parse().unwrap_or_else(|_| {
                        quote!(
                            ::core::compile_error! { "cnn!: internal error writing the network" }
                        )
                    })
                }
                _ => return fallback::expression(errors),
            }
        }
    };
    let compile_errors = errors.into_compile_errors();
    quote!(#compile_errors #output)
}

fn expand_network(mut network: NetworkDecl) -> TokenStream {
    let mut errors = std::mem::take(&mut network.errors);
    let name = &network.name;
    let name_text = name.to_string();
    let owner = quote!(#name);
    let analyzed = check(&network.body, &owner, Some(&name_text), &mut errors);
    let Some(analyzed) = analyzed.filter(|_| errors.is_empty()) else {
        return fallback::network(&network, errors);
    };
    let NetworkDecl { attrs, vis, .. } = &network;
    let summary = summary_text(&name_text, &analyzed);
    let has_docs = attrs.iter().any(|attr| {
        let text: String = attr.to_string().split_whitespace().collect();
        text.starts_with("#[doc")
    });
    let intro = if has_docs {
        String::new()
    } else {
        format!("The network `{name_text}`, declared with `cnn!`.\n\n")
    };
    let deeper = if analyzed.layers.iter().any(|layer| layer.depth > DOC_DEPTH) {
        format!(
            "Blocks are shown {} levels deep; [`{name_text}::summary()`](Self::summary) prints every layer.\n\n",
            DOC_DEPTH + 1
        )
    } else {
        String::new()
    };
    let doc = format!("{intro}# Architecture\n\n{deeper}```text\n{summary}```");
    let doc_separator = if has_docs {
        quote!(#[doc = ""])
    } else {
        quote!()
    };
    // The weight struct costs rustc time to check, so only the networks
    // that ask for it get one.
    let weights = if network.weights {
        crate::weights::tokens(name, vis, &analyzed)
    } else {
        TokenStream::new()
    };
    // Everything but the user's own tokens is written as text and handed to
    // the compiler in one piece: building it token by token crosses the
    // proc-macro bridge once per token, which was most of the macro's time.
    let items: TokenStream = items_text(&name_text, &analyzed)
        .parse()
        .unwrap_or_else(|_| {
            quote!(::core::compile_error! { "cnn!: internal error writing the network" })
        });
    quote! {
        #(#attrs)*
        #doc_separator
        #[doc = #doc]
        #vis struct #name;

        #items
        #weights
    }
}

/// The expression form's value, as Rust source: a block whose constant
/// `MODEL` holds everything, decoded where the block is evaluated.
fn expression_text(analyzed: &Analyzed) -> String {
    let (bytes, text, _) = encode(analyzed);
    let totals = &analyzed.totals;
    format!(
        "{{ const MODEL: ::cnn::Model = ::cnn::Model {{ input: {}, output: {}, params: {}, \
         non_trainable_params: {}, total_params: {}, macs: {}, largest_activation: {}, \
         peak_activations: {}, layers: &{{ let table: [::cnn::Layer; {}] = \
         ::cnn::table::decode({bytes}, {text:?}); table }} }}; MODEL }}",
        shape_text(analyzed.input),
        shape_text(analyzed.output),
        totals.params,
        totals.non_trainable_params,
        analyzed.total_params,
        totals.macs,
        analyzed.largest_activation,
        analyzed.peak_activations,
        analyzed.layers.len(),
    )
}

/// The struct's constants, functions and `Network` implementation, as
/// Rust source. The rows are one byte string and a pool of text, decoded at
/// compile time where they are used. rustc evaluates, in every build, a
/// constant that another item's body names, so no item names `MODEL` or
/// `LAYERS`: each decodes the table itself, and each named layer its own
/// row (`BENCHMARKS.md` has the measurements).
fn items_text(name: &str, analyzed: &Analyzed) -> String {
    use std::fmt::Write;
    let (bytes, text, offsets) = encode(analyzed);
    let rows = analyzed.layers.len();
    let decode = |owner: &str| {
        format!(
            "&{{ let table: [::cnn::Layer; {rows}] = ::cnn::table::decode({owner}::__CNN_TABLE, {owner}::__CNN_TEXT); table }}"
        )
    };
    let model = |owner: &str| {
        format!(
            "::cnn::Model {{ input: {owner}::INPUT, output: {owner}::OUTPUT, params: {owner}::PARAMS, \
             non_trainable_params: {owner}::NON_TRAINABLE_PARAMS, total_params: {owner}::TOTAL_PARAMS, \
             macs: {owner}::MACS, largest_activation: {owner}::LARGEST_ACTIVATION, \
             peak_activations: {owner}::PEAK_ACTIVATIONS, layers: {} }}",
            decode(owner)
        )
    };
    let totals = &analyzed.totals;
    let mut out = String::with_capacity(bytes.len() * 4 + text.len() + 4096);
    let _ = write!(
        out,
        "#[allow(dead_code)] impl {name} {{\n\
         /// Everything about the network as one value.\n\
         pub const MODEL: ::cnn::Model = {};\n\
         /// The input shape.\n\
         pub const INPUT: ::cnn::Shape = {};\n\
         /// The output shape.\n\
         pub const OUTPUT: ::cnn::Shape = {};\n\
         /// Learnable parameters, as PyTorch's `sum(p.numel())` counts them.\n\
         pub const PARAMS: u64 = {};\n\
         /// Non-trainable parameters: batch norm's running mean and variance.\n\
         pub const NON_TRAINABLE_PARAMS: u64 = {};\n\
         /// All parameters, Keras's \"Total params\".\n\
         pub const TOTAL_PARAMS: u64 = {};\n\
         /// Multiply-accumulates for one input, torchvision's count (FLOPs are twice this).\n\
         pub const MACS: u64 = {};\n\
         /// The most values any one activation holds.\n\
         pub const LARGEST_ACTIVATION: u64 = {};\n\
         /// The most activation values alive at once during inference.\n\
         pub const PEAK_ACTIVATIONS: u64 = {};\n\
         /// Every layer, in order, the input first; a block's row before its contents.\n\
         pub const LAYERS: &'static [::cnn::Layer] = {};\n\
         const __CNN_TABLE: &'static [u8] = {bytes};\n\
         const __CNN_TEXT: &'static str = {text:?};\n",
        model("Self"),
        shape_text(analyzed.input),
        shape_text(analyzed.output),
        totals.params,
        totals.non_trainable_params,
        analyzed.total_params,
        totals.macs,
        analyzed.largest_activation,
        analyzed.peak_activations,
        decode("Self"),
    );
    for (layer, at) in analyzed.layers.iter().zip(offsets) {
        let Some(constant) = &layer.constant else {
            continue;
        };
        let doc = format!(
            "Layer `{}`: `{}`, {} to {}, {} learnable parameters.",
            layer.name.as_deref().unwrap_or_default(),
            layer.spec,
            layer.input,
            layer.step.output,
            layer.step.params
        );
        let _ = write!(
            out,
            "#[doc = {doc:?}]\npub const {constant}: ::cnn::Layer = \
             ::cnn::table::row(Self::__CNN_TABLE, Self::__CNN_TEXT, {at}).0;\n"
        );
    }
    let _ = write!(
        out,
        "/// The bytes of all parameters at `element_bytes` bytes each (4 for f32), saturating at `u64::MAX`: for budgets in `const`.\n\
         pub const fn param_bytes(element_bytes: u64) -> u64 {{ ::cnn::bytes(Self::TOTAL_PARAMS, element_bytes) }}\n\
         /// The bytes of the peak activation memory at `element_bytes` bytes per value, saturating at `u64::MAX`.\n\
         pub const fn peak_activation_bytes(element_bytes: u64) -> u64 {{ ::cnn::bytes(Self::PEAK_ACTIVATIONS, element_bytes) }}\n\
         /// The network as a table, like Keras's `model.summary()`, with each layer's parameter formula.\n\
         pub fn summary() -> ::cnn::Summary {{ <Self as ::cnn::Network>::summary() }}\n\
         }}\n\
         impl ::cnn::Network for {name} {{\n\
         const NAME: &'static str = {name:?};\n\
         type Input = {};\n\
         type Output = {};\n\
         const MODEL: ::cnn::Model = {};\n\
         const INPUT: ::cnn::Shape = {name}::INPUT;\n\
         const OUTPUT: ::cnn::Shape = {name}::OUTPUT;\n\
         const PARAMS: u64 = {name}::PARAMS;\n\
         const NON_TRAINABLE_PARAMS: u64 = {name}::NON_TRAINABLE_PARAMS;\n\
         const TOTAL_PARAMS: u64 = {name}::TOTAL_PARAMS;\n\
         const MACS: u64 = {name}::MACS;\n\
         const LARGEST_ACTIVATION: u64 = {name}::LARGEST_ACTIVATION;\n\
         const PEAK_ACTIVATIONS: u64 = {name}::PEAK_ACTIVATIONS;\n\
         }}\n",
        crate::types::shape_type_text(analyzed.input),
        crate::types::shape_type_text(analyzed.output),
        model(name),
    );
    out
}

/// How deep the table in a network's rustdoc goes: a big network's full
/// table would cost every build time to write (most of the macro's time on
/// the zoo) for a page nobody reads to the bottom.
const DOC_DEPTH: u16 = 1;

/// The summary table as text, through `cnn-core`'s own `Summary`, rows
/// `DOC_DEPTH` blocks deep.
fn summary_text(name: &str, analyzed: &Analyzed) -> String {
    let layers: Vec<Layer> = analyzed.layers.iter().map(leak_layer).collect();
    let model = Model {
        input: analyzed.input,
        output: analyzed.output,
        params: analyzed.totals.params,
        non_trainable_params: analyzed.totals.non_trainable_params,
        total_params: analyzed.total_params,
        macs: analyzed.totals.macs,
        largest_activation: analyzed.largest_activation,
        peak_activations: analyzed.peak_activations,
        layers: Box::leak(layers.into_boxed_slice()),
    };
    Summary::new(Box::leak(name.to_string().into_boxed_str()), model)
        .depth(DOC_DEPTH)
        .to_string()
}

/// A report as `cnn-core`'s `Layer`. The strings are leaked: the macro runs
/// once per invocation in a short-lived process, and `Layer` holds
/// `'static` strings so that it can be a constant.
fn leak_layer(report: &Report) -> Layer {
    let leak = |text: &str| -> &'static str { Box::leak(text.to_string().into_boxed_str()) };
    Layer {
        name: report.name.as_deref().map(leak),
        kind: report.kind,
        spec: leak(&report.spec),
        input: report.input,
        output: report.step.output,
        params: report.step.params,
        non_trainable_params: report.step.non_trainable_params,
        macs: report.step.macs,
        formula: leak(&report.formula),
        receptive_field: report.field,
        depth: report.depth,
        rows: report.rows,
        times: report.times,
    }
}

/// Every row through `cnn-core`'s encoder: the numbers as a byte-string
/// literal, the text as a pool of strings, each once, and where each row
/// starts in the numbers.
fn encode(analyzed: &Analyzed) -> (String, String, Vec<usize>) {
    let mut bytes = Vec::new();
    let mut text = String::new();
    let mut pooled: HashMap<String, usize> = HashMap::new();
    let mut offsets = Vec::new();
    for report in &analyzed.layers {
        offsets.push(bytes.len());
        table::encode(
            &leak_layer(report),
            &mut |byte| bytes.push(byte),
            &mut |piece| match pooled.get(piece) {
                Some(&at) => at,
                None => {
                    text.push_str(piece);
                    let at = text.len() - piece.len();
                    pooled.insert(piece.to_string(), at);
                    at
                }
            },
        );
    }
    (byte_string(&bytes), text, offsets)
}

/// `bytes` as a byte-string literal: printable ASCII as itself, the rest
/// escaped.
fn byte_string(bytes: &[u8]) -> String {
    let mut literal = String::with_capacity(bytes.len() * 2 + 3);
    literal.push_str("b\"");
    for &byte in bytes {
        match byte {
            b'"' => literal.push_str("\\\""),
            b'\\' => literal.push_str("\\\\"),
            b' '..=b'~' => literal.push(byte as char),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                literal.push_str("\\x");
                literal.push(HEX[usize::from(byte >> 4)] as char);
                literal.push(HEX[usize::from(byte & 15)] as char);
            }
        }
    }
    literal.push('"');
    literal
}

/// A shape as Rust source.
fn shape_text(shape: Shape) -> String {
    match shape {
        Shape::Spatial {
            height,
            width,
            channels,
        } => format!(
            "::cnn::Shape::Spatial {{ height: {height}, width: {width}, channels: {channels} }}"
        ),
        Shape::Flat(n) => format!("::cnn::Shape::Flat({n})"),
    }
}
