//! Writes what a declaration gives: the struct, its constants, its summary
//! in the rustdoc and its `Network` implementation, every number a literal
//! computed by `cnn-core`.

use cnn_core::{table, Layer, Model, Shape, Summary};
use proc_macro2::{Ident, Literal, Span, TokenStream};
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
                    let (bytes, text, _) = encode(&analyzed);
                    let model =
                        model_tokens(&analyzed, decode_tokens(&analyzed, quote!(#bytes, #text)));
                    let name = Ident::new("MODEL", Span::mixed_site());
                    quote!({
                        const #name: ::cnn::Model = #model;
                        #name
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
    // The rows are one byte string, decoded at compile time where they are
    // used. rustc evaluates a constant that another item's body names, in
    // every build, so no item names `MODEL` or `LAYERS`: each decodes the
    // table itself (`BENCHMARKS.md` has the measurements).
    let (bytes, text, offsets) = encode(&analyzed);
    let table = Ident::new("__CNN_TABLE", Span::call_site());
    let table_text = Ident::new("__CNN_TEXT", Span::call_site());
    let here = quote!(Self::#table, Self::#table_text);
    let model = model_tokens(&analyzed, decode_tokens(&analyzed, here.clone()));
    let trait_model = model_tokens(
        &analyzed,
        decode_tokens(&analyzed, quote!(#name::#table, #name::#table_text)),
    );
    let layers_value = decode_tokens(&analyzed, here);
    let input = shape_tokens(analyzed.input);
    let output = shape_tokens(analyzed.output);
    let Analyzed {
        totals,
        total_params,
        largest_activation,
        peak_activations,
        ..
    } = &analyzed;
    let [params, non_trainable, total, macs, largest, peak] = [
        totals.params,
        totals.non_trainable_params,
        *total_params,
        totals.macs,
        *largest_activation,
        *peak_activations,
    ]
    .map(Literal::u64_suffixed);
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
    let doc = format!("{intro}# Architecture\n\n```text\n{summary}```");
    let doc_separator = if has_docs {
        quote!(#[doc = ""])
    } else {
        quote!()
    };
    let input_type = crate::types::shape_type(analyzed.input);
    let output_type = crate::types::shape_type(analyzed.output);
    // The weight struct costs rustc time to check, so only the networks
    // that ask for it get one.
    let weights = if network.weights {
        crate::weights::tokens(name, vis, &analyzed)
    } else {
        TokenStream::new()
    };
    let layers = &analyzed.layers;
    let named = layers
        .iter()
        .zip(&offsets)
        .filter_map(|(layer, &(at, text_at))| {
            let constant = layer.constant.as_ref()?;
            let doc = format!(
                "Layer `{}`: `{}`, {} to {}, {} learnable parameters.",
                layer.name.as_deref().unwrap_or_default(),
                layer.spec,
                layer.input,
                layer.step.output,
                layer.step.params
            );
            Some(quote! {
                #[doc = #doc]
                pub const #constant: ::cnn::Layer =
                    ::cnn::table::row(Self::#table, Self::#table_text, #at, #text_at).0;
            })
        });
    quote! {
        #(#attrs)*
        #doc_separator
        #[doc = #doc]
        #vis struct #name;

        #[allow(dead_code)]
        impl #name {
            /// Everything about the network as one value.
            pub const MODEL: ::cnn::Model = #model;
            /// The input shape.
            pub const INPUT: ::cnn::Shape = #input;
            /// The output shape.
            pub const OUTPUT: ::cnn::Shape = #output;
            /// Learnable parameters, as PyTorch's `sum(p.numel())` counts them.
            pub const PARAMS: u64 = #params;
            /// Non-trainable parameters: batch norm's running mean and variance.
            pub const NON_TRAINABLE_PARAMS: u64 = #non_trainable;
            /// All parameters, Keras's "Total params".
            pub const TOTAL_PARAMS: u64 = #total;
            /// Multiply-accumulates for one input, torchvision's count
            /// (FLOPs are twice this).
            pub const MACS: u64 = #macs;
            /// The most values any one activation holds.
            pub const LARGEST_ACTIVATION: u64 = #largest;
            /// The most activation values alive at once during inference.
            pub const PEAK_ACTIVATIONS: u64 = #peak;
            /// Every layer, in order, the input first; a block's row before
            /// its contents.
            pub const LAYERS: &'static [::cnn::Layer] = #layers_value;
            /// The rows' numbers and text, as `cnn::table` encodes them.
            const #table: &'static [u8] = #bytes;
            const #table_text: &'static str = #text;
            #(#named)*

            /// The bytes of all parameters at `element_bytes` bytes each (4
            /// for f32), saturating at `u64::MAX`: for budgets in `const`.
            pub const fn param_bytes(element_bytes: u64) -> u64 {
                ::cnn::bytes(Self::TOTAL_PARAMS, element_bytes)
            }
            /// The bytes of the peak activation memory at `element_bytes`
            /// bytes per value, saturating at `u64::MAX`.
            pub const fn peak_activation_bytes(element_bytes: u64) -> u64 {
                ::cnn::bytes(Self::PEAK_ACTIVATIONS, element_bytes)
            }

            /// The network as a table, like Keras's `model.summary()`, with
            /// each layer's parameter formula.
            pub fn summary() -> ::cnn::Summary {
                // Through the trait: a body naming `MODEL` would have rustc
                // decode the layer table in every build.
                <Self as ::cnn::Network>::summary()
            }
        }

        impl ::cnn::Network for #name {
            const NAME: &'static str = #name_text;
            type Input = #input_type;
            type Output = #output_type;
            const MODEL: ::cnn::Model = #trait_model;
            const INPUT: ::cnn::Shape = #input;
            const OUTPUT: ::cnn::Shape = #output;
            const PARAMS: u64 = #params;
            const NON_TRAINABLE_PARAMS: u64 = #non_trainable;
            const TOTAL_PARAMS: u64 = #total;
            const MACS: u64 = #macs;
            const LARGEST_ACTIVATION: u64 = #largest;
            const PEAK_ACTIVATIONS: u64 = #peak;
        }

        #weights
    }
}

/// The summary table as text, through `cnn-core`'s own `Summary`.
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
    Summary::new(Box::leak(name.to_string().into_boxed_str()), model).to_string()
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

/// The `Model` of `analyzed`, its rows those of `layers`.
fn model_tokens(analyzed: &Analyzed, layers: TokenStream) -> TokenStream {
    let input = shape_tokens(analyzed.input);
    let output = shape_tokens(analyzed.output);
    let [params, non_trainable, total, macs, largest, peak] = [
        analyzed.totals.params,
        analyzed.totals.non_trainable_params,
        analyzed.total_params,
        analyzed.totals.macs,
        analyzed.largest_activation,
        analyzed.peak_activations,
    ]
    .map(Literal::u64_suffixed);
    quote! {
        ::cnn::Model {
            input: #input,
            output: #output,
            params: #params,
            non_trainable_params: #non_trainable,
            total_params: #total,
            macs: #macs,
            largest_activation: #largest,
            peak_activations: #peak,
            layers: #layers,
        }
    }
}

/// Every row through `cnn-core`'s encoder: the numbers as a byte string,
/// the text as a string, and where each row starts in both.
fn encode(analyzed: &Analyzed) -> (Literal, Literal, Vec<(usize, usize)>) {
    let mut bytes = Vec::new();
    let mut text = String::new();
    let mut offsets = Vec::new();
    for report in &analyzed.layers {
        offsets.push((bytes.len(), text.len()));
        table::encode(
            &leak_layer(report),
            &mut |byte| bytes.push(byte),
            &mut |piece| text.push_str(piece),
        );
    }
    (
        Literal::byte_string(&bytes),
        Literal::string(&text),
        offsets,
    )
}

/// The rows decoded at compile time from `source` (the table's bytes and
/// text), as a `&'static [Layer]`.
/// A block with a `let`, not a bare call, which rustc would promote and
/// evaluate in every build.
fn decode_tokens(analyzed: &Analyzed, source: TokenStream) -> TokenStream {
    let count = Literal::usize_unsuffixed(analyzed.layers.len());
    quote!(&{
        let table: [::cnn::Layer; #count] = ::cnn::table::decode(#source);
        table
    })
}

fn shape_tokens(shape: Shape) -> TokenStream {
    match shape {
        Shape::Spatial {
            height,
            width,
            channels,
        } => quote!(::cnn::Shape::Spatial { height: #height, width: #width, channels: #channels }),
        Shape::Flat(n) => quote!(::cnn::Shape::Flat(#n)),
    }
}
