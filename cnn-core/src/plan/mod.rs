//! The forward pass planned: where each layer's output may live,
//! the scratch each kernel needs, the program of steps that the macro
//! writes and the runner reads, the prepared parameters' form (and which convolutions run by
//! Winograd) and the
//! fused program that reads them, and the memory plan that places every
//! tensor of a network's tree in one arena; and the int8 plan, that
//! same walk for `#[cnn(int8)]` networks.

#[cfg(feature = "alloc")]
mod draft;
#[cfg(feature = "alloc")]
pub mod fuse;
pub mod int8;
#[cfg(feature = "alloc")]
pub mod memory;
#[cfg(feature = "alloc")]
mod place;
pub mod prepared;
pub mod program;
#[cfg(feature = "alloc")]
mod rooms;
pub mod scratch;
pub mod storage;
#[cfg(feature = "alloc")]
mod unplanned;
#[cfg(feature = "alloc")]
mod unroll;
pub mod winograd;
