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
//! - A shallow one in one group, with more than one tap (a 3x3 stem over
//!   RGB), keeps its filters as `[tap][channel][filter]`, for a direct
//!   loop over the filters, then one bias per filter.
//! - A 2D 3x3 one of stride 1 in one group, 16 to 256 channels in and
//!   out, is run by Winograd's F(2x2, 3x3) (`plan::winograd`): its 16
//!   transformed filters, each packed as the panels of a 1x1
//!   convolution, then one bias per filter.
//! - A depthwise one (one input channel per group) keeps PyTorch's
//!   `[C * multiplier][1][k...]` filters, scaled by a folded batch norm,
//!   then one bias per filter.
//! - A fully connected layer over a map keeps its weight with the
//!   columns in the data's channels-last order.
//! - Every other layer keeps its parameters as they are.
//!
//! Each layer's block starts on a multiple of [`ALIGN`] values, so that in
//! a buffer aligned to 64 bytes every panel starts on a cache line.

use crate::plan::scratch::{ALIGN, NR};
use crate::plan::winograd::winograd;
use crate::{Kind, LayerSpec, Shape};

/// How a layer's parameters are prepared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// Packed into the matrix product's panels, in `groups` groups.
    Packed {
        /// The groups of the convolution.
        groups: u64,
    },
    /// A depthwise convolution's filters, scaled where a batch norm folds,
    /// tap-major (`[k...][C * multiplier]`: a tap's filters together),
    /// then one bias per filter.
    Depthwise,
    /// A convolution at most [`DIRECT_DEPTH`] deep in one group (or
    /// [`DIRECT_DEPTH_NARROW`] with fewer than 16 filters, or
    /// [`DIRECT_DEPTH_WIDE`] over at most 4 channels with at least 32),
    /// with more than one tap (a 3x3 stem on RGB):
    /// `[tap][channel][filter]`, for a direct loop over the filters
    /// instead of an im2col product.
    Direct,
    /// A 3x3 convolution run by Winograd's F(2x2, 3x3)
    /// (`plan::winograd`): for each of the 16 points of the transform,
    /// the filters transformed (`G g G^T`, scaled where a batch norm
    /// folds) and packed as [`Form::Packed`] packs one group of 1x1
    /// filters over the input channels; then one bias per filter.
    Winograd,
    /// A fully connected layer over a map: its weight's columns put from
    /// PyTorch's flatten order (C, H, W) into the data's channels-last
    /// order, so that each unit is one contiguous dot product; then the
    /// bias, if any.
    ChannelsLast,
    /// The parameters as they are.
    AsIs,
}

/// The deepest convolution (input channels times taps) that runs
/// directly ([`Form::Direct`]): a 3x3 stem over RGB (27). Measured on
/// AVX-512: EfficientNet-B0's 3x3 stem went from 4.6 to 1.9 ms.
pub const DIRECT_DEPTH: u64 = 32;

/// The deepest convolution over at most 4 channels (an image) that runs
/// directly when it has at least 32 filters (a whole block of the direct
/// loop's AVX-512 accumulators, `cnn-run`'s `stem512`); deeper inputs
/// keep the matrix product or Winograd: ResNet's 7x7 stem over RGB (147 deep, 64
/// filters), 1.43 ms through the matrix product and 1.15 ms directly
/// (`cnn-speed steps`, 3 alternations; with a multiply and an add in
/// place of each fused multiply-add it was 1.33).
pub const DIRECT_DEPTH_WIDE: u64 = 160;

/// The deepest convolution that runs directly when it has fewer than 16
/// filters: LeNet's first layer (5x5 over RGB, 75 deep, 8 filters), whose
/// product fills half of each vector and whose im2col cost more than the
/// product (24 µs of its 46 µs pass on AVX-512).
pub const DIRECT_DEPTH_NARROW: u64 = 80;

/// Whether `spec` (one group) on `input` is shallow enough to run
/// directly, and has a window to gather: a 1x1 convolution (MobileNetV2's
/// expansions of 16, 24 and 32 channels) needs no im2col, its input
/// already is the product's matrix; directly, they cost about 60 M of
/// the 197 M instructions of MobileNetV2's prepared pass
/// (`bench/count.sh`, AVX2).
const fn direct(spec: &LayerSpec, input: Shape) -> bool {
    let window = match spec.on_axes(input) {
        Ok(axes) => axes.window,
        Err(_) => return false,
    };
    let taps = match window[0].checked_mul(window[1]) {
        Some(area) => match area.checked_mul(window[2]) {
            Some(taps) => taps,
            None => return false,
        },
        None => return false,
    };
    match taps.checked_mul(input.channels()) {
        Some(depth) => {
            taps > 1
                && (depth <= DIRECT_DEPTH
                    || (depth <= DIRECT_DEPTH_NARROW && spec.count < 16)
                    || (depth <= DIRECT_DEPTH_WIDE && spec.count >= 32 && input.channels() <= 4))
        }
        None => false,
    }
}

/// How `spec` on `input` keeps its parameters prepared, when the
/// program runs it without Winograd ([`form_in`]).
pub const fn form(spec: &LayerSpec, input: Shape) -> Form {
    form_in(spec, input, 0)
}

/// How `spec` on `input` keeps its parameters prepared in a step of the
/// prepared program that gives it blocks of `rows` rows of tiles for
/// Winograd (`Op::Fused`'s `winograd`; 0 for none): [`Form::Winograd`]
/// when it has some and the layer is one Winograd runs.
pub const fn form_in(spec: &LayerSpec, input: Shape, rows: usize) -> Form {
    let channels = input.channels();
    match spec.kind {
        Kind::Conv => {
            if spec.groups == 0 || channels / spec.groups == 1 {
                Form::Depthwise
            } else if spec.groups == 1 && direct(spec, input) {
                Form::Direct
            } else if rows > 0 && winograd(spec, input) {
                Form::Winograd
            } else {
                Form::Packed {
                    groups: spec.groups,
                }
            }
        }
        Kind::DepthwiseConv => Form::Depthwise,
        Kind::Dense => {
            let [a, b, c] = input.axes();
            if input.rank() > 0 && a * b * c > 1 {
                Form::ChannelsLast
            } else {
                Form::AsIs
            }
        }
        Kind::Input
        | Kind::SeparableConv
        | Kind::ConvTranspose
        | Kind::MaxPool
        | Kind::AvgPool
        | Kind::GlobalAvgPool
        | Kind::GlobalMaxPool
        | Kind::AdaptiveAvgPool
        | Kind::Flatten
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
        | Kind::SpaceToDepth
        | Kind::Slice
        | Kind::Eca
        | Kind::Affine
        | Kind::BlurPool
        | Kind::ContextPool
        | Kind::Times
        | Kind::Gain
        | Kind::Block(_)
        | Kind::From => Form::AsIs,
    }
}

/// The `f32` values of `spec`'s prepared parameters on `input` (before
/// the block is rounded up to [`ALIGN`]), 0 for a layer that does not
/// apply to its input or whose size overflows (which the plan refuses
/// before it asks); without Winograd ([`prepared_len_in`]).
pub const fn prepared_len(spec: &LayerSpec, input: Shape) -> usize {
    prepared_len_in(spec, input, 0)
}

/// [`prepared_len`] in a step that gives the layer blocks of `rows` rows
/// of tiles for Winograd (as [`form_in`]).
pub const fn prepared_len_in(spec: &LayerSpec, input: Shape, rows: usize) -> usize {
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
    let needed = match form_in(spec, input, rows) {
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
        Form::Direct => match filters.checked_mul(taps) {
            Some(per_channel) => match per_channel.checked_mul(input.channels()) {
                Some(kernel) => kernel.checked_add(filters),
                None => None,
            },
            None => None,
        },
        Form::Winograd => {
            let padded = filters.div_ceil(NR as u64) * NR as u64;
            match padded.checked_mul(input.channels()) {
                Some(one) => match one.checked_mul(16) {
                    Some(all) => all.checked_add(filters),
                    None => None,
                },
                None => None,
            }
        }
        Form::Depthwise => match filters.checked_mul(taps) {
            Some(kernel) => kernel.checked_add(filters),
            None => None,
        },
        Form::ChannelsLast | Form::AsIs => step.params.checked_add(step.non_trainable_params),
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
