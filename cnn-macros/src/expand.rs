//! Writes what a declaration gives: the struct, its constants, its summary
//! in the rustdoc and its `Network` implementation, every number a literal
//! computed by `cnn-core`.

use cnn_core::{table, Layer, Shape, Summary};
use std::collections::HashMap;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use cnn_lang::{Network as Analyzed, Severity};

use crate::ast::{Invocation, NetworkDecl};
use crate::errors::Errors;
use crate::fallback;
use crate::parse::parse;
use crate::source::Source;

/// Runs `cnn-lang` on a network's tokens: the network if it has no error,
/// every diagnostic recorded in `errors` (at `whole` when it is about the
/// network as a whole), and the constants its names make, spanned on the
/// names, for the fallback stub.
fn check(
    body: &TokenStream,
    whole: &TokenStream,
    name: Option<&str>,
    errors: &mut Errors,
) -> (Option<Analyzed>, Vec<Ident>, TokenStream) {
    let source = Source::new(body.clone());
    let tokens = match cnn_lang::lex::lex(&source.text) {
        Ok(tokens) => tokens,
        Err(diagnostic) => {
            // Rust's own lexer has read these tokens, so the language's
            // reads their text too; if not, say so rather than guess.
            errors.push(source.error(&diagnostic, whole));
            return (None, Vec::new(), TokenStream::new());
        }
    };
    let checked = cnn_lang::check_tokens(&tokens, source.whole(), name);
    let mut warnings = TokenStream::new();
    for diagnostic in &checked.diagnostics {
        match diagnostic.severity {
            Severity::Error => errors.push(source.error(diagnostic, whole)),
            Severity::Warning => warnings.extend(crate::warning::tokens(&source, diagnostic)),
        }
    }
    let constants = checked
        .constants
        .iter()
        .map(|(constant, at)| Ident::new(constant, source.span_at(at)))
        .collect();
    (checked.network, constants, warnings)
}

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
            let (analyzed, _, warnings) = check(&body, &input, None, &mut errors);
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
    let (analyzed, constants, warnings) =
        check(&network.body, &owner, Some(&name_text), &mut errors);
    let Some(analyzed) = analyzed.filter(|_| errors.is_empty()) else {
        return fallback::network(&network, errors, &constants);
    };
    let NetworkDecl { attrs, vis, .. } = &network;
    let model = analyzed.leak_model();
    let summary = Summary::new(Box::leak(name_text.clone().into_boxed_str()), model)
        .depth(DOC_DEPTH)
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
    let doc = format!("{intro}# Architecture\n\n{deeper}```text\n{summary}```");
    let doc_separator = if has_docs {
        quote!(#[doc = ""])
    } else {
        quote!()
    };
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
        crate::weights::tokens(&path, vis, &analyzed)
    } else {
        TokenStream::new()
    };
    let items = items(&path, &analyzed, model.layers);
    quote! {
        #(#attrs)*
        #doc_separator
        #[doc = #doc]
        #vis struct #name;

        #items
        #weights
        #warnings
    }
}

/// The expression form's value: a block whose constant `MODEL` holds
/// everything, decoded where the block is evaluated.
fn expression(analyzed: &Analyzed, warnings: TokenStream) -> TokenStream {
    let (bytes, text, _) = encode(analyzed.leak_model().layers);
    let model = Ident::new("MODEL", Span::mixed_site());
    let input = shape_tokens(analyzed.input);
    let output = shape_tokens(analyzed.output);
    let [params, non_trainable, total, macs, largest, peak] = totals(analyzed);
    let rows = Literal::usize_unsuffixed(analyzed.rows.len());
    quote!({
        #warnings
        const #model: ::cnn::Model = ::cnn::Model {
            input: #input,
            output: #output,
            params: #params,
            non_trainable_params: #non_trainable,
            total_params: #total,
            macs: #macs,
            largest_activation: #largest,
            peak_activations: #peak,
            layers: &{
                let table: [::cnn::Layer; #rows] = ::cnn::table::decode(#bytes, #text);
                table
            },
        };
        #model
    })
}

/// The totals as literals: params, non-trainable, total, MACs, largest and
/// peak activation.
fn totals(analyzed: &Analyzed) -> [Literal; 6] {
    [
        analyzed.totals.params,
        analyzed.totals.non_trainable_params,
        analyzed.total_params,
        analyzed.totals.macs,
        analyzed.largest_activation,
        analyzed.peak_activations,
    ]
    .map(Literal::u64_unsuffixed)
}

/// The docs of the struct's items, interpolated rather than written as
/// `///` in the template, which `quote!` would reparse from text at every
/// expansion.
const DOCS: [&str; 14] = [
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
    "The rows' numbers and their pooled text, as `cnn::table` encodes them.",
    "The bytes of all parameters at `element_bytes` bytes each (4 for f32), saturating at `u64::MAX`: for budgets in `const`.",
    "The bytes of the peak activation memory at `element_bytes` bytes per value, saturating at `u64::MAX`.",
    "The network as a table, like Keras's `model.summary()`, with each layer's parameter formula.",
];

/// The struct's constants, functions and `Network` implementation. The
/// rows are one byte string and a pool of text, decoded at compile time
/// where they are used. rustc evaluates, in every build, a constant that
/// another item's body names, so no item names `MODEL` or `LAYERS`: each
/// decodes the table itself, and each named layer its own row
/// (`BENCHMARKS.md` has the measurements). The other constants are
/// literals, read by name where they are needed.
fn items(name: &Ident, analyzed: &Analyzed, layers: &[Layer]) -> TokenStream {
    let (bytes, text, offsets) = encode(layers);
    let rows = Literal::usize_unsuffixed(analyzed.rows.len());
    let table = Ident::new("__CNN_TABLE", Span::call_site());
    let pool = Ident::new("__CNN_TEXT", Span::call_site());
    let decode = |owner: TokenStream| {
        quote!(&{
            let table: [::cnn::Layer; #rows] = ::cnn::table::decode(#owner::#table, #owner::#pool);
            table
        })
    };
    let model = |owner: TokenStream| {
        let layers = decode(owner.clone());
        quote!(::cnn::Model {
            input: #owner::INPUT,
            output: #owner::OUTPUT,
            params: #owner::PARAMS,
            non_trainable_params: #owner::NON_TRAINABLE_PARAMS,
            total_params: #owner::TOTAL_PARAMS,
            macs: #owner::MACS,
            largest_activation: #owner::LARGEST_ACTIVATION,
            peak_activations: #owner::PEAK_ACTIVATIONS,
            layers: #layers,
        })
    };
    let own_model = model(quote!(Self));
    let trait_model = model(quote!(#name));
    let layers = decode(quote!(Self));
    let input = shape_tokens(analyzed.input);
    let output = shape_tokens(analyzed.output);
    let input_type = crate::types::shape_type(analyzed.input);
    let output_type = crate::types::shape_type(analyzed.output);
    let [params, non_trainable, total, macs, largest, peak] = totals(analyzed);
    let name_text = name.to_string();
    let named = analyzed.rows.iter().zip(offsets).filter_map(|(layer, at)| {
        let constant = Ident::new(layer.constant.as_ref()?, Span::call_site());
        let doc = format!(
            "Layer `{}`: `{}`, {} to {}, {} learnable parameters.",
            layer.name.as_deref().unwrap_or_default(),
            layer.spec,
            layer.input,
            layer.step.output,
            layer.step.params
        );
        let at = Literal::usize_unsuffixed(at);
        Some(quote! {
            #[doc = #doc]
            pub const #constant: ::cnn::Layer =
                ::cnn::table::row(Self::#table, Self::#pool, #at).0;
        })
    });
    let [d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12, d13] = DOCS;
    quote! {
        #[allow(dead_code)]
        impl #name {
            #[doc = #d0]
            pub const MODEL: ::cnn::Model = #own_model;
            #[doc = #d1]
            pub const INPUT: ::cnn::Shape = #input;
            #[doc = #d2]
            pub const OUTPUT: ::cnn::Shape = #output;
            #[doc = #d3]
            pub const PARAMS: u64 = #params;
            #[doc = #d4]
            pub const NON_TRAINABLE_PARAMS: u64 = #non_trainable;
            #[doc = #d5]
            pub const TOTAL_PARAMS: u64 = #total;
            #[doc = #d6]
            pub const MACS: u64 = #macs;
            #[doc = #d7]
            pub const LARGEST_ACTIVATION: u64 = #largest;
            #[doc = #d8]
            pub const PEAK_ACTIVATIONS: u64 = #peak;
            #[doc = #d9]
            pub const LAYERS: &'static [::cnn::Layer] = #layers;
            #[doc = #d10]
            const #table: &'static [u8] = #bytes;
            const #pool: &'static str = #text;
            #(#named)*
            #[doc = #d11]
            pub const fn param_bytes(element_bytes: u64) -> u64 {
                ::cnn::bytes(Self::TOTAL_PARAMS, element_bytes)
            }
            #[doc = #d12]
            pub const fn peak_activation_bytes(element_bytes: u64) -> u64 {
                ::cnn::bytes(Self::PEAK_ACTIVATIONS, element_bytes)
            }
            #[doc = #d13]
            pub fn summary() -> ::cnn::Summary {
                <Self as ::cnn::Network>::summary()
            }
        }

        impl ::cnn::Network for #name {
            const NAME: &'static str = #name_text;
            type Input = #input_type;
            type Output = #output_type;
            const MODEL: ::cnn::Model = #trait_model;
            const INPUT: ::cnn::Shape = #name::INPUT;
            const OUTPUT: ::cnn::Shape = #name::OUTPUT;
            const PARAMS: u64 = #name::PARAMS;
            const NON_TRAINABLE_PARAMS: u64 = #name::NON_TRAINABLE_PARAMS;
            const TOTAL_PARAMS: u64 = #name::TOTAL_PARAMS;
            const MACS: u64 = #name::MACS;
            const LARGEST_ACTIVATION: u64 = #name::LARGEST_ACTIVATION;
            const PEAK_ACTIVATIONS: u64 = #name::PEAK_ACTIVATIONS;
        }
    }
}

/// How deep the table in a network's rustdoc goes: a big network's full
/// table would cost every build time to write (most of the macro's time on
/// the zoo) for a page nobody reads to the bottom.
const DOC_DEPTH: u16 = 1;

/// Every row through `cnn-core`'s encoder: the numbers as a byte-string
/// literal, the text as a pool of strings, each once, and where each row
/// starts in the numbers.
fn encode(layers: &[Layer]) -> (Literal, Literal, Vec<usize>) {
    let mut bytes = Vec::new();
    let mut text = String::new();
    let mut pooled: HashMap<String, usize> = HashMap::new();
    let mut offsets = Vec::new();
    for layer in layers {
        offsets.push(bytes.len());
        table::encode(
            layer,
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
    (
        Literal::byte_string(&bytes),
        Literal::string(&text),
        offsets,
    )
}

/// A shape as tokens.
fn shape_tokens(shape: Shape) -> TokenStream {
    match shape {
        Shape::Spatial {
            height,
            width,
            channels,
        } => {
            let [height, width, channels] = [height, width, channels].map(Literal::u64_unsuffixed);
            quote!(::cnn::Shape::Spatial { height: #height, width: #width, channels: #channels })
        }
        Shape::Flat(n) => {
            let n = Literal::u64_unsuffixed(n);
            quote!(::cnn::Shape::Flat(#n))
        }
    }
}
