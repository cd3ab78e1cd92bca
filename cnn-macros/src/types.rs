//! Shapes as the types `Network::Input` and `Network::Output` name:
//! `::cnn::Dims<32, 32, 3>`, `::cnn::Flat<10>`, every number a literal, so
//! the compiler compares shapes as plain types.

use cnn_core::Shape;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// `::cnn::Dims<H, W, C>` or `::cnn::Flat<N>`.
pub fn shape_type(shape: Shape) -> TokenStream {
    match shape {
        Shape::Spatial {
            height,
            width,
            channels,
        } => {
            let [height, width, channels] = [height, width, channels].map(Literal::u64_unsuffixed);
            quote!(::cnn::Dims<#height, #width, #channels>)
        }
        Shape::Flat(n) => {
            let n = Literal::u64_unsuffixed(n);
            quote!(::cnn::Flat<#n>)
        }
    }
}
