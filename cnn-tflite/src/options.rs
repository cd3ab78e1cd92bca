//! An operator's builtin options, read from the schema's union into one
//! plain enum, and checked: a stride, dilation or window of less than 1,
//! or a padding or fused activation TFLite does not define, is an error
//! here rather than a division by zero in a kernel.

use crate::error::Error;
use crate::flat::Table;
use crate::operator::Code;

/// The `Operator` table's fields of its options: the union's type and
/// value.
const OPTIONS_TYPE: usize = 3;
const OPTIONS: usize = 4;

/// The union's types read, by their number in the schema's
/// `BuiltinOptions`.
mod kind {
    pub const CONV_2D: u8 = 1;
    pub const DEPTHWISE_CONV_2D: u8 = 2;
    pub const POOL_2D: u8 = 5;
    pub const FULLY_CONNECTED: u8 = 8;
    pub const SOFTMAX: u8 = 9;
    pub const CONCATENATION: u8 = 10;
    pub const ADD: u8 = 11;
    pub const RESIZE_BILINEAR: u8 = 15;
    pub const MUL: u8 = 21;
    pub const REDUCER: u8 = 27;
    pub const TRANSPOSE_CONV: u8 = 49;
    pub const RESIZE_NEAREST_NEIGHBOR: u8 = 74;
    pub const LEAKY_RELU: u8 = 75;
}

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
pub(crate) fn read(op: &Table<'_>, index: usize, code: Code) -> Result<Options, Error> {
    let kind = op.u8(OPTIONS_TYPE, 0)?;
    let check = Check {
        index,
        code,
        absent: kind == 0,
    };
    // The options table if it is of type `want`.
    let options = |want: u8| match kind == want {
        true => op.table(OPTIONS),
        false => Ok(None),
    };
    // Each options table's fields, by number, with the schema's defaults.
    Ok(match code {
        Code::Conv2d => {
            let o = check.need(options(kind::CONV_2D)?)?;
            Options::Conv {
                padding: check.padding(o.i8(0, 0)?)?,
                stride_h: check.positive("stride_h", o.i32(2, 0)?)?,
                stride_w: check.positive("stride_w", o.i32(1, 0)?)?,
                dilation_h: check.positive("dilation_h_factor", o.i32(5, 1)?)?,
                dilation_w: check.positive("dilation_w_factor", o.i32(4, 1)?)?,
                activation: check.activation(o.i8(3, 0)?)?,
            }
        }
        Code::DepthwiseConv2d => {
            let o = check.need(options(kind::DEPTHWISE_CONV_2D)?)?;
            Options::DepthwiseConv {
                padding: check.padding(o.i8(0, 0)?)?,
                stride_h: check.positive("stride_h", o.i32(2, 0)?)?,
                stride_w: check.positive("stride_w", o.i32(1, 0)?)?,
                dilation_h: check.positive("dilation_h_factor", o.i32(6, 1)?)?,
                dilation_w: check.positive("dilation_w_factor", o.i32(5, 1)?)?,
                depth_multiplier: o.i32(3, 0)?,
                activation: check.activation(o.i8(4, 0)?)?,
            }
        }
        Code::AveragePool2d | Code::MaxPool2d => {
            let o = check.need(options(kind::POOL_2D)?)?;
            Options::Pool {
                padding: check.padding(o.i8(0, 0)?)?,
                stride_h: check.positive("stride_h", o.i32(2, 0)?)?,
                stride_w: check.positive("stride_w", o.i32(1, 0)?)?,
                filter_h: check.positive("filter_height", o.i32(4, 0)?)?,
                filter_w: check.positive("filter_width", o.i32(3, 0)?)?,
                activation: check.activation(o.i8(5, 0)?)?,
            }
        }
        Code::TransposeConv => {
            let o = check.need(options(kind::TRANSPOSE_CONV)?)?;
            Options::TransposeConv {
                padding: check.padding(o.i8(0, 0)?)?,
                stride_h: check.positive("stride_h", o.i32(2, 0)?)?,
                stride_w: check.positive("stride_w", o.i32(1, 0)?)?,
                activation: check.activation(o.i8(3, 0)?)?,
            }
        }
        Code::Softmax => Options::Softmax {
            beta: check.need(options(kind::SOFTMAX)?)?.f32(0, 0.0)?,
        },
        Code::LeakyRelu => Options::LeakyRelu {
            alpha: check.need(options(kind::LEAKY_RELU)?)?.f32(0, 0.0)?,
        },
        Code::FullyConnected => {
            let o = check.defaulted(options(kind::FULLY_CONNECTED)?)?;
            let format = o.map_or(Ok(0), |o| o.i8(1, 0))?;
            if format != 0 {
                return Err(check.bad("weights_format", i32::from(format)));
            }
            Options::FullyConnected {
                activation: check.activation(o.map_or(Ok(0), |o| o.i8(0, 0))?)?,
                keep_num_dims: o.map_or(Ok(false), |o| o.bool(2, false))?,
            }
        }
        Code::Add => {
            let o = check.defaulted(options(kind::ADD)?)?;
            Options::Add {
                activation: check.activation(o.map_or(Ok(0), |o| o.i8(0, 0))?)?,
            }
        }
        Code::Mul => {
            let o = check.defaulted(options(kind::MUL)?)?;
            Options::Mul {
                activation: check.activation(o.map_or(Ok(0), |o| o.i8(0, 0))?)?,
            }
        }
        Code::Concatenation => {
            let o = check.need(options(kind::CONCATENATION)?)?;
            Options::Concatenation {
                axis: o.i32(0, 0)?,
                activation: check.activation(o.i8(1, 0)?)?,
            }
        }
        Code::Mean => {
            let o = check.defaulted(options(kind::REDUCER)?)?;
            Options::Mean {
                keep_dims: o.map_or(Ok(false), |o| o.bool(0, false))?,
            }
        }
        Code::ResizeBilinear => resize(check.defaulted(options(kind::RESIZE_BILINEAR)?)?, 2)?,
        Code::ResizeNearestNeighbor => {
            resize(check.defaulted(options(kind::RESIZE_NEAREST_NEIGHBOR)?)?, 0)?
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

/// The options of a resize whose `align_corners` is field `first` and
/// `half_pixel_centers` the next (`ResizeBilinearOptions` keeps two
/// deprecated fields before them).
fn resize(o: Option<Table<'_>>, first: usize) -> Result<Options, Error> {
    Ok(Options::Resize {
        align_corners: o.map_or(Ok(false), |o| o.bool(first, false))?,
        half_pixel_centers: o.map_or(Ok(false), |o| o.bool(first + 1, false))?,
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
    fn defaulted<T>(&self, found: Option<T>) -> Result<Option<T>, Error> {
        match found.is_some() || self.absent {
            true => Ok(found),
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

    /// The schema's `Padding`: SAME 0, VALID 1.
    fn padding(&self, padding: i8) -> Result<Padding, Error> {
        match padding {
            0 => Ok(Padding::Same),
            1 => Ok(Padding::Valid),
            other => Err(self.bad("padding", i32::from(other))),
        }
    }

    /// The schema's `ActivationFunctionType`, by number.
    fn activation(&self, activation: i8) -> Result<Activation, Error> {
        Ok(match activation {
            0 => Activation::None,
            1 => Activation::Relu,
            2 => Activation::ReluN1To1,
            3 => Activation::Relu6,
            4 => Activation::Tanh,
            5 => Activation::SignBit,
            other => return Err(self.bad("fused_activation_function", i32::from(other))),
        })
    }
}
