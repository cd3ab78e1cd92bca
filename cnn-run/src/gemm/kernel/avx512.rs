//! The AVX-512 micro-kernel: 12 x 32, twenty-four 16-lane accumulators
//! over two packed panels of `B` (of the 32 registers: the rest hold the
//! two rows of `B` and the broadcasts). Each broadcast of `A` feeds two
//! products, where AVX2's 6 x 16 feeds two 8-lane ones. Partial tiles use
//! masked loads and stores, so they need no copy.
//!
//! The packing is AVX2's (panels of `NR` = 16 columns), so the scratch,
//! sized at compile time, does not depend on the CPU.

use core::arch::x86_64::{
    __m512, __mmask16, _mm512_add_ps, _mm512_cmp_ps_mask, _mm512_fmadd_ps, _mm512_loadu_ps,
    _mm512_mask_mov_ps, _mm512_mask_storeu_ps, _mm512_maskz_loadu_ps, _mm512_maskz_mov_ps,
    _mm512_set1_ps, _mm512_setzero_ps, _CMP_GT_OQ, _CMP_LT_OQ, _CMP_NLE_UQ,
};

use cnn_core::Activation;

use super::{Start, Tile, NR};

/// Rows of `C` per tile of this kernel.
const ROWS: usize = 12;

/// Every tile of `tile`: rows twelve at a time (the last six or fewer in
/// a tile of six), one panel or two.
///
/// # Safety
///
/// The CPU has AVX-512F ([`cpu::avx512`](crate::cpu)), and `tile` passed
/// [`Tile::check`].
#[target_feature(enable = "avx512f")]
pub(super) unsafe fn column(tile: &mut Tile) {
    let mut first = 0;
    while first < tile.rows {
        let left = tile.rows - first;
        // SAFETY: this function's contract gives AVX-512F and a checked
        // tile; `first < rows`, so `block` reads and writes rows
        // `first..first + min(left, R)` inside the check's bounds.
        unsafe {
            match (left > ROWS / 2, tile.columns > NR) {
                (true, true) => block::<ROWS, 2>(tile, first),
                (true, false) => block::<ROWS, 1>(tile, first),
                (false, true) => block::<{ ROWS / 2 }, 2>(tile, first),
                (false, false) => block::<{ ROWS / 2 }, 1>(tile, first),
            }
        }
        first += ROWS;
    }
}

/// The lanes of a 16-column half with `columns` of them written.
fn mask(columns: usize) -> __mmask16 {
    match columns {
        0 => 0,
        c if c >= 16 => 0xffff,
        c => (1u16 << c) - 1,
    }
}

/// Rows `first..first + min(R, rows - first)` of `tile`, its first `P`
/// panels (`P` = 2 only when it has more than `NR` columns).
///
/// # Safety
///
/// As for [`column`], with `first < tile.rows`.
#[inline]
#[target_feature(enable = "avx512f")]
unsafe fn block<const R: usize, const P: usize>(tile: &mut Tile, first: usize) {
    let (depth, lda, ldc) = (tile.depth, tile.lda, tile.ldc);
    let rows = R.min(tile.rows - first);
    let masks = [mask(tile.columns), mask(tile.columns.saturating_sub(NR))];
    // Rows past `rows` repeat the first: computed, never stored.
    let a: [*const f32; R] = core::array::from_fn(|i| {
        let row = first + if i < rows { i } else { 0 };
        tile.a[row * lda..].as_ptr()
    });
    let c = tile.c[first * ldc..].as_mut_ptr();
    let mut sums = [[_mm512_setzero_ps(); P]; R];
    match tile.start {
        Start::Zero => {}
        Start::Bias(bias) => {
            // SAFETY: `Tile::check` gives `bias` `columns` values; the
            // masked loads read only the lanes below `columns`.
            let lanes: [__m512; P] = core::array::from_fn(|p| unsafe {
                _mm512_maskz_loadu_ps(masks[p], bias.as_ptr().add(p * NR))
            });
            sums = [lanes; R];
        }
        Start::Accumulate => {
            for (i, sum) in sums.iter_mut().enumerate().take(rows) {
                for (p, lanes) in sum.iter_mut().enumerate() {
                    // SAFETY: row `first + i` of `C` holds `columns` values
                    // at `(first + i) * ldc` (`Tile::check`), and the mask
                    // reads only those of this half.
                    *lanes = unsafe { _mm512_maskz_loadu_ps(masks[p], c.add(i * ldc + p * NR)) };
                }
            }
        }
    }
    let b = tile.b.as_ptr();
    for step in 0..depth {
        // SAFETY: `Tile::check` gives `b` `depth * NR` values a panel for
        // each of the `P` panels, and `step < depth`.
        let panels: [__m512; P] =
            core::array::from_fn(|p| unsafe { _mm512_loadu_ps(b.add(p * depth * NR + step * NR)) });
        for (sum, row) in sums.iter_mut().zip(a) {
            // SAFETY: `row` starts a row of `A` with `depth` values inside
            // `a` (`Tile::check`), and `step < depth`.
            let value = _mm512_set1_ps(unsafe { *row.add(step) });
            for (lanes, panel) in sum.iter_mut().zip(panels) {
                *lanes = _mm512_fmadd_ps(value, panel, *lanes);
            }
        }
    }
    if let Some(residual) = tile.end.residual {
        let residual = residual[first * ldc..].as_ptr();
        // Over all `R` rows, rows past `rows` with no lane read: a loop
        // of a constant count keeps the accumulators in registers (one
        // bounded by `rows` put them on the stack, halving the speed).
        for (i, sum) in sums.iter_mut().enumerate() {
            let row = if i < rows { i } else { 0 };
            for (p, lanes) in sum.iter_mut().enumerate() {
                let lanes_read = if i < rows { masks[p] } else { 0 };
                // SAFETY: `Tile::check` gives the residual `C`'s layout
                // over the tile, so its row `first + row` holds this
                // half's masked columns, as `C` does.
                let add =
                    unsafe { _mm512_maskz_loadu_ps(lanes_read, residual.add(row * ldc + p * NR)) };
                *lanes = _mm512_add_ps(*lanes, add);
            }
        }
    }
    match tile.end.activation {
        None => {}
        // `x` where `x > 0` or NaN (not `x <= 0`, unordered), else +0:
        // `elementwise`'s definition, -0 and NaN included.
        Some(Activation::Relu) => {
            for sum in sums.iter_mut() {
                for lanes in sum.iter_mut() {
                    let keep = _mm512_cmp_ps_mask::<_CMP_NLE_UQ>(*lanes, _mm512_setzero_ps());
                    *lanes = _mm512_maskz_mov_ps(keep, *lanes);
                }
            }
        }
        // Ordered compares: NaN passes, and -0 stays -0 (`f32::clamp`).
        Some(Activation::Relu6) => {
            let six = _mm512_set1_ps(6.0);
            for sum in sums.iter_mut() {
                for lanes in sum.iter_mut() {
                    let low = _mm512_cmp_ps_mask::<_CMP_LT_OQ>(*lanes, _mm512_setzero_ps());
                    *lanes = _mm512_mask_mov_ps(*lanes, low, _mm512_setzero_ps());
                    let high = _mm512_cmp_ps_mask::<_CMP_GT_OQ>(*lanes, six);
                    *lanes = _mm512_mask_mov_ps(*lanes, high, six);
                }
            }
        }
        // `Tile::check` lets no other activation in.
        Some(
            Activation::LeakyRelu
            | Activation::Elu
            | Activation::Gelu
            | Activation::GeluTanh
            | Activation::Silu
            | Activation::Sigmoid
            | Activation::HardSigmoid
            | Activation::HardSwish
            | Activation::Tanh
            | Activation::Softmax
            | Activation::LogSoftmax,
        ) => unreachable!("checked by Tile::check"),
    }
    for (i, sum) in sums.iter().enumerate().take(rows) {
        for (p, lanes) in sum.iter().enumerate() {
            // SAFETY: as for the loads of `C`: the mask writes only this
            // half's columns of row `first + i`, borrowed mutably through
            // `tile`.
            unsafe { _mm512_mask_storeu_ps(c.add(i * ldc + p * NR), masks[p], *lanes) };
        }
    }
}
