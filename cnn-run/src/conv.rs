//! Convolutions of every rank: grouped and depthwise ([`conv`]),
//! separable ([`separable`]) and transposed ([`transposed`]).
//!
//! A convolution is one blocked product per group ([`gemm`]) of the
//! output positions' receptive fields (im2col, [`Im2col`], a tile at a
//! time; none for a 1x1 stride-1 convolution, whose channels-last input
//! already is that matrix) by the filters; a depthwise one is the direct
//! loop of [`depthwise`](super::depthwise). Separable and transposed
//! convolutions, which no network in the benchmarks has, stay direct
//! loops, correct first.

use super::dense::dot;
use super::depthwise;
use super::gemm::{gemm, Depth, Filters, Finish, Matrix, Panels};
use super::im2col::Im2col;
use super::{coords, Grid, Slide};
use cnn_core::NR;

/// A convolution in `groups` groups (a depthwise one has one group per
/// input channel). `weights` is `[F][C / groups][k...]`, then `[F]` if
/// `bias`; `scratch` holds what `scratch_len` gives it.
#[allow(clippy::too_many_arguments)]
pub(crate) fn conv(
    slide: &Slide,
    from: &Grid,
    to: &Grid,
    groups: usize,
    bias: bool,
    x: &[f32],
    weights: &[f32],
    y: &mut [f32],
    scratch: &mut [f32],
) {
    let taps = slide.taps();
    let inner = from.channels / groups;
    let per_group = to.channels / groups;
    if inner == 1 {
        depthwise::depthwise(slide, from, to, per_group, bias, x, weights, y, None);
        return;
    }
    let depth = inner * taps;
    let (kernel, biases) = weights.split_at(to.channels * depth);
    for group in 0..groups {
        let filters = Panels::Pack(Filters {
            weights: &kernel[group * per_group * depth..][..per_group * depth],
            depth: Depth::new(inner, taps),
        });
        let bias = if bias {
            Some(&biases[group * per_group..][..per_group])
        } else {
            None
        };
        product(
            slide,
            from,
            to,
            group,
            groups,
            x,
            &filters,
            bias,
            y,
            scratch,
            &Finish::NONE,
        );
    }
}

/// A convolution that the matrix product runs (more than one input
/// channel per group) from its prepared parameters: per group the
/// filters packed (`Panels::Ready`, each group's panels padded to a
/// multiple of `NR` filters), then a bias per filter; `finish` applied as
/// each tile is stored.
#[allow(clippy::too_many_arguments)]
pub(crate) fn packed(
    slide: &Slide,
    from: &Grid,
    to: &Grid,
    groups: usize,
    x: &[f32],
    prepared: &[f32],
    y: &mut [f32],
    scratch: &mut [f32],
    finish: &Finish,
) {
    let inner = from.channels / groups;
    let per_group = to.channels / groups;
    let depth = inner * slide.taps();
    let size = per_group.div_ceil(NR) * NR * depth;
    let (panels, biases) = prepared.split_at(groups * size);
    for group in 0..groups {
        let filters = Panels::Ready {
            panels: &panels[group * size..][..size],
            depth: Depth::tap_major(inner, slide.taps()),
        };
        let bias = Some(&biases[group * per_group..][..per_group]);
        let finish = Finish {
            residual: finish.residual.map(|r| &r[group * per_group..]),
            activation: finish.activation,
        };
        product(
            slide, from, to, group, groups, x, &filters, bias, y, scratch, &finish,
        );
    }
}

/// Group `group`'s product, into its columns of `y`.
#[allow(clippy::too_many_arguments)]
fn product(
    slide: &Slide,
    from: &Grid,
    to: &Grid,
    group: usize,
    groups: usize,
    x: &[f32],
    filters: &Panels,
    bias: Option<&[f32]>,
    y: &mut [f32],
    scratch: &mut [f32],
    finish: &Finish,
) {
    let inner = from.channels / groups;
    let per_group = to.channels / groups;
    let output = &mut y[group * per_group..];
    let (first, positions) = (group * inner, to.positions());
    let ldc = to.channels;
    if pointwise(slide, from, to) {
        let rows = Matrix {
            values: &x[first..],
            stride: from.channels,
        };
        gemm(
            positions, per_group, &rows, filters, bias, output, ldc, scratch, finish,
        );
    } else {
        let rows = Im2col::new(slide, from, to, x, first);
        gemm(
            positions, per_group, &rows, filters, bias, output, ldc, scratch, finish,
        );
    }
}

/// Whether the window reads exactly the output position's own input
/// position (1x1, stride 1, no padding): then the input is `A` as it is.
pub(crate) fn pointwise(slide: &Slide, from: &Grid, to: &Grid) -> bool {
    slide.kernel == [1; 3]
        && slide.stride == [1; 3]
        && slide.before == [0; 3]
        && from.dims == to.dims
}

/// Keras's `SeparableConv2D` as two PyTorch convolutions: a depthwise one
/// without bias (`[C * multiplier][1][k...]`), then a pointwise one
/// (`[F][C * multiplier][1...]`) and its bias. `middle` holds the
/// depthwise outputs of one position.
#[allow(clippy::too_many_arguments)]
pub(crate) fn separable(
    slide: &Slide,
    from: &Grid,
    to: &Grid,
    multiplier: usize,
    bias: bool,
    x: &[f32],
    weights: &[f32],
    y: &mut [f32],
    middle: &mut [f32],
) {
    let taps = slide.taps();
    let inner = from.channels * multiplier;
    let (depthwise, rest) = weights.split_at(inner * taps);
    let (pointwise, biases) = rest.split_at(to.channels * inner);
    for (position, out) in y.chunks_exact_mut(to.channels).enumerate() {
        let at = coords(position, to.dims);
        middle.fill(0.0);
        for tap in 0..taps {
            let Some(index) = slide.source(at, coords(tap, slide.kernel), from) else {
                continue;
            };
            let values = &x[index * from.channels..][..from.channels];
            for (channel, value) in middle.iter_mut().enumerate() {
                *value += values[channel / multiplier] * depthwise[channel * taps + tap];
            }
        }
        for (filter, value) in out.iter_mut().enumerate() {
            let start = if bias { biases[filter] } else { 0.0 };
            *value = start + dot(middle, &pointwise[filter * inner..][..inner]);
        }
    }
}

/// A transposed convolution (PyTorch's `ConvTranspose1d/2d/3d`), as a
/// gather: output `o` takes input `i` through tap `k` where
/// `o = i * S - P + k * D` on every axis. `weights` is
/// `[C][F / groups][k...]`, then `[F]` if `bias`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn transposed(
    slide: &Slide,
    from: &Grid,
    to: &Grid,
    groups: usize,
    bias: bool,
    x: &[f32],
    weights: &[f32],
    y: &mut [f32],
) {
    let taps = slide.taps();
    let per_group_in = from.channels / groups;
    let per_group_out = to.channels / groups;
    let (kernel, biases) = weights.split_at(from.channels * per_group_out * taps);
    for (position, out) in y.chunks_exact_mut(to.channels).enumerate() {
        let at = coords(position, to.dims);
        for (filter, value) in out.iter_mut().enumerate() {
            *value = if bias { biases[filter] } else { 0.0 };
        }
        for tap in 0..taps {
            let Some(index) = gather_source(slide, at, coords(tap, slide.kernel), from) else {
                continue;
            };
            let values = &x[index * from.channels..][..from.channels];
            for (filter, value) in out.iter_mut().enumerate() {
                let group = filter / per_group_out;
                let local = filter % per_group_out;
                let mut sum = 0.0;
                for channel in group * per_group_in..(group + 1) * per_group_in {
                    sum += values[channel] * kernel[(channel * per_group_out + local) * taps + tap];
                }
                *value += sum;
            }
        }
    }
}

/// The input position that reaches output `at` through `tap` of a
/// transposed convolution, if any: `i = (o + P - k * D) / S` when that
/// divides exactly and lands inside the input.
fn gather_source(slide: &Slide, at: [usize; 3], tap: [usize; 3], from: &Grid) -> Option<usize> {
    let mut source = [0; 3];
    for axis in 0..3 {
        let reach =
            (at[axis] + slide.before[axis]).checked_sub(tap[axis] * slide.dilation[axis])?;
        if reach % slide.stride[axis] != 0 {
            return None;
        }
        let coord = reach / slide.stride[axis];
        if coord >= from.dims[axis] {
            return None;
        }
        source[axis] = coord;
    }
    Some(from.at(source))
}
