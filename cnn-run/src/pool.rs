//! Pooling: windowed max and average of every rank, global and adaptive.

use super::{coords, Grid, Slide};

/// Max pooling: the padding is -inf, so only input values count. With
/// the widest vectors this CPU has.
pub(crate) fn max(slide: &Slide, from: &Grid, to: &Grid, x: &[f32], y: &mut [f32]) {
    #[cfg(feature = "std")]
    {
        let positions = to.positions();
        if let Some(shares) = crate::threads::shares(positions, y.len() * slide.taps(), WORK) {
            // Whole positions to each thread: each writes its own.
            crate::threads::split_rows(
                y,
                to.channels,
                positions,
                1,
                shares,
                0,
                &mut [],
                &|range, y, _| max_from(slide, from, to, x, y, range.start),
            );
            return;
        }
    }
    max_from(slide, from, to, x, y, 0);
}

/// Value visits (positions times channels times taps) below which a
/// max pool stays on one thread, as an element-wise pass.
#[cfg(feature = "std")]
const WORK: usize = 1 << 17;

/// The outputs from position `first` on, `y` from the first of them,
/// with the widest vectors this CPU has.
fn max_from(slide: &Slide, from: &Grid, to: &Grid, x: &[f32], y: &mut [f32], first: usize) {
    // Under 16 channels (LeNet's 8) the plain loop: wider vectors leave
    // them to a scalar tail, and the copy of a window's first tap is a
    // call (LeNet's pools went from 4 to 5 µs through `max_lanes`).
    #[cfg(target_arch = "x86_64")]
    if from.channels >= 16 {
        if crate::cpu::avx512() {
            // SAFETY: the CPU has AVX-512F.
            unsafe { max_avx512(slide, from, to, x, y, first) };
            return;
        }
        if crate::cpu::avx2_fma() {
            // SAFETY: the CPU has AVX2 and FMA.
            unsafe { max_avx2(slide, from, to, x, y, first) };
            return;
        }
    }
    max_lanes::<8>(slide, from, to, x, y, first);
}

/// [`max_lanes`] compiled for AVX-512.
///
/// # Safety
///
/// The CPU has AVX-512F.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
unsafe fn max_avx512(
    slide: &Slide,
    from: &Grid,
    to: &Grid,
    x: &[f32],
    y: &mut [f32],
    first: usize,
) {
    max_lanes::<16>(slide, from, to, x, y, first);
}

/// [`max_lanes`] compiled for AVX2 and FMA.
///
/// # Safety
///
/// The CPU has AVX2 and FMA.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn max_avx2(slide: &Slide, from: &Grid, to: &Grid, x: &[f32], y: &mut [f32], first: usize) {
    max_lanes::<8>(slide, from, to, x, y, first);
}

/// A window inside the input reads each tap at a fixed distance from
/// its first tap's values, found once: per position then only a check
/// that the window is inside, where `Slide::source` per tap (its
/// coordinates, bounds and index) cost more than the maxima themselves
/// (ResNet's 3x3 stride-2 pool over 112x112x64: 0.28 ms, ONNX Runtime's
/// 0.10).
#[inline(always)]
fn max_lanes<const LANES: usize>(
    slide: &Slide,
    from: &Grid,
    to: &Grid,
    x: &[f32],
    y: &mut [f32],
    first: usize,
) {
    let channels = from.channels;
    // Each tap's coordinates once, not per position: with few channels
    // (LeNet's 8) the divisions cost more than the maxima (5 µs for
    // 28x28x8).
    const HOISTED: usize = 64;
    let taps = slide.taps();
    let mut offsets = [[0usize; 3]; HOISTED];
    // Where each tap reads from where tap 0 reads, in values.
    let mut distance = [0usize; HOISTED];
    for (tap, (offset, distance)) in offsets
        .iter_mut()
        .zip(distance.iter_mut())
        .enumerate()
        .take(taps)
    {
        *offset = coords(tap, slide.kernel);
        let reach: [usize; 3] = core::array::from_fn(|axis| offset[axis] * slide.dilation[axis]);
        *distance = from.at(reach) * channels;
    }
    let offset = |tap: usize| match taps <= HOISTED {
        true => offsets[tap],
        false => coords(tap, slide.kernel),
    };
    // Where tap 0 reads for the window at `at`, if all of it is inside.
    let inside = |at: [usize; 3]| -> Option<usize> {
        let mut corner = [0; 3];
        for axis in 0..3 {
            let low = (at[axis] * slide.stride[axis]).checked_sub(slide.before[axis])?;
            if low + (slide.kernel[axis] - 1) * slide.dilation[axis] >= from.dims[axis] {
                return None;
            }
            corner[axis] = low;
        }
        Some(from.at(corner) * channels)
    };
    for (position, out) in (first..).zip(y.chunks_exact_mut(channels)) {
        let at = coords(position, to.dims);
        if let (true, Some(base)) = (taps <= HOISTED && taps > 0, inside(at)) {
            // A vector of channels at a time through every tap, so its
            // maxima stay in a register rather than going back to `out`
            // after each tap (ResNet's pool: 0.22 ms, ONNX Runtime's 0.08).
            let whole = channels - channels % LANES;
            for (start, out) in (0..whole).step_by(LANES).zip(out.chunks_exact_mut(LANES)) {
                let window = &x[base + start..];
                let mut best: [f32; LANES] = core::array::from_fn(|lane| window[lane]);
                for &distance in &distance[1..taps] {
                    let values = &window[distance..][..LANES];
                    for (best, &value) in best.iter_mut().zip(values) {
                        let take = (value > *best) | value.is_nan();
                        *best = if take { value } else { *best };
                    }
                }
                out.copy_from_slice(&best);
            }
            let out = &mut out[whole..];
            out.copy_from_slice(&x[base + whole..][..channels - whole]);
            for &distance in &distance[1..taps] {
                let values = &x[base + whole + distance..][..channels - whole];
                for (best, &value) in out.iter_mut().zip(values) {
                    let take = (value > *best) | value.is_nan();
                    *best = if take { value } else { *best };
                }
            }
            continue;
        }
        out.fill(f32::NEG_INFINITY);
        for tap in 0..taps {
            let Some(index) = slide.source(at, offset(tap), from) else {
                continue;
            };
            for (best, &value) in out.iter_mut().zip(&x[index * channels..][..channels]) {
                // PyTorch propagates NaN: `value > best || isnan(value)`.
                // A select without a branch, which the compiler vectorises
                // (with the branch, 112x112x64 took 9.5 ms).
                let take = (value > *best) | value.is_nan();
                *best = if take { value } else { *best };
            }
        }
    }
}

/// Average pooling. With explicit padding the divisor counts the taps in
/// the padded input, as PyTorch's `count_include_pad=True` (a `ceil`
/// window's overhang past the padding is not counted, as in PyTorch);
/// with `pad same` it counts the taps inside the input, as TensorFlow's.
pub(crate) fn average(slide: &Slide, from: &Grid, to: &Grid, x: &[f32], y: &mut [f32]) {
    let channels = from.channels;
    for (position, out) in y.chunks_exact_mut(channels).enumerate() {
        let at = coords(position, to.dims);
        out.fill(0.0);
        let mut count = 0usize;
        for tap in 0..slide.taps() {
            let tap = coords(tap, slide.kernel);
            let source = slide.source(at, tap, from);
            let counted = if slide.same {
                source.is_some()
            } else {
                (0..3).all(|axis| {
                    let padded = at[axis] * slide.stride[axis] + tap[axis] * slide.dilation[axis];
                    padded < slide.before[axis] + from.dims[axis] + slide.after[axis]
                })
            };
            if counted {
                count += 1;
            }
            let Some(index) = source else {
                continue;
            };
            for (sum, &value) in out.iter_mut().zip(&x[index * channels..][..channels]) {
                *sum += value;
            }
        }
        // Every window starts inside the input or its left padding, so
        // it counts at least one tap.
        let divisor = count.max(1) as f32;
        for sum in out.iter_mut() {
            *sum /= divisor;
        }
    }
}

/// `gap`: the mean of each channel over every position, with the widest
/// vectors this CPU has.
pub(crate) fn global_average(from: &Grid, x: &[f32], y: &mut [f32]) {
    #[cfg(target_arch = "x86_64")]
    {
        if crate::cpu::avx512() {
            // SAFETY: the CPU has AVX-512F.
            unsafe { global_average_avx512(from, x, y) };
            return;
        }
        if crate::cpu::avx2_fma() {
            // SAFETY: the CPU has AVX2 and FMA.
            unsafe { global_average_avx2(from, x, y) };
            return;
        }
    }
    global_average_lanes(from, x, y);
}

/// [`global_average_lanes`] compiled for AVX-512.
///
/// # Safety
///
/// The CPU has AVX-512F.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
unsafe fn global_average_avx512(from: &Grid, x: &[f32], y: &mut [f32]) {
    global_average_lanes(from, x, y);
}

/// [`global_average_lanes`] compiled for AVX2 and FMA.
///
/// # Safety
///
/// The CPU has AVX2 and FMA.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn global_average_avx2(from: &Grid, x: &[f32], y: &mut [f32]) {
    global_average_lanes(from, x, y);
}

/// Summed in f64, a run of positions at a time: an f32 running sum over
/// the 22,500 positions of EfficientNet-B3's first squeeze-excite gates
/// lost six times the precision torch keeps. Up to 256 channels a sweep over the positions,
/// so that each position's channels are read in one run (sixteen at a
/// time, the map was read once per sixteen channels, at a stride:
/// EfficientNet-B0's 17 pools took 0.5 ms). Each channel's sum is the
/// same sequence of additions however the channels are blocked.
#[inline(always)]
fn global_average_lanes(from: &Grid, x: &[f32], y: &mut [f32]) {
    const BLOCK: usize = 256;
    let channels = from.channels;
    let positions = from.positions();
    for first in (0..channels).step_by(BLOCK) {
        let width = BLOCK.min(channels - first);
        let mut sums = [0.0f64; BLOCK];
        // Runs of `RUN` positions summed in f32, each run's sum added in
        // f64: the f64 additions at every position halved the vectors'
        // width (EfficientNet-B0's 17 pools: 0.21 ms, ONNX Runtime's
        // 0.11), and a run's f32 sum of 32 values keeps close to f32's
        // precision, where one over the whole map did not.
        const RUN: usize = 32;
        for run in x.chunks(RUN * channels) {
            let mut part = [0.0f32; BLOCK];
            for values in run.chunks_exact(channels) {
                for (sum, &value) in part[..width].iter_mut().zip(&values[first..first + width]) {
                    *sum += value;
                }
            }
            for (sum, part) in sums[..width].iter_mut().zip(&part[..width]) {
                *sum += f64::from(*part);
            }
        }
        for (out, sum) in y[first..first + width].iter_mut().zip(sums) {
            *out = (sum / positions as f64) as f32;
        }
    }
}

/// `contextpool`: GCNet's attention pooling (timm's `GlobalContext`). A
/// 1x1 convolution to one logit per position (`weights`: its `C` weights,
/// then its bias), a softmax over the positions into `scratch` (one value
/// each), then each channel summed over the positions by those weights.
/// The sums run over the whole map, so in f64, sixteen channels at a time
/// as `gap`'s.
pub(crate) fn context(from: &Grid, x: &[f32], weights: &[f32], y: &mut [f32], scratch: &mut [f32]) {
    const LANES: usize = 16;
    let channels = from.channels;
    let (filter, bias) = weights.split_at(channels);
    let bias = bias.first().copied().unwrap_or(0.0);
    let mut top = f32::NEG_INFINITY;
    for (logit, values) in scratch.iter_mut().zip(x.chunks_exact(channels)) {
        let mut sum = f64::from(bias);
        for (&w, &value) in filter.iter().zip(values) {
            sum += f64::from(w) * f64::from(value);
        }
        *logit = sum as f32;
        top = top.max(*logit);
    }
    let mut total = 0.0f64;
    for weight in scratch.iter_mut() {
        *weight = libm::expf(*weight - top);
        total += f64::from(*weight);
    }
    for first in (0..channels).step_by(LANES) {
        let width = LANES.min(channels - first);
        let mut sums = [0.0f64; LANES];
        for (&weight, values) in scratch.iter().zip(x.chunks_exact(channels)) {
            let weight = f64::from(weight);
            for (sum, &value) in sums.iter_mut().zip(&values[first..first + width]) {
                *sum += weight * f64::from(value);
            }
        }
        for (out, sum) in y[first..first + width].iter_mut().zip(sums) {
            *out = (sum / total) as f32;
        }
    }
}

/// `gmp`: the max of each channel over every position.
pub(crate) fn global_max(from: &Grid, x: &[f32], y: &mut [f32]) {
    y.fill(f32::NEG_INFINITY);
    for values in x.chunks_exact(from.channels) {
        for (best, &value) in y.iter_mut().zip(values) {
            if value > *best || value.is_nan() {
                *best = value;
            }
        }
    }
}

/// PyTorch's `AdaptiveAvgPool1d/2d/3d`: output `i` of `O` on an axis of
/// `I` averages the inputs from `floor(i * I / O)` to
/// `ceil((i + 1) * I / O)`, exclusive.
pub(crate) fn adaptive(from: &Grid, to: &Grid, x: &[f32], y: &mut [f32]) {
    let channels = from.channels;
    for (position, out) in y.chunks_exact_mut(channels).enumerate() {
        let at = coords(position, to.dims);
        let mut start = [0; 3];
        let mut end = [1; 3];
        for axis in 0..3 {
            let (inputs, outputs) = (from.dims[axis], to.dims[axis]);
            start[axis] = at[axis] * inputs / outputs;
            end[axis] = ((at[axis] + 1) * inputs).div_ceil(outputs);
        }
        out.fill(0.0);
        for a in start[0]..end[0] {
            for b in start[1]..end[1] {
                for c in start[2]..end[2] {
                    let index = from.at([a, b, c]);
                    for (sum, &value) in out.iter_mut().zip(&x[index * channels..][..channels]) {
                        *sum += value;
                    }
                }
            }
        }
        let count = (0..3)
            .map(|axis| end[axis] - start[axis])
            .product::<usize>();
        let divisor = count.max(1) as f32;
        for sum in out.iter_mut() {
            *sum /= divisor;
        }
    }
}
