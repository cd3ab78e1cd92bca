//! Why a model was not imported.

use std::fmt;
use std::io::{self, ErrorKind};

/// Why a model was not imported. Its `Display` is one sentence that
/// names the file and, for a graph the language cannot declare, the node
/// and what the language has instead.
#[derive(Debug)]
pub enum Error {
    /// The file could not be read.
    Read {
        /// The file, as it was named.
        file: String,
        /// What reading it gave.
        error: io::Error,
    },
    /// The bytes are not an ONNX model: they do not decode as one, or
    /// hold no graph, or a graph of no node.
    NotOnnx {
        /// The model, as it was named.
        file: String,
        /// Why not, as the end of a sentence.
        why: String,
    },
    /// The bytes are not a TFLite model: they lack its identifier, or
    /// `cnn_tflite` cannot read them.
    NotTflite {
        /// The model, as it was named.
        file: String,
        /// Why not: what the reader found.
        why: String,
    },
    /// The model has no declaration in the language, or its weights
    /// could not be read.
    Refused {
        /// The model, as it was named.
        file: String,
        /// Why, naming the node where the importer found it.
        why: String,
    },
}

impl Error {
    /// Why, without the file's name: the end of [`Error`]'s sentence.
    pub fn reason(&self) -> String {
        match self {
            Error::Read { error, .. } => match error.kind() {
                ErrorKind::NotFound => "no such file".to_string(),
                ErrorKind::IsADirectory => "it is a directory".to_string(),
                _ => error.to_string(),
            },
            Error::NotOnnx { why, .. }
            | Error::NotTflite { why, .. }
            | Error::Refused { why, .. } => why.clone(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let reason = self.reason();
        match self {
            Error::Read { file, .. } => write!(f, "cannot read `{file}`: {reason}"),
            Error::NotOnnx { file, .. } => write!(f, "`{file}` is not an ONNX model: {reason}"),
            Error::NotTflite { file, .. } => {
                write!(f, "`{file}` is not a TFLite model: {reason}")
            }
            Error::Refused { file, .. } => write!(f, "cannot import `{file}`: {reason}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Read { error, .. } => Some(error),
            Error::NotOnnx { .. } | Error::NotTflite { .. } | Error::Refused { .. } => None,
        }
    }
}
