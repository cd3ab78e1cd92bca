//! Convolutions of every rank: grouped and depthwise ([`conv`]),
//! separable ([`separable`]) and transposed ([`transposed`]).
//!
//! Direct loops, correct first: for each output position the receptive
//! field is gathered (im2col, one row) and dotted with each filter. The
//! weight is PyTorch's `[out][in / groups][k...]`, so the row is gathered
//! in `[in][k...]` order and each filter is read contiguously.

use super::{coords, Grid, Slide};

/// The sum of `a[i] * b[i]`.
pub(crate) fn dot(a: &[f32], b: &[f32]) -> f32 {
    // Four partial sums: independent chains the compiler can vectorise.
    let mut sums = [0.0f32; 4];
    let mut a_chunks = a.chunks_exact(4);
    let mut b_chunks = b.chunks_exact(4);
    for (x, w) in (&mut a_chunks).zip(&mut b_chunks) {
        for lane in 0..4 {
            sums[lane] += x[lane] * w[lane];
        }
    }
    let mut total = (sums[0] + sums[1]) + (sums[2] + sums[3]);
    for (x, w) in a_chunks.remainder().iter().zip(b_chunks.remainder()) {
        total += x * w;
    }
    total
}

/// A convolution in `groups` groups (a depthwise one has one group per
/// input channel). `weights` is `[F][C / groups][k...]`, then `[F]` if
/// `bias`; `row` holds `C / groups * taps` values.
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
    row: &mut [f32],
) {
    let taps = slide.taps();
    let per_group_in = from.channels / groups;
    let per_group_out = to.channels / groups;
    let filter_len = per_group_in * taps;
    let (kernel, biases) = weights.split_at(to.channels * filter_len);
    if per_group_in == 1 {
        depthwise(slide, from, to, per_group_out, bias, x, kernel, biases, y);
        return;
    }
    for (position, out) in y.chunks_exact_mut(to.channels).enumerate() {
        let at = coords(position, to.dims);
        for group in 0..groups {
            let first = group * per_group_in;
            for tap in 0..taps {
                let source = slide.source(at, coords(tap, slide.kernel), from);
                for channel in 0..per_group_in {
                    row[channel * taps + tap] = match source {
                        Some(index) => x[index * from.channels + first + channel],
                        None => 0.0,
                    };
                }
            }
            for local in 0..per_group_out {
                let filter = group * per_group_out + local;
                let weight = &kernel[filter * filter_len..][..filter_len];
                let start = if bias { biases[filter] } else { 0.0 };
                out[filter] = start + dot(row, weight);
            }
        }
    }
}

/// A convolution whose every group sees one input channel (depthwise,
/// `multiplier` filters per channel): each tap read where it lies, with
/// no im2col row, so it needs no scratch.
#[allow(clippy::too_many_arguments)]
fn depthwise(
    slide: &Slide,
    from: &Grid,
    to: &Grid,
    multiplier: usize,
    bias: bool,
    x: &[f32],
    kernel: &[f32],
    biases: &[f32],
    y: &mut [f32],
) {
    let taps = slide.taps();
    for (position, out) in y.chunks_exact_mut(to.channels).enumerate() {
        let at = coords(position, to.dims);
        for (filter, value) in out.iter_mut().enumerate() {
            *value = if bias { biases[filter] } else { 0.0 };
        }
        for tap in 0..taps {
            let Some(index) = slide.source(at, coords(tap, slide.kernel), from) else {
                continue;
            };
            let inputs = &x[index * from.channels..][..from.channels];
            for (filter, value) in out.iter_mut().enumerate() {
                *value += inputs[filter / multiplier] * kernel[filter * taps + tap];
            }
        }
    }
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
