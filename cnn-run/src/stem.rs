//! Convolutions over few input channels (a network's stem on RGB, LeNet's
//! first layer), from prepared parameters: a direct loop vectorised over
//! the filters, with no im2col. Gathering three channels per tap into a
//! tile of the matrix product cost more than the product itself
//! (EfficientNet-B0's 3x3 stem ran at 5 GFLOP/s through it); here each
//! tap's few input values are broadcast straight against a row of
//! filters.
//!
//! The prepared filters are `[tap][channel][filter]` (the batch norm
//! folded in), then a bias per filter (`cnn_core::plan::prepared`,
//! `Form::Direct`).

use core::ops::Range;

use super::gemm::Finish;
use super::{coords, elementwise, Grid, Slide};

/// Filters a block of accumulators holds: two AVX-512 registers, four
/// AVX2 ones.
const BLOCK: usize = 32;

/// The convolution of `x` into `y` with the prepared `weights`, then
/// `finish`, split across threads with the `std` feature when large.
#[allow(clippy::too_many_arguments)]
pub(crate) fn direct(
    slide: &Slide,
    from: &Grid,
    to: &Grid,
    x: &[f32],
    weights: &[f32],
    y: &mut [f32],
    finish: &Finish,
) {
    let positions = to.positions();
    #[cfg(feature = "std")]
    {
        let work = positions * to.channels * from.channels * slide.taps();
        if let Some(shares) = crate::threads::shares(positions, work, 1 << 20) {
            crate::threads::split_rows(
                y,
                to.channels,
                positions,
                1,
                shares,
                0,
                &mut [],
                &|range, y, _| {
                    let finish = Finish {
                        residual: finish.residual.map(|r| &r[range.start * to.channels..]),
                        activation: finish.activation,
                    };
                    rows(slide, from, to, x, weights, y, range, &finish)
                },
            );
            return;
        }
    }
    rows(slide, from, to, x, weights, y, 0..positions, finish);
}

/// Positions `range` of the output, `y` from the first of them, with the
/// widest code this CPU runs.
#[allow(clippy::too_many_arguments)]
fn rows(
    slide: &Slide,
    from: &Grid,
    to: &Grid,
    x: &[f32],
    weights: &[f32],
    y: &mut [f32],
    range: Range<usize>,
    finish: &Finish,
) {
    #[cfg(target_arch = "x86_64")]
    {
        if crate::cpu::avx512() {
            // SAFETY: the CPU has AVX-512F.
            unsafe { rows_avx512(slide, from, to, x, weights, y, range, finish) };
            return;
        }
        if crate::cpu::avx2_fma() {
            // SAFETY: the CPU has AVX2 and FMA.
            unsafe { rows_avx2(slide, from, to, x, weights, y, range, finish) };
            return;
        }
    }
    each_row(slide, from, to, x, weights, y, range, finish);
}

/// [`each_row`] compiled for AVX-512.
///
/// # Safety
///
/// The CPU has AVX-512F.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
#[allow(clippy::too_many_arguments)]
unsafe fn rows_avx512(
    slide: &Slide,
    from: &Grid,
    to: &Grid,
    x: &[f32],
    weights: &[f32],
    y: &mut [f32],
    range: Range<usize>,
    finish: &Finish,
) {
    each_row(slide, from, to, x, weights, y, range, finish);
}

/// [`each_row`] compiled for AVX2 and FMA.
///
/// # Safety
///
/// The CPU has AVX2 and FMA.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
#[allow(clippy::too_many_arguments)]
unsafe fn rows_avx2(
    slide: &Slide,
    from: &Grid,
    to: &Grid,
    x: &[f32],
    weights: &[f32],
    y: &mut [f32],
    range: Range<usize>,
    finish: &Finish,
) {
    each_row(slide, from, to, x, weights, y, range, finish);
}

/// Each position of `range`: per block of filters, the sum over its taps
/// inside the input and their channels, in registers, then `finish`.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn each_row(
    slide: &Slide,
    from: &Grid,
    to: &Grid,
    x: &[f32],
    weights: &[f32],
    y: &mut [f32],
    range: Range<usize>,
    finish: &Finish,
) {
    let (channels, filters, taps) = (from.channels, to.channels, slide.taps());
    let (kernel, bias) = weights.split_at(taps * channels * filters);
    for (row, position) in range.clone().enumerate() {
        let at = coords(position, to.dims);
        // Per axis, the taps inside the input (`lo..hi`) and where tap 0
        // reads, before the padding is taken off.
        let window: [(usize, usize, usize); 3] = core::array::from_fn(|axis| {
            let reach = at[axis] * slide.stride[axis];
            let (before, step) = (slide.before[axis], slide.dilation[axis]);
            let lo = before.saturating_sub(reach).div_ceil(step);
            let end = (from.dims[axis] + before).saturating_sub(reach);
            let hi = end.div_ceil(step).min(slide.kernel[axis]);
            (lo, hi.max(lo), reach)
        });
        let out = &mut y[row * filters..][..filters];
        let mut first = 0;
        while first + BLOCK <= filters {
            block::<BLOCK>(slide, from, x, kernel, bias, out, first, filters, &window);
            first += BLOCK;
        }
        while first + 8 <= filters {
            block::<8>(slide, from, x, kernel, bias, out, first, filters, &window);
            first += 8;
        }
        while first < filters {
            block::<1>(slide, from, x, kernel, bias, out, first, filters, &window);
            first += 1;
        }
        let residual = finish.residual.map(|r| &r[row * filters..][..filters]);
        if let Some(residual) = residual {
            for (value, &add) in out.iter_mut().zip(residual) {
                *value += add;
            }
        }
        if let Some(activation) = finish.activation {
            elementwise::activate(activation, out);
        }
    }
}

/// Filters `first..first + N` of one output position, whose taps inside
/// the input are `window`'s ranges.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn block<const N: usize>(
    slide: &Slide,
    from: &Grid,
    x: &[f32],
    kernel: &[f32],
    bias: &[f32],
    out: &mut [f32],
    first: usize,
    filters: usize,
    window: &[(usize, usize, usize); 3],
) {
    let channels = from.channels;
    let mut sums: [f32; N] = bias[first..first + N].try_into().unwrap_or([0.0; N]);
    let input =
        |axis: usize, k: usize| window[axis].2 + k * slide.dilation[axis] - slide.before[axis];
    for k0 in window[0].0..window[0].1 {
        for k1 in window[1].0..window[1].1 {
            for k2 in window[2].0..window[2].1 {
                let tap = (k0 * slide.kernel[1] + k1) * slide.kernel[2] + k2;
                let index = from.at([input(0, k0), input(1, k1), input(2, k2)]);
                let values = &x[index * channels..][..channels];
                for (channel, &value) in values.iter().enumerate() {
                    let row = &kernel[(tap * channels + channel) * filters + first..][..N];
                    for (sum, &weight) in sums.iter_mut().zip(row) {
                        *sum += value * weight;
                    }
                }
            }
        }
    }
    out[first..first + N].copy_from_slice(&sums);
}
