//! The arithmetic behind the `cnn!` macro: shapes, layer kinds, every
//! parameter formula and the analysis of a network, in `no_std` and `const`
//! code, with checked `u64` arithmetic throughout.
//!
//! Users normally reach this crate through the `cnn` facade and its `cnn!`
//! macro, which runs the same code at compile time. It is usable on its own:
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

mod block;
mod error;
mod formula;
mod json;
mod kind;
mod layer;
mod network;
mod receptive;
mod shape;
mod summary;
mod svg;
#[doc(hidden)]
pub mod table;
mod text;
mod types;
pub mod weights;

pub use block::join;
pub use error::{Error, Field};
pub use formula::Formula;
pub use json::Json;
pub use kind::{
    kind_by_keyword, option_by_keyword, Activation, Argument, Block, Kind, KindInfo, OptionInfo,
    OptionSet, KINDS, OPTIONS,
};
pub use layer::{output_size, LayerSpec, Layout, Padding, Step};
pub use network::{alive, analyze, bytes, Analysis, Layer, Model, Network, Totals};
pub use receptive::ReceptiveField;
pub use shape::Shape;
pub use summary::Summary;
pub use svg::Svg;
pub use types::{Chain, Dims, Flat, Joins, ShapeType, Unknown};
pub use weights::{Weights, WrongLength};
