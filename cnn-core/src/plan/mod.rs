//! Stage 7, the forward pass planned: where each layer's output may live,
//! the scratch each kernel needs, and the program of steps that the
//! macro writes and the runner reads.

pub mod program;
pub mod scratch;
pub mod storage;
