//! im2col a tile at a time: the receptive fields of a block of output
//! positions, laid out as rows of `A` for the product ([`Rows`]).
//!
//! A row's `K` values are in tap-major order (`k = tap * inner + i`),
//! since channels-last data holds a tap's channels together: each tap is
//! one copy of `inner` values, and along the innermost axis that moves
//! (the run axis) consecutive taps of a dense window over every channel
//! are one copy of `taps * C` values (the 7x7 stem over RGB: 21 values
//! per copy instead of 3). Only the columns `k0..k0 + kc` of a row are
//! written, so a tile is `MC x KC` whatever the layer's depth.

use super::gemm::Rows;
use super::{coords, Grid, Slide};

/// The receptive fields of one group's `inner` input channels from
/// `first` on.
pub(crate) struct Im2col<'a> {
    slide: &'a Slide,
    from: &'a Grid,
    to: &'a Grid,
    x: &'a [f32],
    first: usize,
    inner: usize,
    /// The innermost axis that moves: every later one has size 1 and a
    /// window of 1, so along it positions are consecutive.
    run: usize,
}

impl<'a> Im2col<'a> {
    pub(crate) fn new(
        slide: &'a Slide,
        from: &'a Grid,
        to: &'a Grid,
        x: &'a [f32],
        first: usize,
        inner: usize,
    ) -> Self {
        let run = (0..3)
            .rev()
            .find(|&axis| from.dims[axis] > 1 || to.dims[axis] > 1 || slide.kernel[axis] > 1)
            .unwrap_or(0);
        Im2col {
            slide,
            from,
            to,
            x,
            first,
            inner,
            run,
        }
    }

    /// Columns `k0..k0 + out.len()` of the receptive field of output
    /// position `position`.
    fn row(&self, position: usize, k0: usize, out: &mut [f32]) {
        let slide = self.slide;
        let run = self.run;
        let at = coords(position, self.to.dims);
        let window = slide.kernel[run];
        let line = window * self.inner;
        let k1 = k0 + out.len();
        // Copies `values` (or zeros) to the columns `start..` they stand
        // for, clipped to `k0..k1`.
        let mut put = |start: usize, len: usize, values: Option<&[f32]>| {
            let (from, to) = (start.max(k0), (start + len).min(k1));
            if from >= to {
                return;
            }
            let target = &mut out[from - k0..to - k0];
            match values {
                Some(values) => target.copy_from_slice(&values[from - start..to - start]),
                None => target.fill(0.0),
            }
        };
        for index in k0 / line..k1.div_ceil(line) {
            let start = index * line;
            // The line's input coordinates on the other axes.
            let offsets = coords(index * window, slide.kernel);
            let mut source = [0; 3];
            let mut inside = true;
            for axis in (0..3).filter(|&axis| axis != run) {
                let reach = at[axis] * slide.stride[axis] + offsets[axis] * slide.dilation[axis];
                match reach.checked_sub(slide.before[axis]) {
                    Some(coord) if coord < self.from.dims[axis] => source[axis] = coord,
                    _ => inside = false,
                }
            }
            if !inside {
                put(start, line, None);
                continue;
            }
            // The taps along the run axis inside the input: `low..high`.
            let origin = at[run] * slide.stride[run];
            let (before, dilation, size) =
                (slide.before[run], slide.dilation[run], self.from.dims[run]);
            let low = before.saturating_sub(origin).div_ceil(dilation).min(window);
            let high = (size + before)
                .saturating_sub(origin)
                .div_ceil(dilation)
                .min(window)
                .max(low);
            put(start, low * self.inner, None);
            put(
                start + high * self.inner,
                (window - high) * self.inner,
                None,
            );
            if low == high {
                continue;
            }
            let channels = self.from.channels;
            source[run] = origin + low * dilation - before;
            let base = self.from.at(source);
            if dilation == 1 && self.inner == channels {
                let values = &self.x[base * channels..][..(high - low) * channels];
                put(start + low * self.inner, values.len(), Some(values));
            } else {
                for tap in low..high {
                    let at = base + (tap - low) * dilation;
                    let values = &self.x[at * channels + self.first..][..self.inner];
                    put(start + tap * self.inner, self.inner, Some(values));
                }
            }
        }
    }
}

impl Rows for Im2col<'_> {
    fn rows<'t>(
        &'t self,
        first: usize,
        count: usize,
        k0: usize,
        kc: usize,
        tile: &'t mut [f32],
    ) -> (&'t [f32], usize) {
        for (row, out) in tile.chunks_exact_mut(kc).take(count).enumerate() {
            self.row(first + row, k0, out);
        }
        (tile, kc)
    }
}
