//! Why a file could not be read as a model, or one of its parts could not.

use core::fmt;

use crate::operator::Code;

/// What is wrong with a file, or with one operator or tensor of it. Its
/// `Display` is a sentence that names the part (operator `i`, tensor `i`,
/// buffer `i`) and what is wrong with it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Error {
    /// The bytes do not carry TFLite's file identifier, `TFL3`, where a
    /// flatbuffer keeps it (bytes 4 to 8).
    NotTflite,
    /// The bytes say `TFL3` but do not hold a valid flatbuffer of TFLite's
    /// schema: what the flatbuffers verifier found.
    Malformed(&'static str),
    /// The schema version is not 3, the only one TFLite reads.
    Version(u32),
    /// The model has `count` subgraphs; this reader takes models of one
    /// (control flow, `WHILE` and `IF`, needs several).
    Subgraphs(usize),
    /// A tensor index (of an operator's inputs or outputs, or the
    /// model's) is neither a tensor nor -1, "absent".
    TensorIndex {
        /// The operator whose list holds it; `None` for the model's own
        /// inputs and outputs.
        operator: Option<usize>,
        /// The index.
        index: i32,
        /// How many tensors there are.
        tensors: usize,
    },
    /// An operator's `opcode_index` names no entry of the model's
    /// operator codes.
    OperatorCode {
        /// The operator.
        operator: usize,
        /// Its opcode index.
        index: u32,
        /// How many operator codes there are.
        codes: usize,
    },
    /// An operator has no builtin options, where its code needs them
    /// (a convolution without its padding and strides).
    MissingOptions {
        /// The operator.
        operator: usize,
        /// Its code.
        code: Code,
    },
    /// An operator's builtin options are of another operator's type.
    WrongOptions {
        /// The operator.
        operator: usize,
        /// Its code.
        code: Code,
    },
    /// An option has a value TFLite does not define (a stride of 0, a
    /// padding other than SAME and VALID, an unknown fused activation).
    BadOption {
        /// The operator.
        operator: usize,
        /// Its code.
        code: Code,
        /// The option, as the schema names it (`stride_w`).
        option: &'static str,
        /// Its value.
        value: i32,
    },
    /// A tensor index out of range, asked of [`crate::Model::tensor`].
    NoTensor {
        /// The index asked for.
        index: usize,
        /// How many tensors there are.
        tensors: usize,
    },
    /// An operator index out of range, asked of
    /// [`crate::Model::operator`].
    NoOperator {
        /// The index asked for.
        index: usize,
        /// How many operators there are.
        operators: usize,
    },
    /// A tensor names a buffer the model does not have.
    BufferIndex {
        /// The tensor.
        tensor: usize,
        /// Its buffer index.
        buffer: u32,
        /// How many buffers there are.
        buffers: usize,
    },
    /// A buffer stored after the flatbuffer (`offset` and `size`, as the
    /// converter writes models over 2 GB) reaches past the file's end.
    BufferRange {
        /// The buffer.
        buffer: usize,
        /// Where it starts, from the file's start.
        offset: u64,
        /// Its size in bytes.
        size: u64,
        /// The file's size in bytes.
        file: usize,
    },
    /// A constant tensor's data is not as long as its shape and type
    /// say.
    DataSize {
        /// The tensor.
        tensor: usize,
        /// The bytes its shape and type make.
        expected: usize,
        /// The bytes its buffer holds.
        found: usize,
    },
    /// A tensor has a negative dimension, or one too large to count
    /// bytes with.
    Shape {
        /// The tensor.
        tensor: usize,
    },
    /// A tensor's quantisation has a different number of scales and
    /// zero points, or a quantised dimension that is not one of its
    /// axes or does not have as many entries as scales.
    Quantization {
        /// The tensor.
        tensor: usize,
        /// What is wrong, as the end of a sentence.
        what: &'static str,
    },
    /// A tensor this reader cannot give the data of: stored sparse, or
    /// in an external file.
    Unsupported {
        /// The tensor.
        tensor: usize,
        /// How it is stored, as the end of a sentence.
        what: &'static str,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Error::NotTflite => write!(
                f,
                "not a TFLite file: it does not carry the identifier `TFL3` at bytes 4..8"
            ),
            Error::Malformed(what) => write!(f, "a malformed TFLite file: {what}"),
            Error::Version(version) => write!(
                f,
                "TFLite schema version {version}: this reader reads version 3"
            ),
            Error::Subgraphs(count) => write!(
                f,
                "the model has {count} subgraphs: this reader reads models of one"
            ),
            Error::TensorIndex {
                operator,
                index,
                tensors,
            } => {
                match operator {
                    Some(operator) => write!(f, "operator {operator} names tensor {index}")?,
                    None => write!(f, "the model's inputs or outputs name tensor {index}")?,
                }
                write!(f, ", but the model has {tensors} tensors")
            }
            Error::OperatorCode {
                operator,
                index,
                codes,
            } => write!(
                f,
                "operator {operator} has operator code {index}, but the model has {codes}"
            ),
            Error::MissingOptions { operator, code } => write!(
                f,
                "operator {operator} ({}) has no builtin options",
                code.name()
            ),
            Error::WrongOptions { operator, code } => write!(
                f,
                "operator {operator} ({}) has builtin options of another operator",
                code.name()
            ),
            Error::BadOption {
                operator,
                code,
                option,
                value,
            } => write!(
                f,
                "operator {operator} ({}) has {option} {value}, which TFLite does not define",
                code.name()
            ),
            Error::NoTensor { index, tensors } => {
                write!(f, "there is no tensor {index}: the model has {tensors}")
            }
            Error::NoOperator { index, operators } => {
                write!(f, "there is no operator {index}: the model has {operators}")
            }
            Error::BufferIndex {
                tensor,
                buffer,
                buffers,
            } => write!(
                f,
                "tensor {tensor} is in buffer {buffer}, but the model has {buffers} buffers"
            ),
            Error::BufferRange {
                buffer,
                offset,
                size,
                file,
            } => write!(
                f,
                "buffer {buffer} is {size} bytes at offset {offset}, past the end of the \
                 {file}-byte file"
            ),
            Error::DataSize {
                tensor,
                expected,
                found,
            } => write!(
                f,
                "tensor {tensor} holds {found} bytes of data, but its shape and type make \
                 {expected}"
            ),
            Error::Shape { tensor } => write!(
                f,
                "tensor {tensor} has a negative dimension or too many elements to count"
            ),
            Error::Quantization { tensor, what } => {
                write!(f, "tensor {tensor}'s quantisation {what}")
            }
            Error::Unsupported { tensor, what } => write!(f, "tensor {tensor} is {what}"),
        }
    }
}

impl core::error::Error for Error {}
