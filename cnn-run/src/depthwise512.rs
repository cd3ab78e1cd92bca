//! The interior of a depthwise line on AVX-512: where every tap is inside
//! the input, four output positions at a time, so that eight chains of
//! fused multiply-adds are in flight (a block of 32 channels is two
//! registers). One position at a time, each chain waited on the last
//! tap's result: MobileNetV2's 3x3 layers ran at half ONNX Runtime's
//! speed. Fused, so its sums differ from the other widths' in the last
//! bits, as the products' do; the examples' tests against PyTorch hold it
//! to the same tolerance. Lines whose taps are rows of 3, 5 or 7
//! neighbours (no dilation along the line) take `depthwise_rows512`
//! instead, edges and all; this loop takes the others (dilation, other
//! window lengths, strides past 2).

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
}
