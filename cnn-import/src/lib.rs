//! The declaration of a trained model in the `cnn!` language, and its
//! weights: what `cnn import` prints and writes.
//!
//! ```no_run
//! use cnn_import::{onnx, Options};
//!
//! let options = Options { weights: true, ..Options::default() };
//! let imported = onnx::import_file("resnet18.onnx".as_ref(), &options)?;
//! std::fs::write("resnet18.cnn", &imported.declaration)?;
//! std::fs::write("resnet18.safetensors", imported.weights.unwrap_or_default())?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A TensorFlow Lite model, int8 or f32, imports the same way through
//! the [`tflite`] front end (its weights stay in the `.tflite`, which
//! `NetQuantized::from_tflite` reads in place); [`import_file`] picks the
//! front end by the file's identifier.
//!
//! A declaration is printed only if `cnn_lang` checks it and every
//! layer's shape is the one the graph gives; anything the language cannot
//! say is an [`Error`] that names the node (or the operator, by index).
//!
//! The stages, each module importing only those before it:
//!
//! - the front ends, [`onnx`] and [`tflite`]: the file's graph, indexed
//!   and walked into a tree of statements (`stmt`);
//! - the statements' own passes: runs folded into `repeat` (`repeat`),
//!   each layer's shape checked against the graph's (`shapes`), layers
//!   grouped into torch's modules where the graph names them
//!   (`modules`);
//! - the back end: the text (`print`), checked as a declaration
//!   (`declare`), and the safetensors file of the weights (`weights`).

mod declare;
mod error;
mod modules;
pub mod onnx;
mod options;
mod print;
mod repeat;
mod shapes;
mod spelling;
mod stmt;
pub mod tflite;
mod weights;

pub use error::Error;
pub use options::{Imported, Int8Program, Options};

use std::io::Read;
use std::path::Path;

/// Imports the model in the file `path`: a TFLite model when it carries
/// TFLite's identifier (`TFL3`) or is named `.tflite` ([`tflite`]), an
/// ONNX model otherwise ([`onnx`]).
pub fn import_file(path: &Path, options: &Options) -> Result<Imported, Error> {
    let mut head = [0; 8];
    let read = std::fs::File::open(path).and_then(|mut file| file.read(&mut head));
    let named = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("tflite"));
    match read.is_ok_and(|n| tflite::is_tflite(&head[..n])) || named {
        true => tflite::import_file(path, options),
        false => onnx::import_file(path, options),
    }
}
