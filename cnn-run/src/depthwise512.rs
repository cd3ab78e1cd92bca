//! The interior of a depthwise line on AVX-512: where every tap is inside
//! the input, four output positions at a time, so that eight chains of
//! fused multiply-adds are in flight (a block of 32 channels is two
//! registers). One position at a time, each chain waited on the last
//! tap's result: MobileNetV2's 3x3 layers ran at half ONNX Runtime's
//! speed. Fused, so its sums differ from the other widths' in the last
//! bits, as the products' do; the examples' tests against PyTorch hold it
//! to the same tolerance.

use core::arch::x86_64::{__m512, _mm512_fmadd_ps, _mm512_loadu_ps, _mm512_storeu_ps};

/// Positions a step of the loop.
const Q: usize = 4;

/// One block of `16 * P` channels of one line, over line positions
/// `range`, all of them interior.
pub(crate) struct Interior<'a, const P: usize> {
    /// The input, channels-last.
    pub(crate) x: &'a [f32],
    /// The output, channels-last.
    pub(crate) y: &'a mut [f32],
    /// Each tap's `16 * P` weights for the block, one tap after another.
    pub(crate) weights: &'a [f32],
    /// Where each tap reads at line position 0, plus `before * channels`
    /// (the padding not yet taken off).
    pub(crate) starts: &'a [usize],
    /// What the sums start from: the block's `16 * P` biases, or zeros.
    pub(crate) start: &'a [f32],
    /// Input values between one line position and the next
    /// (`stride * channels`), and the padding to take off
    /// (`before * channels`).
    pub(crate) step: usize,
    pub(crate) before: usize,
    /// Where line position 0 writes in `y` (its block's first channel),
    /// and the values between one position and the next.
    pub(crate) out: usize,
    pub(crate) channels: usize,
}

impl<const P: usize> Interior<'_, P> {
    /// Sums line positions `range`.
    ///
    /// # Safety
    ///
    /// The CPU has AVX-512F.
    ///
    /// # Panics
    ///
    /// If a read or write of `range` would leave `x` or `y`, or a tap
    /// would read before the input (the caller's interior is wrong).
    #[target_feature(enable = "avx512f")]
    pub(crate) unsafe fn run(&mut self, range: core::ops::Range<usize>) {
        let lanes = 16 * P;
        let taps = self.starts.len();
        if range.is_empty() || taps == 0 {
            return;
        }
        assert!(self.weights.len() >= taps * lanes && self.start.len() >= lanes);
        // The reads grow with the position: the first position's lowest
        // and the last one's highest bound them all.
        let (first, last) = (range.start, range.end - 1);
        for &start in self.starts {
            assert!(start + first * self.step >= self.before);
            assert!(start + last * self.step - self.before + lanes <= self.x.len());
        }
        assert!(self.out + last * self.channels + lanes <= self.y.len());
        let x = self.x.as_ptr();
        let y = self.y.as_mut_ptr();
        // SAFETY: `start` has `16 * P` values (asserted above).
        let bias: [__m512; P] =
            core::array::from_fn(|p| unsafe { _mm512_loadu_ps(self.start.as_ptr().add(16 * p)) });
        let mut index = range.start;
        if P == 2 && self.three_along_the_line() {
            // SAFETY: the CPU has AVX-512F (the caller's promise); the
            // reads and writes of `range` lie inside `x` and `y`
            // (asserted above).
            index = match self.step / self.channels {
                1 => unsafe { self.three::<1>(index..range.end) },
                _ => unsafe { self.three::<2>(index..range.end) },
            };
        }
        while index < range.end {
            let count = Q.min(range.end - index);
            let mut sums = [bias; Q];
            for (tap, &start) in self.starts.iter().enumerate() {
                // SAFETY: the weights hold `16 * P` values for each tap
                // (asserted above).
                let w: [__m512; P] = core::array::from_fn(|p| unsafe {
                    _mm512_loadu_ps(self.weights.as_ptr().add(tap * lanes + 16 * p))
                });
                let at = start + index * self.step - self.before;
                for (q, sum) in sums.iter_mut().enumerate() {
                    // Past `count`, the last position again: computed,
                    // never stored, and inside the asserted bounds.
                    let q = q.min(count - 1);
                    for (p, lanes) in sum.iter_mut().enumerate() {
                        // SAFETY: position `index + q` lies in `range`,
                        // whose reads lie inside `x` (asserted above).
                        let v = unsafe { _mm512_loadu_ps(x.add(at + q * self.step + 16 * p)) };
                        *lanes = _mm512_fmadd_ps(v, w[p], *lanes);
                    }
                }
            }
            for (q, sum) in sums.iter().enumerate().take(count) {
                for (p, &lanes) in sum.iter().enumerate() {
                    // SAFETY: position `index + q` lies in `range`, whose
                    // writes lie inside `y` (asserted above).
                    unsafe {
                        _mm512_storeu_ps(
                            y.add(self.out + (index + q) * self.channels + 16 * p),
                            lanes,
                        )
                    };
                }
            }
            index += count;
        }
    }

    /// Whether the taps are three rows of three neighbours along the line
    /// at stride 1 or 2 (MobileNetV2's 3x3 depthwise layers): at stride
    /// `s`, position `q` and tap `k` of a row read the same input as
    /// position `q + 1` and tap `k - s`.
    fn three_along_the_line(&self) -> bool {
        let (s, c) = (self.starts, self.channels);
        (self.step == c || self.step == 2 * c)
            && s.len() == 9
            && (0..3).all(|r| s[3 * r + 1] == s[3 * r] + c && s[3 * r + 2] == s[3 * r] + 2 * c)
    }

    /// Whole steps of [`Q`] positions from `range.start`, each input
    /// vector loaded once for the up to three positions that read it and
    /// the weights in registers for the whole line: a position at a time,
    /// each tap's two loads for two fused multiply-adds bound the loop
    /// (MobileNetV2's 17 depthwise steps, 0.95 ms to ONNX Runtime's
    /// 0.65). At stride `S` 2 (the four steps that halve the map) a
    /// row's twelve taps of four positions load nine columns, not twelve
    /// (112x112x96: 0.137 ms to 0.126). Each sum takes its taps in the
    /// same order, so the outputs are those of the loop in [`Self::run`]
    /// to the bit. Returns where it stopped.
    ///
    /// # Safety
    ///
    /// The CPU has AVX-512F; `P` is 2, there are nine taps, three
    /// neighbours a row, `step` is `S * channels`, and the reads and
    /// writes of `range` lie inside `x` and `y` (as [`Self::run`]
    /// asserts).
    #[target_feature(enable = "avx512f")]
    unsafe fn three<const S: usize>(&mut self, range: core::ops::Range<usize>) -> usize {
        const { assert!(Q == 4 && (S == 1 || S == 2)) };
        let x = self.x.as_ptr();
        let y = self.y.as_mut_ptr();
        // SAFETY: nine taps of 32 weights and 32 starting values (the
        // caller's promise, asserted by `run`).
        let w: [[__m512; 2]; 9] = core::array::from_fn(|tap| {
            core::array::from_fn(|p| unsafe {
                _mm512_loadu_ps(self.weights.as_ptr().add(tap * 32 + 16 * p))
            })
        });
        let bias: [__m512; 2] =
            core::array::from_fn(|p| unsafe { _mm512_loadu_ps(self.start.as_ptr().add(16 * p)) });
        let mut index = range.start;
        while index + Q <= range.end {
            let mut sums = [bias; Q];
            for row in 0..3 {
                let at = self.starts[3 * row] + index * self.step - self.before;
                // Input column `j` is tap `k` of position `(j - k) / S`.
                for j in 0..S * (Q - 1) + 3 {
                    // SAFETY: column `j` of this row is tap `j - S * q`
                    // of a position `index + q` in `range`, whose reads
                    // lie in `x`.
                    let v: [__m512; 2] = core::array::from_fn(|p| unsafe {
                        _mm512_loadu_ps(x.add(at + j * self.channels + 16 * p))
                    });
                    for k in 0..3 {
                        if j >= k && (j - k) % S == 0 && (j - k) / S < Q {
                            let sum = &mut sums[(j - k) / S];
                            for p in 0..2 {
                                sum[p] = _mm512_fmadd_ps(v[p], w[3 * row + k][p], sum[p]);
                            }
                        }
                    }
                }
            }
            for (q, sum) in sums.iter().enumerate() {
                for (p, &lanes) in sum.iter().enumerate() {
                    // SAFETY: position `index + q` lies in `range`, whose
                    // writes lie inside `y`.
                    unsafe {
                        _mm512_storeu_ps(
                            y.add(self.out + (index + q) * self.channels + 16 * p),
                            lanes,
                        )
                    };
                }
            }
            index += Q;
        }
        index
    }
}
