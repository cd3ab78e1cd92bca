//! The x86-64 micro-kernel: 6 x 16 with AVX2 and FMA, twelve 8-lane
//! accumulators.

use core::arch::x86_64::{
    __m256, _mm256_broadcast_ss, _mm256_fmadd_ps, _mm256_loadu_ps, _mm256_setzero_ps,
    _mm256_storeu_ps,
};

use super::{Start, Tile, MR, NR};

/// Every row panel of `tile`, one after another.
///
/// # Safety
///
/// The CPU has AVX2 and FMA ([`cpu::avx2_fma`](crate::cpu)), and
/// `tile` passed [`Tile::check`], so each panel does too.
#[target_feature(enable = "avx2,fma")]
pub(super) unsafe fn column(tile: &mut Tile) {
    let mut first = 0;
    while first < tile.rows {
        // SAFETY: this function's contract gives AVX2 and FMA and a tile
        // that passed `Tile::check`; a panel from a row below `rows` keeps
        // the check's bounds (its slices start `first` rows in and it has
        // at most the rows left), which is `kernel`'s contract.
        unsafe { kernel(&mut tile.panel(first)) };
        first += MR;
    }
}

/// One row panel (at most `MR` rows), through the vector registers.
///
/// # Safety
///
/// As for [`column`]: every pointer below stays inside its slice.
#[inline]
#[target_feature(enable = "avx2,fma")]
unsafe fn kernel(tile: &mut Tile) {
    let (rows, columns, depth) = (tile.rows, tile.columns, tile.depth);
    let full = rows == MR && columns == NR;
    // Rows past `rows` repeat row 0: computed, never stored.
    let a: [*const f32; MR] = core::array::from_fn(|i| {
        let first = if i < rows { i * tile.lda } else { 0 };
        tile.a[first..].as_ptr()
    });
    // A partial tile goes through this copy, so that every load and
    // store below is of whole rows of `NR`.
    let mut spill = [[0.0f32; NR]; MR];
    let mut sums = [[_mm256_setzero_ps(); 2]; MR];
    match tile.start {
        Start::Zero => {}
        Start::Bias(bias) => {
            let mut lanes = [0.0f32; NR];
            lanes[..columns].copy_from_slice(&bias[..columns]);
            // SAFETY: `lanes` holds `NR` = 16 values: the loads read 0..8
            // and 8..16 of it, unaligned loads.
            let (low, high) = unsafe {
                (
                    _mm256_loadu_ps(lanes.as_ptr()),
                    _mm256_loadu_ps(lanes.as_ptr().add(8)),
                )
            };
            sums = [[low, high]; MR];
        }
        Start::Accumulate => {
            for (i, sum) in sums.iter_mut().enumerate().take(rows) {
                let row = if full {
                    tile.c.row(i * tile.ldc, NR).as_ptr()
                } else {
                    spill[i][..columns].copy_from_slice(tile.c.row(i * tile.ldc, columns));
                    spill[i].as_ptr()
                };
                // SAFETY: `row` has `NR` = 16 values: a whole row of `C`
                // when the tile is full (`Tile::check`: `c` holds row `i`'s
                // `columns` = `NR` values at `i * ldc`), else `spill[i]`.
                *sum = unsafe { [_mm256_loadu_ps(row), _mm256_loadu_ps(row.add(8))] };
            }
        }
    }
    let b = tile.b.as_ptr();
    for step in 0..depth {
        // SAFETY: `Tile::check` gives `b` at least `depth * NR` values, and
        // `step < depth`: the loads read `step * NR..(step + 1) * NR`.
        let (low, high) = unsafe {
            (
                _mm256_loadu_ps(b.add(step * NR)),
                _mm256_loadu_ps(b.add(step * NR + 8)),
            )
        };
        for (sum, row) in sums.iter_mut().zip(a) {
            // SAFETY: `row` starts row `i`'s `depth` values of `A` (row 0's
            // for `i >= rows`), which `Tile::check` puts inside `a`, and
            // `step < depth`.
            let value = _mm256_broadcast_ss(unsafe { &*row.add(step) });
            sum[0] = _mm256_fmadd_ps(value, low, sum[0]);
            sum[1] = _mm256_fmadd_ps(value, high, sum[1]);
        }
    }
    // SAFETY: the features are this function's, and `tile` passed the
    // check, which is `store`'s contract.
    unsafe { store(tile, &sums, full, &mut spill) };
}

/// Writes the accumulators to `C`'s tile.
///
/// # Safety
///
/// As for [`column`]: the CPU has AVX2 and FMA and `tile` passed
/// [`Tile::check`].
#[target_feature(enable = "avx2,fma")]
unsafe fn store(
    tile: &mut Tile,
    sums: &[[__m256; 2]; MR],
    full: bool,
    spill: &mut [[f32; NR]; MR],
) {
    for (i, sum) in sums.iter().enumerate().take(tile.rows) {
        if full {
            let row = tile.c.row(i * tile.ldc, NR).as_mut_ptr();
            // SAFETY: a full tile has `columns` = `NR` = 16, and
            // `Tile::check` gives `c` row `i`'s 16 values at `i * ldc`,
            // borrowed mutably through `tile`: unaligned stores inside it.
            unsafe {
                _mm256_storeu_ps(row, sum[0]);
                _mm256_storeu_ps(row.add(8), sum[1]);
            }
        } else {
            // SAFETY: `spill[i]` is `NR` = 16 values of our own.
            unsafe {
                _mm256_storeu_ps(spill[i].as_mut_ptr(), sum[0]);
                _mm256_storeu_ps(spill[i].as_mut_ptr().add(8), sum[1]);
            }
            let columns = tile.columns;
            tile.c
                .row(i * tile.ldc, columns)
                .copy_from_slice(&spill[i][..columns]);
        }
        let end = tile.end;
        let columns = tile.columns;
        end.row(tile.c.row(i * tile.ldc, columns), i * tile.ldc);
    }
}
