//! How a convolution's depth (`K`: its input channels times its taps) is
//! ordered and cut into blocks.
//!
//! PyTorch's weight holds a filter as `[channel][tap]`; channels-last
//! data holds a tap's channels together. The order here meets both a
//! block at a time: the depth is cut into spans of whole channel groups
//! (as many channels as fit `KC` with every tap), and inside a span the
//! order is tap-major (`(tap - first tap) * channels + channel`). So
//! im2col copies each tap's channels of a span as one run, and packing
//! reads each filter's part of a span as one contiguous stretch of the
//! weight, once (a tap-major order over the whole depth would read every
//! line of a 3x3 weight nine times, once per tap).
//!
//! Filters packed once (`run::prepare`) take the other order when a
//! span would cut the channels ([`Depth::tap_major`]): tap-major over
//! the whole depth, a span being whole taps of every channel (or of a
//! block of `KC` channels), so im2col copies runs of 32 to 256 channels,
//! not 28, and a line's consecutive taps over every channel as one run.

use cnn_core::KC;

/// The fewest channels for which [`Depth::tap_major`] orders the depth by
/// taps: fewer make short runs either way.
const TAP_MAJOR: usize = 32;

/// The depth of one group: `inner` channels times `taps` taps.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Depth {
    inner: usize,
    taps: usize,
    /// Channels per span, when every span holds all the taps.
    block: usize,
    /// Spans of whole taps of `block` channels, tap-major over the whole
    /// depth ([`Depth::tap_major`]).
    by_taps: bool,
}

/// One block of the depth: channels `channel..channel + channels` times
/// taps `tap..tap + taps`, at `k0` in the order.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Span {
    pub(crate) k0: usize,
    pub(crate) channel: usize,
    pub(crate) channels: usize,
    pub(crate) tap: usize,
    pub(crate) taps: usize,
}

impl Span {
    /// Its depth: at most `KC`.
    pub(crate) fn len(&self) -> usize {
        self.channels * self.taps
    }
}

impl Depth {
    pub(crate) fn new(inner: usize, taps: usize) -> Depth {
        let block = if inner * taps <= KC {
            inner
        } else {
            (KC / taps).max(1)
        };
        Depth {
            inner,
            taps,
            block,
            by_taps: false,
        }
    }

    /// The order of filters packed once: as [`Depth::new`] when every
    /// tap of every channel fits one span, or the channels are fewer than
    /// [`TAP_MAJOR`]; else tap-major over the whole depth, each span
    /// whole taps of every channel, as many as fit `KC` evened out over
    /// the spans (one tap of `KC` channels when more channels than
    /// that). Packing then reads each filter's values
    /// `taps` apart, once, at `prepare`; im2col copies whole runs of
    /// channels. (The 3x3 convolutions of 128 to 512 channels had spans
    /// of 28 channels: 9 copies of 112 bytes a position and span.)
    pub(crate) fn tap_major(inner: usize, taps: usize) -> Depth {
        if inner * taps <= KC || taps > KC || inner < TAP_MAJOR {
            return Depth::new(inner, taps);
        }
        Depth {
            inner,
            taps,
            block: inner.min(KC),
            by_taps: true,
        }
    }

    /// The taps of the window.
    pub(crate) fn taps(&self) -> usize {
        self.taps
    }

    /// `inner * taps`.
    pub(crate) fn len(&self) -> usize {
        self.inner * self.taps
    }

    /// The spans in order. With more taps than `KC` (a window over 16x16)
    /// a span is one channel and `KC` of its taps; by taps, a step is
    /// `per_span` taps and a part a block of channels.
    pub(crate) fn spans(&self) -> impl Iterator<Item = Span> + '_ {
        let by_taps = self.by_taps;
        // As many taps as fit, evened out over the spans (64 channels
        // over 9 taps: 3, 3, 3, not 4, 4, 1).
        let fit = (KC / self.inner).max(1);
        let per_span = self.taps.div_ceil(self.taps.div_ceil(fit));
        let wide = self.taps > KC && !by_taps;
        let (steps, parts) = if by_taps {
            (
                self.taps.div_ceil(per_span),
                self.inner.div_ceil(self.block),
            )
        } else if wide {
            (self.inner, self.taps.div_ceil(KC))
        } else {
            (self.inner.div_ceil(self.block), 1)
        };
        (0..steps).flat_map(move |step| {
            (0..parts).map(move |part| {
                if by_taps {
                    let (tap, channel) = (step * per_span, part * self.block);
                    let taps = per_span.min(self.taps - tap);
                    Span {
                        k0: tap * self.inner + channel * taps,
                        channel,
                        channels: self.block.min(self.inner - channel),
                        tap,
                        taps,
                    }
                } else if wide {
                    let tap = part * KC;
                    Span {
                        k0: step * self.taps + tap,
                        channel: step,
                        channels: 1,
                        tap,
                        taps: KC.min(self.taps - tap),
                    }
                } else {
                    let channel = step * self.block;
                    Span {
                        k0: channel * self.taps,
                        channel,
                        channels: self.block.min(self.inner - channel),
                        tap: 0,
                        taps: self.taps,
                    }
                }
            })
        })
    }
}
