//! An operator's builtin options, read from the schema's union into one
//! plain enum, and checked: a stride, dilation or window of less than 1,
//! or a padding or fused activation TFLite does not define, is an error
//! here rather than a division by zero in a kernel.

use crate::error::Error;
use crate::operator::Code;
use crate::schema::tflite::{
    self, ActivationFunctionType, BuiltinOptions, FullyConnectedOptionsWeightsFormat,
};

/// The builtin options of an operator whose [`Code`] this reader names;
/// [`Options::None`] for one that has none (`RELU`, `RESHAPE`, `PAD`)
/// or whose code is [`Code::Other`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Options {
    /// `CONV_2D`.
    Conv {
        /// SAME or VALID.
        padding: Padding,
        /// The vertical stride, at least 1.
        stride_h: u32,
        /// The horizontal stride, at least 1.
        stride_w: u32,
        /// The vertical dilation, at least 1.
        dilation_h: u32,
        /// The horizontal dilation, at least 1.
        dilation_w: u32,
        /// The activation applied to the output.
        activation: Activation,
    },
    /// `DEPTHWISE_CONV_2D`.
    DepthwiseConv {
        /// SAME or VALID.
        padding: Padding,
        /// The vertical stride, at least 1.
        stride_h: u32,
        /// The horizontal stride, at least 1.
        stride_w: u32,
        /// The vertical dilation, at least 1.
        dilation_h: u32,
        /// The horizontal dilation, at least 1.
        dilation_w: u32,
        /// Output channels per input channel, as the file writes it: TFLite
        /// takes the filter's channels over the input's when it is 0.
        depth_multiplier: i32,
        /// The activation applied to the output.
        activation: Activation,
    },
    /// `AVERAGE_POOL_2D` and `MAX_POOL_2D`.
    Pool {
        /// SAME or VALID (SAME's padding is not counted in an average).
        padding: Padding,
        /// The vertical stride, at least 1.
        stride_h: u32,
        /// The horizontal stride, at least 1.
        stride_w: u32,
        /// The window's height, at least 1.
        filter_h: u32,
        /// The window's width, at least 1.
        filter_w: u32,
        /// The activation applied to the output.
        activation: Activation,
    },
    /// `FULLY_CONNECTED` (weights in the default format: the shuffled
    /// one is an error).
    FullyConnected {
        /// The activation applied to the output.
        activation: Activation,
        /// Whether the output keeps the input's leading axes rather
        /// than being `[batch, units]`.
        keep_num_dims: bool,
    },
    /// `ADD`.
    Add {
        /// The activation applied to the output.
        activation: Activation,
    },
    /// `MUL`.
    Mul {
        /// The activation applied to the output.
        activation: Activation,
    },
    /// `CONCATENATION`.
    Concatenation {
        /// The axis, as the file writes it (negative counts from the end).
        axis: i32,
        /// The activation applied to the output.
        activation: Activation,
    },
    /// `MEAN` (the axes are its second input).
    Mean {
        /// Whether the reduced axes stay, of size 1.
        keep_dims: bool,
    },
    /// `SOFTMAX`.
    Softmax {
        /// The inputs' multiplier.
        beta: f32,
    },
    /// `LEAKY_RELU`.
    LeakyRelu {
        /// The slope below zero.
        alpha: f32,
    },
    /// `RESIZE_NEAREST_NEIGHBOR` and `RESIZE_BILINEAR` (the size is
    /// their second input).
    Resize {
        /// Whether the corners' pixels are aligned.
        align_corners: bool,
        /// Whether pixels are sampled at their centres.
        half_pixel_centers: bool,
    },
    /// `TRANSPOSE_CONV` (the output's shape is its first input).
    TransposeConv {
        /// SAME or VALID.
        padding: Padding,
        /// The vertical stride, at least 1.
        stride_h: u32,
        /// The horizontal stride, at least 1.
        stride_w: u32,
        /// The activation applied to the output.
        activation: Activation,
    },
    /// No options.
    None,
}

/// TFLite's padding of a window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Padding {
    /// The output is `ceil(input / stride)`; the padding this needs is
    /// split with the extra row or column after (TFLite's SAME).
    Same,
    /// No padding.
    Valid,
}

/// An activation fused into an operator, applied to its output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Activation {
    /// None.
    None,
    /// `RELU`: max(0, x).
    Relu,
    /// `RELU_N1_TO_1`: x clamped to [-1, 1].
    ReluN1To1,
    /// `RELU6`: x clamped to [0, 6].
    Relu6,
    /// `TANH`.
    Tanh,
    /// `SIGN_BIT`.
    SignBit,
}

impl Activation {
    /// TFLite's name, `RELU6`.
    pub fn name(self) -> &'static str {
        match self {
            Activation::None => "NONE",
            Activation::Relu => "RELU",
            Activation::ReluN1To1 => "RELU_N1_TO_1",
            Activation::Relu6 => "RELU6",
            Activation::Tanh => "TANH",
            Activation::SignBit => "SIGN_BIT",
        }
    }
}

/// The options of operator `index`, whose code is `code`.
pub(crate) fn read(op: &tflite::Operator<'_>, index: usize, code: Code) -> Result<Options, Error> {
    let check = Check {
        index,
        code,
        absent: op.builtin_options_type() == BuiltinOptions::NONE,
    };
    Ok(match code {
        Code::Conv2d => {
            let o = check.need(op.builtin_options_as_conv_2_doptions())?;
            Options::Conv {
                padding: check.padding(o.padding())?,
                stride_h: check.positive("stride_h", o.stride_h())?,
                stride_w: check.positive("stride_w", o.stride_w())?,
                dilation_h: check.positive("dilation_h_factor", o.dilation_h_factor())?,
                dilation_w: check.positive("dilation_w_factor", o.dilation_w_factor())?,
                activation: check.activation(o.fused_activation_function())?,
            }
        }
        Code::DepthwiseConv2d => {
            let o = check.need(op.builtin_options_as_depthwise_conv_2_doptions())?;
            Options::DepthwiseConv {
                padding: check.padding(o.padding())?,
                stride_h: check.positive("stride_h", o.stride_h())?,
                stride_w: check.positive("stride_w", o.stride_w())?,
                dilation_h: check.positive("dilation_h_factor", o.dilation_h_factor())?,
                dilation_w: check.positive("dilation_w_factor", o.dilation_w_factor())?,
                depth_multiplier: o.depth_multiplier(),
                activation: check.activation(o.fused_activation_function())?,
            }
        }
        Code::AveragePool2d | Code::MaxPool2d => {
            let o = check.need(op.builtin_options_as_pool_2_doptions())?;
            Options::Pool {
                padding: check.padding(o.padding())?,
                stride_h: check.positive("stride_h", o.stride_h())?,
                stride_w: check.positive("stride_w", o.stride_w())?,
                filter_h: check.positive("filter_height", o.filter_height())?,
                filter_w: check.positive("filter_width", o.filter_width())?,
                activation: check.activation(o.fused_activation_function())?,
            }
        }
        Code::TransposeConv => {
            let o = check.need(op.builtin_options_as_transpose_conv_options())?;
            Options::TransposeConv {
                padding: check.padding(o.padding())?,
                stride_h: check.positive("stride_h", o.stride_h())?,
                stride_w: check.positive("stride_w", o.stride_w())?,
                activation: check.activation(o.fused_activation_function())?,
            }
        }
        Code::Softmax => Options::Softmax {
            beta: check.need(op.builtin_options_as_softmax_options())?.beta(),
        },
        Code::LeakyRelu => Options::LeakyRelu {
            alpha: check
                .need(op.builtin_options_as_leaky_relu_options())?
                .alpha(),
        },
        Code::FullyConnected => {
            let o = op.builtin_options_as_fully_connected_options();
            check.defaulted(o.is_some())?;
            let format = o.map_or(FullyConnectedOptionsWeightsFormat::DEFAULT, |o| {
                o.weights_format()
            });
            if format != FullyConnectedOptionsWeightsFormat::DEFAULT {
                return Err(check.bad("weights_format", i32::from(format.0)));
            }
            Options::FullyConnected {
                activation: check.activation(o.map_or(ActivationFunctionType::NONE, |o| {
                    o.fused_activation_function()
                }))?,
                keep_num_dims: o.is_some_and(|o| o.keep_num_dims()),
            }
        }
        Code::Add => {
            let o = op.builtin_options_as_add_options();
            check.defaulted(o.is_some())?;
            Options::Add {
                activation: check.activation(o.map_or(ActivationFunctionType::NONE, |o| {
                    o.fused_activation_function()
                }))?,
            }
        }
        Code::Mul => {
            let o = op.builtin_options_as_mul_options();
            check.defaulted(o.is_some())?;
            Options::Mul {
                activation: check.activation(o.map_or(ActivationFunctionType::NONE, |o| {
                    o.fused_activation_function()
                }))?,
            }
        }
        Code::Concatenation => {
            let o = check.need(op.builtin_options_as_concatenation_options())?;
            Options::Concatenation {
                axis: o.axis(),
                activation: check.activation(o.fused_activation_function())?,
            }
        }
        Code::Mean => {
            let o = op.builtin_options_as_reducer_options();
            check.defaulted(o.is_some())?;
            Options::Mean {
                keep_dims: o.is_some_and(|o| o.keep_dims()),
            }
        }
        Code::ResizeBilinear => {
            let o = op.builtin_options_as_resize_bilinear_options();
            check.defaulted(o.is_some())?;
            Options::Resize {
                align_corners: o.is_some_and(|o| o.align_corners()),
                half_pixel_centers: o.is_some_and(|o| o.half_pixel_centers()),
            }
        }
        Code::ResizeNearestNeighbor => {
            let o = op.builtin_options_as_resize_nearest_neighbor_options();
            check.defaulted(o.is_some())?;
            Options::Resize {
                align_corners: o.is_some_and(|o| o.align_corners()),
                half_pixel_centers: o.is_some_and(|o| o.half_pixel_centers()),
            }
        }
        Code::Pad
        | Code::Padv2
        | Code::Reshape
        | Code::Logistic
        | Code::Tanh
        | Code::Relu
        | Code::Relu6
        | Code::HardSwish
        | Code::Quantize
        | Code::Dequantize
        | Code::Other(_) => Options::None,
    })
}

/// The operator whose options are read, for the errors, and whether it
/// has none.
struct Check {
    index: usize,
    code: Code,
    absent: bool,
}

impl Check {
    /// The options `found` of the operator's type: absent where TFLite's
    /// defaults mean nothing (a stride of 0) is an error, and so are
    /// options of another type.
    fn need<T>(&self, found: Option<T>) -> Result<T, Error> {
        let (operator, code) = (self.index, self.code);
        match found {
            Some(options) => Ok(options),
            None if self.absent => Err(Error::MissingOptions { operator, code }),
            None => Err(Error::WrongOptions { operator, code }),
        }
    }

    /// Options whose schema defaults are TFLite's own when absent: an
    /// error only if of another type.
    fn defaulted(&self, found: bool) -> Result<(), Error> {
        match found || self.absent {
            true => Ok(()),
            false => Err(Error::WrongOptions {
                operator: self.index,
                code: self.code,
            }),
        }
    }

    fn bad(&self, option: &'static str, value: i32) -> Error {
        Error::BadOption {
            operator: self.index,
            code: self.code,
            option,
            value,
        }
    }

    fn positive(&self, option: &'static str, value: i32) -> Result<u32, Error> {
        match u32::try_from(value) {
            Ok(value) if value > 0 => Ok(value),
            _ => Err(self.bad(option, value)),
        }
    }

    fn padding(&self, padding: tflite::Padding) -> Result<Padding, Error> {
        match padding {
            tflite::Padding::SAME => Ok(Padding::Same),
            tflite::Padding::VALID => Ok(Padding::Valid),
            other => Err(self.bad("padding", i32::from(other.0))),
        }
    }

    fn activation(&self, activation: ActivationFunctionType) -> Result<Activation, Error> {
        Ok(match activation {
            ActivationFunctionType::NONE => Activation::None,
            ActivationFunctionType::RELU => Activation::Relu,
            ActivationFunctionType::RELU_N1_TO_1 => Activation::ReluN1To1,
            ActivationFunctionType::RELU6 => Activation::Relu6,
            ActivationFunctionType::TANH => Activation::Tanh,
            ActivationFunctionType::SIGN_BIT => Activation::SignBit,
            other => return Err(self.bad("fused_activation_function", i32::from(other.0))),
        })
    }
}
