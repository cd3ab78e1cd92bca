//! Winograd's transforms (`winograd`) on AVX-512, 16 channels (or
//! filters) a vector, the patch's 16 vectors in registers: every tile's
//! inputs, the outputs of a tile inside its map. The plain Rust form, compiled for AVX-512, kept
//! its vectors on the stack between the rows' and the columns' sums: the
//! input transform cost ResNet-18 about a tenth of its 3x3 convolutions
//! on 56x56. The sums are those of `Plan::inputs_any` and
//! `Plan::outputs_any`, in the same order, so the results are the same
//! bits.

use crate::activate512::with_vector_form;
use crate::gemm::Finish;

use core::arch::x86_64::{
    __m512, _mm512_add_ps, _mm512_loadu_ps, _mm512_setzero_ps, _mm512_storeu_ps, _mm512_sub_ps,
};

/// Values a vector takes.
const L: usize = 16;

/// Writes the transformed inputs `B^T d B` of tile `tile` (of `tiles`)
/// for channels `0..channels / L * L`: point `p` of the tile's patch is
/// read at `x[sources[p] + c]` (zero where the patch reaches past the
/// input: `None`), and point `p` of the transform goes to
/// `v[(p * tiles + tile) * channels + c]`. Returns the channels done.
///
/// # Safety
///
/// The CPU has AVX-512F.
#[target_feature(enable = "avx512f")]
pub(crate) unsafe fn inputs(
    x: &[f32],
    sources: &[Option<usize>; 16],
    channels: usize,
    tile: usize,
    tiles: usize,
    v: &mut [f32],
) -> usize {
    let whole = channels / L * L;
    if whole == 0 {
        return 0;
    }
    // Checked once, so that the loop reads and writes unchecked.
    for &source in sources.iter().flatten() {
        assert!(source + whole <= x.len());
    }
    assert!((15 * tiles + tile) * channels + whole <= v.len());
    let (x, v) = (x.as_ptr(), v.as_mut_ptr());
    for c0 in (0..whole).step_by(L) {
        let d: [__m512; 16] = core::array::from_fn(|p| match sources[p] {
            // SAFETY: `source + c0 + L <= source + whole <= x.len()`.
            Some(source) => unsafe { _mm512_loadu_ps(x.add(source + c0)) },
            None => _mm512_setzero_ps(),
        });
        // B^T d: the rows combined, then (B^T d) B: the columns.
        let mut r = [d[0]; 16];
        for j in 0..4 {
            let (d0, d1, d2, d3) = (d[j], d[4 + j], d[8 + j], d[12 + j]);
            r[j] = _mm512_sub_ps(d0, d2);
            r[4 + j] = _mm512_add_ps(d1, d2);
            r[8 + j] = _mm512_sub_ps(d2, d1);
            r[12 + j] = _mm512_sub_ps(d1, d3);
        }
        for i in 0..4 {
            let (a, b, c, e) = (r[4 * i], r[4 * i + 1], r[4 * i + 2], r[4 * i + 3]);
            let row = [
                _mm512_sub_ps(a, c),
                _mm512_add_ps(b, c),
                _mm512_sub_ps(c, b),
                _mm512_sub_ps(b, e),
            ];
            for (j, values) in row.into_iter().enumerate() {
                let at = ((4 * i + j) * tiles + tile) * channels + c0;
                // SAFETY: `at + L <= (15 * tiles + tile) * channels +
                // whole <= v.len()`, checked above.
                unsafe { _mm512_storeu_ps(v.add(at), values) };
            }
        }
    }
    whole
}

/// Writes the outputs `A^T M A` plus the bias of tile `tile` (of
/// `tiles`), whose 2x2 outputs all lie inside the map, for filters
/// `0..filters / L * L`, then `end` (its residual laid out as `y`, its
/// activation one that `End::takes`): point `p` of the tile's products is
/// read at `m[(p * tiles + tile) * filters + f]`, and output `(i, j)` of
/// the tile goes to `y[at[2 * i + j] + f]`. Returns the filters done.
///
/// # Safety
///
/// The CPU has AVX-512F.
#[target_feature(enable = "avx512f")]
#[allow(clippy::too_many_arguments)]
pub(crate) unsafe fn outputs(
    m: &[f32],
    bias: &[f32],
    filters: usize,
    tile: usize,
    tiles: usize,
    at: &[usize; 4],
    y: &mut [f32],
    end: &Finish,
) -> usize {
    let r = end.residual;
    with_vector_form!(end.activation, f => finish(m, bias, filters, tile, tiles, at, y, r, f))
}

/// [`outputs`] with its activation `act`.
#[inline]
#[target_feature(enable = "avx512f")]
#[allow(clippy::too_many_arguments)]
fn finish(
    m: &[f32],
    bias: &[f32],
    filters: usize,
    tile: usize,
    tiles: usize,
    at: &[usize; 4],
    y: &mut [f32],
    residual: Option<&[f32]>,
    act: impl Fn(__m512) -> __m512,
) -> usize {
    let whole = filters / L * L;
    if whole == 0 {
        return 0;
    }
    assert!((15 * tiles + tile) * filters + whole <= m.len());
    assert!(whole <= bias.len());
    for &at in at {
        assert!(at + whole <= y.len());
        assert!(residual.is_none_or(|r| at + whole <= r.len()));
    }
    let (m, bias, y) = (m.as_ptr(), bias.as_ptr(), y.as_mut_ptr());
    let residual = residual.map(<[f32]>::as_ptr);
    for f0 in (0..whole).step_by(L) {
        // SAFETY: `(p * tiles + tile) * filters + f0 + L <= (15 * tiles +
        // tile) * filters + whole <= m.len()` for `p < 16`, and the
        // bias holds `whole` values (checked above).
        let point = |p: usize| unsafe { _mm512_loadu_ps(m.add((p * tiles + tile) * filters + f0)) };
        // SAFETY: as above.
        let bias = unsafe { _mm512_loadu_ps(bias.add(f0)) };
        // A^T M: the rows combined, then (A^T M) A: the columns.
        let mut s = [bias; 8];
        for j in 0..4 {
            let (m0, m1, m2, m3) = (point(j), point(4 + j), point(8 + j), point(12 + j));
            s[j] = _mm512_add_ps(_mm512_add_ps(m0, m1), m2);
            s[4 + j] = _mm512_sub_ps(_mm512_sub_ps(m1, m2), m3);
        }
        for i in 0..2 {
            let (a, b, c, e) = (s[4 * i], s[4 * i + 1], s[4 * i + 2], s[4 * i + 3]);
            let row = [
                _mm512_add_ps(_mm512_add_ps(_mm512_add_ps(bias, a), b), c),
                _mm512_sub_ps(_mm512_sub_ps(_mm512_add_ps(bias, b), c), e),
            ];
            for (j, values) in row.into_iter().enumerate() {
                let to = at[2 * i + j] + f0;
                let values = match residual {
                    // SAFETY: `to + L <= at + whole`, inside the residual
                    // (checked above).
                    Some(r) => _mm512_add_ps(values, unsafe { _mm512_loadu_ps(r.add(to)) }),
                    None => values,
                };
                // SAFETY: `to + L <= at + whole <= y.len()`.
                unsafe { _mm512_storeu_ps(y.add(to), act(values)) };
            }
        }
    }
    whole
}
