//! A user crate that forbids `unsafe` declares `#[cnn(weights)]` networks
//! and runs one: the weight struct's `unsafe impl Weights` comes from the
//! `cnn` crate's own macro (`__cnn_weights_struct!`), sound for any fields
//! it is given, and rustc's `unsafe_code` lint does not report code
//! expanded from another crate's macros.
#![forbid(unsafe_code)]
#![deny(warnings)]

use cnn::cnn;

cnn! {
    #[cnn(weights)]
    struct Tiny {
        input 4x4x1;
        conv1: conv 3x3x2;
        bn;
        relu;
        flatten;
        fc 3;
    }
}

cnn! {
    /// No layer with parameters: the struct holds none.
    #[cnn(weights)]
    struct Empty {
        input 8;
        relu;
    }
}

fn main() {
    let values = [0.5f32; TinyWeights::<f32>::LEN];
    let weights = TinyWeights::from_array(&values);
    let mut arena = [0.0; Tiny::ARENA_LEN];
    let output = Tiny::forward(weights, &[1.0; Tiny::INPUT_LEN], &mut arena);
    assert_eq!(output.len(), 3);
    assert_eq!(EmptyWeights::<f32>::LEN, 0);
}
