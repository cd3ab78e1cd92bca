//! The mistake a PyTorch user makes first: writing the input channels
//! first (`input 3x224x224`), which the language reads as a 3-pixel-high
//! image with 224 channels. It builds, with wrong numbers, so it is a
//! warning, not an error.

use cnn_core::Shape;

use crate::syntax::ast::Statement;
use crate::Diagnostic;

/// A warning if `shape`, the declared input, looks like PyTorch's CHW: a
/// first dimension that is a usual channel count (1, 3 or 4) and much
/// smaller than the other two.
pub fn channels_first(statement: &Statement, shape: Shape) -> Option<Diagnostic> {
    let Shape::Spatial {
        height,
        width,
        channels,
    } = shape
    else {
        return None;
    };
    let much_smaller = |other: u64| other >= 8 && other >= 4 * height;
    if !matches!(height, 1 | 3 | 4) || !much_smaller(width) || !much_smaller(channels) {
        return None;
    }
    let span = statement
        .argument
        .as_ref()
        .map_or_else(|| statement.span.clone(), |dims| dims.span.clone());
    Some(
        Diagnostic::warning(
            span,
            format!(
                "`input {height}x{width}x{channels}` reads as an image {height} pixel{} high and {width} wide with {channels} channels, since shapes are channels-last (HxWxC)",
                if height == 1 { "" } else { "s" }
            ),
        )
        .help(format!(
            "for a {width}x{channels} image with {height} channel{} (PyTorch's {height}x{width}x{channels}), write `input {width}x{channels}x{height}`",
            if height == 1 { "" } else { "s" }
        )),
    )
}
