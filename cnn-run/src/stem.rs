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
#[cfg(target_arch = "x86_64")]
use super::stem512;
use super::{coords, elementwise, Grid, Slide};

/// Filters a block of accumulators holds: two AVX-512 registers, four
/// AVX2 ones.
const BLOCK: usize = 32;

/// Multiply-accumulates a share must have for a direct convolution to be
/// split across threads: about 4 µs at LeNet's first layer's rate. At
/// 1 M that layer (470 K) stayed whole on two threads, 0.015 ms; split,
/// 0.009, and the pass 0.03 -> 0.02 ms.
#[cfg(feature = "std")]
const STEM_WORK: usize = 1 << 17;

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
        if let Some(shares) = crate::threads::shares(positions, work, STEM_WORK) {
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
        // Fewer than 16 filters (LeNet's 6 or 8): blocks of 8, so that
        // whole groups of neighbours run in registers (blocks of 32 took
        // them one position at a time).
        let narrow = to.channels < 16;
        if crate::cpu::avx512() {
            // SAFETY (both): the CPU has AVX-512F.
            match narrow {
                true => unsafe {
                    rows_avx512_narrow(slide, from, to, x, weights, y, range, finish)
                },
                false if to.channels.is_multiple_of(64) => unsafe {
                    rows_avx512_wide(slide, from, to, x, weights, y, range, finish)
                },
                false => unsafe { rows_avx512(slide, from, to, x, weights, y, range, finish) },
            }
            return;
        }
        if crate::cpu::avx2_fma() {
            // SAFETY (both): the CPU has AVX2 and FMA.
            match narrow {
                true => unsafe { rows_avx2_narrow(slide, from, to, x, weights, y, range, finish) },
                false => unsafe { rows_avx2(slide, from, to, x, weights, y, range, finish) },
            }
            return;
        }
    }
    each_row::<8, 4, 0>(slide, from, to, x, weights, y, range, finish);
}

/// Declares `$name`, [`each_row`] over blocks of `$filters` filters and
/// `$positions` neighbours (with `$wide` the vector width it expects)
/// compiled with the target features `$features`: one function each,
/// since `target_feature` is a function's, and the widths in one made the
/// compiler give up inlining (the 32-wide stem ran at a third of its
/// speed).
macro_rules! compiled_for {
    ($(#[$doc:meta])* $name:ident, $features:literal, $filters:literal, $positions:literal, $wide:literal) => {
        $(#[$doc])*
        ///
        /// # Safety
        ///
        #[doc = concat!("The CPU has ", $features, ".")]
        #[cfg(target_arch = "x86_64")]
        #[target_feature(enable = $features)]
        #[allow(clippy::too_many_arguments)]
        unsafe fn $name(
            slide: &Slide,
            from: &Grid,
            to: &Grid,
            x: &[f32],
            weights: &[f32],
            y: &mut [f32],
            range: Range<usize>,
            finish: &Finish,
        ) {
            each_row::<$filters, $positions, $wide>(slide, from, to, x, weights, y, range, finish);
        }
    };
}

compiled_for!(
    /// [`each_row`] compiled for AVX2 and FMA over blocks of 8 filters.
    rows_avx2_narrow, "avx2,fma", 8, 4, 0
);
compiled_for!(
    /// [`each_row`] compiled for AVX-512 over blocks of 8 filters, four
    /// neighbours at a time (measured on LeNet's first layer: 14 µs, against
    /// 21 for 6, 30 for 8 and 260 for 12, which spilled).
    rows_avx512_narrow, "avx512f", 8, 4, 0
);
compiled_for!(
    /// [`each_row`] compiled for AVX-512: twelve 16-lane accumulators.
    rows_avx512, "avx512f", 32, 6, 2
);
compiled_for!(
    /// [`each_row`] compiled for AVX-512 over blocks of 64 filters:
    /// twenty-four 16-lane accumulators.
    rows_avx512_wide, "avx512f", 64, 6, 4
);
compiled_for!(
    /// [`each_row`] compiled for AVX2 and FMA: eight 8-lane accumulators
    /// (with a product and a sum apiece, twelve spilled).
    rows_avx2, "avx2,fma", 16, 4, 0
);

/// The most values a group's patch of padded input holds (ResNet's 7x7
/// stem /2 over 3 channels takes 7 rows of 17: 357). None off x86_64,
/// so that a microcontroller's stack does not hold the patch (about 5 KB
/// with its reads).
const PATCH: usize = if cfg!(target_arch = "x86_64") {
    1024
} else {
    0
};

/// The deepest a direct convolution is (taps times channels).
const MAX_DEPTH: usize = cnn_core::plan::prepared::DIRECT_DEPTH_WIDE as usize;
const _: () = assert!(
    cnn_core::plan::prepared::DIRECT_DEPTH_NARROW as usize <= MAX_DEPTH
        && cnn_core::plan::prepared::DIRECT_DEPTH as usize <= MAX_DEPTH
);

/// Each position of `range`, `P` neighbours along the line at a time
/// where all `P` windows lie inside the input: per block of `N` filters,
/// each tap's weights loaded once for the `P` positions, their sums in
/// registers (`N x P` of them: what the target's vector registers hold).
/// The positions whose windows reach into the padding, and the filters
/// past the last whole block, one position at a time; `finish` on each
/// group's outputs while they are in cache. With `V` > 0 (the AVX-512
/// callers, `N` = 16 `V`), the groups run [`stem512::group`]'s fused
/// multiply-adds.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn each_row<const N: usize, const P: usize, const V: usize>(
    slide: &Slide,
    from: &Grid,
    to: &Grid,
    x: &[f32],
    weights: &[f32],
    y: &mut [f32],
    range: Range<usize>,
    finish: &Finish,
) {
    const { assert!(V == 0 || N == 16 * V) };
    let (channels, filters, taps) = (from.channels, to.channels, slide.taps());
    let (kernel, bias) = weights.split_at(taps * channels * filters);
    // The line: the innermost axis that moves. Every axis after it has
    // one position and a window of one (so no padding), so neighbours on
    // a line are neighbours in memory, `stride` input positions apart.
    let run = (0..3)
        .rev()
        .find(|&axis| from.dims[axis] > 1 || to.dims[axis] > 1 || slide.kernel[axis] > 1)
        .unwrap_or(2);
    let step = slide.stride[run] * channels;
    // Where each step of the depth (a tap's channel) reads, from where
    // tap 0 reads, for a window inside the input.
    let depth = taps * channels;
    let mut reads = [0usize; MAX_DEPTH];
    let grouped = depth <= MAX_DEPTH && depth > 0 && filters >= N;
    if grouped {
        for (d, read) in reads.iter_mut().enumerate().take(depth) {
            let k = coords(d / channels, slide.kernel);
            let reach: [usize; 3] = core::array::from_fn(|axis| k[axis] * slide.dilation[axis]);
            *read = from.at(reach) * channels + d % channels;
        }
    }
    // Where tap 0 reads for the window at `at`, if the whole window is
    // inside the input.
    let inside = |at: [usize; 3]| -> Option<usize> {
        let mut corner = [0; 3];
        for axis in 0..3 {
            let reach = at[axis] * slide.stride[axis];
            let low = reach.checked_sub(slide.before[axis])?;
            let extent = (slide.kernel[axis] - 1) * slide.dilation[axis];
            if low + extent >= from.dims[axis] {
                return None;
            }
            corner[axis] = low;
        }
        Some(from.at(corner) * channels)
    };
    // On a 2D map a group whose windows reach into the padding reads a
    // copy of the input under it with the padding as zeros (`patch`), so
    // that it runs in registers too: one position at a time, the edges
    // (6 % of ResNet's 7x7 stem's positions) took a third of its time.
    let (kh, kw) = (slide.kernel[0], slide.kernel[1]);
    let span = (P.max(1) - 1) * slide.stride[1] + (kw.max(1) - 1) * slide.dilation[1] + 1;
    let flat = run == 1 && from.dims[2] == 1 && to.dims[2] == 1 && slide.kernel[2] == 1;
    let mut patch = [0f32; PATCH];
    let mut patch_reads = [0usize; if PATCH > 0 { MAX_DEPTH } else { 0 }];
    let patched = grouped && flat && kh * span * channels <= PATCH && depth <= patch_reads.len();
    if patched {
        for (d, read) in patch_reads.iter_mut().enumerate().take(depth) {
            let k = coords(d / channels, slide.kernel);
            *read = (k[0] * span + k[1] * slide.dilation[1]) * channels + d % channels;
        }
    }
    let mut position = range.start;
    while position < range.end {
        let at = coords(position, to.dims);
        // `P` positions from here on this line or, with fewer left on it,
        // its last `P` (those done again come out the same, and cost less
        // than one at a time). A line's positions are consecutive: every
        // axis after `run` has one.
        let left = (to.dims[run] - at[run]).min(range.end - position);
        let start = match (grouped, left >= P) {
            (false, _) => None,
            (true, true) => Some(position),
            (true, false) => (at[run] + left >= P && position + left >= range.start + P)
                .then(|| position + left - P),
        };
        let source = start.and_then(|start| {
            let (first, last) = (coords(start, to.dims), coords(start + P - 1, to.dims));
            match (inside(first), inside(last)) {
                (Some(corner), Some(_)) => Some((start, x, corner, &reads[..depth])),
                _ if patched => {
                    fill(slide, from, x, first, span, &mut patch);
                    Some((start, &patch[..], 0, &patch_reads[..depth]))
                }
                _ => None,
            }
        });
        let (start, count) = if let Some((start, values, corner, reads)) = source {
            let row = start - range.start;
            let out = &mut y[row * filters..][..P * filters];
            let mut first = 0;
            while first + N <= filters {
                #[cfg(target_arch = "x86_64")]
                if V > 0 && crate::cpu::avx512() {
                    // SAFETY: the CPU has AVX-512F.
                    unsafe {
                        stem512::group::<V, P>(
                            values, kernel, bias, out, first, filters, corner, step, reads,
                        )
                    };
                    first += N;
                    continue;
                }
                group::<N, P>(
                    values, kernel, bias, out, first, filters, corner, step, reads,
                );
                first += N;
            }
            for index in (0..P).filter(|_| first < filters) {
                let window = window(slide, from, coords(start + index, to.dims));
                let out = &mut out[index * filters..][..filters];
                blocks(slide, from, x, kernel, bias, out, first, filters, &window);
            }
            (start, P)
        } else {
            let window = window(slide, from, at);
            let row = position - range.start;
            let out = &mut y[row * filters..][..filters];
            blocks(slide, from, x, kernel, bias, out, 0, filters, &window);
            (position, 1)
        };
        let row = start - range.start;
        let out = &mut y[row * filters..][..count * filters];
        if let Some(residual) = finish.residual {
            for (value, &add) in out.iter_mut().zip(&residual[row * filters..]) {
                *value += add;
            }
        }
        if let Some(activation) = finish.activation {
            elementwise::activate_inline(activation, out);
        }
        position = start + count;
    }
}

/// The input under the windows of a group of positions on a line of a
/// 2D map, from output `first`: `kernel[0]` rows (one per row of taps)
/// of `span` positions, the padding as zeros.
#[inline(always)]
fn fill(slide: &Slide, from: &Grid, x: &[f32], first: [usize; 3], span: usize, patch: &mut [f32]) {
    let channels = from.channels;
    // The columns inside the input, `lo..hi` of the patch's: one copy a
    // row (a copy per position, of 3 values, cost as much as the group).
    let left = first[1] * slide.stride[1];
    let lo = slide.before[1].saturating_sub(left).min(span);
    let hi = (from.dims[1] + slide.before[1])
        .saturating_sub(left)
        .clamp(lo, span);
    for (k, to) in patch
        .chunks_exact_mut(span * channels)
        .take(slide.kernel[0])
        .enumerate()
    {
        let row = (first[0] * slide.stride[0] + k * slide.dilation[0])
            .checked_sub(slide.before[0])
            .filter(|&row| row < from.dims[0]);
        match row {
            Some(row) if lo < hi => {
                let from_at = from.at([row, left + lo - slide.before[1], 0]) * channels;
                to[..lo * channels].fill(0.0);
                to[lo * channels..hi * channels]
                    .copy_from_slice(&x[from_at..][..(hi - lo) * channels]);
                to[hi * channels..].fill(0.0);
            }
            _ => to.fill(0.0),
        }
    }
}

/// Per axis, the taps of the window at output `at` that are inside the
/// input (`lo..hi`) and where tap 0 reads, before the padding is taken
/// off.
#[inline(always)]
fn window(slide: &Slide, from: &Grid, at: [usize; 3]) -> [(usize, usize, usize); 3] {
    core::array::from_fn(|axis| {
        let reach = at[axis] * slide.stride[axis];
        let (before, step) = (slide.before[axis], slide.dilation[axis]);
        let lo = before.saturating_sub(reach).div_ceil(step);
        let end = (from.dims[axis] + before).saturating_sub(reach);
        let hi = end.div_ceil(step).min(slide.kernel[axis]);
        (lo, hi.max(lo), reach)
    })
}

/// Filters `first..` of one output position, in blocks of 32, 8 and 1.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn blocks(
    slide: &Slide,
    from: &Grid,
    x: &[f32],
    kernel: &[f32],
    bias: &[f32],
    out: &mut [f32],
    mut first: usize,
    filters: usize,
    window: &[(usize, usize, usize); 3],
) {
    while first + BLOCK <= filters {
        block::<BLOCK>(slide, from, x, kernel, bias, out, first, filters, window);
        first += BLOCK;
    }
    while first + 8 <= filters {
        block::<8>(slide, from, x, kernel, bias, out, first, filters, window);
        first += 8;
    }
    while first < filters {
        block::<1>(slide, from, x, kernel, bias, out, first, filters, window);
        first += 1;
    }
}

/// Filters `first..first + N` of `P` neighbouring positions on a line
/// whose windows are inside the input: position `p` reads step `d` of
/// the depth (a tap's channel) at `corner + p * step + reads[d]`.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn group<const N: usize, const P: usize>(
    x: &[f32],
    kernel: &[f32],
    bias: &[f32],
    out: &mut [f32],
    first: usize,
    filters: usize,
    corner: usize,
    step: usize,
    reads: &[usize],
) {
    let start: [f32; N] = bias[first..first + N].try_into().unwrap_or([0.0; N]);
    let mut sums = [start; P];
    let depth = reads.len();
    // Checked once here, so that the loop below reads unchecked.
    let farthest = reads.iter().copied().max().unwrap_or(0);
    let x = &x[corner..][..(P - 1) * step + farthest + 1];
    let kernel = &kernel[first..][..(depth - 1) * filters + N];
    for (d, &read) in reads.iter().enumerate() {
        // SAFETY: `d < depth`, so `d * filters + N` is at most the
        // length of `kernel` checked above.
        let row = unsafe { &*kernel.as_ptr().add(d * filters).cast::<[f32; N]>() };
        for (index, sums) in sums.iter_mut().enumerate() {
            // SAFETY: `index < P` and `read <= farthest`, so
            // `index * step + read` is below the length of `x` checked
            // above.
            let value = unsafe { *x.get_unchecked(index * step + read) };
            for (sum, &weight) in sums.iter_mut().zip(row) {
                *sum += value * weight;
            }
        }
    }
    for (index, sums) in sums.iter().enumerate() {
        out[index * filters + first..][..N].copy_from_slice(sums);
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
