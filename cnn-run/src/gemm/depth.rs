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

use cnn_core::KC;

/// The depth of one group: `inner` channels times `taps` taps.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Depth {
    inner: usize,
    taps: usize,
    /// Channels per span, when every span holds all the taps.
    block: usize,
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
        Depth { inner, taps, block }
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
    /// a span is one channel and `KC` of its taps.
    pub(crate) fn spans(&self) -> impl Iterator<Item = Span> + '_ {
        let wide = self.taps > KC;
        let per_channel = if wide { self.taps.div_ceil(KC) } else { 1 };
        let channel_steps = if wide {
            self.inner
        } else {
            self.inner.div_ceil(self.block)
        };
        (0..channel_steps).flat_map(move |step| {
            (0..per_channel).map(move |part| {
                if wide {
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
