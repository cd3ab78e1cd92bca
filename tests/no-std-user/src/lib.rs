//! A user's crate as strict as they come: `no_std`, every warning an error,
//! every public item documented, clippy's default lints denied. It declares
//! networks of every form; if the code `cnn!` generates triggered any lint,
//! `cargo build --workspace` and `cargo clippy --workspace` would fail here.
#![no_std]
#![deny(warnings, missing_docs, clippy::all)]
#![forbid(unsafe_code)]

use cnn::{cnn, Network, Shape};

cnn! {
    /// The article's network, public, with a doc comment, and its weight
    /// struct.
    #[derive(Debug, Clone, Copy, Default)]
    #[cnn(weights, int8)]
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

/// The article's network's weights, read in place from a flat slice of
/// exactly `TOTAL_PARAMS` values; `None` for any other length.
pub fn lenet_weights(values: &[f32]) -> Option<&LeNetWeights<f32>> {
    LeNetWeights::from_slice(values).ok()
}

/// The same from an array, whose length the compiler checks.
pub fn lenet_weights_from_array(values: &[f32; 62_958]) -> &LeNetWeights<f32> {
    LeNetWeights::from_array(values)
}

/// The article's network's weights read from a safetensors file, in place,
/// without an allocator.
pub fn lenet_load(
    weights: &mut LeNetWeights<f32>,
    file: &[u8],
) -> Result<(), cnn::weights::safetensors::Error> {
    weights.load_safetensors(file)
}

/// The first bias of the article's first convolution.
pub fn first_bias(weights: &LeNetWeights<f32>) -> f32 {
    weights.conv1.bias[0]
}

cnn! {
    /// The article's features, up to the second pooling.
    pub struct Features {
        input 32x32x3;
        conv 5x5x8;
        pool 2;
        conv 5x5x16;
        pool 2;
    }

    /// The article's classifier, from 5x5x16.
    pub struct Classifier {
        input 5x5x16;
        fc 120;
        fc 84;
        softmax 10;
    }
}

/// The two joined: the compiler checked that 5x5x16 meets 5x5x16.
pub type Joined = cnn::Chain<Features, Classifier>;

const _: () = assert!(<Joined as Network>::PARAMS == LENET_PARAMS);

cnn! {
    /// Two `repeat`s and a grouped convolution.
    #[cnn(weights)]
    pub struct Staged {
        input 8x8x4;
        first: repeat 2 { conv 3x3x8 pad 1 groups 2 nobias; bn; relu; }
        second: repeat 3 { sepconv 3x3x8 pad 1; prelu; }
        dwconv 3 multiplier 2;
        gap;
        fc 10 nobias;
    }
}

const _: () =
    assert!(core::mem::size_of::<StagedWeights<f32>>() as u64 == Staged::TOTAL_PARAMS * 4);

/// The article's network run on one image, in an arena the caller owns
/// (a `static` on a microcontroller): the index of the largest output.
/// No allocator, no `std`: this crate builds for `thumbv7em-none-eabihf`.
pub fn classify(
    weights: &LeNetWeights<f32>,
    image: &[f32; LeNet::INPUT_LEN],
    arena: &mut [f32; LeNet::ARENA_LEN],
) -> usize {
    let scores = LeNet::forward(weights, image, arena);
    let mut best = 0;
    for (class, &score) in scores.iter().enumerate() {
        if score > scores[best] {
            best = class;
        }
    }
    best
}

// The working memory of inference, known when the crate compiles: under
// 32 KiB of f32 for the article's network.
const _: () = assert!(LeNet::ARENA_LEN * 4 <= 32 * 1024);

/// The article's network in int8, its weights borrowed from a `.tflite`
/// model's bytes (an `include_bytes!` stays in flash): the index of the
/// largest output, or why the model is not this network's.
pub fn classify_int8<'m>(
    model: &'m [u8],
    image: &[i8; LeNet::INPUT_LEN],
    arena: &mut [u8; LeNet::ARENA_BYTES],
) -> Result<usize, cnn::run::int8::Error<'m>> {
    let weights = LeNetQuantized::from_tflite(model)?;
    let scores = LeNet::forward_int8(&weights, image, arena);
    let mut best = 0;
    for (class, &score) in scores.iter().enumerate() {
        if score > scores[best] {
            best = class;
        }
    }
    Ok(best)
}

// The int8 working memory, known when the crate compiles: within the
// 9,344 bytes TensorFlow Lite Micro's arena head takes for this network
// (tests/int8/lenet.json).
const _: () = assert!(LeNet::ARENA_BYTES <= 9_344);

/// A `static` a `Prepared` can be: no pointers, a `const` constructor.
static EMPTY: cnn::run::Prepared<{ Staged::PREPARED_LEN }> = cnn::run::Prepared::new();

/// The prepared path, for a network whose batch norms fold: prepared once
/// into space the caller owns, then run, with no allocator.
pub fn classify_prepared<'a>(
    weights: &StagedWeights<f32>,
    prepared: &'a mut cnn::run::Prepared<{ Staged::PREPARED_LEN }>,
    image: &[f32; Staged::INPUT_LEN],
    arena: &'a mut [f32; Staged::ARENA_LEN],
) -> &'a [f32; Staged::OUTPUT_LEN] {
    Staged::prepare(weights, prepared);
    Staged::forward_prepared(prepared, image, arena)
}

/// The values of the empty `static`.
pub fn empty_len() -> usize {
    EMPTY.as_slice().len()
}

// The prepared parameters' length, known when the crate compiles.
const _: () = assert!(Staged::PREPARED_LEN > 0);
