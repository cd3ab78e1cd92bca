//! int8 kernels with TensorFlow Lite Micro's arithmetic, bit for bit.
//!
//! Each kernel ports TFLM's reference kernel (the `reference_ops` and
//! `reference_integer_ops` TFLM runs, built without
//! `TFLITE_SINGLE_ROUNDING`, so every requantisation rounds twice:
//! gemmlowp's rounding doubling high multiply, then a rounding shift), and
//! each operator's parameters come from a plain-data `Params` whose
//! constructor is the operator's Prepare in TFLM, from the same float
//! scales and zero points with the same `f32`/`f64` arithmetic. Nothing
//! allocates; a kernel writes only its output; lengths are checked once
//! on entry (a mismatch panics: the caller has checked the model).
//!
//! # Layouts
//!
//! TFLite's: activations NHWC ([`Nhwc`]), convolution filters OHWI
//! (`[out, kh, kw, in / groups]`), depthwise filters `[1, kh, kw, c *
//! multiplier]`, fully connected weights `[out, in]`. A bias is the
//! tensor's bytes as stored, little-endian `i32`s at any alignment
//! (`Option<&[u8]>`, `None` when absent). Per-channel multipliers are a
//! slice of [`Requant`], one per output channel (or a single one for
//! all), from [`per_channel`] (or [`fully_connected::per_tensor`] for a
//! per-tensor fully connected layer, which TFLM computes in `f32`).
//!
//! # The operators
//!
//! | TFLite operator | parameters | kernel |
//! |---|---|---|
//! | CONV_2D | [`conv::Params`], [`per_channel`] | [`conv::conv`] |
//! | DEPTHWISE_CONV_2D | [`conv::Params`], [`per_channel`] | [`depthwise::depthwise`] |
//! | TRANSPOSE_CONV | [`conv::Params`], [`per_channel`] | [`transpose_conv::transpose_conv`] |
//! | FULLY_CONNECTED | [`fully_connected::Params`] | [`fully_connected::fully_connected`] |
//! | AVERAGE_POOL_2D, MAX_POOL_2D | [`pool::Params`] | [`pool::average`], [`pool::max`] |
//! | ADD | [`add::Params`] | [`add::add`], [`add::add_broadcast`] |
//! | MUL | [`mul::Params`] | [`mul::mul`], [`mul::mul_broadcast`] |
//! | MEAN | [`mean::Params`] | [`mean::mean`] |
//! | PAD, PADV2 | the pad value | [`pad::pad`] |
//! | CONCATENATION | none (one quantisation) | [`concat::concat`] |
//! | SOFTMAX | [`softmax::Params`] | [`softmax::softmax`] |
//! | LOGISTIC, TANH | [`logistic::Params`] | [`logistic::logistic`], [`logistic::tanh`] |
//! | RELU, RELU6, LEAKY_RELU | [`relu::Relu`], [`relu::Relu6`], [`relu::LeakyRelu`] | [`relu::relu`], [`relu::relu6`], [`relu::leaky_relu`] |
//! | HARD_SWISH | [`hardswish::Params`] | [`hardswish::hardswish`] |
//! | RESIZE_NEAREST_NEIGHBOR, RESIZE_BILINEAR | [`resize::Params`] | [`resize::nearest`], [`resize::bilinear`] |
//!
//! RESHAPE moves no bytes. A fused activation is a [`Range`] from
//! [`activation_range`] (TFLite's `CalculateActivationRangeQuantized`).
//! Windows (padding SAME or VALID, strides, dilations) are a [`Window`]
//! from [`Window::new`], TFLite's `ComputePaddingHeightWidth`.
//!
//! # Speed
//!
//! Written for a Cortex-M4 in portable Rust: inner loops run over
//! contiguous slices without bounds checks, and integer sums are
//! reordered where that is exact. A convolution window wholly inside the
//! input adds `input_offset * sum(filter)` once (with the bias) instead
//! of `input_offset` per tap; 1x1 stride-1 convolutions (MobileNet's
//! pointwise layers) run as products of rows, two filters per pass; a
//! depthwise channel's taps are a small table (unrolled for 3x3) walked
//! over each row's inside windows, and only the border takes TFLM's loop
//! as written. Nothing here uses the DSP extension (`SMLAD`) yet.
//!
//! ```
//! use cnn_run::quant::{self, conv, Fused, Nhwc, Padding, Requant, Window};
//! // A 1x1 convolution of two channels into one, input zero point -1.
//! let (window, [oh, ow]) = Window::new(Padding::Valid, 1, 2, 1, 1, [1, 1], [1, 1]);
//! let p = conv::Params::new(window, -1, 0.5, 0, Fused::None);
//! let mut requant = [Requant::default()];
//! // input scale 0.5, filter scale 1, output scale 0.5: multiplier 1.
//! quant::per_channel(0.5, &[1.0], 0.5, &mut requant);
//! let bias = 10i32.to_le_bytes();
//! let mut y = [0i8; 2];
//! conv::conv(&p, &[1, 2, 3, 4], Nhwc::new(1, 1, 2, 2), &[2, 3], [1, 1, 1, 2],
//!     Some(&bias), &requant, &mut y, Nhwc::new(1, oh, ow, 1));
//! // 2 * (1 + 1) + 3 * (2 + 1) + 10 = 23, 2 * 4 + 3 * 5 + 10 = 33
//! assert_eq!(y, [23, 33]);
//! ```

pub mod add;
mod broadcast;
pub mod concat;
pub mod conv;
pub mod depthwise;
pub mod fixed;
pub mod fully_connected;
pub mod hardswish;
pub mod logistic;
pub mod mean;
pub mod mul;
pub mod pad;
pub mod pool;
pub mod relu;
mod requant;
pub mod resize;
pub mod softmax;
pub mod transpose_conv;
mod window;

pub use requant::{
    activation_range, bias_at, input_radius, multiply_by_quantized_multiplier,
    multiply_by_quantized_multiplier_greater_than_one, per_channel, requant, Channels, Compact,
    Fused, Range, Requant,
};
pub use window::{axis, Axis, Nhwc, Padding, Window};
