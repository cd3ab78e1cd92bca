//! Fully connected layers (`fc`, and the linear part of `softmax N`).
//!
//! At batch 1 a fully connected layer is a matrix-vector product: each
//! weight is read once and used once, so it runs at the speed of memory
//! whatever the blocking. It reads PyTorch's weight in place, row by row,
//! with no scratch and no packing, which would only read it twice.

#[cfg(target_arch = "x86_64")]
use super::cpu;
use super::Grid;

/// Partial sums of [`dot`]: four AVX2 registers of independent chains.
const LANES: usize = 32;

/// The sum of `a[i] * b[i]`, in `LANES` partial sums (compiled for AVX2
/// where the CPU has it).
pub(crate) fn dot(a: &[f32], b: &[f32]) -> f32 {
    #[cfg(target_arch = "x86_64")]
    if cpu::avx2_fma() {
        // SAFETY: the CPU has AVX2 and FMA.
        return unsafe { dot_avx2(a, b) };
    }
    dot_lanes(a, b)
}

/// [`dot_lanes`] compiled for AVX2 and FMA.
///
/// # Safety
///
/// The CPU has AVX2 and FMA.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn dot_avx2(a: &[f32], b: &[f32]) -> f32 {
    dot_lanes(a, b)
}

#[inline(always)]
fn dot_lanes(a: &[f32], b: &[f32]) -> f32 {
    let mut sums = [0.0f32; LANES];
    let mut a_chunks = a.chunks_exact(LANES);
    let mut b_chunks = b.chunks_exact(LANES);
    for (x, w) in (&mut a_chunks).zip(&mut b_chunks) {
        for lane in 0..LANES {
            sums[lane] += x[lane] * w[lane];
        }
    }
    for (lane, (x, w)) in a_chunks
        .remainder()
        .iter()
        .zip(b_chunks.remainder())
        .enumerate()
    {
        sums[lane] += x * w;
    }
    // A tree, so that no one chain is longer than the others.
    let mut width = LANES;
    while width > 1 {
        width /= 2;
        for lane in 0..width {
            sums[lane] += sums[lane + width];
        }
    }
    sums[0]
}

/// `y = W x + b` with PyTorch's weight `[units][inputs]`, then `[units]`
/// if `bias`. On a spatial input the weight's columns are in PyTorch's
/// flatten order (C, H, W): column `c * positions + p` multiplies the
/// channels-last `x[p * C + c]`. With threads, each takes a run of units:
/// the layer streams its weight once, and two cores draw it from memory
/// faster than one (MobileNetV2's 1280 x 1000 took the same 0.066 ms on
/// one thread and on two, ONNX Runtime's 0.088 and 0.046).
pub(crate) fn dense(
    from: &Grid,
    units: usize,
    bias: bool,
    x: &[f32],
    weights: &[f32],
    y: &mut [f32],
) {
    let y = &mut y[..units];
    #[cfg(feature = "std")]
    if let Some(shares) = crate::threads::shares(units / 4, units * x.len(), WORK) {
        crate::threads::split_rows(y, 1, units, 4, shares, 0, &mut [], &|range, y, _| {
            units_of(from, units, range, bias, x, weights, y)
        });
        return;
    }
    units_of(from, units, 0..units, bias, x, weights, y);
}

/// Multiply-accumulates per share below which a dense layer stays on one
/// thread: a quarter of a million, about 25 µs of streaming its weight.
#[cfg(feature = "std")]
const WORK: usize = 1 << 18;

/// Units `range` of [`dense`]'s `units`, into `y` (one value each).
fn units_of(
    from: &Grid,
    units: usize,
    range: core::ops::Range<usize>,
    bias: bool,
    x: &[f32],
    weights: &[f32],
    y: &mut [f32],
) {
    let inputs = x.len();
    let positions = from.positions();
    let channels = from.channels;
    let (matrix, biases) = weights.split_at(units * inputs);
    let matrix = &matrix[range.start * inputs..range.end * inputs];
    let biases = if bias {
        &biases[range.clone()]
    } else {
        &[][..]
    };
    #[cfg(target_arch = "x86_64")]
    if positions == 1 && cpu::avx512() {
        // SAFETY: the CPU has AVX-512F.
        unsafe { rows_avx512(x, matrix, y) };
        for (out, &b) in y.iter_mut().zip(biases) {
            *out += b;
        }
        return;
    }
    for (unit, out) in y.iter_mut().enumerate() {
        let row = &matrix[unit * inputs..][..inputs];
        let sum = if positions == 1 {
            dot(x, row)
        } else {
            // Each channel's columns are contiguous in the weight.
            let mut sum = 0.0;
            for (channel, columns) in row.chunks_exact(positions).enumerate() {
                for (position, &weight) in columns.iter().enumerate() {
                    sum += x[position * channels + channel] * weight;
                }
            }
            sum
        };
        *out = if bias { biases[unit] + sum } else { sum };
    }
}

/// `y[u] = dot(x, row u)` on AVX-512, four rows at a time: four streams
/// of weights in flight, each row's sum in one register of fused
/// multiply-adds (the tail masked), reduced at its end. One row at a
/// time through [`dot`], LeNet's 400 x 120 layer took 7 µs, the call,
/// the dispatch and the 32-lane reduction per row costing more than the
/// row.
///
/// # Safety
///
/// The CPU has AVX-512F.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
unsafe fn rows_avx512(x: &[f32], matrix: &[f32], y: &mut [f32]) {
    use core::arch::x86_64::{
        __m512, _mm512_fmadd_ps, _mm512_loadu_ps, _mm512_maskz_loadu_ps, _mm512_reduce_add_ps,
        _mm512_setzero_ps,
    };
    let inputs = x.len();
    assert!(matrix.len() >= y.len() * inputs);
    let whole = inputs / 16 * 16;
    let tail = (1u16 << (inputs - whole)).wrapping_sub(1);
    let mut unit = 0;
    while unit < y.len() {
        let count = 4.min(y.len() - unit);
        // Rows past `count` repeat the last: computed, never stored.
        let rows: [*const f32; 4] =
            core::array::from_fn(|r| matrix[(unit + r.min(count - 1)) * inputs..].as_ptr());
        let mut sums: [__m512; 4] = [_mm512_setzero_ps(); 4];
        let mut at = 0;
        while at < whole {
            // SAFETY: `at + 16 <= inputs`, inside `x` and inside each row
            // (`matrix` holds every row, asserted above).
            unsafe {
                let v = _mm512_loadu_ps(x.as_ptr().add(at));
                for (sum, row) in sums.iter_mut().zip(rows) {
                    *sum = _mm512_fmadd_ps(_mm512_loadu_ps(row.add(at)), v, *sum);
                }
            }
            at += 16;
        }
        // SAFETY: the mask reads only the `inputs - whole` values left.
        unsafe {
            let v = _mm512_maskz_loadu_ps(tail, x.as_ptr().add(whole));
            for (sum, row) in sums.iter_mut().zip(rows) {
                *sum = _mm512_fmadd_ps(_mm512_maskz_loadu_ps(tail, row.add(whole)), v, *sum);
            }
        }
        for (out, sum) in y[unit..unit + count].iter_mut().zip(sums) {
            *out = _mm512_reduce_add_ps(sum);
        }
        unit += count;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The AVX-512 rows give each row's sum in f64 within f32 rounding,
    /// for lengths with and without a tail and row counts past and short
    /// of a group of four.
    #[test]
    fn rows_match_a_sum_in_f64() {
        #[cfg(target_arch = "x86_64")]
        if cpu::avx512() {
            let mut seed = 7u32;
            let mut next = move || {
                seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                (seed >> 8) as f32 / (1 << 24) as f32 - 0.5
            };
            for (inputs, units) in [(1, 1), (15, 3), (16, 4), (37, 7), (400, 10), (1280, 9)] {
                let x: std::vec::Vec<f32> = (0..inputs).map(|_| next()).collect();
                let matrix: std::vec::Vec<f32> = (0..inputs * units).map(|_| next()).collect();
                let mut y = std::vec![f32::NAN; units];
                // SAFETY: the CPU has AVX-512F.
                unsafe { rows_avx512(&x, &matrix, &mut y) };
                for (unit, &got) in y.iter().enumerate() {
                    let row = &matrix[unit * inputs..][..inputs];
                    let want: f64 = row
                        .iter()
                        .zip(&x)
                        .map(|(&w, &v)| f64::from(w) * f64::from(v))
                        .sum();
                    let scale: f64 = row
                        .iter()
                        .zip(&x)
                        .map(|(&w, &v)| f64::from((w * v).abs()))
                        .sum();
                    assert!(
                        (f64::from(got) - want).abs() <= 1e-6 * scale.max(1e-30),
                        "{inputs} x {units}, row {unit}: {got} against {want}"
                    );
                }
            }
        }
    }
}
