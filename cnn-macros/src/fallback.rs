//! What an invocation with errors still expands to: the declared struct
//! with every constant the user may refer to, so that the real error is not
//! drowned by "no associated item" errors in the rest of their code.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::NetworkDecl;
use crate::check::constants;

/// A placeholder model; its numbers are never seen, since the build fails.
fn placeholder() -> TokenStream {
    quote! {
        ::cnn::Model {
            input: ::cnn::Shape::Flat(1),
            output: ::cnn::Shape::Flat(1),
            params: 0,
            non_trainable_params: 0,
            total_params: 0,
            layers: &[],
        }
    }
}

/// The stub of a network whose declaration has errors.
pub fn network(network: &NetworkDecl) -> TokenStream {
    let NetworkDecl {
        attrs, vis, name, ..
    } = network;
    let name_text = name.to_string();
    let model = placeholder();
    let layers = constants(&network.body);
    quote! {
        #(#attrs)*
        #vis struct #name;

        #[allow(dead_code, missing_docs)]
        impl #name {
            pub const MODEL: ::cnn::Model = #model;
            pub const INPUT: ::cnn::Shape = Self::MODEL.input;
            pub const OUTPUT: ::cnn::Shape = Self::MODEL.output;
            pub const PARAMS: u64 = 0;
            pub const NON_TRAINABLE_PARAMS: u64 = 0;
            pub const TOTAL_PARAMS: u64 = 0;
            pub const LAYERS: &'static [::cnn::Layer] = &[];
            #(pub const #layers: ::cnn::Layer = ::cnn::Layer {
                name: ::core::option::Option::None,
                kind: ::cnn::Kind::Input,
                spec: "",
                input: ::cnn::Shape::Flat(1),
                output: ::cnn::Shape::Flat(1),
                params: 0,
                non_trainable_params: 0,
                formula: "",
                depth: 0,
            };)*
            pub const fn summary() -> ::cnn::Summary {
                ::cnn::Summary::new(#name_text, Self::MODEL)
            }
        }

        impl ::cnn::Network for #name {
            const NAME: &'static str = #name_text;
            const MODEL: ::cnn::Model = #name::MODEL;
        }
    }
}

/// The stub of an expression whose network has errors.
pub fn expression() -> TokenStream {
    placeholder()
}
