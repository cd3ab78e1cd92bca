//! The arithmetic behind the `cnn!` macro: shapes, layer kinds, every
//! parameter formula and the analysis of a network, in `no_std` and `const`
//! code, with checked `u64` arithmetic throughout.
//!
//! Users reach this crate through the `cnn` facade, next to the `cnn!`
//! macro that runs the same code at compile time: the user's types at its
//! root, the language's tables in `cnn::lang`, the rest in
//! `cnn::analysis`. The runtime, which runs a plan's program, is cnn-run.
//! Without the macro:
//!
//! ```
//! use cnn_core::{Kind, LayerSpec, Shape};
//!
//! // The article's first convolution: ((5*5*3)+1)*8 = 608.
//! const CONV1: LayerSpec = LayerSpec::new(Kind::Conv).window(5, 5).count(8);
//! const STEP: cnn_core::Step = match CONV1.apply(Shape::spatial(32, 32, 3)) {
//!     Ok(step) => step,
//!     Err(_) => panic!("conv1 does not fit"),
//! };
//! const _: () = assert!(STEP.params == 608);
//! ```
#![no_std]
#![deny(missing_docs)]

#[cfg(feature = "alloc")]
extern crate alloc;

mod arith;
mod axes;
mod block;
mod chain;
mod digits;
mod error;
mod formula;
mod json;
mod kind;
mod kinds;
mod layer;
mod layout;
mod model;
mod network;
mod option;
#[doc(hidden)]
pub mod program;
mod receptive;
mod recover;
mod scratch;
mod shape;
mod spelling;
mod state_dict;
mod storage;
mod summary;
mod svg;
#[doc(hidden)]
pub mod table;
mod text;
#[cfg(feature = "alloc")]
pub mod tree;
mod types;
mod window;

pub use axes::{Axes, Resolved};
pub use block::join;
pub use chain::Chain;
pub use error::{Error, Field};
pub use formula::Formula;
pub use json::Json;
pub use kind::{Activation, Argument, Block, Class, Kind, Scratch};
pub use kinds::{block_by_keyword, kind_by_keyword, KindInfo, BLOCK_KEYWORDS, KINDS};
pub use layer::{LayerSpec, Step};
pub use layout::{Kernel, Layout, TypeArgs};
pub use model::{bytes, len, Layer, Model};
pub use network::{alive, analyze, Analysis, Network, Totals};
pub use option::{option_by_keyword, Opt, OptValue, OptionInfo, OptionSet, OPTIONS};
pub use receptive::ReceptiveField;
pub use scratch::scratch_len;
// The matrix product's block sizes, which decide `scratch_len`, for the
// kernels of cnn-run.
#[doc(hidden)]
pub use scratch::{ALIGN, KC, MC, MR, NC, NR};
pub use shape::{PerAxis, Shape};
pub use state_dict::{LayerTensor, LayerTensors, TensorShape, MAX_TENSOR_RANK};
pub use storage::Storage;
pub use summary::Summary;
pub use svg::Svg;
pub use types::{Dims, Dims1, Dims3, Flat, Joins, ShapeType, Unknown};
pub use window::{output_size, Padding};
