//! The blocked matrix product behind the convolutions: `C = A B (+ bias)`
//! over many output positions at once, allocation-free, its packing space
//! taken from the caller's scratch.
//!
//! # Why our own
//!
//! Every maintained crate we measured falls short of one requirement here
//! (no_std without `alloc`, packing space from the caller, AVX2/FMA chosen
//! at run time): `matrixmultiply` 0.3 and `gemm` 0.18 allocate their
//! packing buffers (`alloc` at least, `gemm` also a thread-local slab
//! with `std`); `microgemm` 0.3 takes its buffer from the caller but has
//! no x86 kernel, only a generic one and NEON, and would pack the im2col
//! tile a second time. So the blocking and the packing are here, in the
//! BLIS order, and the micro-kernel is one `core::arch` AVX2/FMA kernel
//! (chosen at run time through `cpufeatures`, which reads CPUID in no_std)
//! with a portable one for every other target. BENCHMARKS.md compares it
//! with `matrixmultiply` and `gemm` on the networks' shapes.
//!
//! # The shapes
//!
//! `A` is `M x K`: output positions by receptive field. It is read in
//! place when it already exists (a 1x1 stride-1 convolution on
//! channels-last data: the input is a positions x channels matrix with row
//! stride `C`), else written a tile at a time by [`Rows`] (im2col). `B`,
//! `K x N`, is the filters: PyTorch's `[N][K]` weight, read through a
//! permutation of `K` ([`Filters`]) and packed a `KC x NC` block at a time
//! into panels of [`NR`] columns. `C` is the channels-last output, row
//! stride `ldc`, so a group of a grouped convolution is a column range.

mod kernel;

use kernel::{Start, Tile, MR};

use crate::scratch::{ALIGN, KC, MC, NC, NR};

/// The left matrix, `M x K`, a block of rows and columns at a time.
pub(crate) trait Rows {
    /// Rows `first..first + count`, columns `k0..k0 + kc`: a slice whose
    /// row `i` starts at `i * stride` and holds the `kc` values, either a
    /// view of memory that already holds them or `tile` (at least
    /// `count * kc` values) filled with them, stride `kc`.
    fn rows<'a>(
        &'a self,
        first: usize,
        count: usize,
        k0: usize,
        kc: usize,
        tile: &'a mut [f32],
    ) -> (&'a [f32], usize);
}

/// A matrix already in memory: row `i`, column `k` at `i * stride + k`.
pub(crate) struct Matrix<'a> {
    pub(crate) values: &'a [f32],
    pub(crate) stride: usize,
}

impl Rows for Matrix<'_> {
    fn rows<'a>(
        &'a self,
        first: usize,
        _count: usize,
        k0: usize,
        _kc: usize,
        _tile: &'a mut [f32],
    ) -> (&'a [f32], usize) {
        (&self.values[first * self.stride + k0..], self.stride)
    }
}

/// The filters as `B`: PyTorch's weight `[N][inner][taps]`, read with `K`
/// in tap-major order (`k = tap * inner + i`), the order in which im2col
/// gathers a channels-last receptive field.
pub(crate) struct Filters<'a> {
    pub(crate) weights: &'a [f32],
    pub(crate) inner: usize,
    pub(crate) taps: usize,
}

impl Filters<'_> {
    /// Packs columns `n0..n0 + nc` and depths `k0..k0 + kc` into panels of
    /// `NR` columns, each `kc x NR` row-major, the columns past `nc` zero.
    fn pack(&self, n0: usize, nc: usize, k0: usize, kc: usize, packed: &mut [f32]) {
        let depth = self.inner * self.taps;
        for (panel, out) in packed
            .chunks_exact_mut(kc * NR)
            .take(nc.div_ceil(NR))
            .enumerate()
        {
            for lane in 0..NR {
                let column = panel * NR + lane;
                if column >= nc {
                    for k in 0..kc {
                        out[k * NR + lane] = 0.0;
                    }
                    continue;
                }
                let filter = &self.weights[(n0 + column) * depth..][..depth];
                if self.taps == 1 {
                    for (k, &value) in filter[k0..k0 + kc].iter().enumerate() {
                        out[k * NR + lane] = value;
                    }
                } else {
                    for k in 0..kc {
                        let tap = (k0 + k) / self.inner;
                        let channel = (k0 + k) % self.inner;
                        out[k * NR + lane] = filter[channel * self.taps + tap];
                    }
                }
            }
        }
    }
}

/// `c[i * ldc + j] = bias[j] + sum_k a[i][k] * b[k][j]` for `i < m`,
/// `j < n` (no bias: 0), with `a` from `rows`, `b` from `filters`, and
/// `scratch` at least the values `scratch_len` gives it (with no tile
/// when `rows` is a view).
#[allow(clippy::too_many_arguments)]
pub(crate) fn gemm(
    m: usize,
    n: usize,
    k: usize,
    rows: &impl Rows,
    filters: &Filters,
    bias: Option<&[f32]>,
    c: &mut [f32],
    ldc: usize,
    scratch: &mut [f32],
) {
    if m == 0 || n == 0 {
        return;
    }
    if k == 0 {
        // No depth (no input channels): the output is the bias.
        for row in c.chunks_mut(ldc).take(m) {
            match bias {
                Some(bias) => row[..n].copy_from_slice(&bias[..n]),
                None => row[..n].fill(0.0),
            }
        }
        return;
    }
    // Panels on a cache line: the kernel's loads of `B` never split one.
    let skip = scratch.as_ptr().align_offset(64).min(ALIGN);
    let scratch = &mut scratch[skip..];
    let kc_max = k.min(KC);
    let nc_max = n.min(NC);
    let (packed, tile) = scratch.split_at_mut(kc_max * nc_max.div_ceil(NR) * NR);
    for n0 in (0..n).step_by(NC) {
        let nc = nc_max.min(n - n0);
        for k0 in (0..k).step_by(KC) {
            let kc = kc_max.min(k - k0);
            filters.pack(n0, nc, k0, kc, packed);
            let start = |columns: usize, panel: usize| match (k0, bias) {
                (0, Some(bias)) => Start::Bias(&bias[n0 + panel * NR..][..columns]),
                (0, None) => Start::Zero,
                _ => Start::Accumulate,
            };
            for m0 in (0..m).step_by(MC) {
                let mc = MC.min(m - m0);
                let (a, lda) = rows.rows(m0, mc, k0, kc, tile);
                for panel in 0..nc.div_ceil(NR) {
                    let columns = NR.min(nc - panel * NR);
                    let b = &packed[panel * kc * NR..][..kc * NR];
                    for first in (0..mc).step_by(MR) {
                        let count = MR.min(mc - first);
                        let offset = (m0 + first) * ldc + n0 + panel * NR;
                        kernel::kernel(&mut Tile {
                            depth: kc,
                            a: &a[first * lda..],
                            lda,
                            b,
                            c: &mut c[offset..],
                            ldc,
                            rows: count,
                            columns,
                            start: start(columns, panel),
                        });
                    }
                }
            }
        }
    }
}
