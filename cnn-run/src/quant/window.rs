//! Shapes and sliding windows in TFLite's terms: NHWC activations and
//! TFLite's SAME/VALID padding (`tensorflow/lite/kernels/padding.h`).

/// An NHWC activation's sizes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Nhwc {
    /// Batches.
    pub n: usize,
    /// Rows.
    pub h: usize,
    /// Columns.
    pub w: usize,
    /// Channels.
    pub c: usize,
}

impl Nhwc {
    /// The sizes `[n, h, w, c]`.
    pub const fn new(n: usize, h: usize, w: usize, c: usize) -> Nhwc {
        Nhwc { n, h, w, c }
    }

    /// The number of values.
    pub const fn len(&self) -> usize {
        self.n * self.h * self.w * self.c
    }

    /// Whether there are no values.
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// TFLite's padding scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Padding {
    /// `ceil(in / stride)` outputs, padded as evenly as possible (the
    /// extra one after).
    Same,
    /// Only windows inside the input.
    Valid,
}

/// How a window slides over one spatial axis: TFLite's
/// `ComputePaddingHeightWidth` for that axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Axis {
    /// The number of outputs.
    pub out: usize,
    /// The padding before the first input (TFLite's `padding_values`).
    pub pad: usize,
}

/// The outputs and leading padding of a window of `filter` taps with
/// `stride` and `dilation` over `input` values, as TFLite computes them
/// (`ComputeOutSizeChecked`, `ComputePaddingWithOffsetChecked`).
pub fn axis(padding: Padding, input: usize, filter: usize, stride: usize, dilation: usize) -> Axis {
    let stride = stride.max(1);
    let effective = (filter.max(1) - 1) * dilation.max(1) + 1;
    let out = match padding {
        Padding::Same => input.div_ceil(stride),
        Padding::Valid => (input + stride).saturating_sub(effective) / stride,
    };
    let total = (out.saturating_sub(1) * stride + effective).saturating_sub(input);
    Axis {
        out,
        pad: total / 2,
    }
}

/// A convolution's or pooling's window over NHWC rows and columns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Window {
    /// Taps down.
    pub kh: usize,
    /// Taps across.
    pub kw: usize,
    /// Stride down.
    pub stride_h: usize,
    /// Stride across.
    pub stride_w: usize,
    /// Dilation down (1: adjacent taps).
    pub dilation_h: usize,
    /// Dilation across.
    pub dilation_w: usize,
    /// Padding above the first row.
    pub pad_top: usize,
    /// Padding left of the first column.
    pub pad_left: usize,
}

impl Window {
    /// The window of `kh x kw` taps with TFLite's `padding` over an input
    /// of `input_h x input_w`, and the output's rows and columns.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        padding: Padding,
        input_h: usize,
        input_w: usize,
        kh: usize,
        kw: usize,
        stride: [usize; 2],
        dilation: [usize; 2],
    ) -> (Window, [usize; 2]) {
        let rows = axis(padding, input_h, kh, stride[0], dilation[0]);
        let cols = axis(padding, input_w, kw, stride[1], dilation[1]);
        (
            Window {
                kh,
                kw,
                stride_h: stride[0].max(1),
                stride_w: stride[1].max(1),
                dilation_h: dilation[0].max(1),
                dilation_w: dilation[1].max(1),
                pad_top: rows.pad,
                pad_left: cols.pad,
            },
            [rows.out, cols.out],
        )
    }

    /// The first input row (or column) of output `o` along an axis, and
    /// the range of taps that fall inside `0..input`: `(origin, first,
    /// end)` with the origin possibly negative.
    #[inline(always)]
    pub(crate) fn taps(
        o: usize,
        stride: usize,
        pad: usize,
        dilation: usize,
        taps: usize,
        input: usize,
    ) -> (isize, usize, usize) {
        let origin = (o * stride) as isize - pad as isize;
        if dilation == 1 {
            // Adjacent taps: no division.
            let first = (-origin).clamp(0, taps as isize) as usize;
            let end = (input as isize - origin).clamp(0, taps as isize) as usize;
            return (origin, first.min(end), end);
        }
        let d = dilation as isize;
        // first tap with origin + t*d >= 0
        let first = if origin >= 0 {
            0
        } else {
            ((-origin + d - 1) / d) as usize
        };
        // taps with origin + t*d < input
        let room = input as isize - origin;
        let end = if room <= 0 {
            0
        } else {
            (((room + d - 1) / d) as usize).min(taps)
        };
        (origin, first.min(end), end)
    }
}

/// The outputs `lo..hi` along an axis whose whole window (`taps` taps,
/// `dilation` apart) lies inside the `input` values.
pub(crate) fn inside(
    out: usize,
    stride: usize,
    pad: usize,
    dilation: usize,
    taps: usize,
    input: usize,
) -> (usize, usize) {
    let stride = stride.max(1);
    let reach = taps.saturating_sub(1) * dilation;
    // o * stride - pad >= 0 and o * stride - pad + reach <= input - 1.
    let hi = if input + pad > reach {
        ((input - 1 + pad - reach) / stride + 1).min(out)
    } else {
        0
    };
    (pad.div_ceil(stride).min(hi), hi)
}
