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

// The stages, in order: each imports only those before it.
//
// 1. The language's tables: every layer kind and option, by keyword.
mod kind;
// 2. Checked numbers, shapes, and the errors they give.
mod arith;
// 3. One layer: what it does to a shape, its window, receptive field.
mod layer;
// 4. A layer's parameters: formula, array layout, `state_dict` keys.
mod params;
// 5. A network: the `Network` trait, `Model`, `Layer`, `analyze`.
mod network;
// 6. A network as a tree of blocks, analysed outside `const`.
#[cfg(feature = "alloc")]
pub mod tree;
// 7. The forward pass planned: storage, scratch, the program, the plan.
pub mod plan;
// 8. What the macro writes: the encoding of a network's rows.
mod emit;
// 9. A network shown: the summary, JSON and SVG.
mod render;

#[doc(hidden)]
pub use emit::table;
#[doc(hidden)]
pub use plan::program;

pub use arith::error::{Error, Field};
pub use arith::shape::{PerAxis, Shape};
pub use kind::block_keywords::{block_by_keyword, BLOCK_KEYWORDS};
pub use kind::kinds::{kind_by_keyword, KindInfo, KINDS};
pub use kind::option::{option_by_keyword, Opt, OptValue, OptionInfo, OptionSet, OPTIONS};
pub use kind::{Activation, Argument, Block, Class, Kind, Scratch};
pub use layer::axes::{Axes, Resolved};
pub use layer::block::join;
pub use layer::eps::Eps;
pub use layer::receptive::ReceptiveField;
pub use layer::standardise::Standardise;
pub use layer::window::{output_size, Padding};
pub use layer::{LayerSpec, Step};
pub use network::chain::Chain;
pub use network::model::{bytes, len, Layer, Model};
pub use network::types::{Dims, Dims1, Dims3, Flat, Joins, ShapeType, Unknown};
pub use network::{alive, analyze, Analysis, Network, Totals};
pub use params::formula::Formula;
pub use params::layout::{Kernel, Layout, TypeArgs};
pub use params::state_dict::{LayerTensor, LayerTensors, TensorShape, MAX_TENSOR_RANK};
pub use plan::int8::Figures as Int8Figures;
pub use plan::prepared::{prepared_len, Form};
pub use plan::scratch::scratch_len;
// The matrix product's block sizes, which decide `scratch_len`, for the
// kernels of cnn-run.
#[doc(hidden)]
pub use plan::scratch::{ALIGN, KC, MC, MR, NC, NR};
pub use plan::storage::Storage;
#[cfg(feature = "json")]
pub use render::json::Json;
pub use render::summary::Summary;
#[cfg(feature = "svg")]
pub use render::svg::Svg;
