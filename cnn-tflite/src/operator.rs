//! An operator of the model: what it computes ([`Code`]), its builtin
//! options, and the tensors it reads and writes.

use core::fmt;

use crate::array::I32s;
use crate::names;
use crate::options::Options;

/// One operator, in the subgraph's execution order.
#[derive(Clone, Copy, Debug)]
pub struct Operator<'a> {
    /// What it computes.
    pub code: Code,
    /// The version of its code, as the converter wrote it (kernels of a
    /// higher version read more options or types).
    pub version: i32,
    /// Its builtin options, read and checked.
    pub options: Options,
    /// The tensors it reads, by index; -1 for an optional input left out
    /// (a convolution's bias).
    pub inputs: I32s<'a>,
    /// The tensors it writes, by index.
    pub outputs: I32s<'a>,
}

impl Operator<'_> {
    /// The tensor of input `i`: `None` for an input left out (-1) or past
    /// the end of the list. Every index the file gives was checked by
    /// [`crate::Model::parse`] to name a tensor.
    pub fn input(&self, i: usize) -> Option<usize> {
        usize::try_from(self.inputs.get(i)?).ok()
    }

    /// The tensor of output `i`, as [`Operator::input`].
    pub fn output(&self, i: usize) -> Option<usize> {
        usize::try_from(self.outputs.get(i)?).ok()
    }
}

/// What an operator computes: the builtin operators this project reads
/// by name, and any other by its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Code {
    /// `CONV_2D`.
    Conv2d,
    /// `DEPTHWISE_CONV_2D`.
    DepthwiseConv2d,
    /// `FULLY_CONNECTED`.
    FullyConnected,
    /// `AVERAGE_POOL_2D`.
    AveragePool2d,
    /// `MAX_POOL_2D`.
    MaxPool2d,
    /// `ADD`.
    Add,
    /// `MUL`.
    Mul,
    /// `CONCATENATION`.
    Concatenation,
    /// `MEAN`.
    Mean,
    /// `PAD`.
    Pad,
    /// `PADV2` (a pad with the value to pad with as an input).
    Padv2,
    /// `RESHAPE`.
    Reshape,
    /// `SOFTMAX`.
    Softmax,
    /// `LOGISTIC` (the sigmoid).
    Logistic,
    /// `TANH`.
    Tanh,
    /// `RELU`.
    Relu,
    /// `RELU6`.
    Relu6,
    /// `HARD_SWISH`.
    HardSwish,
    /// `LEAKY_RELU`.
    LeakyRelu,
    /// `RESIZE_NEAREST_NEIGHBOR`.
    ResizeNearestNeighbor,
    /// `RESIZE_BILINEAR`.
    ResizeBilinear,
    /// `TRANSPOSE_CONV`.
    TransposeConv,
    /// `QUANTIZE`.
    Quantize,
    /// `DEQUANTIZE`.
    Dequantize,
    /// Any other builtin operator (or `CUSTOM`, 32), by its number in
    /// the schema's `BuiltinOperator`.
    Other(i32),
}

/// Every named code with its number in the schema's `BuiltinOperator`.
const NAMED: [(Code, i32); 24] = [
    (Code::Conv2d, 3),
    (Code::DepthwiseConv2d, 4),
    (Code::FullyConnected, 9),
    (Code::AveragePool2d, 1),
    (Code::MaxPool2d, 17),
    (Code::Add, 0),
    (Code::Mul, 18),
    (Code::Concatenation, 2),
    (Code::Mean, 40),
    (Code::Pad, 34),
    (Code::Padv2, 60),
    (Code::Reshape, 22),
    (Code::Softmax, 25),
    (Code::Logistic, 14),
    (Code::Tanh, 28),
    (Code::Relu, 19),
    (Code::Relu6, 21),
    (Code::HardSwish, 117),
    (Code::LeakyRelu, 98),
    (Code::ResizeNearestNeighbor, 97),
    (Code::ResizeBilinear, 23),
    (Code::TransposeConv, 67),
    (Code::Quantize, 114),
    (Code::Dequantize, 6),
];

impl Code {
    /// The code of the schema's number `number`.
    pub fn from_number(number: i32) -> Code {
        NAMED
            .iter()
            .find(|(_, n)| *n == number)
            .map_or(Code::Other(number), |(code, _)| *code)
    }

    /// Its number in the schema's `BuiltinOperator`.
    pub fn number(self) -> i32 {
        match self {
            Code::Other(number) => number,
            named => NAMED
                .iter()
                .find(|(code, _)| *code == named)
                .map_or(-1, |(_, n)| *n),
        }
    }

    /// TFLite's name for it, `CONV_2D`, as errors say it; `UNKNOWN` for a
    /// number the schema does not name.
    pub fn name(self) -> &'static str {
        names::name(&names::OPERATORS, self.number()).unwrap_or("UNKNOWN")
    }
}

/// TFLite's name (`CONV_2D`), or `operator code N` for a number the
/// schema does not name.
impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match names::name(&names::OPERATORS, self.number()) {
            Some(name) => f.write_str(name),
            None => write!(f, "operator code {}", self.number()),
        }
    }
}
