//! The runtime of the `cnn!` macro's networks: the weight types, the
//! safetensors reader, the numeric kernels, the forward pass that runs a
//! plan's program, and the threads of the convolutions' products. `no_std`;
//! compiled for the user's target only, never for the macro, which writes
//! the program (`cnn_core::program`) this crate runs.
//!
//! Users reach it through the `cnn` facade: `cnn::run` (its `run` feature)
//! and `cnn::weights`.
//!
//! # Features
//!
//! - `alloc`: weights on the heap (`safetensors::boxed`,
//!   `weights::zeroed_box`), with the `alloc` crate's `Box`.
//! - `std`: threads for the convolutions' products (`set_threads`).
//!
//! # One layer
//!
//! [`layer`] runs one [`LayerSpec`] on a channels-last input (the DSL's
//! `HxWxC` order, flattened: `x[((h * W) + w) * C + c]`, and likewise for
//! `L x C` and `D x H x W x C`). Its parameters come flat in the order of
//! the layer's [`Layout`](cnn_core::Layout), which is PyTorch's `state_dict`
//! order: a convolution's weight `[out][in / groups][k...]` then its bias,
//! batch norm's weight, bias, running mean and running variance, and so
//! on. Nothing allocates and nothing panics on bad input: every length is
//! checked and a mismatch is a [`RunError`].
//!
//! ```
//! use cnn_core::{Kind, LayerSpec, Shape};
//! use cnn_run as run;
//! // A 1x1 convolution of two channels into one: y = 2*x0 + 3*x1 + 1.
//! const CONV: LayerSpec = LayerSpec::new(Kind::Conv).window(1, 1).count(1);
//! const INPUT: Shape = Shape::spatial(1, 2, 2);
//! let x = [1.0, 10.0, 2.0, 20.0]; // two positions, two channels each
//! let weights = [2.0, 3.0, 1.0]; // weight [1][2][1][1], then bias [1]
//! let mut y = [0.0; 2];
//! // Sized at compile time: the packing space of the product.
//! let mut scratch = [0.0; run::scratch_len(&CONV, INPUT)];
//! run::layer(&CONV, INPUT, &x, &weights, &mut y, &mut scratch).unwrap();
//! assert_eq!(y, [33.0, 65.0]);
//! ```
//!
//! # Conventions where the language meets PyTorch
//!
//! - `flatten` writes its vector in PyTorch's flatten order (C, H, W), so
//!   that every layer after it (a `fc`, a `batchnorm` on the vector) takes
//!   PyTorch's weights as they are. A `fc` (or `softmax N`) straight after
//!   a spatial input reads its weight's columns in that same (C, H, W)
//!   order against the channels-last input: column `c * positions + p`
//!   multiplies `x[p * C + c]`.
//! - `pad same` pads as TensorFlow does: `ceil(I / S)` outputs, the total
//!   padding `max((O - 1) * S + D * (K - 1) + 1 - I, 0)` split with the
//!   extra one at the end. Average pooling with `pad same` divides by the
//!   values inside the input, as TensorFlow's does; with explicit padding
//!   it counts the padded zeros, as PyTorch's `count_include_pad=True`.
//!   Max pooling pads with -inf either way.
//! - `layernorm` uses PyTorch's `nn.LayerNorm` default eps, 1e-5
//!   (torchvision's `LayerNorm2d` in ConvNeXt is built with 1e-6: the
//!   difference is below the tolerance of any test here, but a loader of
//!   such a model can say so later); batch norm and group norm use 1e-5.
//! - `grn` uses timm's `GlobalResponseNorm` eps, 1e-6.
//! - `leakyrelu` has slope 0.01 unless `slope A` is written, and `elu`
//!   alpha 1, PyTorch's defaults.
//! - `dropout` is the identity, as in eval mode.
//!
//! # int8
//!
//! [`quant`] holds the int8 kernels of TFLite models, with TensorFlow Lite
//! Micro's arithmetic bit for bit, each operator's parameters computed
//! from its float scales as TFLM's Prepare does.
//!
//! # The GEMM
//!
//! A convolution is a blocked matrix product over many output positions
//! at once (the `gemm` module: our own blocking and an AVX2/FMA
//! micro-kernel chosen at run time, since no maintained crate packs into
//! caller-given space without `alloc`). A 1x1 stride-1 convolution reads
//! its channels-last input in place; a `k x k` one gathers its receptive
//! fields (im2col) a tile of positions at a time into `scratch`; a
//! depthwise one is a direct loop vectorised over channels that needs no
//! scratch. [`scratch_len`] says how much each needs, so that the memory
//! plan can place it in the arena.

#![no_std]
#![deny(missing_docs, unsafe_op_in_unsafe_fn)]

#[cfg(feature = "alloc")]
extern crate alloc;
// Unit tests use `std` (vectors, threads) whatever the features, so
// `cargo test -p cnn-run --lib` runs without `--features std`.
#[cfg(any(feature = "std", test))]
extern crate std;

#[cfg(target_arch = "x86_64")]
mod activate512;
mod arena;
mod arrays;
mod blur;
mod conv;
mod cpu;
mod dense;
mod depthwise;
#[cfg(target_arch = "x86_64")]
mod depthwise512;
#[cfg(target_arch = "x86_64")]
mod depthwise_rows512;
mod elementwise;
mod error;
use elementwise::by_positions;
mod forward;
mod gemm;
mod im2col;
pub mod int8;
mod mix;
mod norm;
mod pool;
mod prepared;
pub mod quant;
mod resample;
pub mod safetensors;
mod standardise;
mod stem;
#[cfg(target_arch = "x86_64")]
mod stem512;
#[cfg(feature = "std")]
mod threads;
pub mod weights;
mod winograd;
#[cfg(target_arch = "x86_64")]
mod winograd512;

pub use arena::Arena;
pub use arrays::{forward_array, forward_prepared_array, prepare_array};
pub use cnn_core::scratch_len;
use cnn_core::{Activation, Kind, LayerSpec, Resolved, Shape, Storage};
#[doc(hidden)]
pub use cpu::force_kernel;
pub use cpu::{kernel, Kernel};
pub(crate) use error::{exactly, size};
pub use error::{Buffer, RunError};
#[doc(hidden)]
pub use forward::forward_prepared_each;
pub use forward::{forward, forward_prepared};
pub use prepared::{prepare, Prepared};
#[cfg(feature = "std")]
pub use threads::{set_threads, threads};

/// A channels-last activation: its spatial sizes (1 past the rank) and
/// channels, as `usize`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Grid {
    pub(crate) dims: [usize; 3],
    pub(crate) channels: usize,
}

impl Grid {
    fn of(shape: Shape) -> Result<Grid, RunError> {
        let axes = shape.axes();
        Ok(Grid {
            dims: [size(axes[0])?, size(axes[1])?, size(axes[2])?],
            channels: size(shape.channels())?,
        })
    }

    /// The number of positions (1 for a vector).
    pub(crate) fn positions(&self) -> usize {
        self.dims[0] * self.dims[1] * self.dims[2]
    }

    /// The position at `coords`.
    pub(crate) fn at(&self, coords: [usize; 3]) -> usize {
        (coords[0] * self.dims[1] + coords[1]) * self.dims[2] + coords[2]
    }
}

/// The coordinates of the `index`-th position of a grid of `dims`.
pub(crate) fn coords(index: usize, dims: [usize; 3]) -> [usize; 3] {
    [
        index / (dims[1] * dims[2]),
        (index / dims[2]) % dims[1],
        index % dims[2],
    ]
}

/// A window as it slides over an input grid: per axis, the padding
/// before the first input value, in `usize`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Slide {
    pub(crate) kernel: [usize; 3],
    pub(crate) stride: [usize; 3],
    pub(crate) dilation: [usize; 3],
    pub(crate) before: [usize; 3],
    /// Padding after the last input value (the end of PyTorch's padded
    /// input; with `ceil` a window may reach past it).
    pub(crate) after: [usize; 3],
    /// `pad same`: TensorFlow's padding, which average pooling does not
    /// count.
    pub(crate) same: bool,
}

impl Slide {
    /// The window of `axes` from `input` to `output` (whose sizes decide
    /// `pad same`'s padding).
    fn new(axes: &Resolved, input: &Grid, output: &Grid) -> Result<Slide, RunError> {
        let mut slide = Slide {
            kernel: [1; 3],
            stride: [1; 3],
            dilation: [1; 3],
            before: [0; 3],
            after: [0; 3],
            same: axes.padding.is_none(),
        };
        for axis in 0..3 {
            slide.kernel[axis] = size(axes.window[axis])?;
            slide.stride[axis] = size(axes.stride[axis])?;
            slide.dilation[axis] = size(axes.dilation[axis])?;
            match axes.padding {
                Some(padding) => {
                    slide.before[axis] = size(padding[axis])?;
                    slide.after[axis] = slide.before[axis];
                }
                None => {
                    let extent = slide.dilation[axis] * (slide.kernel[axis] - 1) + 1;
                    let reach = (output.dims[axis] - 1) * slide.stride[axis] + extent;
                    let total = reach.saturating_sub(input.dims[axis]);
                    slide.before[axis] = total / 2;
                    slide.after[axis] = total - total / 2;
                }
            }
        }
        Ok(slide)
    }

    /// The number of kernel taps.
    pub(crate) fn taps(&self) -> usize {
        self.kernel[0] * self.kernel[1] * self.kernel[2]
    }

    /// The input coordinate of tap `tap` (per axis) of the window at output
    /// `out`, `None` outside the input (in the padding).
    pub(crate) fn source(&self, out: [usize; 3], tap: [usize; 3], input: &Grid) -> Option<usize> {
        let mut at = [0; 3];
        for axis in 0..3 {
            let reach = out[axis] * self.stride[axis] + tap[axis] * self.dilation[axis];
            let coord = reach.checked_sub(self.before[axis])?;
            if coord >= input.dims[axis] {
                return None;
            }
            at[axis] = coord;
        }
        Some(input.at(at))
    }
}

/// A transposed convolution's window. Its `pad same` is TensorFlow's
/// `conv2d_transpose` (the gradient of a `same` convolution from `I * S`
/// values back to `I`): `max(D * (K - 1) + 1 - S, 0)` in all, half of it
/// (rounded down) before.
fn transposed_slide(
    spec: &LayerSpec,
    input: Shape,
    from: &Grid,
    to: &Grid,
) -> Result<Slide, RunError> {
    let axes = spec.on_axes(input).map_err(RunError::Layer)?;
    let mut slide = Slide::new(&axes, from, to)?;
    if slide.same {
        for axis in 0..3 {
            let extent = slide.dilation[axis] * (slide.kernel[axis] - 1) + 1;
            let total = extent.saturating_sub(slide.stride[axis]);
            slide.before[axis] = total / 2;
            slide.after[axis] = total - total / 2;
        }
    }
    Ok(slide)
}

/// Runs one layer: `y` gets what `spec` computes from `x` (of shape
/// `input`, channels last) with the parameters `weights`, flat in the
/// order of the layer's [`Layout`](cnn_core::Layout).
///
/// `x` must hold `input.elements()` values, `y` the output's, `weights`
/// the layer's parameters and running statistics, and `scratch` at least
/// [`scratch_len`] values. A [`Kind::Block`] is an error: the forward pass
/// runs its contents.
pub fn layer(
    spec: &LayerSpec,
    input: Shape,
    x: &[f32],
    weights: &[f32],
    y: &mut [f32],
    scratch: &mut [f32],
) -> Result<(), RunError> {
    if spec.kind.block().is_some() {
        return Err(RunError::Block);
    }
    let step = spec.apply(input).map_err(RunError::Layer)?;
    let from = Grid::of(input)?;
    let to = Grid::of(step.output)?;
    let input_len = size(input.elements().ok_or(RunError::TooLarge)?)?;
    let output_len = size(step.output.elements().ok_or(RunError::TooLarge)?)?;
    let params = step
        .params
        .checked_add(step.non_trainable_params)
        .ok_or(RunError::TooLarge)?;
    exactly(Buffer::Input, input_len, x.len())?;
    exactly(Buffer::Output, output_len, y.len())?;
    exactly(Buffer::Weights, size(params)?, weights.len())?;
    let needed = scratch_len(spec, input);
    if scratch.len() < needed {
        return Err(RunError::Length {
            buffer: Buffer::Scratch,
            expected: needed,
            found: scratch.len(),
        });
    }
    let scratch = &mut scratch[..needed];
    let windowed = || -> Result<Slide, RunError> {
        let axes = spec.on_axes(input).map_err(RunError::Layer)?;
        Slide::new(&axes, &from, &to)
    };
    match spec.kind {
        Kind::Input
        | Kind::Dropout
        | Kind::Activation(_)
        | Kind::PRelu
        | Kind::Scale
        | Kind::BatchNorm
        | Kind::LayerNorm
        | Kind::GroupNorm
        | Kind::Grn
        | Kind::Eca
        | Kind::Affine
        | Kind::Times
        | Kind::Gain => {
            y.copy_from_slice(x);
            in_place(spec, &from, y, weights, scratch)?;
        }
        Kind::Conv if spec.standardise.is_on() => {
            let filters = to.channels;
            let fan_in = size(step.params)? / filters - usize::from(spec.bias);
            let fan_in = fan_in - spec.standardise.gains(1) as usize;
            let (standardised, scratch) =
                scratch.split_at_mut(standardise::len(spec, filters, fan_in));
            standardise::weights(spec, weights, filters, fan_in, standardised);
            conv::conv(
                &windowed()?,
                &from,
                &to,
                size(spec.groups)?,
                spec.bias,
                x,
                standardised,
                y,
                scratch,
            )
        }
        Kind::Conv => conv::conv(
            &windowed()?,
            &from,
            &to,
            size(spec.groups)?,
            spec.bias,
            x,
            weights,
            y,
            scratch,
        ),
        // Depthwise: one group per input channel, `multiplier` filters each.
        Kind::DepthwiseConv => conv::conv(
            &windowed()?,
            &from,
            &to,
            from.channels,
            spec.bias,
            x,
            weights,
            y,
            scratch,
        ),
        Kind::SeparableConv => conv::separable(
            &windowed()?,
            &from,
            &to,
            size(spec.multiplier)?,
            spec.bias,
            x,
            weights,
            y,
            scratch,
        ),
        Kind::ConvTranspose => conv::transposed(
            &transposed_slide(spec, input, &from, &to)?,
            &from,
            &to,
            size(spec.groups)?,
            spec.bias,
            x,
            weights,
            y,
        ),
        Kind::MaxPool => pool::max(&windowed()?, &from, &to, x, y),
        Kind::BlurPool => blur::blur(&windowed()?, &from, &to, x, weights, y),
        Kind::AvgPool => pool::average(&windowed()?, &from, &to, x, y),
        Kind::GlobalAvgPool => pool::global_average(&from, x, y),
        Kind::GlobalMaxPool => pool::global_max(&from, x, y),
        Kind::ContextPool => pool::context(&from, x, weights, y, scratch),
        Kind::AdaptiveAvgPool => pool::adaptive(&from, &to, x, y),
        Kind::Flatten => resample::flatten(&from, x, y),
        Kind::Dense => dense::dense(&from, to.channels, spec.bias, x, weights, y),
        Kind::Softmax => {
            dense::dense(&from, to.channels, spec.bias, x, weights, y);
            let units = y.len();
            elementwise::softmax(y, units);
        }
        Kind::ZeroPad => {
            let axes = spec.on_axes(input).map_err(RunError::Layer)?;
            let mut before = [0; 3];
            for (pad, &written) in before.iter_mut().zip(axes.window.iter()) {
                *pad = size(written)?;
            }
            // Past the rank the "padding" is the neutral window of 1.
            for pad in before.iter_mut().skip(axes.rank) {
                *pad = 0;
            }
            resample::zero_pad(&from, &to, before, x, y);
        }
        Kind::Upsample => {
            let axes = spec.on_axes(input).map_err(RunError::Layer)?;
            resample::interpolate(&from, &to, Some(axes.window), spec.bilinear, x, y);
        }
        Kind::Resize => resample::interpolate(&from, &to, None, spec.bilinear, x, y),
        Kind::Shuffle => resample::shuffle(&from, size(spec.count)?, x, y),
        Kind::SpaceToDepth => {
            resample::space_to_depth(&from, &to, input.rank(), size(spec.count)?, x, y)
        }
        // `apply` has checked that the channels are in the input.
        Kind::Slice => resample::slice(&from, size(spec.slice_start())?, size(spec.count)?, x, y),
        Kind::Block(_) | Kind::From => return Err(RunError::Block),
    }
    Ok(())
}

/// Runs a layer that may overwrite its input ([`Storage::InPlace`] or
/// [`Storage::Passes`]) on `values`, of shape `input`, in place, with
/// `scratch` of at least [`scratch_len`] values; for any other layer,
/// [`RunError::NotInPlace`].
pub fn layer_in_place(
    spec: &LayerSpec,
    input: Shape,
    values: &mut [f32],
    weights: &[f32],
    scratch: &mut [f32],
) -> Result<(), RunError> {
    if spec.storage(input) == Storage::Apart {
        return Err(RunError::NotInPlace);
    }
    let step = spec.apply(input).map_err(RunError::Layer)?;
    let input_len = size(input.elements().ok_or(RunError::TooLarge)?)?;
    let params = step
        .params
        .checked_add(step.non_trainable_params)
        .ok_or(RunError::TooLarge)?;
    exactly(Buffer::Input, input_len, values.len())?;
    exactly(Buffer::Weights, size(params)?, weights.len())?;
    let needed = scratch_len(spec, input);
    if scratch.len() < needed {
        return Err(RunError::Length {
            buffer: Buffer::Scratch,
            expected: needed,
            found: scratch.len(),
        });
    }
    in_place(spec, &Grid::of(input)?, values, weights, scratch)
}

/// The kernels that write over their input.
fn in_place(
    spec: &LayerSpec,
    from: &Grid,
    values: &mut [f32],
    weights: &[f32],
    scratch: &mut [f32],
) -> Result<(), RunError> {
    match spec.kind {
        Kind::Input | Kind::Dropout => {}
        // One position: its channels are already in (C, H, W) order.
        Kind::Flatten if from.positions() == 1 => {}
        // Passes over each position on its own: split across threads
        // when large (`by_positions`).
        // A `slope` of its own (TResNet's 1e-3); the default, 0.01, with
        // the other activations.
        Kind::Activation(Activation::LeakyRelu) if spec.eps.is_written() => {
            let slope = spec.eps.value_or(0.01);
            by_positions(from.channels, values, &|values| {
                elementwise::leaky_relu(values, slope)
            })
        }
        Kind::Activation(activation) => {
            by_positions(from.channels, values, &|values| match activation {
                Activation::Softmax => elementwise::softmax(values, from.channels),
                Activation::LogSoftmax => elementwise::log_softmax(values, from.channels),
                Activation::Relu
                | Activation::Relu6
                | Activation::LeakyRelu
                | Activation::Elu
                | Activation::Gelu
                | Activation::GeluTanh
                | Activation::Silu
                | Activation::Sigmoid
                | Activation::HardSigmoid
                | Activation::HardSwish
                | Activation::Tanh => elementwise::activate(activation, values),
            })
        }
        Kind::PRelu => by_positions(from.channels, values, &|values| {
            elementwise::prelu(from.channels, values, weights)
        }),
        Kind::Scale => by_positions(from.channels, values, &|values| {
            elementwise::scale(from.channels, values, weights)
        }),
        Kind::BatchNorm => by_positions(from.channels, values, &|values| {
            norm::batch(from.channels, values, weights, spec.eps.value_or(norm::EPS))
        }),
        Kind::LayerNorm => by_positions(from.channels, values, &|values| {
            norm::layer(from.channels, values, weights, spec.eps.value_or(norm::EPS))
        }),
        Kind::GroupNorm => {
            let eps = spec.eps.value_or(norm::EPS);
            norm::group(from, size(spec.count)?, values, weights, eps)
        }
        Kind::Grn => {
            let eps = spec.eps.value_or(norm::RESPONSE_EPS);
            norm::response(from.channels, values, weights, scratch, eps)
        }
        Kind::Eca => elementwise::eca(from.channels, values, weights, scratch),
        Kind::Affine => by_positions(from.channels, values, &|values| {
            elementwise::affine(values, weights)
        }),
        Kind::Gain => {
            let gain = weights.first().copied().unwrap_or(1.0);
            by_positions(from.channels, values, &|values| {
                values.iter_mut().for_each(|value| *value *= gain)
            })
        }
        Kind::Times => {
            let factor = spec.factor.value_or(1.0);
            by_positions(from.channels, values, &|values| {
                values.iter_mut().for_each(|value| *value *= factor)
            })
        }
        Kind::Flatten
        | Kind::Conv
        | Kind::DepthwiseConv
        | Kind::SeparableConv
        | Kind::ConvTranspose
        | Kind::MaxPool
        | Kind::AvgPool
        | Kind::BlurPool
        | Kind::GlobalAvgPool
        | Kind::GlobalMaxPool
        | Kind::ContextPool
        | Kind::AdaptiveAvgPool
        | Kind::Dense
        | Kind::Softmax
        | Kind::ZeroPad
        | Kind::Upsample
        | Kind::Resize
        | Kind::Shuffle
        | Kind::SpaceToDepth
        | Kind::Slice
        | Kind::Block(_)
        | Kind::From => return Err(RunError::NotInPlace),
    }
    Ok(())
}
