//! What `from_tflite` keeps for each step of the int8 program: the
//! kernel's parameters, computed once, and the weights borrowed in place.

use crate::quant;

/// A layer's weights and biases, borrowed from the model's bytes, and
/// where its multipliers are in the per-channel table.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Weighted<'a> {
    /// The filter, in TFLite's layout.
    pub filter: &'a [i8],
    /// The bias, little-endian `i32`s at any alignment.
    pub bias: Option<&'a [u8]>,
    /// Its first multiplier in the table; it has one per output channel
    /// (or one for all: a `Dense` entry's `per_tensor`).
    pub first: usize,
}

/// One step's entry.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Entry<'a> {
    /// The values as they are: an activation TFLite fused into the
    /// operator before (copied where the plan puts it apart).
    Same,
    /// A copy: an input of a `CONCATENATION` (of the same quantisation
    /// as its output, as TFLM's int8 kernel needs), or the input as the
    /// output.
    Copy,
    /// `CONV_2D`, its filter `[out, kh, kw, in / groups]` (the window's
    /// taps and the output's channels: not kept apart, as no filter shape
    /// is, every byte of an entry counting on a microcontroller).
    Conv {
        params: quant::conv::Params,
        weighted: Weighted<'a>,
    },
    /// `DEPTHWISE_CONV_2D`, its filter `[1, kh, kw, out]`.
    Depthwise {
        params: quant::conv::Params,
        weighted: Weighted<'a>,
    },
    /// `FULLY_CONNECTED`, then a `SOFTMAX` for `softmax N`.
    Dense {
        params: quant::fully_connected::Params,
        weighted: Weighted<'a>,
        softmax: Option<quant::softmax::Params>,
        /// One multiplier for all outputs (weights quantised per tensor,
        /// TFLM's own rounding of it).
        per_tensor: bool,
    },
    /// `MAX_POOL_2D`.
    MaxPool(quant::pool::Params),
    /// `AVERAGE_POOL_2D`.
    AvgPool(quant::pool::Params),
    /// `SOFTMAX`.
    Softmax(quant::softmax::Params),
    /// `TRANSPOSE_CONV`, its filter `[out, kh, kw, in]`.
    TransposeConv {
        params: quant::conv::Params,
        weighted: Weighted<'a>,
    },
    /// `MEAN` over rows and columns (`gap`).
    Mean(quant::mean::Params),
    /// `PAD` with the output's zero point, `before` each NHWC axis.
    Pad { before: [usize; 4], value: i8 },
    /// `ADD`; `swapped` when TFLite's first input is the step's `b`.
    Add {
        params: quant::add::Params,
        swapped: bool,
    },
    /// `MUL`; `swapped` when TFLite's first input is the step's gate.
    Mul {
        params: quant::mul::Params,
        swapped: bool,
    },
    /// `RELU`.
    Relu(quant::relu::Relu),
    /// `RELU6`.
    Relu6(quant::relu::Relu6),
    /// `LEAKY_RELU`.
    LeakyRelu(quant::relu::LeakyRelu),
    /// `LOGISTIC`.
    Logistic(quant::logistic::Params),
    /// `TANH`.
    Tanh(quant::logistic::Params),
    /// `HARD_SWISH`.
    HardSwish(quant::hardswish::Params),
    /// `RESIZE_NEAREST_NEIGHBOR` or (`bilinear`) `RESIZE_BILINEAR`.
    Resize {
        params: quant::resize::Params,
        bilinear: bool,
    },
}
