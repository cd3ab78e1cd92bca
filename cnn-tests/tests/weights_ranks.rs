//! Weight structs and shape types for sequences, volumes and the newer
//! layer kinds: each field has PyTorch's tensor shape (the shapes
//! `scripts/pytorch_layer_cases.py` read off `module.parameters()`), and
//! the struct holds `TOTAL_PARAMS` values.

use core::mem::size_of;

use cnn::{cnn, Dims1, Dims3, Flat, Network};

cnn! {
    /// A raw-waveform network: 1-D convolutions, a transposed one, norms.
    #[cnn(weights)]
    pub struct Wave {
        input 8000x1;
        stem: conv 80x32 stride 16;
        bn;
        relu;
        up: convtranspose 4x8 stride 2 pad 1;
        norm: groupnorm 4;
        gap;
        out: fc 10;
    }

    /// A clip: 3-D convolutions, a 3-D transposed convolution, layer
    /// norm and layer scale.
    #[cnn(weights)]
    pub struct Clip {
        input 4x8x8x64;
        up: convtranspose 2x2x2x32 stride 2;
        mix: conv 3x1x1x16 pad 1x0x0 nobias;
        ln: layernorm;
        gamma: scale;
        gap;
        flatten;
    }
}

// PyTorch's shapes: Conv1d(1, 32, 80) is weight [32, 1, 80] and bias [32];
// ConvTranspose1d(32, 8, 4) is weight [32, 8, 4] (inputs first) and bias
// [8]; GroupNorm(4, 8) is weight [8] and bias [8].
const _: fn(&WaveWeights<f32>) = |w| {
    let _: &[[[f32; 80]; 1]; 32] = &w.stem.weight;
    let _: &[f32; 32] = &w.stem.bias;
    let _: &[[[f32; 4]; 8]; 32] = &w.up.weight;
    let _: &[f32; 8] = &w.up.bias;
    let _: &[f32; 8] = &w.norm.weight;
    let _: &[f32; 8] = &w.norm.bias;
};

// ConvTranspose3d(64, 32, 2) is weight [64, 32, 2, 2, 2]; Conv3d(32, 16,
// (3, 1, 1), bias=False) is weight [16, 32, 3, 1, 1]; layer scale is one
// tensor of 16.
const _: fn(&ClipWeights<f32>) = |w| {
    let _: &[[[[[f32; 2]; 2]; 2]; 32]; 64] = &w.up.weight;
    let _: &[f32; 32] = &w.up.bias;
    let _: &[[[[[f32; 1]; 1]; 3]; 32]; 16] = &w.mix.weight;
    let _: &[f32; 16] = &w.ln.weight;
    let _: &[f32; 16] = &w.gamma.scale;
};

cnn! {
    /// The kinds whose weights have types of their own beside the convs':
    /// scaled weight-standardised convs of every rank, with and without
    /// bias, HGNetV2's scalar affine and NFNet's learnt scalar gain.
    #[cnn(weights)]
    pub struct Scalars {
        input 16x16x3;
        stem: conv 3x3x8 scaledws gamma 1.7139;
        plain: conv 3x3x8 scaledws nobias;
        ws: conv 1x1x8 ws;
        lab: affine;
        skip: gain;
        gap;
        flatten;
    }

    /// The same convs on a sequence and a volume.
    #[cnn(weights)]
    pub struct ScaledRanks {
        input 4x8x8x2;
        cube: conv 3x3x3x4 scaledws;
        gap;
        flatten;
    }
}

// timm's ScaledStdConv2d(3, 8, 3) is weight [8, 3, 3, 3], bias [8] and
// gain [8, 1, 1, 1]; with bias=False, weight and gain; StdConv2d has no
// gain; LearnableAffineBlock is scale [1] and bias [1]; skipinit_gain is a
// 0-d parameter, one value.
const _: fn(&ScalarsWeights<f32>) = |w| {
    let _: &[[[[f32; 3]; 3]; 3]; 8] = &w.stem.weight;
    let _: &[f32; 8] = &w.stem.bias;
    let _: &[[[[f32; 1]; 1]; 1]; 8] = &w.stem.gain;
    let _: &[[[[f32; 3]; 3]; 8]; 8] = &w.plain.weight;
    let _: &[[[[f32; 1]; 1]; 1]; 8] = &w.plain.gain;
    let _: &[[[[f32; 1]; 1]; 8]; 8] = &w.ws.weight;
    let _: &[f32; 1] = &w.lab.scale;
    let _: &[f32; 1] = &w.skip.gain;
};
const _: () = assert!(size_of::<ScalarsWeights<f32>>() as u64 == Scalars::TOTAL_PARAMS * 4);
const _: () = assert!(size_of::<ScaledRanksWeights<f32>>() as u64 == ScaledRanks::TOTAL_PARAMS * 4);
// By hand: 8*27 + 8 + 8, 8*72 + 8, 8*8 + 8, 2, 1.
const _: () = assert!(Scalars::TOTAL_PARAMS == 232 + 584 + 72 + 2 + 1);
// ScaledStdConv3d(2, 4, 3): 4*2*27 + 4 + 4.
const _: () = assert!(ScaledRanks::TOTAL_PARAMS == 224);

const _: () = assert!(size_of::<WaveWeights<f32>>() as u64 == Wave::TOTAL_PARAMS * 4);
const _: () = assert!(size_of::<ClipWeights<f32>>() as u64 == Clip::TOTAL_PARAMS * 4);
// By hand: 32*80 + 32, batch norm 4*32, 32*8*4 + 8, 2*8, 10*8 + 10.
const _: () = assert!(Wave::TOTAL_PARAMS == 2_592 + 128 + 1_032 + 16 + 90);
// 64*32*8 + 32, 16*32*3, 2*16, 16.
const _: () = assert!(Clip::TOTAL_PARAMS == 16_416 + 1_536 + 32 + 16);

fn same_type<A: 'static, B: 'static>() -> bool {
    core::any::TypeId::of::<A>() == core::any::TypeId::of::<B>()
}

#[test]
fn shapes_of_every_rank_are_types() {
    assert!(same_type::<<Wave as Network>::Input, Dims1<8000, 1>>());
    assert!(same_type::<<Wave as Network>::Output, Flat<10>>());
    assert!(same_type::<<Clip as Network>::Input, Dims3<4, 8, 8, 64>>());
    assert!(same_type::<<Clip as Network>::Output, Flat<16>>());
    // 8000 -> (8000 - 80)/16 + 1 = 496 -> (496 - 1)*2 - 2 + 4 = 992.
    assert_eq!(Wave::UP.output, cnn::Shape::sequence(992, 8));
    assert_eq!(Clip::UP.output, cnn::Shape::volume(8, 16, 16, 32));
}
