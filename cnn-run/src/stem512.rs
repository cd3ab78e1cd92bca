//! The direct convolution's inner block (`stem::group`) in AVX-512 fused
//! multiply-adds. Written in plain Rust, `sum += value * weight` compiles
//! to a multiply and an add (Rust does not contract them), which halved
//! the 7x7 stem's speed: 1.33 ms against the product's 1.55.

use core::arch::x86_64::{
    __m512, _mm512_fmadd_ps, _mm512_loadu_ps, _mm512_set1_ps, _mm512_storeu_ps,
};

/// Filters `first..first + 16 V` of `P` neighbouring positions on a line
/// whose windows are inside the input, as `stem::group`: position `p`
/// reads step `d` of the depth at `corner + p * step + reads[d]`, the
/// weights of step `d` are `kernel[d * filters + first..]`, and the
/// sums go to `out[p * filters + first..]`, from the bias.
///
/// # Safety
///
/// The CPU has AVX-512F.
#[inline]
#[target_feature(enable = "avx512f")]
#[allow(clippy::too_many_arguments)]
pub(crate) unsafe fn group<const V: usize, const P: usize>(
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
    let n = 16 * V;
    let depth = reads.len();
    if depth == 0 || P == 0 {
        return;
    }
    // Checked once here, so that the loop below reads unchecked.
    let farthest = reads.iter().copied().max().unwrap_or(0);
    let x = &x[corner..][..(P - 1) * step + farthest + 1];
    let kernel = &kernel[first..][..(depth - 1) * filters + n];
    let bias = &bias[first..][..n];
    let out = &mut out[first..][..(P - 1) * filters + n];
    // SAFETY: `bias` holds `n` = 16 V values, so each load's 16 are in it.
    let start: [__m512; V] =
        core::array::from_fn(|v| unsafe { _mm512_loadu_ps(bias.as_ptr().add(16 * v)) });
    let mut sums = [start; P];
    for (d, &read) in reads.iter().enumerate() {
        // SAFETY: `d < depth`, so `d * filters + 16 v + 16` is at most
        // `(depth - 1) * filters + n`, the length of `kernel` checked
        // above.
        let row: [__m512; V] = core::array::from_fn(|v| unsafe {
            _mm512_loadu_ps(kernel.as_ptr().add(d * filters + 16 * v))
        });
        for (index, sums) in sums.iter_mut().enumerate() {
            // SAFETY: `index < P` and `read <= farthest`, so
            // `index * step + read` is below the length of `x` checked
            // above.
            let value = _mm512_set1_ps(unsafe { *x.get_unchecked(index * step + read) });
            for (sum, &weight) in sums.iter_mut().zip(&row) {
                *sum = _mm512_fmadd_ps(value, weight, *sum);
            }
        }
    }
    for (index, sums) in sums.iter().enumerate() {
        for (v, &sum) in sums.iter().enumerate() {
            // SAFETY: `index < P`, so `index * filters + 16 v + 16` is at
            // most `(P - 1) * filters + n`, the length of `out` checked
            // above.
            unsafe { _mm512_storeu_ps(out.as_mut_ptr().add(index * filters + 16 * v), sum) };
        }
    }
}
