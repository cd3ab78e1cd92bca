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
    let (height, width, channels) = match shape {
        Shape::Spatial {
            height,
            width,
            channels,
        } => (height, width, channels),
        Shape::Sequence { length, channels } => return sequence_first(statement, length, channels),
        Shape::Flat(_) | Shape::Volume { .. } => return None,
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

/// The same for a sequence: PyTorch's `[C, L]` (`1x16000`) reads as one
/// position with 16000 channels.
fn sequence_first(statement: &Statement, length: u64, channels: u64) -> Option<Diagnostic> {
    if !matches!(length, 1..=4) || channels < 64 || channels < 16 * length {
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
                "`input {length}x{channels}` reads as a sequence {length} position{} long with {channels} channels, since shapes are channels-last (LxC)",
                if length == 1 { "" } else { "s" }
            ),
        )
        .help(format!(
            "for a signal of {channels} samples with {length} channel{} (PyTorch's {length}x{channels}), write `input {channels}x{length}`",
            if length == 1 { "" } else { "s" }
        )),
    )
}
