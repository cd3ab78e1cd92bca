//! Writes what a declaration gives: the struct, its constants, its summary
//! in the rustdoc and its `Network` implementation, every number a literal
//! computed by `cnn-core`.

use cnn_core::{table, Layer, Shape, Summary};
use std::collections::HashMap;
use std::fmt::Write;
use std::hash::{BuildHasherDefault, Hasher};

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use cnn_lang::{Network as Analyzed, Severity};

use crate::ast::{Invocation, NetworkDecl};
use crate::errors::Errors;
use crate::fallback;
use crate::literal;
use crate::parse::parse;
use crate::source::Source;

/// Runs `cnn-lang` on a network's tokens: the network if it has no error,
/// every diagnostic recorded in `errors` (at `whole` when it is about the
/// network as a whole), and the constants its names make, spanned on the
/// names, for the fallback stub. With `weights`, two tensors of one key
/// are an error too (`crate::weights` lists them by key); with `int8`, a
/// layer without an int8 kernel, and the int8 plan is made.
fn check(
    body: &TokenStream,
    whole: &TokenStream,
    name: Option<&str>,
    struct_name: Option<&Ident>,
    (weights, int8): (bool, bool),
    errors: &mut Errors,
) -> Checked {
    let source = Source::new(body.clone());
    let tokens = match cnn_lang::lex::lex(&source.text) {
        Ok(tokens) => tokens,
        Err(diagnostic) => {
            // Rust's own lexer has read these tokens, so the language's
            // reads their text too; if not, say so rather than guess.
            errors.push(source.error(&diagnostic, whole));
            return (None, Vec::new(), TokenStream::new(), None);
        }
    };
    let checked = cnn_lang::check_tokens(&tokens, source.whole(), name);
    let label = name.map_or_else(|| "this network".to_string(), |name| format!("`{name}`"));
    if let (true, Some(network)) = (weights, &checked.network) {
        if let Err(diagnostic) = cnn_lang::tensors(network) {
            errors.push(source.error(&diagnostic, whole));
        }
        if let Err(diagnostic) = cnn_lang::planned(network, &label, source.whole()) {
            errors.push(source.error(&diagnostic, whole));
        }
    }
    let int8_plan = match (int8, &checked.network) {
        (true, Some(network)) => match cnn_lang::int8(network, &label, source.whole()) {
            Ok(plan) => Some(plan),
            Err(diagnostic) => {
                errors.push(source.error(&diagnostic, whole));
                None
            }
        },
        _ => None,
    };
    let mut warnings = TokenStream::new();
    for diagnostic in &checked.diagnostics {
        match diagnostic.severity {
            Severity::Error => errors.push(source.error(diagnostic, whole)),
            Severity::Warning => {
                warnings.extend(crate::warning::tokens(&source, diagnostic, struct_name))
            }
        }
    }
    let constants = checked
        .constants
        .iter()
        .map(|(constant, at)| Ident::new(constant, source.span_at(at)))
        .collect();
    (checked.network, constants, warnings, int8_plan)
}

/// What [`check`] gives: the network, the constants its names make, its
/// warnings, and its int8 plan if it asked for one.
type Checked = (
    Option<Analyzed>,
    Vec<Ident>,
    TokenStream,
    Option<cnn_core::plan::int8::Plan>,
);

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
            let (analyzed, _, warnings, _) =
                check(&body, &input, None, None, (false, false), &mut errors);
            match analyzed {
                Some(analyzed) if errors.is_empty() => expression(&analyzed, warnings),
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
    // A warning names the network: `LeNet::cnn_input_is_channels_last`.
    let mut struct_name = name.clone();
    struct_name.set_span(Span::call_site());
    let (analyzed, constants, warnings, int8) = check(
        &network.body,
        &owner,
        Some(&name_text),
        Some(&struct_name),
        (network.weights, network.int8),
        &mut errors,
    );
    let Some(analyzed) = analyzed.filter(|_| errors.is_empty()) else {
        return fallback::network(&network, errors, &constants);
    };
    let NetworkDecl { attrs, vis, .. } = &network;
    let layers = analyzed.layers();
    let figures = int8.as_ref().map(|plan| plan.figures());
    let summary = Summary::new(&name_text, analyzed.model(&layers))
        .depth(DOC_DEPTH)
        .int8(figures)
        .to_string();
    let has_docs = attrs.iter().any(|attr| {
        let text: String = attr.to_string().split_whitespace().collect();
        text.starts_with("#[doc")
    });
    let intro = if has_docs {
        String::new()
    } else {
        format!("The network `{name_text}`, declared with `cnn!`.\n\n")
    };
    let deeper = if analyzed.rows.iter().any(|layer| layer.depth > DOC_DEPTH) {
        format!(
            "Blocks are shown {} levels deep; [`{name_text}::summary()`](Self::summary) prints every layer.\n\n",
            DOC_DEPTH + 1
        )
    } else {
        String::new()
    };
    // A raw string, lexed by rustc: `Literal::string` escaped the table
    // char by char, unoptimized.
    let mut doc = String::with_capacity(summary.len() + 256);
    if has_docs {
        doc.push_str("#[doc = \"\"] ");
    }
    doc.push_str("#[doc = ");
    literal::raw_str(
        &mut doc,
        &format!("{intro}# Architecture\n\n{deeper}```text\n{summary}```"),
    );
    doc.push(']');
    let doc = literal::tokens(&doc);
    // The name as written is emitted once, as the struct's name. Every
    // other mention (the impls, paths, the weight struct's name) is a copy
    // spanned at the call site: an editor's hover on the name shows one
    // entry per item or use that carries its span, so each further mention
    // showed the docs, architecture table and all, once more.
    let mut path = name.clone();
    path.set_span(Span::call_site());
    // The weight struct costs rustc time to check, so only the networks
    // that ask for it get one.
    let weights = if network.weights {
        let mut weights = crate::weights::tokens(&path, vis, &analyzed);
        weights.extend(crate::forward::tokens(&path, &analyzed));
        weights
    } else {
        TokenStream::new()
    };
    let int8 = match &int8 {
        Some(plan) => crate::int8::tokens(&path, vis, plan),
        None => TokenStream::new(),
    };
    let items = items(&path, &analyzed, &layers, figures);
    quote! {
        #(#attrs)*
        #doc
        #vis struct #name;

        #items
        #weights
        #int8
        #warnings
    }
}

/// The expression form's value: a block whose constant `MODEL` holds
/// everything, decoded where the block is evaluated.
fn expression(analyzed: &Analyzed, warnings: TokenStream) -> TokenStream {
    let (bytes, text, _) = encode(&analyzed.layers());
    let (bytes, text) = (Literal::byte_string(&bytes), Literal::string(&text));
    let model = Ident::new("MODEL", Span::mixed_site());
    let input = shape_tokens(analyzed.input);
    let output = shape_tokens(analyzed.output);
    let [params, non_trainable, total, macs, largest, peak] =
        totals(analyzed).map(Literal::u64_unsuffixed);
    let rows = Literal::usize_unsuffixed(analyzed.rows.len());
    let arena = literal::tokens(&arena_text(analyzed));
    quote!({
        #warnings
        const #model: ::cnn::Model<'static> = ::cnn::Model {
            input: #input,
            output: #output,
            params: #params,
            non_trainable_params: #non_trainable,
            total_params: #total,
            macs: #macs,
            largest_activation: #largest,
            peak_activations: #peak,
            arena: #arena,
            layers: &{
                let table: [::cnn::Layer; #rows] = ::cnn::__private::table::decode(#bytes, #text);
                table
            },
        };
        #model
    })
}

/// The model's `arena` field: `Some(values)` or `None`.
fn arena_text(analyzed: &Analyzed) -> String {
    match analyzed.arena() {
        Some(arena) => format!("::core::option::Option::Some({arena})"),
        None => "::core::option::Option::None".to_string(),
    }
}

/// The totals as literals: params, non-trainable, total, MACs, largest and
/// peak activation.
fn totals(analyzed: &Analyzed) -> [u64; 6] {
    [
        analyzed.totals.params,
        analyzed.totals.non_trainable_params,
        analyzed.total_params,
        analyzed.totals.macs,
        analyzed.largest_activation,
        analyzed.peak_activations,
    ]
}

/// The docs of the struct's items, interpolated rather than written as
/// `///` in the template, which `quote!` would reparse from text at every
/// expansion.
const DOCS: [&str; 17] = [
    "Everything about the network as one value.",
    "The input shape.",
    "The output shape.",
    "Learnable parameters, as PyTorch's `sum(p.numel())` counts them.",
    "Non-trainable parameters: batch norm's running mean and variance.",
    "All parameters, Keras's \"Total params\".",
    "Multiply-accumulates for one input, torchvision's count (FLOPs are twice this).",
    "The most values any one activation holds.",
    "The most activation values alive at once during inference.",
    "Every layer, in order, the input first; a block's row before its contents.",
    "The rows' numbers and their pooled text, as `cnn_core::table` encodes them.",
    "The bytes of all parameters at `element_bytes` bytes each (4 for f32), saturating at `u64::MAX`: for budgets in `const`.",
    "The bytes of the peak activation memory at `element_bytes` bytes per value, saturating at `u64::MAX`.",
    "The network as a table, like Keras's `model.summary()`, with each layer's parameter formula.",
    "The input's values, channels last (`HxWxC` flattened): the length of `forward`'s input.",
    "The output's values, channels last: the length of `forward`'s output.",
    "The values of working memory the forward pass takes: the length of `forward`'s arena. \
     From the memory plan made at compile time: layers run in place where they may, tensors share \
     memory when their lifetimes do not meet, each convolution's scratch included; the input is \
     the caller's and not counted.",
];

/// The struct's constants, functions and `Network` implementation, as
/// Rust source text (see `literal.rs` for why text). The rows are one
/// byte string and a pool of text, decoded at compile time where they are
/// used. rustc evaluates, in every build, a constant that another item's
/// body names, so no item names `MODEL` or `LAYERS`: each decodes the
/// table itself, and each named layer its own row (`bench/BUILD-TIME.md`
/// has the measurements). The other constants are literals, read by name where
/// they are needed. Every path is `::cnn::`, every span the call site.
fn items(
    name: &Ident,
    analyzed: &Analyzed,
    layers: &[Layer],
    int8: Option<cnn_core::Int8Figures>,
) -> TokenStream {
    let name = name.to_string();
    let mut out = String::with_capacity(4096 + 256 * analyzed.rows.len());
    // Writing to a String cannot fail: the results of `write!` are dropped.
    let rows = analyzed.rows.len();
    let decode = |owner: &str| {
        format!(
            "&{{ let table: [::cnn::Layer; {rows}] = ::cnn::__private::table::decode({owner}::__CNN_TABLE, {owner}::__CNN_TEXT); table }}"
        )
    };
    let model = |owner: &str| {
        format!(
            "::cnn::Model {{ input: {owner}::INPUT, output: {owner}::OUTPUT, params: {owner}::PARAMS, \
             non_trainable_params: {owner}::NON_TRAINABLE_PARAMS, total_params: {owner}::TOTAL_PARAMS, \
             macs: {owner}::MACS, largest_activation: {owner}::LARGEST_ACTIVATION, \
             peak_activations: {owner}::PEAK_ACTIVATIONS, arena: {}, layers: {} }}",
            arena_text(analyzed),
            decode(owner)
        )
    };
    let doc = |out: &mut String, text: &str| {
        out.push_str("#[doc = ");
        literal::raw_str(out, text);
        out.push(']');
    };
    let [params, non_trainable, total, macs, largest, peak] = totals(analyzed);
    out.push_str("#[allow(dead_code)] impl ");
    out.push_str(&name);
    out.push_str(" {");
    doc(&mut out, DOCS[0]);
    let _ = write!(
        out,
        "pub const MODEL: ::cnn::Model<'static> = {};",
        model("Self")
    );
    doc(&mut out, DOCS[1]);
    out.push_str("pub const INPUT: ::cnn::Shape = ");
    literal::shape(&mut out, analyzed.input);
    out.push(';');
    doc(&mut out, DOCS[2]);
    out.push_str("pub const OUTPUT: ::cnn::Shape = ");
    literal::shape(&mut out, analyzed.output);
    out.push(';');
    for (at, (constant, value)) in [
        ("PARAMS", params),
        ("NON_TRAINABLE_PARAMS", non_trainable),
        ("TOTAL_PARAMS", total),
        ("MACS", macs),
        ("LARGEST_ACTIVATION", largest),
        ("PEAK_ACTIVATIONS", peak),
    ]
    .into_iter()
    .enumerate()
    {
        doc(&mut out, DOCS[3 + at]);
        let _ = write!(out, "pub const {constant}: u64 = {value};");
    }
    let lengths = [
        ("INPUT_LEN", Some(analyzed.input.elements())),
        ("OUTPUT_LEN", Some(analyzed.output.elements())),
        ("ARENA_LEN", analyzed.arena().map(Some)),
    ];
    for (at, (constant, value)) in lengths.into_iter().enumerate() {
        if let Some(Some(value)) = value {
            doc(&mut out, DOCS[14 + at]);
            let _ = write!(
                out,
                "pub const {constant}: usize = ::cnn::__private::len({value});"
            );
        }
    }
    doc(&mut out, DOCS[9]);
    let _ = write!(
        out,
        "pub const LAYERS: &'static [::cnn::Layer<'static>] = {};",
        decode("Self")
    );
    let (bytes, text, offsets) = encode(layers);
    doc(&mut out, DOCS[10]);
    out.push_str("const __CNN_TABLE: &'static [u8] = ");
    literal::byte_str(&mut out, &bytes);
    out.push_str("; const __CNN_TEXT: &'static str = ");
    literal::raw_str(&mut out, &text);
    out.push(';');
    for (layer, at) in analyzed.rows.iter().zip(offsets) {
        let Some(constant) = &layer.constant else {
            continue;
        };
        let text = format!(
            "Layer `{}`: `{}`, {} to {}, {} learnable parameters.",
            layer.name.as_deref().unwrap_or_default(),
            layer.spec,
            layer.input,
            layer.step.output,
            layer.step.params
        );
        doc(&mut out, &text);
        let _ = write!(
            out,
            "pub const {constant}: ::cnn::Layer<'static> = ::cnn::__private::table::row(Self::__CNN_TABLE, Self::__CNN_TEXT, {at}).0;"
        );
    }
    doc(&mut out, DOCS[11]);
    out.push_str(
        "pub const fn param_bytes(element_bytes: u64) -> u64 { ::cnn::__private::bytes(Self::TOTAL_PARAMS, element_bytes) }",
    );
    doc(&mut out, DOCS[12]);
    out.push_str(
        "pub const fn peak_activation_bytes(element_bytes: u64) -> u64 { ::cnn::__private::bytes(Self::PEAK_ACTIVATIONS, element_bytes) }",
    );
    doc(&mut out, DOCS[13]);
    out.push_str("pub fn summary() -> ::cnn::Summary<'static> { ::cnn::Summary::of::<Self>() } }");
    let _ = write!(
        out,
        "impl ::cnn::Network for {name} {{ const NAME: &'static str = "
    );
    literal::raw_str(&mut out, &name);
    out.push_str("; type Input = ");
    literal::shape_type(&mut out, analyzed.input);
    out.push_str("; type Output = ");
    literal::shape_type(&mut out, analyzed.output);
    let _ = write!(
        out,
        "; const MODEL: ::cnn::Model<'static> = {};",
        model(&name)
    );
    for constant in [
        "INPUT: ::cnn::Shape",
        "OUTPUT: ::cnn::Shape",
        "PARAMS: u64",
        "NON_TRAINABLE_PARAMS: u64",
        "TOTAL_PARAMS: u64",
        "MACS: u64",
        "LARGEST_ACTIVATION: u64",
        "PEAK_ACTIVATIONS: u64",
    ] {
        let field = constant.split(':').next().unwrap_or_default();
        let _ = write!(out, "const {constant} = {name}::{field};");
    }
    if let Some(figures) = int8 {
        let _ = write!(
            out,
            "const INT8: ::core::option::Option<::cnn::Int8Figures> = \
             ::core::option::Option::Some(::cnn::Int8Figures {{ param_bytes: {}, arena_bytes: {} }});",
            figures.param_bytes, figures.arena_bytes
        );
    }
    out.push('}');
    literal::tokens(&out)
}

/// How deep the table in a network's rustdoc goes: a big network's full
/// table would cost every build time to write (most of the macro's time on
/// the zoo) for a page nobody reads to the bottom.
const DOC_DEPTH: u16 = 1;

/// Every row through `cnn-core`'s encoder: the numbers as bytes, the
/// text as a pool of strings, each once, and where each row starts in the
/// numbers.
fn encode<'a>(layers: &[Layer<'a>]) -> (Vec<u8>, String, Vec<usize>) {
    let mut bytes = Vec::new();
    let mut text = String::new();
    let mut pooled: HashMap<&'a str, usize, BuildHasherDefault<Fnv>> = HashMap::default();
    let mut offsets = Vec::with_capacity(layers.len());
    for layer in layers {
        offsets.push(bytes.len());
        let row = table::encode(layer, &mut |piece| {
            *pooled.entry(piece).or_insert_with(|| {
                text.push_str(piece);
                text.len() - piece.len()
            })
        });
        bytes.extend_from_slice(row.as_bytes());
    }
    (bytes, text, offsets)
}

/// FNV-1a, for the pool of a table's text: std's SipHash guards against
/// hostile keys, which a network's own text is not, and costs several
/// times more in the unoptimized build a proc macro gets. Ten lines, so
/// not a dependency in every user's build.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &byte in bytes {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

/// A shape as tokens, through its text (see `literal.rs`).
fn shape_tokens(shape: Shape) -> TokenStream {
    let mut text = String::new();
    literal::shape(&mut text, shape);
    literal::tokens(&text)
}
