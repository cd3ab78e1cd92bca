//! im2col a tile at a time: the receptive fields of a block of output
//! positions, laid out as rows of `A` for the product ([`Rows`]).
//!
//! A row is written one span of the depth at a time (`gemm::Depth`:
//! channels times taps, tap-major inside the span), so a tile is
//! `MC x KC` whatever the layer's depth. Channels-last data holds a tap's
//! channels together: each tap of a span is one copy, and along the
//! innermost axis that moves (the run axis) consecutive taps over every
//! channel are one copy of `taps * C` values (the 7x7 stem over RGB: 21
//! values per copy instead of 3).

use super::gemm::{Rows, Span};
use super::{coords, Grid, Slide};

/// The receptive fields of one group's input channels, from `first` on
/// (as many as the spans ask for).
pub(crate) struct Im2col<'a> {
    slide: &'a Slide,
    from: &'a Grid,
    to: &'a Grid,
    x: &'a [f32],
    first: usize,
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
            run,
        }
    }

    /// The columns of `span` of the receptive field of output position
    /// `position`: each tap's `span.channels` channels in turn.
    fn row(&self, position: usize, span: &Span, out: &mut [f32]) {
        let (slide, run) = (self.slide, self.run);
        let at = coords(position, self.to.dims);
        if span.tap == 0
            && span.taps == slide.taps()
            && span.channels == self.from.channels
            && self.inside(at, out)
        {
            return;
        }
        let window = slide.kernel[run];
        let (width, channels) = (span.channels, self.from.channels);
        let first_channel = self.first + span.channel;
        let (begin, end) = (span.tap, span.tap + span.taps);
        // Along the run axis, tap `r` of a line reads input coordinate
        // `origin + r * dilation - before`.
        let origin = at[run] * slide.stride[run];
        let (before, dilation, size) =
            (slide.before[run], slide.dilation[run], self.from.dims[run]);
        for line in begin / window..end.div_ceil(window) {
            let line_tap = line * window;
            // This line's taps in the span, and where tap `r` goes.
            let (from, to) = (
                begin.max(line_tap) - line_tap,
                end.min(line_tap + window) - line_tap,
            );
            let place = |r: usize| (line_tap + r - begin) * width;
            let offsets = coords(line_tap, slide.kernel);
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
                out[place(from)..place(to)].fill(0.0);
                continue;
            }
            // The taps inside the input along the run axis: `low..high`.
            let low = before
                .saturating_sub(origin)
                .div_ceil(dilation)
                .clamp(from, to);
            let high = (size + before)
                .saturating_sub(origin)
                .div_ceil(dilation)
                .clamp(low, to);
            out[place(from)..place(low)].fill(0.0);
            out[place(high)..place(to)].fill(0.0);
            if low == high {
                continue;
            }
            let base = self.from.at(source) + origin + low * dilation - before;
            if dilation == 1 && width == channels {
                // Every channel of consecutive positions: one copy.
                out[place(low)..place(high)]
                    .copy_from_slice(&self.x[base * channels..][..(high - low) * channels]);
            } else {
                for tap in low..high {
                    let at = (base + (tap - low) * dilation) * channels + first_channel;
                    out[place(tap)..][..width].copy_from_slice(&self.x[at..][..width]);
                }
            }
        }
    }
}

impl Im2col<'_> {
    /// The whole receptive field of output position `at`, every channel,
    /// into `out` if the window lies inside the input and its taps are
    /// consecutive along the run axis: each line of the window one copy,
    /// with none of [`Im2col::row`]'s clipping (per line, that cost
    /// several times the copy of LeNet's and ResNet's stems' 15 and 21
    /// values). `false`, writing nothing, otherwise.
    fn inside(&self, at: [usize; 3], out: &mut [f32]) -> bool {
        let (slide, run, from) = (self.slide, self.run, self.from);
        if slide.dilation[run] != 1 {
            return false;
        }
        let mut corner = [0; 3];
        for axis in 0..3 {
            let Some(start) = (at[axis] * slide.stride[axis]).checked_sub(slide.before[axis])
            else {
                return false;
            };
            if start + (slide.kernel[axis] - 1) * slide.dilation[axis] >= from.dims[axis] {
                return false;
            }
            corner[axis] = start;
        }
        let channels = from.channels;
        let len = slide.kernel[run] * channels;
        // Every axis but the run axis steps over its taps; the run axis
        // is one copy (the axes after it have a window of 1).
        let steps = |axis: usize| if axis == run { 1 } else { slide.kernel[axis] };
        let mut lines = out.chunks_exact_mut(len);
        for k0 in 0..steps(0) {
            for k1 in 0..steps(1) {
                for k2 in 0..steps(2) {
                    let source = from.at([
                        corner[0] + k0 * slide.dilation[0],
                        corner[1] + k1 * slide.dilation[1],
                        corner[2] + k2 * slide.dilation[2],
                    ]);
                    if let Some(line) = lines.next() {
                        line.copy_from_slice(&self.x[source * channels..][..len]);
                    }
                }
            }
        }
        true
    }
}

impl Rows for Im2col<'_> {
    const IN_PLACE: bool = false;

    fn rows<'t>(
        &'t self,
        first: usize,
        count: usize,
        span: &Span,
        tile: &'t mut [f32],
    ) -> (&'t [f32], usize) {
        let kc = span.len();
        for (row, out) in tile.chunks_exact_mut(kc).take(count).enumerate() {
            self.row(first + row, span, out);
        }
        (tile, kc)
    }
}
