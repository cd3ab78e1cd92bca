//! Why a `.tflite` model does not load for a declaration: every
//! difference named by the operator and tensor where it is.

use core::fmt;

use cnn_core::Kind;
use cnn_tflite::Code;

/// Why [`Quantized::from_tflite`](super::Quantized::from_tflite) refused a
/// model. Its `Display` is a sentence naming the operator (its index in
/// the model, its TFLite name), the tensor (its name in the model) and
/// what differs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Error<'a> {
    /// The bytes are not a model the reader reads.
    Model(cnn_tflite::Error),
    /// The program is not one the int8 planner wrote (never for the one
    /// `cnn!` writes).
    Program {
        /// The step where reading it failed.
        step: usize,
    },
    /// The model does not have one input.
    Inputs {
        /// How many it has.
        found: usize,
    },
    /// The model does not have one output.
    Outputs {
        /// How many it has.
        found: usize,
    },
    /// The model's output is not what the declaration's last step
    /// writes.
    Output {
        /// The model's output tensor.
        tensor: usize,
        /// Its name.
        name: &'a str,
    },
    /// A step pads explicitly, which TFLite writes as a `PAD` before a
    /// `VALID` window: declare it so (`zeropad`).
    Padding {
        /// The step.
        step: usize,
    },
    /// A step the int8 runner has no kernel for.
    Unsupported {
        /// The step.
        step: usize,
    },
    /// The model's operators end before the declaration's steps do.
    Missing {
        /// The declaration's step left without an operator.
        step: usize,
        /// Its kind.
        kind: Kind,
        /// The operator it needs.
        expected: &'static str,
    },
    /// An operator is not the one the declaration's step needs.
    Operator {
        /// The operator's index in the model.
        index: usize,
        /// What it is.
        found: Code,
        /// The declaration's kind at that point.
        kind: Kind,
        /// The operator the kind needs.
        expected: &'static str,
    },
    /// An operator lacks a tensor the declaration's step needs (a
    /// convolution's filter).
    Absent {
        /// The operator's index in the model.
        operator: usize,
        /// What it is.
        code: Code,
        /// The tensor missing (`filter`).
        role: Role,
    },
    /// Operators are left after the declaration's last step.
    Extra {
        /// The first one left.
        index: usize,
        /// What it is.
        found: Code,
    },
    /// An option of an operator differs from the declaration's (a
    /// stride, a padding, a fused activation).
    Option {
        /// The operator's index in the model.
        operator: usize,
        /// What it is.
        code: Code,
        /// The option, as TFLite's schema names it (`stride_w`).
        option: &'static str,
        /// The declaration's.
        expected: Value,
        /// The model's.
        found: Value,
    },
    /// A tensor of an operator differs from what the declaration's step
    /// reads or writes.
    Tensor {
        /// The operator's index in the model.
        operator: usize,
        /// What it is.
        code: Code,
        /// The tensor's index in the model (TFLite's are `i32`).
        tensor: u32,
        /// Its name in the model.
        name: &'a str,
        /// What the operator does with it (`input`, `filter`, `bias`,
        /// `output`).
        role: Role,
        /// How it differs.
        mismatch: Mismatch,
    },
}

/// How a tensor differs from the declaration's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mismatch {
    /// Its shape.
    Shape {
        /// The declaration's.
        expected: Dims,
        /// The model's.
        found: Dims,
    },
    /// Its type.
    Type {
        /// The declaration's (`int8`, `int32`).
        expected: &'static str,
        /// The model's.
        found: &'static str,
    },
    /// Its quantisation, as the end of a sentence.
    Quantization(&'static str),
    /// It is not the tensor the step before wrote, or not the
    /// network's input where the declaration reads that.
    Flow,
    /// It holds data where the declaration computes it, or none where
    /// it reads a constant.
    Constant,
    /// A bias where the declaration's layer has none (`nobias`).
    Bias,
    /// A constant's values (a `MEAN`'s axes, a `PAD`'s paddings, a
    /// resize's size).
    Values {
        /// The declaration's.
        expected: Dims,
        /// The model's.
        found: Dims,
    },
}

/// What an operator does with a tensor, in [`Error::Tensor`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// A computed input.
    Input,
    /// A convolution's or fully connected layer's weights.
    Filter,
    /// Its bias.
    Bias,
    /// The output.
    Output,
    /// A `MEAN`'s axes.
    Axis,
    /// A `PAD`'s paddings.
    Paddings,
    /// A `TRANSPOSE_CONV`'s output shape.
    OutputShape,
    /// A resize's size.
    Size,
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Role::Input => "input",
            Role::Filter => "filter",
            Role::Bias => "bias",
            Role::Output => "output",
            Role::Axis => "axis",
            Role::Paddings => "paddings",
            Role::OutputShape => "output_shape",
            Role::Size => "size",
        })
    }
}

/// The value of an option, in [`Error::Option`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    /// A number (a stride, a window, a multiplier).
    Number(i64),
    /// A word (`SAME`, `RELU6`, `NONE`).
    Word(&'static str),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Value::Number(n) => write!(f, "{n}"),
            Value::Word(word) => f.write_str(word),
        }
    }
}

/// A tensor's shape, as TFLite lists it (`[1, 28, 28, 8]`), or a short
/// constant's values: at most 8 (more are cut, and shown as `...`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dims {
    dims: [i32; 8],
    /// How many there are (more than 8 for a cut list).
    len: u8,
}

impl Dims {
    /// The first 8 of `dims` (a value past `i32` shown as its nearest).
    pub fn new(dims: impl IntoIterator<Item = i64>) -> Dims {
        let mut out = Dims {
            dims: [0; 8],
            len: 0,
        };
        for dim in dims {
            if usize::from(out.len) < out.dims.len() {
                out.dims[usize::from(out.len)] =
                    dim.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
            }
            out.len = out.len.saturating_add(1);
        }
        out
    }

    /// The dimensions kept.
    pub fn as_slice(&self) -> &[i32] {
        &self.dims[..usize::from(self.len).min(self.dims.len())]
    }
}

impl fmt::Display for Dims {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[")?;
        for (i, dim) in self.as_slice().iter().enumerate() {
            if i > 0 {
                write!(f, ", ")?;
            }
            write!(f, "{dim}")?;
        }
        if usize::from(self.len) > self.dims.len() {
            write!(f, ", ...")?;
        }
        write!(f, "]")
    }
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Mismatch::Shape { expected, found } => {
                write!(
                    f,
                    "its shape is {found} where the declaration's is {expected}"
                )
            }
            Mismatch::Type { expected, found } => {
                write!(f, "it is {found} where the declaration needs {expected}")
            }
            Mismatch::Quantization(what) => write!(f, "its quantisation {what}"),
            Mismatch::Flow => write!(
                f,
                "it is not what the declaration's step before gives (the layers are not in \
                 the model's order, or are joined otherwise)"
            ),
            Mismatch::Values { expected, found } => {
                write!(
                    f,
                    "its values are {found} where the declaration's are {expected}"
                )
            }
            Mismatch::Bias => write!(
                f,
                "it is not zero, where the declaration's layer has no bias (`nobias`)"
            ),
            Mismatch::Constant => write!(
                f,
                "it is a constant where the declaration computes it, or computed where the \
                 declaration reads a constant"
            ),
        }
    }
}

impl fmt::Display for Error<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Error::Model(error) => write!(f, "{error}"),
            Error::Program { step } => write!(
                f,
                "the int8 program is malformed at step {step} (not one `cnn!` wrote)"
            ),
            Error::Inputs { found } => {
                write!(f, "the model has {found} inputs; a declaration takes one")
            }
            Error::Outputs { found } => {
                write!(f, "the model has {found} outputs; a declaration gives one")
            }
            Error::Output { tensor, name } => write!(
                f,
                "the model's output, tensor {tensor} `{name}`, is not what the declaration's \
                 last layer gives"
            ),
            Error::Padding { step } => write!(
                f,
                "the declaration's step {step} pads explicitly, which TFLite writes as a PAD \
                 (`zeropad`) before a VALID window"
            ),
            Error::Unsupported { step } => write!(
                f,
                "the declaration's step {step} has no int8 kernel in this runner"
            ),
            Error::Missing {
                step,
                kind,
                expected,
            } => write!(
                f,
                "the model ends before the declaration does: its step {step}, `{}`, needs \
                 {expected}",
                kind.info().keyword
            ),
            Error::Operator {
                index,
                found,
                kind,
                expected,
            } => write!(
                f,
                "operator {index} is {found} where the declaration's `{}` needs {expected}",
                kind.info().keyword
            ),
            Error::Absent {
                operator,
                code,
                role,
            } => write!(f, "operator {operator} ({code}) has no {role} tensor"),
            Error::Extra { index, found } => write!(
                f,
                "operator {index} ({found}) is past the declaration's last layer"
            ),
            Error::Option {
                operator,
                code,
                option,
                expected,
                found,
            } => write!(
                f,
                "operator {operator} ({code}): its `{option}` is {found} where the \
                 declaration's is {expected}"
            ),
            Error::Tensor {
                operator,
                code,
                tensor,
                name,
                role,
                mismatch,
            } => write!(
                f,
                "operator {operator} ({code}), its {role} tensor {tensor} `{name}`: {mismatch}"
            ),
        }
    }
}

// Small enough to return by value (no allocator to box it in): clippy's
// `result_large_err` starts at 128 bytes, in a user's code too.
const _: () = assert!(core::mem::size_of::<Error<'static>>() < 128);
