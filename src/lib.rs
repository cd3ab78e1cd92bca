#![doc = include_str!("../README.md")]
#![no_std]
#![deny(missing_docs)]

pub use cnn_core::*;
pub use cnn_macros::cnn;

/// Keeps a network's `forward`, which `cnn!` writes inside it, where the
/// kernels are (the `run` feature).
#[cfg(feature = "run")]
#[doc(hidden)]
#[macro_export]
macro_rules! __cnn_forward {
    ($($item:tt)*) => { $($item)* };
}

/// Drops a network's `forward` where the kernels are off.
#[cfg(not(feature = "run"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __cnn_forward {
    ($($item:tt)*) => {};
}

/// Keeps a weight struct's `from_safetensors`, which `cnn!` writes inside
/// it, where `Box` is (the `alloc` feature): decided here, in this crate,
/// not by a `#[cfg]` in the user's crate, which would read the user's
/// features.
#[cfg(feature = "alloc")]
#[doc(hidden)]
#[macro_export]
macro_rules! __cnn_alloc {
    ($($item:tt)*) => { $($item)* };
}

/// Drops a weight struct's `from_safetensors` without `alloc`.
#[cfg(not(feature = "alloc"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __cnn_alloc {
    ($($item:tt)*) => {};
}
