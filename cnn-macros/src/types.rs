//! Shapes as the types `Network::Input` and `Network::Output` name:
//! `::cnn::Dims<32, 32, 3>`, `::cnn::Flat<10>`, every number a literal, so
//! the compiler compares shapes as plain types.

use cnn_core::Shape;

/// `::cnn::Dims<H, W, C>` or `::cnn::Flat<N>`, as Rust source.
pub fn shape_type_text(shape: Shape) -> String {
    match shape {
        Shape::Spatial {
            height,
            width,
            channels,
        } => format!("::cnn::Dims<{height}, {width}, {channels}>"),
        Shape::Flat(n) => format!("::cnn::Flat<{n}>"),
    }
}
