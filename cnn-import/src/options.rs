//! What an import is asked for, and what it gives.

use std::path::PathBuf;

/// What to import, besides the model itself.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `Some(NAME)`: print a whole `cnn! { pub struct NAME { ... } }`
    /// block; `None`: the statements, as a `.cnn` file holds them. NAME
    /// should be a Rust identifier: it is checked as the struct's name.
    pub rust: Option<String>,
    /// Also read the weights, and give them as a safetensors file.
    pub weights: bool,
    /// The folder of the model's external data files (weights saved
    /// beside the `.onnx`). [`crate::onnx::import_file`] takes the
    /// model's own folder when this is `None`.
    pub data_dir: Option<PathBuf>,
}

/// An imported model.
#[derive(Clone, Debug)]
pub struct Imported {
    /// The declaration: a comment saying where it comes from, then the
    /// statements (or the `cnn!` block of [`Options::rust`]). It has been
    /// checked by `cnn_lang`, and every layer's shape is the graph's
    /// where the graph gives one.
    pub declaration: String,
    /// With [`Options::weights`]: the safetensors file of the weights,
    /// under the keys the declaration gives its tensors (what
    /// `NameWeights::from_safetensors` loads).
    pub weights: Option<Vec<u8>>,
    /// For a full-integer int8 `.tflite`: the int8 program `cnn!` writes
    /// for the declaration (`#[cnn(int8)]`), which the tables' image is
    /// made for (`cnn import --image`, `cnn_run::int8::image`).
    pub int8: Option<Int8Program>,
}

/// The int8 program of an imported declaration, as `cnn!` encodes it, and
/// the size of its per-channel table.
#[derive(Clone, Debug)]
pub struct Int8Program {
    /// The program's bytes (`cnn_core::plan::int8::Plan::encode`).
    pub program: Vec<u8>,
    /// Its per-channel multipliers.
    pub channels: usize,
}
