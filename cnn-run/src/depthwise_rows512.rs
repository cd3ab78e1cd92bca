//! A whole depthwise line on AVX-512 when its taps are rows of `K`
//! neighbours along the line (dilation 1 along it, stride 1 or 2): the
//! 3x3 and 5x5 layers of MobileNetV2 and EfficientNet-B0. A step takes
//! `Q` positions; each row's `K` weights sit in registers, and each input
//! column of the row is loaded once for every position that reads it
//! (tap `t` of position `q` reads column `S * q + t`). Columns outside
//! the input are skipped, so the edges of the line (and its first and
//! last lines, which have fewer rows) take the same code, and positions
//! past the line's end are summed from what is inside but not stored.
//! The activation is applied to the sums in registers before the store
//! (as a pass over each line afterwards, a first draft's EfficientNet-B0
//! depthwise steps went from 1.78 to 1.95 ms). A 3x3 window's nine taps
//! stay in registers for the whole line. Against the interior loop of
//! `depthwise512` with scalar edges and a pass for the activation:
//! EfficientNet-B0's 16 depthwise steps 1.83 to 1.23 ms on one thread,
//! MobileNetV2's 17 0.81 to 0.61.
//!
//! Every sum takes its taps in the order of the weight (row by row, each
//! row left to right), skipping those outside, as the direct loop does;
//! fused multiply-adds, so the last bits differ from the unfused widths'
//! (within the tolerance the examples' tests hold against PyTorch).

use crate::activate512::with_vector_form;
use crate::depthwise::{Layout, LineTaps, Lines, LANES, MAX_TAPS};
use cnn_core::Activation;
use core::arch::x86_64::{
    __m512, _mm512_fmadd_ps, _mm512_loadu_ps, _mm512_mask3_fmadd_ps, _mm512_setzero_ps,
    _mm512_storeu_ps,
};
use core::ops::Range;

/// Whether [`Rows`] takes a window of `k` taps along the line at
/// `stride` and `dilation`.
pub(crate) fn takes(k: usize, stride: usize, dilation: usize) -> bool {
    matches!(k, 3 | 5 | 7) && matches!(stride, 1 | 2) && dilation == 1
}

/// Whether [`Rows`] applies `activation` in registers (`activate512`'s
/// vector forms, the same the products' kernels take); the others run as
/// a pass over the line afterwards.
pub(crate) fn fuses(activation: Option<Activation>) -> bool {
    crate::gemm::End::takes(activation)
}

/// Positions a step: four measured faster than six and eight, on 3x3
/// and 5x5 alike (MobileNetV2's depthwise steps, 3x3 at eight and six:
/// 0.78 and 0.73 ms, at four 0.65; EfficientNet-B0's with 5x5 at eight
/// and six: 1.28 and 1.35 ms, at four 1.25).
const Q: usize = 4;

/// One output line, channels `blocks` (a multiple of 16 of them), in
/// blocks of 32 channels (two registers) and a last one of 16.
pub(crate) struct Rows<'a> {
    /// The input, channels-last.
    pub(crate) x: &'a [f32],
    /// The output, channels-last.
    pub(crate) y: &'a mut [f32],
    /// The weights: channel `c` of each row's first tap at
    /// `taps[row] + c - blocks.start`, its next tap's `tap` values on.
    pub(crate) weights: &'a [f32],
    pub(crate) taps: &'a [usize],
    pub(crate) tap: usize,
    /// Where each row reads input column 0, channel 0 in `x`: a row's
    /// column `c`, channel `h` is at `row + c * channels + h`.
    pub(crate) rows: &'a [usize],
    /// What the sums start from: a bias for each channel, or zeros.
    pub(crate) start: Option<&'a [f32]>,
    /// The input's columns along the line, and the padding before them.
    pub(crate) size: usize,
    pub(crate) before: usize,
    /// Values between one position and the next, in `x` and in `y`.
    pub(crate) channels: usize,
    /// Where line position 0, channel 0 writes in `y`, and the line's
    /// positions.
    pub(crate) out: usize,
    pub(crate) length: usize,
    /// The channels to sum.
    pub(crate) blocks: Range<usize>,
    /// Applied to the sums before the store; one [`fuses`] takes.
    pub(crate) activation: Option<Activation>,
}

/// The blocks of 32 and 16 channels of one line on the rows path
/// (`depthwise_rows512`), `rows` its window along the line, stride and
/// the activation for its store; returns the channel where it stopped.
/// The prepared form's weights are read where they lie, in one pass over
/// the channels; PyTorch's are gathered for each block of 32 (into
/// `gathered`), a tap's together.
#[allow(clippy::too_many_arguments)]
pub(crate) fn line(
    plan: &Lines,
    taps: &LineTaps,
    first: usize,
    (k, stride, activation): (usize, usize, Option<Activation>),
    gathered: &mut [[f32; LANES]; MAX_TAPS],
    kernel: &[f32],
    layout: Layout,
    biases: Option<&[f32]>,
    x: &[f32],
    y: &mut [f32],
) -> usize {
    let (channels, count) = (plan.from.channels, taps.count);
    let (filters, window) = (plan.to.channels, plan.slide.taps());
    // Each row's column 0 and its first tap: the taps of a line are
    // whole rows of `k` along it (`LineTaps` leaves out taps by the other
    // axes only).
    let rows_of = count / k;
    let mut rows = [0usize; MAX_TAPS];
    let mut firsts = [0usize; MAX_TAPS];
    for row in 0..rows_of {
        let base = taps.base[row * k];
        assert!((0..k).all(|t| taps.base[row * k + t] == base && taps.reach[row * k + t] == t));
        rows[row] = base * channels;
        firsts[row] = match layout {
            Layout::Taps => taps.tap[row * k] * filters,
            Layout::Filters => row * k * LANES,
        };
    }
    let end = channels / 16 * 16;
    let mut run = |weights: &[f32], tap: usize, blocks: Range<usize>| {
        let mut line = Rows {
            x,
            y: &mut *y,
            weights,
            taps: &firsts[..rows_of],
            tap,
            rows: &rows[..rows_of],
            start: biases,
            size: plan.from.dims[plan.run],
            before: plan.slide.before[plan.run],
            channels,
            out: first * channels,
            length: plan.length(),
            blocks,
            activation,
        };
        // SAFETY: `rows` is only given when the CPU has AVX-512F.
        unsafe { line.run(k, stride) };
    };
    match layout {
        Layout::Taps => run(kernel, filters, 0..end),
        Layout::Filters => {
            for block in (0..end).step_by(LANES) {
                let lanes = LANES.min(end - block);
                for (at, weights) in gathered.iter_mut().enumerate().take(count) {
                    for (lane, weight) in weights.iter_mut().enumerate().take(lanes) {
                        *weight = kernel[(block + lane) * window + taps.tap[at]];
                    }
                }
                run(
                    gathered[..count].as_flattened(),
                    LANES,
                    block..block + lanes,
                );
            }
        }
    }
    end
}

/// `body` for each `j` below `n` (at most 13: `S * (Q - 1) + K` of the
/// widest step, 2 * 3 + 7), each a copy of its own with `j` a constant.
macro_rules! columns {
    ($j:ident < $n:expr => $body:block) => {
        columns!(@ $j, $n, $body, 0 1 2 3 4 5 6 7 8 9 10 11 12)
    };
    (@ $j:ident, $n:expr, $body:block, $($k:literal)*) => {
        const { assert!($n <= 13) };
        $({
            let $j: usize = $k;
            if $j < $n $body
        })*
    };
}

impl Rows<'_> {
    /// Sums, activates and stores the whole line, for rows of `k` taps at
    /// `stride`.
    ///
    /// # Safety
    ///
    /// The CPU has AVX-512F.
    ///
    /// # Panics
    ///
    /// If [`takes`] or [`fuses`] refuse, the channels are not blocks of
    /// 16, or a row's columns, its weights or the line's outputs would
    /// leave `x`, `weights` or `y`.
    #[target_feature(enable = "avx512f")]
    pub(crate) unsafe fn run(&mut self, k: usize, stride: usize) {
        let blocks = self.blocks.clone();
        assert!(takes(k, stride, 1) && fuses(self.activation));
        assert!(blocks.len().is_multiple_of(16) && self.taps.len() == self.rows.len());
        if self.length == 0 || blocks.is_empty() {
            return;
        }
        // Every read and write grows with the channel: the last
        // channel's bound them all.
        if let Some(start) = self.start {
            assert!(blocks.end <= start.len());
        }
        for &first in self.taps {
            assert!(first + (k - 1) * self.tap + blocks.len() <= self.weights.len());
        }
        if self.size == 0 {
            // No column to read: every sum is its start.
            (self.rows, self.taps) = (&[], &[]);
        }
        for &row in self.rows {
            assert!(row + (self.size - 1) * self.channels + blocks.end <= self.x.len());
        }
        assert!(self.out + (self.length - 1) * self.channels + blocks.end <= self.y.len());
        // SAFETY (each arm): the CPU has AVX-512F (this function's
        // contract), and every read of a column inside the input, of the
        // weights, and every write of a position of the line was
        // asserted above.
        unsafe {
            match (k, stride) {
                (3, 1) => self.sweep::<3, 1>(),
                (3, 2) => self.sweep::<3, 2>(),
                (5, 1) => self.sweep::<5, 1>(),
                (5, 2) => self.sweep::<5, 2>(),
                (7, 1) => self.sweep::<7, 1>(),
                _ => self.sweep::<7, 2>(),
            }
        }
    }

    /// The channels in blocks of 32, then one of 16.
    ///
    /// # Safety
    ///
    /// As [`Self::run`] asserts: the CPU has AVX-512F, and the reads and
    /// writes of every channel of `blocks` lie inside.
    #[inline]
    #[target_feature(enable = "avx512f")]
    unsafe fn sweep<const K: usize, const S: usize>(&mut self) {
        let mut block = self.blocks.start;
        // SAFETY: the caller's promise.
        unsafe {
            while block + 32 <= self.blocks.end {
                self.block::<K, S, 2>(block);
                block += 32;
            }
            if block < self.blocks.end {
                self.block::<K, S, 1>(block);
            }
        }
    }

    /// The line in steps of `Q` positions, channels `block..` (`16 * P`
    /// of them), rows of `K` taps at stride `S`: the steps whose columns
    /// are all inside the input without a check, the others (the edges,
    /// and a last step past the input) with each column's taps masked
    /// off where it is outside.
    ///
    /// # Safety
    ///
    /// As [`Self::sweep`], for channels `block..block + 16 * P`.
    #[inline]
    #[target_feature(enable = "avx512f")]
    unsafe fn block<const K: usize, const S: usize, const P: usize>(&mut self, block: usize) {
        // SAFETY: `start` has the block's values (asserted by `run`).
        let bias: [__m512; P] = core::array::from_fn(|p| match self.start {
            Some(start) => unsafe { _mm512_loadu_ps(start.as_ptr().add(block + 16 * p)) },
            None => _mm512_setzero_ps(),
        });
        // A 3x3 window's nine taps stay in registers for the whole line
        // where all three rows are inside (not in the first and last
        // lines): 18 of 32 registers at 32 channels, beside 8 sums.
        // SAFETY (both): the caller's promise, and three rows.
        unsafe {
            if K == 3 && self.rows.len() == 3 {
                let weights = self
                    .weights
                    .as_ptr()
                    .wrapping_add(block - self.blocks.start);
                // SAFETY: each row's `K` taps of the block's weights lie
                // in `weights` (asserted by `run`).
                let w: [[[__m512; P]; K]; K] = core::array::from_fn(|r| {
                    core::array::from_fn(|t| {
                        core::array::from_fn(|p| {
                            _mm512_loadu_ps(weights.add(self.taps[r] + t * self.tap + 16 * p))
                        })
                    })
                });
                self.steps::<K, S, P, true>(bias, block, Some(&w));
            } else {
                self.steps::<K, S, P, false>(bias, block, None);
            }
        }
    }

    /// The line's steps, the rows' weights in `held` if `HELD`.
    ///
    /// # Safety
    ///
    /// As [`Self::block`]; with `HELD`, `held` holds the line's three
    /// rows' weights.
    #[inline(always)]
    unsafe fn steps<const K: usize, const S: usize, const P: usize, const HELD: bool>(
        &mut self,
        bias: [__m512; P],
        block: usize,
        held: Option<&[[[__m512; P]; K]; K]>,
    ) {
        let mut index = 0;
        while index < self.length {
            // The step's columns are input columns `origin - before ..`.
            let origin = index * S;
            let inside =
                origin >= self.before && origin - self.before + S * (Q - 1) + K <= self.size;
            // SAFETY: the caller's promise; `inside` says every column
            // of the step is inside the input.
            let sums = unsafe {
                if inside {
                    self.step::<K, S, P, false, HELD>(bias, block, origin, held)
                } else {
                    self.step::<K, S, P, true, HELD>(bias, block, origin, held)
                }
            };
            let count = Q.min(self.length - index);
            // SAFETY: positions `index..index + count` lie in the line,
            // whose writes lie in `y` (asserted by `run`).
            unsafe { self.store(&sums, block, index, count) };
            index += Q;
        }
    }

    /// The sums of the step whose column 0 is `origin` (before the
    /// padding is taken off), channels `block..`. Each column is loaded
    /// once, for every position that reads it: tap `t` of position `q` is
    /// column `S * q + t`. With `EDGE`, a column outside the input adds
    /// to no sum (its taps masked off, so the sums are those of skipping
    /// it; the load reads column 0 instead), without, every column must
    /// be inside.
    ///
    /// # Safety
    ///
    /// The CPU has AVX-512F; as [`Self::block`]'s, and without `EDGE`
    /// the step's columns lie inside the input.
    #[inline(always)]
    unsafe fn step<
        const K: usize,
        const S: usize,
        const P: usize,
        const EDGE: bool,
        const HELD: bool,
    >(
        &self,
        bias: [__m512; P],
        block: usize,
        origin: usize,
        held: Option<&[[[__m512; P]; K]; K]>,
    ) -> [[__m512; Q]; P] {
        let weights = self
            .weights
            .as_ptr()
            .wrapping_add(block - self.blocks.start);
        let mut sums: [[__m512; Q]; P] = core::array::from_fn(|p| [bias[p]; Q]);
        // SAFETY (both arms): the caller's promise.
        unsafe {
            if let (true, Some(held)) = (HELD, held) {
                for (&row, held) in self.rows.iter().zip(held) {
                    self.row::<K, S, P, EDGE>(&mut sums, block, row, held, origin);
                }
            } else {
                for (&row, &first) in self.rows.iter().zip(self.taps) {
                    // SAFETY: each row's `K` taps of the block's weights
                    // lie in `weights` (asserted by `run`).
                    let w: [[__m512; P]; K] = core::array::from_fn(|t| {
                        core::array::from_fn(|p| {
                            _mm512_loadu_ps(weights.add(first + t * self.tap + 16 * p))
                        })
                    });
                    self.row::<K, S, P, EDGE>(&mut sums, block, row, &w, origin);
                }
            }
        }
        sums
    }

    /// Adds one row's taps, weights `w`, to `sums`.
    ///
    /// # Safety
    ///
    /// As [`Self::step`].
    #[inline(always)]
    unsafe fn row<const K: usize, const S: usize, const P: usize, const EDGE: bool>(
        &self,
        sums: &mut [[__m512; Q]; P],
        block: usize,
        row: usize,
        w: &[[__m512; P]; K],
        origin: usize,
    ) {
        let (size, before, channels) = (self.size, self.before, self.channels);
        let x = self.x.as_ptr().wrapping_add(block);
        // Written out column by column (`columns!`): as a loop, the
        // compiler kept the sums on the stack.
        columns!(j < S * (Q - 1) + K => {
            let column = (origin + j).wrapping_sub(before);
            let (column, mask) = if EDGE {
                // Padding (or past the input) is read by no tap.
                let inside = column < size;
                (if inside { column } else { 0 }, if inside { 0xffff } else { 0 })
            } else {
                (column, 0xffff)
            };
            // SAFETY: column `column < size` of this row lies in `x`
            // (asserted by `run`).
            let v: [__m512; P] = core::array::from_fn(|p| unsafe {
                _mm512_loadu_ps(x.add(row + column * channels + 16 * p))
            });
            for (t, w) in w.iter().enumerate() {
                if j >= t && (j - t).is_multiple_of(S) && (j - t) / S < Q {
                    let q = (j - t) / S;
                    for p in 0..P {
                        // SAFETY: the CPU has AVX-512F (the caller's
                        // promise).
                        sums[p][q] = unsafe {
                            if EDGE {
                                _mm512_mask3_fmadd_ps(v[p], w[p], sums[p][q], mask)
                            } else {
                                _mm512_fmadd_ps(v[p], w[p], sums[p][q])
                            }
                        };
                    }
                }
            }
        });
    }

    /// Stores the first `count` of `sums`, positions `index..`, channels
    /// `block..`, through
    /// the activation: one arm per activation, each with it fixed.
    ///
    /// # Safety
    ///
    /// The CPU has AVX-512F; the positions lie in the line.
    #[inline(always)]
    unsafe fn store<const P: usize>(
        &mut self,
        sums: &[[__m512; Q]; P],
        block: usize,
        index: usize,
        count: usize,
    ) {
        // SAFETY (each arm): this function's contract.
        unsafe { with_vector_form!(self.activation, f => self.put(sums, block, index, count, f)) }
    }

    /// [`Self::store`] with the activation `end`.
    ///
    /// # Safety
    ///
    /// As [`Self::store`].
    #[inline(always)]
    unsafe fn put<const P: usize>(
        &mut self,
        sums: &[[__m512; Q]; P],
        block: usize,
        index: usize,
        count: usize,
        end: impl Fn(__m512) -> __m512,
    ) {
        let y = self.y.as_mut_ptr();
        for q in 0..count {
            for (p, sum) in sums.iter().enumerate() {
                let lanes = sum[q];
                // SAFETY: position `index + q` lies in the line, whose
                // writes lie in `y` (the caller's promise).
                unsafe {
                    _mm512_storeu_ps(
                        y.add(self.out + block + (index + q) * self.channels + 16 * p),
                        end(lanes),
                    )
                };
            }
        }
    }
}
