#![doc = include_str!("../README.md")]
#![no_std]
#![deny(missing_docs)]

pub use cnn_core::*;
pub use cnn_macros::cnn;
