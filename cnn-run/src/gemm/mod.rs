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
//! BLIS order, and the micro-kernel is a `core::arch` one, AVX-512 (12 x
//! 32) or AVX2/FMA (6 x 16), chosen at run time through `cpufeatures`
//! (which reads CPUID in no_std), with a portable one for every other
//! target. Both read the same packing, so the scratch does not depend on
//! the CPU. BENCHMARKS.md compares it
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

mod depth;
mod kernel;
mod out;
mod pack;

use core::ops::Range;

pub(crate) use depth::{Depth, Span};
pub(crate) use kernel::End;
use kernel::{Start, Tile, MR, WIDE};
use out::Out;
pub(crate) use pack::Filters;

use cnn_core::{Activation, ALIGN, KC, MC, NC, NR};

use crate::elementwise;

/// The left matrix, `M x K`, a block of rows and columns at a time
/// (`Sync`: with the `std` feature, threads share it).
pub(crate) trait Rows: Sync {
    /// Whether the rows are a view of memory that already holds them, so
    /// that they need no tile (and a block of rows can be as tall as `MC`
    /// whatever the scratch).
    const IN_PLACE: bool;

    /// Rows `first..first + count`, the columns of `span`: a slice whose
    /// row `i` starts at `i * stride` and holds the span's values, either
    /// a view of memory that already holds them or `tile` (at least
    /// `count * span.len()` values) filled with them, stride `span.len()`.
    fn rows<'a>(
        &'a self,
        first: usize,
        count: usize,
        span: &Span,
        tile: &'a mut [f32],
    ) -> (&'a [f32], usize);
}

/// A matrix already in memory: row `i`, column `k` at `i * stride + k`
/// (a 1x1 convolution's input, whose spans are ranges of channels).
pub(crate) struct Matrix<'a> {
    pub(crate) values: &'a [f32],
    pub(crate) stride: usize,
}

impl Rows for Matrix<'_> {
    const IN_PLACE: bool = true;

    fn rows<'a>(
        &'a self,
        first: usize,
        _count: usize,
        span: &Span,
        _tile: &'a mut [f32],
    ) -> (&'a [f32], usize) {
        (&self.values[first * self.stride + span.k0..], self.stride)
    }
}

/// The filters as `B`: packed here a block at a time, or packed already.
pub(crate) enum Panels<'a> {
    /// PyTorch's weight, packed into the scratch block by block.
    Pack(Filters<'a>),
    /// Packed once (`run::prepare`): per block of `NC` filters, per span
    /// of `depth` in order, that block's panels (`span.len()` rows of
    /// `NR` values each, the filters padded to a multiple of `NR`), so
    /// the block of filters `n0` and span `s` starts at
    /// `n0 * depth.len() + s.k0 * padded`.
    Ready {
        /// The panels.
        panels: &'a [f32],
        /// Their depth.
        depth: Depth,
    },
}

impl Panels<'_> {
    fn depth(&self) -> &Depth {
        match self {
            Panels::Pack(filters) => &filters.depth,
            Panels::Ready { depth, .. } => depth,
        }
    }
}

/// What the store does to the product once its last block of depth is
/// in, while the tile is in cache: add `residual` (laid out as `C`),
/// then apply `activation`.
#[derive(Clone, Copy)]
pub(crate) struct Finish<'a> {
    pub(crate) residual: Option<&'a [f32]>,
    pub(crate) activation: Option<Activation>,
}

impl Finish<'_> {
    /// Nothing after the product.
    pub(crate) const NONE: Finish<'static> = Finish {
        residual: None,
        activation: None,
    };

    pub(crate) fn is_none(&self) -> bool {
        self.residual.is_none() && self.activation.is_none()
    }

    /// The finish of the rows from `first` on.
    #[cfg(feature = "std")]
    fn past_rows(&self, first: usize, ldc: usize) -> Self {
        Finish {
            residual: self.residual.map(|r| &r[first * ldc..]),
            activation: self.activation,
        }
    }

    /// Applies it to `rows` rows of `columns` values of `c` from
    /// `offset`, row stride `ldc` (the residual read at the same places),
    /// at the kernel's width: one choice of code for the whole tile.
    pub(crate) fn apply(
        &self,
        c: &mut [f32],
        offset: usize,
        ldc: usize,
        rows: usize,
        columns: usize,
    ) {
        self.apply_to(&mut Out::new(c), offset, ldc, rows, columns);
    }

    /// [`Finish::apply`] through an [`Out`]: a share of a product split
    /// by columns applies it to its own columns only.
    fn apply_to(&self, c: &mut Out, offset: usize, ldc: usize, rows: usize, columns: usize) {
        #[cfg(target_arch = "x86_64")]
        {
            if crate::cpu::avx512() {
                // SAFETY: the CPU has AVX-512F.
                unsafe { self.apply_avx512(c, offset, ldc, rows, columns) };
                return;
            }
            if crate::cpu::avx2_fma() {
                // SAFETY: the CPU has AVX2 and FMA.
                unsafe { self.apply_avx2(c, offset, ldc, rows, columns) };
                return;
            }
        }
        self.apply_rows(c, offset, ldc, rows, columns);
    }

    /// [`Finish::apply_rows`] compiled for AVX-512.
    ///
    /// # Safety
    ///
    /// The CPU has AVX-512F.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx512f")]
    unsafe fn apply_avx512(
        &self,
        c: &mut Out,
        offset: usize,
        ldc: usize,
        rows: usize,
        columns: usize,
    ) {
        self.apply_rows(c, offset, ldc, rows, columns);
    }

    /// [`Finish::apply_rows`] compiled for AVX2 and FMA.
    ///
    /// # Safety
    ///
    /// The CPU has AVX2 and FMA.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,fma")]
    unsafe fn apply_avx2(
        &self,
        c: &mut Out,
        offset: usize,
        ldc: usize,
        rows: usize,
        columns: usize,
    ) {
        self.apply_rows(c, offset, ldc, rows, columns);
    }

    #[inline(always)]
    fn apply_rows(&self, c: &mut Out, offset: usize, ldc: usize, rows: usize, columns: usize) {
        for i in 0..rows {
            let at = offset + i * ldc;
            let row = c.row(at, columns);
            if let Some(residual) = self.residual {
                for (value, &add) in row.iter_mut().zip(&residual[at..at + columns]) {
                    *value += add;
                }
            }
            if let Some(activation) = self.activation {
                elementwise::activate_inline(activation, row);
            }
        }
    }
}

/// Multiply-accumulates a share must have for a product to be split:
/// about 5 µs of work, a few times what handing a share to a spinning
/// worker costs. (At 2 M, a product of 2 to 4 M stayed whole: on two
/// threads, MobileNetV2's 1x1x32 on 28x28x144 took 0.032 to 0.046 ms
/// where ONNX Runtime split it in 0.018; at 1 M, 0.021 to 0.032.) (With threads spawned for each product, 4 M made MobileNetV2
/// slower on two threads than on one, so the limit was 32 M; the pool
/// spawns nothing. Once the kernels finished in registers, 2 M against
/// 4 M, alternated 4 times on two threads: MobileNetV2 prepared, median
/// 3.11 against 3.84 ms; EfficientNet-B0 5.1 against 5.1.)
#[cfg(feature = "std")]
const WORK: usize = 1 << 20;

/// `c[i * ldc + j] = bias[j] + sum_k a[i][k] * b[k][j]` for `i < m`,
/// `j < n` (no bias: 0), with `a` from `rows`, `b` from `filters`, and
/// `scratch` at least the values `scratch_len` gives it (with no tile
/// when `rows` is a view), then `finish` applied.
#[allow(clippy::too_many_arguments)]
pub(crate) fn gemm(
    m: usize,
    n: usize,
    rows: &impl Rows,
    filters: &Panels,
    bias: Option<&[f32]>,
    c: &mut [f32],
    ldc: usize,
    scratch: &mut [f32],
    finish: &Finish,
) {
    if m == 0 || n == 0 {
        return;
    }
    let k = filters.depth().len();
    if k == 0 {
        // No depth (no input channels): the output is the bias.
        for row in c.chunks_mut(ldc).take(m) {
            match bias {
                Some(bias) => row[..n].copy_from_slice(&bias[..n]),
                None => row[..n].fill(0.0),
            }
        }
        finish.apply(c, 0, ldc, m, n);
        return;
    }
    #[cfg(feature = "std")]
    if let Some((shares, per)) = by_columns(m, n, k) {
        let all = Shared(c.as_mut_ptr(), c.len());
        let all = &all;
        crate::threads::run(shares, scratch.len(), scratch, &|share, space| {
            let first = share * per * NC;
            let last = n.min(first + per * NC);
            if first < last {
                // SAFETY: `c` stays mutably borrowed, unused, until `run`
                // returns; this share writes only columns `first..last`
                // (blocks of `NC` from a multiple of it: `rows_of` reaches
                // no other), which no other share writes.
                let mut out = unsafe { Out::from_raw(all.0, all.1) };
                let columns = first..last;
                rows_of(
                    0..m,
                    columns,
                    n,
                    rows,
                    filters,
                    bias,
                    &mut out,
                    ldc,
                    space,
                    finish,
                )
            }
        });
        return;
    }
    #[cfg(feature = "std")]
    if let Some(shares) = crate::threads::shares(m / MR, m * n * k, WORK) {
        // Whole row panels to each thread: rows of `C` are disjoint
        // slices, and each worker packs into space of its own.
        crate::threads::split_rows(
            c,
            ldc,
            m,
            MR,
            shares,
            scratch.len(),
            scratch,
            &|range, c, space| {
                let finish = finish.past_rows(range.start, ldc);
                rows_of(
                    range,
                    0..n,
                    n,
                    rows,
                    filters,
                    bias,
                    &mut Out::new(c),
                    ldc,
                    space,
                    &finish,
                )
            },
        );
        return;
    }
    rows_of(
        0..m,
        0..n,
        n,
        rows,
        filters,
        bias,
        &mut Out::new(c),
        ldc,
        scratch,
        finish,
    );
}

/// `C` shared by the shares of a split by columns.
#[cfg(feature = "std")]
struct Shared(*mut f32, usize);

// SAFETY: the shares write disjoint columns through it (`gemm`), and
// `C` stays borrowed until every share is done.
#[cfg(feature = "std")]
unsafe impl Sync for Shared {}

/// Into how many shares of whole blocks of `NC` filters, and how many
/// blocks each, to split a product with fewer output positions than
/// filters: split by rows, each thread streamed every filter (ResNet's
/// 7x7 layers: 9.4 MB of them for 49 rows, where two threads gained
/// 1.2 times); by columns each streams its own (ResNet-18 prepared on
/// two threads, three alternations: 10.7 to 9.7 ms). Not when the
/// filters divide unevenly (3 blocks on 2 threads, or 256 and 64).
#[cfg(feature = "std")]
fn by_columns(m: usize, n: usize, k: usize) -> Option<(usize, usize)> {
    let blocks = n.div_ceil(NC);
    if m >= n {
        return None;
    }
    let shares = crate::threads::shares(blocks, m * n * k, WORK)?;
    let per = blocks.div_ceil(shares);
    // The last share's columns, at least three quarters of the others'
    // (EfficientNet-B0's 320 filters are 256 and 64).
    let last = n.saturating_sub((shares - 1) * per * NC);
    (4 * last >= 3 * per * NC).then_some((shares, per))
}

/// `c = a b` on this thread, with `a` in memory and `b` packed already,
/// no bias and no finish: a product too small to split, or inside a
/// share (Winograd's, one per point of the transform and block of tiles).
pub(crate) fn ready(
    m: usize,
    n: usize,
    rows: &Matrix,
    filters: &Panels,
    c: &mut [f32],
    ldc: usize,
) {
    if m == 0 || n == 0 || filters.depth().len() == 0 {
        return;
    }
    let mut out = Out::new(c);
    rows_of(
        0..m,
        0..n,
        n,
        rows,
        filters,
        None,
        &mut out,
        ldc,
        &mut [],
        &Finish::NONE,
    );
}

/// Rows `range` and columns `columns` (from a multiple of `NC`) of the
/// product with `n` columns, `c` starting at the first of those rows.
#[allow(clippy::too_many_arguments)]
fn rows_of<R: Rows>(
    range: Range<usize>,
    columns: Range<usize>,
    n: usize,
    rows: &R,
    filters: &Panels,
    bias: Option<&[f32]>,
    c: &mut Out,
    ldc: usize,
    scratch: &mut [f32],
    finish: &Finish,
) {
    let depth = filters.depth();
    let k = depth.len();
    // Panels on a cache line: the kernel's loads of `B` never split one.
    let skip = scratch
        .as_ptr()
        .align_offset(64)
        .min(ALIGN)
        .min(scratch.len());
    let scratch = &mut scratch[skip..];
    let kc_max = k.min(KC);
    let nc_max = n.min(NC);
    let room = match filters {
        Panels::Pack(_) => kc_max * nc_max.div_ceil(NR) * NR,
        // Packed already: all the scratch is the tile's.
        Panels::Ready { .. } => 0,
    };
    let (packed, tile) = scratch.split_at_mut(room);
    // As many positions a tile as the scratch holds (`scratch_len` gives
    // at least `MR`, or every position), in whole row panels.
    let fit = if R::IN_PLACE {
        MC
    } else {
        (tile.len() / kc_max).min(MC)
    };
    let tile_rows = if fit >= MR { fit / MR * MR } else { fit.max(1) };
    // The kernel finishes the tile as it stores it, when it can.
    let in_registers = End::takes(finish.activation);
    for n0 in columns.clone().step_by(NC) {
        let nc = nc_max.min(columns.end - n0);
        let padded = nc.div_ceil(NR) * NR;
        for span in depth.spans() {
            let kc = span.len();
            let last = span.k0 + kc == k;
            let block: &[f32] = match filters {
                Panels::Pack(filters) => {
                    filters.pack(n0, nc, &span, packed);
                    packed
                }
                Panels::Ready { panels, .. } => &panels[n0 * k + span.k0 * padded..][..kc * padded],
            };
            let start = |columns: usize, panel: usize| match (span.k0, bias) {
                (0, Some(bias)) => Start::Bias(&bias[n0 + panel * NR..][..columns]),
                (0, None) => Start::Zero,
                _ => Start::Accumulate,
            };
            for m0 in range.clone().step_by(tile_rows) {
                let mc = tile_rows.min(range.end - m0);
                let (a, lda) = rows.rows(m0, mc, &span, tile);
                // Two panels a call: the AVX-512 kernel reads them
                // together, the others one after the other.
                for panel in (0..nc.div_ceil(NR)).step_by(2) {
                    let columns = WIDE.min(nc - panel * NR);
                    let b = &block[panel * kc * NR..][..kc * NR * columns.div_ceil(NR)];
                    let offset = (m0 - range.start) * ldc + n0 + panel * NR;
                    kernel::kernel(&mut Tile {
                        depth: kc,
                        a,
                        lda,
                        b,
                        c: c.past(offset),
                        ldc,
                        rows: mc,
                        columns,
                        start: start(columns, panel),
                        end: match (last, in_registers) {
                            (true, true) => End {
                                residual: finish.residual.map(|r| &r[offset..]),
                                activation: finish.activation,
                            },
                            (true, false) | (false, _) => End::STORE,
                        },
                    });
                }
                if last && !in_registers && !finish.is_none() {
                    // Once a tile, over all its columns: per pair of
                    // panels (32 columns) the call and the choice of code
                    // per row cost as much as a shallow product's tile on
                    // AVX-512 (MobileNetV2's 1x1 expansions, 16 to 32
                    // deep).
                    let offset = (m0 - range.start) * ldc + n0;
                    finish.apply_to(c, offset, ldc, mc, nc);
                }
            }
        }
    }
}
