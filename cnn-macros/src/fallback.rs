//! What an invocation with errors still expands to: the declared struct
//! with every constant the user may refer to, so that the real error is not
//! drowned by "no associated item" errors in the rest of their code.
//!
//! The `compile_error!`s themselves are the value of the stub's constants:
//! rustc then knows those constants are already in error and stays silent
//! about the user's own uses of them (`assert!(Bad::PARAMS == 10)` does not
//! add a second, misleading error).

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::ast::NetworkDecl;
use crate::errors::Errors;

/// An expression that reports `errors` and has any type.
fn failing(errors: Errors) -> TokenStream {
    let errors = errors.into_compile_errors();
    quote!({ #errors })
}

/// The stub of a network whose declaration has errors.
pub fn network(network: &NetworkDecl, errors: Errors, layers: &[Ident]) -> TokenStream {
    let NetworkDecl {
        attrs, vis, name, ..
    } = network;
    let name_text = name.to_string();
    let weights = if network.weights {
        let weights = quote::format_ident!("{}Weights", name);
        // `forward` and its lengths too, so that a call to it adds no
        // error to the one that says why there is none.
        quote! {
            /// The stub of a weight struct: the network has errors.
            #[allow(dead_code)]
            #vis struct #weights<T>(::core::marker::PhantomData<T>);

            #[allow(dead_code, missing_docs)]
            impl #name {
                pub const INPUT_LEN: usize = Self::MODEL.params as usize;
                pub const OUTPUT_LEN: usize = Self::MODEL.params as usize;
                pub const ARENA_LEN: usize = Self::MODEL.params as usize;
                pub fn forward<'a>(
                    _: &#weights<f32>,
                    _: &[f32; Self::INPUT_LEN],
                    _: &'a mut [f32; Self::ARENA_LEN],
                ) -> &'a [f32; Self::OUTPUT_LEN] {
                    ::core::unreachable!()
                }
                pub const PREPARED_LEN: usize = Self::MODEL.params as usize;
            }

            ::cnn::__cnn_forward! {
                #[allow(dead_code, missing_docs)]
                impl #name {
                    pub fn prepare(
                        _: &#weights<f32>,
                        _: &mut ::cnn::run::Prepared<{ #name::PREPARED_LEN }>,
                    ) {
                        ::core::unreachable!()
                    }
                    pub fn forward_prepared<'a>(
                        _: &::cnn::run::Prepared<{ #name::PREPARED_LEN }>,
                        _: &[f32; Self::INPUT_LEN],
                        _: &'a mut [f32; Self::ARENA_LEN],
                    ) -> &'a [f32; Self::OUTPUT_LEN] {
                        ::core::unreachable!()
                    }
                }
            }
        }
    } else {
        TokenStream::new()
    };
    let int8 = if network.int8 {
        let quantized = quote::format_ident!("{}Quantized", name);
        let lengths = if network.weights {
            TokenStream::new()
        } else {
            quote! {
                pub const INPUT_LEN: usize = Self::MODEL.params as usize;
                pub const OUTPUT_LEN: usize = Self::MODEL.params as usize;
            }
        };
        quote! {
            /// The stub of the quantisation tables: the network has errors.
            #[derive(Clone, Debug)]
            #[allow(dead_code)]
            #vis struct #quantized<'a>(::core::marker::PhantomData<&'a ()>);

            #[allow(dead_code, missing_docs)]
            impl<'a> #quantized<'a> {
                pub const EMPTY: Self = Self(::core::marker::PhantomData);
                pub fn from_tflite(
                    _: &'a [u8],
                ) -> ::core::result::Result<Self, ::core::convert::Infallible> {
                    ::core::unreachable!()
                }
                pub fn load_tflite(
                    &mut self,
                    _: &'a [u8],
                ) -> ::core::result::Result<(), ::core::convert::Infallible> {
                    ::core::unreachable!()
                }
            }

            #[allow(dead_code, missing_docs)]
            impl #name {
                #lengths
                pub const ARENA_BYTES: usize = Self::MODEL.params as usize;
                pub fn forward_int8<'a>(
                    _: &#quantized<'_>,
                    _: &[i8; Self::INPUT_LEN],
                    _: &'a mut [u8; Self::ARENA_BYTES],
                ) -> &'a [i8; Self::OUTPUT_LEN] {
                    ::core::unreachable!()
                }
            }
        }
    } else {
        TokenStream::new()
    };
    let model = failing(errors);
    quote! {
        #(#attrs)*
        #vis struct #name;

        #[allow(dead_code, missing_docs)]
        impl #name {
            pub const MODEL: ::cnn::Model<'static> = #model;
            pub const INPUT: ::cnn::Shape = Self::MODEL.input;
            pub const OUTPUT: ::cnn::Shape = Self::MODEL.output;
            pub const PARAMS: u64 = Self::MODEL.params;
            pub const NON_TRAINABLE_PARAMS: u64 = Self::MODEL.non_trainable_params;
            pub const TOTAL_PARAMS: u64 = Self::MODEL.total_params;
            pub const MACS: u64 = Self::MODEL.macs;
            pub const LARGEST_ACTIVATION: u64 = Self::MODEL.largest_activation;
            pub const PEAK_ACTIVATIONS: u64 = Self::MODEL.peak_activations;
            pub const fn param_bytes(element_bytes: u64) -> u64 {
                Self::MODEL.param_bytes(element_bytes)
            }
            pub const fn peak_activation_bytes(element_bytes: u64) -> u64 {
                Self::MODEL.peak_activation_bytes(element_bytes)
            }
            pub const LAYERS: &'static [::cnn::Layer<'static>] = Self::MODEL.layers;
            #(pub const #layers: ::cnn::Layer<'static> = Self::MODEL.layers[0];)*
            pub fn summary() -> ::cnn::Summary<'static> {
                ::cnn::Summary::new(#name_text, Self::MODEL)
            }
        }

        impl ::cnn::Network for #name {
            const NAME: &'static str = #name_text;
            // A stub promises no shape: `Unknown` joins any other, so a
            // `Chain` with it adds no error to the real one.
            type Input = ::cnn::Unknown;
            type Output = ::cnn::Unknown;
            const MODEL: ::cnn::Model<'static> = #name::MODEL;
        }

        #weights
        #int8
    }
}

/// The stub of an expression whose network has errors.
pub fn expression(errors: Errors) -> TokenStream {
    failing(errors)
}
