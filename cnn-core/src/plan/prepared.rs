//! The prepared form of a layer's parameters: what `run::prepare` makes
//! once from the network's weights, so that a pass does not redo it. Its
//! length is a rule of the plan (the prepared buffer's size,
//! `PREPARED_LEN`, is known when the network is declared), so it is here,
//! beside the scratch's.
//!
//! - A convolution that the matrix product runs (more than one input
//!   channel per group) keeps its filters packed as the micro-kernel
//!   reads them: per group, per block of `NC` filters, per span of the
//!   depth, panels of `NR` filters, the last padded with zeros; then one
//!   bias per filter (zero where it has none, the folded batch norm's
//!   shift where one follows). Every kernel (AVX-512, AVX2, portable)
//!   reads the same panels of `NR` columns, so the form does not depend
//!   on the CPU.
//! - A depthwise one (one input channel per group) keeps PyTorch's
//!   `[C * multiplier][1][k...]` filters, scaled by a folded batch norm,
//!   then one bias per filter.
//! - Every other layer keeps its parameters as they are.
//!
//! Each layer's block starts on a multiple of [`ALIGN`] values, so that in
//! a buffer aligned to 64 bytes every panel starts on a cache line.

use crate::plan::scratch::{ALIGN, NR};
use crate::{Kind, LayerSpec, Shape};

/// How a layer's parameters are prepared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// Packed into the matrix product's panels, in `groups` groups.
    Packed {
        /// The groups of the convolution.
        groups: u64,
    },
    /// A depthwise convolution's filters, scaled where a batch norm folds.
    Depthwise,
    /// The parameters as they are.
    AsIs,
}

/// How `spec` on `input` keeps its parameters prepared.
pub const fn form(spec: &LayerSpec, input: Shape) -> Form {
    let channels = input.channels();
    match spec.kind {
        Kind::Conv => {
            if spec.groups == 0 || channels / spec.groups == 1 {
                Form::Depthwise
            } else {
                Form::Packed {
                    groups: spec.groups,
                }
            }
        }
        Kind::DepthwiseConv => Form::Depthwise,
        Kind::Input
        | Kind::SeparableConv
        | Kind::ConvTranspose
        | Kind::MaxPool
        | Kind::AvgPool
        | Kind::GlobalAvgPool
        | Kind::GlobalMaxPool
        | Kind::AdaptiveAvgPool
        | Kind::Flatten
        | Kind::Dense
        | Kind::Softmax
        | Kind::Dropout
        | Kind::Activation(_)
        | Kind::PRelu
        | Kind::Scale
        | Kind::BatchNorm
        | Kind::LayerNorm
        | Kind::GroupNorm
        | Kind::Grn
        | Kind::ZeroPad
        | Kind::Upsample
        | Kind::Resize
        | Kind::Shuffle
        | Kind::Block(_) => Form::AsIs,
    }
}

/// The `f32` values of `spec`'s prepared parameters on `input` (before
/// the block is rounded up to [`ALIGN`]), 0 for a layer that does not
/// apply to its input or whose size overflows (which the plan refuses
/// before it asks).
pub const fn prepared_len(spec: &LayerSpec, input: Shape) -> usize {
    let (axes, step) = match (spec.on_axes(input), spec.apply(input)) {
        (Ok(axes), Ok(step)) => (axes, step),
        _ => return 0,
    };
    let filters = step.output.channels();
    let taps = match axes.window[0].checked_mul(axes.window[1]) {
        Some(area) => match area.checked_mul(axes.window[2]) {
            Some(taps) => taps,
            None => return 0,
        },
        None => return 0,
    };
    let needed = match form(spec, input) {
        Form::Packed { groups } => {
            let inner = input.channels() / groups;
            let per_group = filters / groups;
            let padded = per_group.div_ceil(NR as u64) * NR as u64;
            match inner.checked_mul(taps) {
                Some(depth) => match padded.checked_mul(depth) {
                    Some(one) => match one.checked_mul(groups) {
                        Some(all) => all.checked_add(filters),
                        None => None,
                    },
                    None => None,
                },
                None => None,
            }
        }
        Form::Depthwise => match filters.checked_mul(taps) {
            Some(kernel) => kernel.checked_add(filters),
            None => None,
        },
        Form::AsIs => step.params.checked_add(step.non_trainable_params),
    };
    match needed {
        Some(needed) if needed <= usize::MAX as u64 => needed as usize,
        _ => 0,
    }
}

/// `len` rounded up to a multiple of [`ALIGN`], if it fits.
pub const fn aligned(len: usize) -> Option<usize> {
    match len.checked_add(ALIGN - 1) {
        Some(end) => Some(end / ALIGN * ALIGN),
        None => None,
    }
}
