//! The blocked convolutions of `cnn_run` against a direct loop
//! written from the definition, on shapes that cross every boundary of
//! the blocking (depth past 256, filters past 256, positions past 72,
//! partial tiles), every rank, groups, dilation, strides and padding, and
//! every path: in place (1x1), im2col, depthwise (vector and scalar).
//! The PyTorch cases in tests/run.rs are small; these are large enough to
//! reach the blocks. Each also runs through the prepared path (the
//! filters packed once by `run::prepare`, a batch norm folded, a residual
//! and an activation applied in the store).
//!
//! `reference` holds the direct loop and the checks, `convolutions` the
//! cases on one thread, `threads` the same layers split across threads.

mod convolutions;
mod depthwise;
mod reference;
#[cfg(feature = "std")]
mod threads;
