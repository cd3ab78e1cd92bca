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
/// channels-last `x[p * C + c]`.
pub(crate) fn dense(
    from: &Grid,
    units: usize,
    bias: bool,
    x: &[f32],
    weights: &[f32],
    y: &mut [f32],
) {
    let inputs = x.len();
    let positions = from.positions();
    let channels = from.channels;
    let (matrix, biases) = weights.split_at(units * inputs);
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
