//! Packing the filters: a block of PyTorch's `[N][inner][taps]` weight
//! into panels of `NR` filters, one row of `NR` values per step of depth,
//! in the order of [`Depth`].
//!
//! It is a transpose (each filter's stretch of the weight becomes one
//! column of a panel), done once per block of every product, so on a
//! layer with few positions it costs as much as the product itself
//! (ResNet-18's last 3x3 convolution: 49 positions against 2.4 M weights).
//! Full panels go through 8x8 AVX2 transposes where the CPU has them.

use super::depth::{Depth, Span};
use cnn_core::{NC, NR};

/// The filters as `B`: PyTorch's weight `[N][inner][taps]`, its depth in
/// the order of [`Depth`].
pub(crate) struct Filters<'a> {
    pub(crate) weights: &'a [f32],
    pub(crate) depth: Depth,
}

impl Filters<'_> {
    /// Packs every block of the product, as `Panels::Ready` reads them:
    /// per block of `NC` filters, per span in order, the block's panels
    /// (`n0 * depth + span.k0 * padded`). `packed` holds the filters
    /// padded to a multiple of `NR` times the depth.
    pub(crate) fn pack_all(&self, filters: usize, packed: &mut [f32]) {
        let depth = self.depth.len();
        for n0 in (0..filters).step_by(NC) {
            let nc = NC.min(filters - n0);
            let padded = nc.div_ceil(NR) * NR;
            for span in self.depth.spans() {
                let block = &mut packed[n0 * depth + span.k0 * padded..][..span.len() * padded];
                self.pack(n0, nc, &span, block);
            }
        }
    }

    /// Packs columns `n0..n0 + nc` of `span` into panels of `NR` columns,
    /// each `span.len() x NR` row-major, the columns past `nc` zero.
    pub(crate) fn pack(&self, n0: usize, nc: usize, span: &Span, packed: &mut [f32]) {
        let (depth, window, kc) = (self.depth.len(), self.depth.taps(), span.len());
        for (panel, out) in packed
            .chunks_exact_mut(kc * NR)
            .take(nc.div_ceil(NR))
            .enumerate()
        {
            let columns = NR.min(nc - panel * NR);
            // Each filter's part of the span is one stretch of its row:
            // `channels` runs of `taps` values, `window` apart.
            let stretches: [&[f32]; NR] = core::array::from_fn(|lane| {
                let filter = n0 + panel * NR + lane.min(columns - 1);
                let start = filter * depth + span.channel * window + span.tap;
                &self.weights[start..][..(span.channels - 1) * window + span.taps]
            });
            #[cfg(target_arch = "x86_64")]
            if columns == NR && span.taps == window && crate::cpu::avx2_fma() {
                // SAFETY: the CPU has AVX2; the lengths are checked inside.
                unsafe { avx2::panel(&stretches, span.channels, window, out) };
                continue;
            }
            // One row of the panel at a time: the writes are contiguous
            // and each filter is read in order.
            for channel in 0..span.channels {
                for tap in 0..span.taps {
                    let row = &mut out[(tap * span.channels + channel) * NR..][..NR];
                    for (lane, value) in row.iter_mut().enumerate() {
                        *value = stretches[lane][channel * window + tap];
                    }
                    row[columns..].fill(0.0);
                }
            }
        }
    }
}

#[cfg(target_arch = "x86_64")]
mod avx2 {
    use core::arch::x86_64::{
        __m256, _mm256_loadu_ps, _mm256_permute2f128_ps, _mm256_shuffle_ps, _mm256_storeu_ps,
        _mm256_unpackhi_ps, _mm256_unpacklo_ps, _mm_prefetch, _MM_HINT_T0,
    };

    use super::NR;

    /// A full panel of a span that holds every tap of its `channels`
    /// channels: each stretch is `channels * taps` values, value `i` of a
    /// stretch being channel `i / taps`, tap `i % taps`, which goes to row
    /// `tap * channels + channel`.
    ///
    /// # Safety
    ///
    /// The CPU has AVX2.
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn panel(
        stretches: &[&[f32]; NR],
        channels: usize,
        taps: usize,
        out: &mut [f32],
    ) {
        let len = channels * taps;
        assert!(stretches.iter().all(|s| s.len() >= len) && out.len() >= len * NR);
        let row_of = |i: usize| (i % taps) * channels + i / taps;
        let mut i = 0;
        while i + 8 <= len {
            if i % 16 == 0 {
                // Sixteen short streams are more than the hardware
                // prefetcher follows: ask for each one's line after next.
                for stretch in stretches {
                    // A hint that never faults: an address past the stretch
                    // (hence `wrapping_add`) is fine.
                    _mm_prefetch::<_MM_HINT_T0>(stretch.as_ptr().wrapping_add(i + 32).cast());
                }
            }
            let low_rows = core::array::from_fn(|lane| stretches[lane][i..].as_ptr());
            let high_rows = core::array::from_fn(|lane| stretches[8 + lane][i..].as_ptr());
            // SAFETY: every stretch has at least `len` values (asserted
            // above) and `i + 8 <= len`, so each pointer has eight to read;
            // the CPU has AVX2 (this function's contract).
            let (low, high) = unsafe { (transpose(low_rows), transpose(high_rows)) };
            for k in 0..8 {
                let row = out[row_of(i + k) * NR..].as_mut_ptr();
                // SAFETY: `row_of` is below `len`, so the row's `NR` = 16
                // values end by `len * NR <= out.len()` (asserted above):
                // unaligned stores inside `out`, which we borrow mutably.
                unsafe {
                    _mm256_storeu_ps(row, low[k]);
                    _mm256_storeu_ps(row.add(8), high[k]);
                }
            }
            i += 8;
        }
        for i in i..len {
            let row = &mut out[row_of(i) * NR..][..NR];
            for (lane, value) in row.iter_mut().enumerate() {
                *value = stretches[lane][i];
            }
        }
    }

    /// Eight values from each of eight rows, as eight vectors of one
    /// value of every row.
    ///
    /// # Safety
    ///
    /// Each pointer has eight values to read; the CPU has AVX2.
    #[target_feature(enable = "avx2")]
    unsafe fn transpose(rows: [*const f32; 8]) -> [__m256; 8] {
        // SAFETY: each pointer has eight values to read (this function's
        // contract): unaligned loads.
        let r: [__m256; 8] = core::array::from_fn(|j| unsafe { _mm256_loadu_ps(rows[j]) });
        let t0 = _mm256_unpacklo_ps(r[0], r[1]);
        let t1 = _mm256_unpackhi_ps(r[0], r[1]);
        let t2 = _mm256_unpacklo_ps(r[2], r[3]);
        let t3 = _mm256_unpackhi_ps(r[2], r[3]);
        let t4 = _mm256_unpacklo_ps(r[4], r[5]);
        let t5 = _mm256_unpackhi_ps(r[4], r[5]);
        let t6 = _mm256_unpacklo_ps(r[6], r[7]);
        let t7 = _mm256_unpackhi_ps(r[6], r[7]);
        let u0 = _mm256_shuffle_ps(t0, t2, 0x44);
        let u1 = _mm256_shuffle_ps(t0, t2, 0xee);
        let u2 = _mm256_shuffle_ps(t1, t3, 0x44);
        let u3 = _mm256_shuffle_ps(t1, t3, 0xee);
        let u4 = _mm256_shuffle_ps(t4, t6, 0x44);
        let u5 = _mm256_shuffle_ps(t4, t6, 0xee);
        let u6 = _mm256_shuffle_ps(t5, t7, 0x44);
        let u7 = _mm256_shuffle_ps(t5, t7, 0xee);
        [
            _mm256_permute2f128_ps(u0, u4, 0x20),
            _mm256_permute2f128_ps(u1, u5, 0x20),
            _mm256_permute2f128_ps(u2, u6, 0x20),
            _mm256_permute2f128_ps(u3, u7, 0x20),
            _mm256_permute2f128_ps(u0, u4, 0x31),
            _mm256_permute2f128_ps(u1, u5, 0x31),
            _mm256_permute2f128_ps(u2, u6, 0x31),
            _mm256_permute2f128_ps(u3, u7, 0x31),
        ]
    }
}
