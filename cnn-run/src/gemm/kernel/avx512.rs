//! The AVX-512 micro-kernel: 12 x 32, twenty-four 16-lane accumulators
//! over two packed panels of `B` (of the 32 registers: the rest hold the
//! two rows of `B` and the broadcasts). Each broadcast of `A` feeds two
//! products, where AVX2's 6 x 16 feeds two 8-lane ones. Partial tiles use
//! masked loads and stores, so they need no copy.
//!
//! The packing is AVX2's (panels of `NR` = 16 columns), so the scratch,
//! sized at compile time, does not depend on the CPU.

use core::arch::x86_64::{
    __m512, __mmask16, _mm512_fmadd_ps, _mm512_loadu_ps, _mm512_mask_storeu_ps,
    _mm512_maskz_loadu_ps, _mm512_set1_ps, _mm512_setzero_ps,
};

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
    for (i, sum) in sums.iter().enumerate().take(rows) {
        for (p, lanes) in sum.iter().enumerate() {
            // SAFETY: as for the loads of `C`: the mask writes only this
            // half's columns of row `first + i`, borrowed mutably through
            // `tile`.
            unsafe { _mm512_mask_storeu_ps(c.add(i * ldc + p * NR), masks[p], *lanes) };
        }
    }
}
