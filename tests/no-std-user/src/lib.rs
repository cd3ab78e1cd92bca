//! A user's crate as strict as they come: `no_std`, every warning an error,
//! every public item documented, clippy's default lints denied. It declares
//! networks of every form; if the code `cnn!` generates triggered any lint,
//! `cargo build --workspace` and `cargo clippy --workspace` would fail here.
#![no_std]
#![deny(warnings, missing_docs, clippy::all)]

use cnn::{cnn, Network, Shape};

cnn! {
    /// The article's network, public, with a doc comment.
    #[derive(Debug, Clone, Copy, Default)]
    pub struct LeNet {
        input 32x32x3;
        conv1: conv 5x5x8;
        pool 2;
        conv2: conv 5x5x16 -> 10x10x16;
        pool 2;
        fc3: fc 120;
        fc4: fc 84;
        out: softmax 10;
    }

    // No doc comment and private: the generated docs stand in, and nothing
    // is reported as dead code.
    struct Private {
        input 28 x 28 x 1;
        r#type: conv 3x3x8 pad same stride 2 nobias;
        bn;
        relu6;
        gap;
        fc: fc 10;
    }

    pub(crate) struct Crate {
        input 64;
        dense 32;
        dropout 0.5;
        linear 10 nobias;
        softmax;
    }
}

/// The learnable parameters of the article's network.
pub const LENET_PARAMS: u64 = LeNet::PARAMS;

/// The expression form in a constant.
pub const SMALL: u64 = cnn!(input 28x28x1; fc 10).params;

/// The output of the private network, through the trait.
pub const PRIVATE_OUTPUT: Shape = <Private as Network>::OUTPUT;

/// A named layer of the crate-visible network.
pub const CRATE_LAYERS: usize = Crate::LAYERS.len();

const _: () = assert!(SMALL == 7_850);
const _: () = assert!(LENET_PARAMS == 62_958);

cnn! {
    /// A residual network with every kind of block, for the lints.
    pub struct Blocks {
        input 16x16x8;
        stem: { conv 3x3x16 pad 1 nobias; bn; relu; }
        stage: repeat 2 {
            residual { conv 3x3x16 pad 1 nobias; bn; relu; conv 3x3x16 pad 1 nobias; bn; }
            relu;
        }
        down: add { { conv 1x1x32 stride 2 nobias; bn; } { conv 3x3x32 stride 2 pad 1 nobias; bn; } }
        concat { {} { conv 1x1x8; } }
        se: mul { {} { gap; conv 1x1x4; relu; conv 1x1x40; sigmoid; } }
        gap;
        fc 10;
    }
}

// Budgets for an embedded target, checked when the crate compiles.
const _: () = assert!(LeNet::MACS < 50_000_000);
const _: () = assert!(LeNet::param_bytes(4) <= 256 * 1024);
const _: () = assert!(LeNet::peak_activation_bytes(1) <= 16 * 1024);
const _: () = assert!(Blocks::MACS < 10_000_000);
const _: () = assert!(<Blocks as Network>::PEAK_ACTIVATIONS > 0);
