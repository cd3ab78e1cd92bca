//! The AVX-512 micro-kernel: 12 x 32, twenty-four 16-lane accumulators
//! over two packed panels of `B` (of the 32 registers: the rest hold the
//! two rows of `B` and the broadcasts). Each broadcast of `A` feeds two
//! products, where AVX2's 6 x 16 feeds two 8-lane ones. Partial tiles use
//! masked loads and stores, so they need no copy.
//!
//! The packing is AVX2's (panels of `NR` = 16 columns), so the scratch,
//! sized at compile time, does not depend on the CPU.

use core::arch::x86_64::{
    __m512, __mmask16, _mm512_add_ps, _mm512_fmadd_ps, _mm512_loadu_ps, _mm512_mask_storeu_ps,
    _mm512_maskz_loadu_ps, _mm512_set1_ps, _mm512_setzero_ps, _mm_prefetch, _MM_HINT_T1,
};

use crate::activate512::with_vector_form;

use super::{Start, Tile, NR};

/// Rows of `C` per tile of this kernel.
const ROWS: usize = 12;

/// Every tile of `tile`: rows twelve at a time (the last six or fewer in
/// a tile of six), one panel or two; the first twelve also fetch the
/// next panels.
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
            match (left > ROWS / 2, tile.columns > NR, first == 0) {
                (true, true, true) => block::<ROWS, 2, true>(tile, first),
                (true, false, true) => block::<ROWS, 1, true>(tile, first),
                (false, true, true) => block::<{ ROWS / 2 }, 2, true>(tile, first),
                (false, false, true) => block::<{ ROWS / 2 }, 1, true>(tile, first),
                (true, true, false) => block::<ROWS, 2, false>(tile, first),
                (true, false, false) => block::<ROWS, 1, false>(tile, first),
                (false, true, false) => block::<{ ROWS / 2 }, 2, false>(tile, first),
                (false, false, false) => block::<{ ROWS / 2 }, 1, false>(tile, first),
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
unsafe fn block<const R: usize, const P: usize, const AHEAD: bool>(tile: &mut Tile, first: usize) {
    let (depth, lda, ldc) = (tile.depth, tile.lda, tile.ldc);
    let rows = R.min(tile.rows - first);
    let masks = [mask(tile.columns), mask(tile.columns.saturating_sub(NR))];
    // Rows past `rows` repeat the first: computed, never stored.
    let a: [*const f32; R] = core::array::from_fn(|i| {
        let row = first + if i < rows { i } else { 0 };
        tile.a[row * lda..].as_ptr()
    });
    let c = tile.c.past(first * ldc).as_mut_ptr();
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
    // The first row block of a column (`AHEAD`) asks for the panels
    // two calls after its own, one line per panel and step, into L2: the
    // call after next reads them (the panels after the next, or the next
    // span's block; past the last, a hint that never faults, hence
    // `wrapping_add`). Prepared filters stream from memory on each pass
    // (ResNet-18's 46 MB), and the first block waited on each line: its
    // 3x3x512 layers on 7x7 went from 1.65 to 1.22 ms, its 3x3x256 on
    // 14x14 from 1.14 to 1.03 (`cnn-speed steps`, 3 alternations), with
    // the next call's panels; two calls ahead, 1.24 to 1.17 and ResNet-50's
    // 1x1 convolutions on 7x7 0.53 to 0.50 (7 alternations; four ahead
    // no better).
    let next = b.wrapping_add(2 * P * depth * NR);
    for step in 0..depth {
        if AHEAD {
            for p in 0..P {
                _mm_prefetch::<_MM_HINT_T1>(next.wrapping_add((step * P + p) * NR).cast());
            }
        }
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
    let residual = tile.end.residual.map(|r| r[first * ldc..].as_ptr());
    // SAFETY (each arm): this function's contract gives AVX-512F and a
    // checked tile, which is `store`'s; the rows are this block's.
    unsafe {
        with_vector_form!(tile.end.activation, f => store(sums, c, residual, ldc, rows, masks, f))
    }
}

/// Stores the first `rows` rows of `sums` at `c` (row stride `ldc`, the
/// lanes of `masks`), each vector plus the residual's (laid out as `c`)
/// and through `end`.
///
/// # Safety
///
/// The CPU has AVX-512F; `c`, and `residual` if given, hold `rows` rows
/// of the masks' lanes at stride `ldc` (`Tile::check`), and `c` is
/// borrowed mutably.
#[inline]
#[target_feature(enable = "avx512f")]
#[allow(clippy::too_many_arguments)]
unsafe fn store<const R: usize, const P: usize>(
    sums: [[__m512; P]; R],
    c: *mut f32,
    residual: Option<*const f32>,
    ldc: usize,
    rows: usize,
    masks: [__mmask16; 2],
    end: impl Fn(__m512) -> __m512,
) {
    for (i, sum) in sums.iter().enumerate().take(rows) {
        for (p, &lanes) in sum.iter().enumerate() {
            let at = i * ldc + p * NR;
            let lanes = match residual {
                // SAFETY: the contract gives the residual this row's
                // masked lanes, as `c` has.
                Some(residual) => _mm512_add_ps(lanes, unsafe {
                    _mm512_maskz_loadu_ps(masks[p], residual.add(at))
                }),
                None => lanes,
            };
            // SAFETY: the mask writes only this half's columns of row `i`
            // of `c`, which the contract gives us.
            unsafe { _mm512_mask_storeu_ps(c.add(at), masks[p], end(lanes)) };
        }
    }
}
