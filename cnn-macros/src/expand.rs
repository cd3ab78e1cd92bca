//! Writes what a declaration gives: the struct, its constants, its summary
//! in the rustdoc and its `Network` implementation, every number a literal
//! computed by `cnn-core`.

use cnn_core::{Block, Kind, Layer, Model, ReceptiveField, Shape, Summary};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

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
                    let model = model_tokens(&analyzed);
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
    let model = model_tokens(&analyzed);
    let table = summary_text(&name_text, &analyzed);
    let has_docs = attrs.iter().any(|attr| {
        let text: String = attr.to_string().split_whitespace().collect();
        text.starts_with("#[doc")
    });
    let intro = if has_docs {
        String::new()
    } else {
        format!("The network `{name_text}`, declared with `cnn!`.\n\n")
    };
    let doc = format!("{intro}# Architecture\n\n```text\n{table}```");
    let doc_separator = if has_docs {
        quote!(#[doc = ""])
    } else {
        quote!()
    };
    let input_type = crate::types::shape_type(analyzed.input);
    let output_type = crate::types::shape_type(analyzed.output);
    let weights = crate::weights::tokens(name, vis, &analyzed);
    let layers = &analyzed.layers;
    let named = layers.iter().enumerate().filter_map(|(index, layer)| {
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
            pub const #constant: ::cnn::Layer = Self::LAYERS[#index];
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
            pub const INPUT: ::cnn::Shape = Self::MODEL.input;
            /// The output shape.
            pub const OUTPUT: ::cnn::Shape = Self::MODEL.output;
            /// Learnable parameters, as PyTorch's `sum(p.numel())` counts them.
            pub const PARAMS: u64 = Self::MODEL.params;
            /// Non-trainable parameters: batch norm's running mean and variance.
            pub const NON_TRAINABLE_PARAMS: u64 = Self::MODEL.non_trainable_params;
            /// All parameters, Keras's "Total params".
            pub const TOTAL_PARAMS: u64 = Self::MODEL.total_params;
            /// Multiply-accumulates for one input, torchvision's count
            /// (FLOPs are twice this).
            pub const MACS: u64 = Self::MODEL.macs;
            /// The most values any one activation holds.
            pub const LARGEST_ACTIVATION: u64 = Self::MODEL.largest_activation;
            /// The most activation values alive at once during inference.
            pub const PEAK_ACTIVATIONS: u64 = Self::MODEL.peak_activations;
            /// Every layer, in order, the input first.
            pub const LAYERS: &'static [::cnn::Layer] = Self::MODEL.layers;
            #(#named)*

            /// The bytes of all parameters at `element_bytes` bytes each (4
            /// for f32), saturating at `u64::MAX`: for budgets in `const`.
            pub const fn param_bytes(element_bytes: u64) -> u64 {
                Self::MODEL.param_bytes(element_bytes)
            }
            /// The bytes of the peak activation memory at `element_bytes`
            /// bytes per value, saturating at `u64::MAX`.
            pub const fn peak_activation_bytes(element_bytes: u64) -> u64 {
                Self::MODEL.peak_activation_bytes(element_bytes)
            }

            /// The network as a table, like Keras's `model.summary()`, with
            /// each layer's parameter formula.
            pub const fn summary() -> ::cnn::Summary {
                ::cnn::Summary::new(#name_text, Self::MODEL)
            }
        }

        impl ::cnn::Network for #name {
            const NAME: &'static str = #name_text;
            type Input = #input_type;
            type Output = #output_type;
            const MODEL: ::cnn::Model = #name::MODEL;
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

fn model_tokens(analyzed: &Analyzed) -> TokenStream {
    let input = shape_tokens(analyzed.input);
    let output = shape_tokens(analyzed.output);
    let params = analyzed.totals.params;
    let non_trainable = analyzed.totals.non_trainable_params;
    let total = analyzed.total_params;
    let macs = analyzed.totals.macs;
    let largest = analyzed.largest_activation;
    let peak = analyzed.peak_activations;
    let layers = analyzed.layers.iter().map(layer_tokens);
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
            layers: &[#(#layers),*],
        }
    }
}

fn layer_tokens(report: &Report) -> TokenStream {
    let name = match &report.name {
        Some(name) => quote!(::core::option::Option::Some(#name)),
        None => quote!(::core::option::Option::None),
    };
    let kind = kind_tokens(report.kind);
    let spec = &report.spec;
    let input = shape_tokens(report.input);
    let output = shape_tokens(report.step.output);
    let params = report.step.params;
    let non_trainable = report.step.non_trainable_params;
    let formula = &report.formula;
    let macs = report.step.macs;
    let depth = report.depth;
    let rows = report.rows;
    let times = report.times;
    let ReceptiveField { size, jump, start } = report.field;
    let [size_h, size_w] = size;
    let [jump_h, jump_w] = jump;
    let [start_h, start_w] = start;
    quote! {
        ::cnn::Layer {
            name: #name,
            kind: #kind,
            spec: #spec,
            input: #input,
            output: #output,
            params: #params,
            non_trainable_params: #non_trainable,
            macs: #macs,
            formula: #formula,
            receptive_field: ::cnn::ReceptiveField {
                size: [#size_h, #size_w],
                jump: [#jump_h, #jump_w],
                start: [#start_h, #start_w],
            },
            depth: #depth,
            rows: #rows,
            times: #times,
        }
    }
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

/// `::cnn::Kind::Conv`, `::cnn::Kind::Activation(::cnn::Activation::Relu)`,
/// from the variants' `Debug` names, which are their Rust names.
fn kind_tokens(kind: Kind) -> TokenStream {
    match kind {
        Kind::Block(Block::Repeat(count)) => {
            quote!(::cnn::Kind::Block(::cnn::Block::Repeat(#count)))
        }
        Kind::Block(block) => {
            let variant = format_ident!("{block:?}");
            quote!(::cnn::Kind::Block(::cnn::Block::#variant))
        }
        Kind::Activation(activation) => {
            let variant = format_ident!("{activation:?}");
            quote!(::cnn::Kind::Activation(::cnn::Activation::#variant))
        }
        other => {
            let variant = format_ident!("{other:?}");
            quote!(::cnn::Kind::#variant)
        }
    }
}
