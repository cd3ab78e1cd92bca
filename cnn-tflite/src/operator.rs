//! An operator of the model: what it computes ([`Code`]), its builtin
//! options, and the tensors it reads and writes.

use core::fmt;

use crate::array::I32s;
use crate::options::Options;
use crate::schema::tflite::BuiltinOperator;

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

/// Every named code with its number in the schema.
const NAMED: [(Code, BuiltinOperator); 24] = [
    (Code::Conv2d, BuiltinOperator::CONV_2D),
    (Code::DepthwiseConv2d, BuiltinOperator::DEPTHWISE_CONV_2D),
    (Code::FullyConnected, BuiltinOperator::FULLY_CONNECTED),
    (Code::AveragePool2d, BuiltinOperator::AVERAGE_POOL_2D),
    (Code::MaxPool2d, BuiltinOperator::MAX_POOL_2D),
    (Code::Add, BuiltinOperator::ADD),
    (Code::Mul, BuiltinOperator::MUL),
    (Code::Concatenation, BuiltinOperator::CONCATENATION),
    (Code::Mean, BuiltinOperator::MEAN),
    (Code::Pad, BuiltinOperator::PAD),
    (Code::Padv2, BuiltinOperator::PADV2),
    (Code::Reshape, BuiltinOperator::RESHAPE),
    (Code::Softmax, BuiltinOperator::SOFTMAX),
    (Code::Logistic, BuiltinOperator::LOGISTIC),
    (Code::Tanh, BuiltinOperator::TANH),
    (Code::Relu, BuiltinOperator::RELU),
    (Code::Relu6, BuiltinOperator::RELU6),
    (Code::HardSwish, BuiltinOperator::HARD_SWISH),
    (Code::LeakyRelu, BuiltinOperator::LEAKY_RELU),
    (
        Code::ResizeNearestNeighbor,
        BuiltinOperator::RESIZE_NEAREST_NEIGHBOR,
    ),
    (Code::ResizeBilinear, BuiltinOperator::RESIZE_BILINEAR),
    (Code::TransposeConv, BuiltinOperator::TRANSPOSE_CONV),
    (Code::Quantize, BuiltinOperator::QUANTIZE),
    (Code::Dequantize, BuiltinOperator::DEQUANTIZE),
];

impl Code {
    /// The code of the schema's number `number`.
    pub fn from_number(number: i32) -> Code {
        NAMED
            .iter()
            .find(|(_, builtin)| builtin.0 == number)
            .map_or(Code::Other(number), |(code, _)| *code)
    }

    /// Its number in the schema's `BuiltinOperator`.
    pub fn number(self) -> i32 {
        match self {
            Code::Other(number) => number,
            named => NAMED
                .iter()
                .find(|(code, _)| *code == named)
                .map_or(-1, |(_, builtin)| builtin.0),
        }
    }

    /// TFLite's name for it, `CONV_2D`, as errors say it; `UNKNOWN` for a
    /// number the schema does not name.
    pub fn name(self) -> &'static str {
        BuiltinOperator(self.number())
            .variant_name()
            .unwrap_or("UNKNOWN")
    }
}

/// TFLite's name (`CONV_2D`), or `operator code N` for a number the
/// schema does not name.
impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match BuiltinOperator(self.number()).variant_name() {
            Some(name) => f.write_str(name),
            None => write!(f, "operator code {}", self.number()),
        }
    }
}
