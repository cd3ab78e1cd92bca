//! A whole depthwise line on AVX-512 when its taps are rows of `K`
//! neighbours along the line (dilation 1 along it, stride 1 or 2): the
//! 3x3 and 5x5 layers of MobileNetV2 and EfficientNet-B0. A step takes
//! `Q` positions; each row's `K` weights sit in registers, and each input
//! column of the row is loaded once for every position that reads it
//! (tap `t` of position `q` reads column `S * q + t`). Columns outside
//! the input are skipped, so the edges of the line (and its first and
//! last lines, which have fewer rows) take the same code, and positions
//! past the line's end are summed from what is inside but not stored.
//! The activation is applied to the sums in registers before the store.
//!
//! Every sum takes its taps in the order of the weight (row by row, each
//! row left to right), skipping those outside, as the direct loop does;
//! fused multiply-adds, so the last bits differ from the unfused widths'
//! (within the tolerance the examples' tests hold against PyTorch).

use crate::activate512::{hard_sigmoid, hard_swish, relu, relu6, sigmoid, silu};
use cnn_core::Activation;
use core::arch::x86_64::{
    __m512, _mm512_fmadd_ps, _mm512_loadu_ps, _mm512_mask3_fmadd_ps, _mm512_storeu_ps,
};

/// Whether [`Rows`] takes a window of `k` taps along the line at
/// `stride` and `dilation`.
pub(crate) fn takes(k: usize, stride: usize, dilation: usize) -> bool {
    matches!(k, 3 | 5 | 7) && matches!(stride, 1 | 2) && dilation == 1
}

/// Whether [`Rows`] applies `activation` in registers (`activate512`'s
/// vector forms); the others run as a pass over the line afterwards.
pub(crate) fn fuses(activation: Option<Activation>) -> bool {
    match activation {
        None
        | Some(
            Activation::Relu
            | Activation::Relu6
            | Activation::Silu
            | Activation::Sigmoid
            | Activation::HardSigmoid
            | Activation::HardSwish,
        ) => true,
        Some(
            Activation::LeakyRelu
            | Activation::Elu
            | Activation::Gelu
            | Activation::GeluTanh
            | Activation::Tanh
            | Activation::Softmax
            | Activation::LogSoftmax,
        ) => false,
    }
}

/// Positions a step: four measured faster than six and eight, on 3x3
/// and 5x5 alike (MobileNetV2's depthwise steps, 3x3 at eight and six:
/// 0.78 and 0.73 ms, at four 0.65; EfficientNet-B0's with 5x5 at eight
/// and six: 1.28 and 1.35 ms, at four 1.25).
const Q: usize = 4;

/// One block of `16 * P` channels of one output line.
pub(crate) struct Rows<'a, const P: usize> {
    /// The input, channels-last.
    pub(crate) x: &'a [f32],
    /// The output, channels-last.
    pub(crate) y: &'a mut [f32],
    /// The weights: each row's first tap's `16 * P` for the block at
    /// `taps[row]`, its next tap's `tap` values on.
    pub(crate) weights: &'a [f32],
    pub(crate) taps: &'a [usize],
    pub(crate) tap: usize,
    /// Where each row reads input column 0 in `x` (the block's first
    /// channel): a row's column `c` is at `row + c * channels`.
    pub(crate) rows: &'a [usize],
    /// What the sums start from: the block's biases, or zeros.
    pub(crate) start: &'a [f32],
    /// The input's columns along the line, and the padding before them.
    pub(crate) size: usize,
    pub(crate) before: usize,
    /// Values between one position and the next, in `x` and in `y`.
    pub(crate) channels: usize,
    /// Where line position 0 writes in `y`, and the line's positions.
    pub(crate) out: usize,
    pub(crate) length: usize,
    /// Applied to the sums before the store; one [`fuses`] takes.
    pub(crate) activation: Option<Activation>,
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

impl<const P: usize> Rows<'_, P> {
    /// Sums, activates and stores the whole line, for rows of `k` taps at
    /// `stride`.
    ///
    /// # Safety
    ///
    /// The CPU has AVX-512F.
    ///
    /// # Panics
    ///
    /// If [`takes`] or [`fuses`] refuse, or a row's columns or the line's
    /// outputs would leave `x` or `y`.
    #[target_feature(enable = "avx512f")]
    pub(crate) unsafe fn run(&mut self, k: usize, stride: usize) {
        let lanes = 16 * P;
        assert!(takes(k, stride, 1) && fuses(self.activation));
        assert!(self.taps.len() == self.rows.len() && self.start.len() >= lanes);
        for &first in self.taps {
            assert!(first + (k - 1) * self.tap + lanes <= self.weights.len());
        }
        if self.length == 0 {
            return;
        }
        if self.size == 0 {
            // No column to read: every sum is its start.
            (self.rows, self.taps) = (&[], &[]);
        }
        for &row in self.rows {
            assert!(row + (self.size - 1) * self.channels + lanes <= self.x.len());
        }
        assert!(self.out + (self.length - 1) * self.channels + lanes <= self.y.len());
        // SAFETY (each arm): the CPU has AVX-512F (this function's
        // contract), and every read of a column inside the input and
        // every write of a position of the line was asserted above.
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

    /// The line in steps of `Q` positions, rows of `K` taps at stride
    /// `S`: the steps whose columns are all inside the input without a
    /// check, the others (the edges, and a last step past the input)
    /// with each column's taps masked off where it is outside.
    ///
    /// # Safety
    ///
    /// The CPU has AVX-512F; as [`Self::run`] asserts, every row's
    /// columns `0..size` and the line's positions lie inside `x` and `y`,
    /// and the weights and starting values are there.
    #[inline]
    #[target_feature(enable = "avx512f")]
    unsafe fn sweep<const K: usize, const S: usize>(&mut self) {
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
                    self.step::<K, S, false>(origin)
                } else {
                    self.step::<K, S, true>(origin)
                }
            };
            let count = Q.min(self.length - index);
            // SAFETY: positions `index..index + count` lie in the line,
            // whose writes lie in `y` (asserted by `run`).
            unsafe { self.store(&sums, index, count) };
            index += Q;
        }
    }

    /// The sums of the step whose column 0 is `origin` (before the
    /// padding is taken off). Each column is loaded once, for every
    /// position that reads it: tap `t` of position `q` is column
    /// `S * q + t`. With `EDGE`, a column outside the input adds to no
    /// sum (its taps masked off, so the sums are those of skipping it;
    /// the load reads column 0 instead), without, every column must be
    /// inside.
    ///
    /// # Safety
    ///
    /// The CPU has AVX-512F; as [`Self::sweep`]'s, and without `EDGE`
    /// the step's columns lie inside the input.
    #[inline(always)]
    unsafe fn step<const K: usize, const S: usize, const EDGE: bool>(
        &self,
        origin: usize,
    ) -> [[__m512; Q]; P] {
        let x = self.x.as_ptr();
        let (size, before, channels, tap) = (self.size, self.before, self.channels, self.tap);
        // SAFETY: `start` has `16 * P` values (asserted by `run`).
        let bias: [__m512; P] =
            core::array::from_fn(|p| unsafe { _mm512_loadu_ps(self.start.as_ptr().add(16 * p)) });
        let mut sums: [[__m512; Q]; P] = core::array::from_fn(|p| [bias[p]; Q]);
        for (&row, &first) in self.rows.iter().zip(self.taps) {
            // SAFETY: each row's `K` taps of `16 * P` weights lie in
            // `weights` (asserted by `run`).
            let w: [[__m512; P]; K] = core::array::from_fn(|t| {
                core::array::from_fn(|p| unsafe {
                    _mm512_loadu_ps(self.weights.as_ptr().add(first + t * tap + 16 * p))
                })
            });
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
        sums
    }

    /// Stores the first `count` of `sums`, positions `index..`, through
    /// the activation: one arm per activation, each with it fixed.
    ///
    /// # Safety
    ///
    /// The CPU has AVX-512F; the positions lie in the line.
    #[inline(always)]
    unsafe fn store(&mut self, sums: &[[__m512; Q]; P], index: usize, count: usize) {
        // SAFETY (each arm): this function's contract.
        unsafe {
            match self.activation {
                Some(Activation::Relu) => self.put(sums, index, count, |v| relu(v)),
                Some(Activation::Relu6) => self.put(sums, index, count, |v| relu6(v)),
                Some(Activation::Silu) => self.put(sums, index, count, |v| silu(v)),
                Some(Activation::Sigmoid) => self.put(sums, index, count, |v| sigmoid(v)),
                Some(Activation::HardSigmoid) => self.put(sums, index, count, |v| hard_sigmoid(v)),
                Some(Activation::HardSwish) => self.put(sums, index, count, |v| hard_swish(v)),
                // `run` lets none of these in.
                None
                | Some(
                    Activation::LeakyRelu
                    | Activation::Elu
                    | Activation::Gelu
                    | Activation::GeluTanh
                    | Activation::Tanh
                    | Activation::Softmax
                    | Activation::LogSoftmax,
                ) => self.put(sums, index, count, |v| v),
            }
        }
    }

    /// [`Self::store`] with the activation `end`.
    ///
    /// # Safety
    ///
    /// As [`Self::store`].
    #[inline(always)]
    unsafe fn put(
        &mut self,
        sums: &[[__m512; Q]; P],
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
                        y.add(self.out + (index + q) * self.channels + 16 * p),
                        end(lanes),
                    )
                };
            }
        }
    }
}
