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
//! A declaration is printed only if `cnn_lang` checks it and every
//! layer's shape is the one the graph gives; anything the language cannot
//! say is an [`Error`] that names the node.
//!
//! The stages, each module importing only those before it:
//!
//! - the front end, [`onnx`]: the file's graph, indexed and walked into a
//!   tree of statements (`stmt`);
//! - the statements' own passes: runs folded into `repeat` (`repeat`),
//!   each layer's shape checked against the graph's (`shapes`), layers
//!   grouped into torch's modules where the graph names them
//!   (`modules`);
//! - the back end: the text (`print`) and the safetensors file of the
//!   weights (`weights`).

mod error;
mod modules;
pub mod onnx;
mod options;
mod print;
mod repeat;
mod shapes;
mod spelling;
mod stmt;
mod weights;

pub use error::Error;
pub use options::{Imported, Options};
