//! A passing case for every layer statement and every option of the
//! language (DSL.md, "Layers"), and for the syntax around them: names,
//! `-> shape`, spaced shapes, several networks per invocation, attributes,
//! the expression form.
//!
//! Every expected number is worked out by hand in the comment above it,
//! from PyTorch's or Keras's documented formulas or a published count; none
//! is copied from the macro's output.
//!
//! Output size per axis (PyTorch): floor((I + 2P - D*(K-1) - 1)/S) + 1;
//! with `ceil` the division rounds up, and a last window that would start in
//! the right padding (at or past I + P) is dropped; `pad same` is ceil(I/S).

use cnn::{cnn, Kind, Model, Shape};

const fn spatial(height: u64, width: u64, channels: u64) -> Shape {
    Shape::Spatial {
        height,
        width,
        channels,
    }
}

/// Whether `model` outputs `shape` with `params` learnable parameters.
const fn gives(model: Model, shape: Shape, params: u64) -> bool {
    model.output.same_as(&shape) && model.params == params
}

// ===========================================================================
// input
// ===========================================================================

// `input HxWxC`: nothing to learn, the shape passes through.
const _: () = assert!(gives(cnn!(input 32x32x3), spatial(32, 32, 3), 0));
const _: () = assert!(cnn!(input 32x32x3).input.same_as(&spatial(32, 32, 3)));
// `input N`: a flat vector.
const _: () = assert!(gives(cnn!(input 100), Shape::Flat(100), 0));
const _: () = assert!(cnn!(input 100).input.same_as(&Shape::Flat(100)));
// Non-square input: height first, then width, then channels.
const _: () = assert!(gives(cnn!(input 480x640x3), spatial(480, 640, 3), 0));
// Spaced shapes: `32 x 32 x 3` is five tokens, the same shape.
const _: () = assert!(gives(cnn!(input 32 x 32 x 3), spatial(32, 32, 3), 0));
// Half spaced: `32 x32x3` and `32x32 x 3`.
const _: () = assert!(gives(cnn!(input 32 x32x3), spatial(32, 32, 3), 0));
const _: () = assert!(gives(cnn!(input 32x32 x 3), spatial(32, 32, 3), 0));
// A `-> shape` on the input itself.
const _: () = assert!(gives(cnn!(input 8x8x1 -> 8x8x1), spatial(8, 8, 1), 0));
const _: () = assert!(gives(cnn!(input 8 -> 8), Shape::Flat(8), 0));

// ===========================================================================
// conv
// ===========================================================================

// `conv KxKxF` on 32x32x3: 32-3+1 = 30; ((3*3*3)+1)*16 = 28*16 = 448.
const _: () = assert!(gives(
    cnn!(input 32x32x3; conv 3x3x16),
    spatial(30, 30, 16),
    448
));
// `conv KHxKWxF`, 3 high and 5 wide: 32-3+1 = 30, 32-5+1 = 28;
// ((3*5*3)+1)*8 = 46*8 = 368.
const _: () = assert!(gives(
    cnn!(input 32x32x3; conv 3x5x8),
    spatial(30, 28, 8),
    368
));
// 1x1 conv (pointwise) 64 -> 128: (64+1)*128 = 8,320, size kept.
const _: () = assert!(gives(
    cnn!(input 14x14x64; conv 1x1x128),
    spatial(14, 14, 128),
    8_320
));
// `stride 2`: floor((32-3)/2)+1 = 14+1 = 15; params unchanged, 448.
const _: () = assert!(gives(
    cnn!(input 32x32x3; conv 3x3x16 stride 2),
    spatial(15, 15, 16),
    448
));
// `stride SHxSW` 2x1: height 15 (as above), width (32-3)/1+1 = 30.
const _: () = assert!(gives(
    cnn!(input 32x32x3; conv 3x3x16 stride 2x1),
    spatial(15, 30, 16),
    448
));
// `pad valid` is the default: 30.
const _: () = assert!(gives(
    cnn!(input 32x32x3; conv 3x3x16 pad valid),
    spatial(30, 30, 16),
    448
));
// `pad same`, stride 1: ceil(32/1) = 32.
const _: () = assert!(gives(
    cnn!(input 32x32x3; conv 3x3x16 pad same),
    spatial(32, 32, 16),
    448
));
// `pad same` with stride 2 on odd sizes: ceil(33/2) = 17, ceil(7/2) = 4.
const _: () = assert!(gives(
    cnn!(input 33x33x3; conv 3x3x8 stride 2 pad same),
    spatial(17, 17, 8),
    224
));
const _: () = assert!(gives(
    cnn!(input 7x7x3; conv 3x3x8 stride 2 pad same),
    spatial(4, 4, 8),
    224
));
// (3*3*3+1)*8 = 224 above. Stride 3 on 10: ceil(10/3) = 4; on 11x13 with
// stride 2: ceil(11/2) = 6, ceil(13/2) = 7.
const _: () = assert!(gives(
    cnn!(input 10x10x3; conv 3x3x8 stride 3 pad same),
    spatial(4, 4, 8),
    224
));
const _: () = assert!(gives(
    cnn!(input 11x13x3; conv 5x5x8 stride 2 pad same),
    spatial(6, 7, 8),
    608
));
// (5*5*3+1)*8 = 608 above. A 1x1 conv, stride 2, same, on 15: ceil(15/2) = 8;
// (3+1)*8 = 32.
const _: () = assert!(gives(
    cnn!(input 15x15x3; conv 1x1x8 stride 2 pad same),
    spatial(8, 8, 8),
    32
));
// Keras accepts `padding="same"` with a kernel larger than the input: a
// 3x3 kernel on 1x1 gives 1x1; ((3*3*4)+1)*8 = 37*8 = 296.
const _: () = assert!(gives(
    cnn!(input 1x1x4; conv 3x3x8 pad same),
    spatial(1, 1, 8),
    296
));
// `pad P` 1: (32+2-3)/1+1 = 32.
const _: () = assert!(gives(
    cnn!(input 32x32x3; conv 3x3x16 pad 1),
    spatial(32, 32, 16),
    448
));
// `pad PHxPW` 1x2: height (32+2-3)+1 = 32, width (32+4-3)+1 = 34.
const _: () = assert!(gives(
    cnn!(input 32x32x3; conv 3x3x16 pad 1x2),
    spatial(32, 34, 16),
    448
));
// `dilation 2`: (32 - 2*(3-1) - 1)/1 + 1 = 28; params do not change.
const _: () = assert!(gives(
    cnn!(input 32x32x3; conv 3x3x16 dilation 2),
    spatial(28, 28, 16),
    448
));
// DeepLab-style atrous conv, pad 2 dilation 2 keeps 33:
// (33 + 4 - 4 - 1)/1 + 1 = 33; ((3*3*16)+1)*16 = 145*16 = 2,320.
const _: () = assert!(gives(
    cnn!(input 33x33x16; conv 3x3x16 pad 2 dilation 2),
    spatial(33, 33, 16),
    2_320
));
// `groups 4`, 8 -> 16 channels: PyTorch weight (16, 8/4, 3, 3) = 288, bias
// 16: ((3*3*8/4)+1)*16 = 19*16 = 304. Size 32-3+1 = 30.
const _: () = assert!(gives(
    cnn!(input 32x32x8; conv 3x3x16 groups 4),
    spatial(30, 30, 16),
    304
));
// groups = channels is a depthwise conv: (3*3*1+1)*32 = 320.
const _: () = assert!(gives(
    cnn!(input 16x16x32; conv 3x3x32 groups 32 pad 1),
    spatial(16, 16, 32),
    320
));
// ResNeXt-50 32x4d, layer1 grouped conv: Conv2d(128, 128, 3, groups=32,
// bias=False): 128 * (128/32) * 3*3 = 4,608.
const _: () = assert!(gives(
    cnn!(input 56x56x128; conv 3x3x128 pad 1 groups 32 nobias),
    spatial(56, 56, 128),
    4_608
));
// `nobias`: 3*3*3*16 = 432.
const _: () = assert!(gives(
    cnn!(input 32x32x3; conv 3x3x16 nobias),
    spatial(30, 30, 16),
    432
));
// Options in any order. ResNet stem: Conv2d(3, 64, 7, stride=2, padding=3,
// bias=False): (224+6-7)/2+1 = 111+1 = 112; 7*7*3*64 = 9,408 (torchvision
// resnet18 conv1.weight.numel()).
const _: () = assert!(gives(
    cnn!(input 224x224x3; conv 7x7x64 stride 2 pad 3 nobias),
    spatial(112, 112, 64),
    9_408
));
const _: () = assert!(gives(
    cnn!(input 224x224x3; conv 7x7x64 nobias pad 3 stride 2),
    spatial(112, 112, 64),
    9_408
));
const _: () = assert!(gives(
    cnn!(input 224x224x3; conv 7x7x64 pad 3 nobias stride 2),
    spatial(112, 112, 64),
    9_408
));
// Every conv option at once: 8 -> 16 channels, 3x3, stride 2, pad 2,
// dilation 2, groups 2, no bias: (20 + 4 - 4 - 1)/2 + 1 = 9 + 1 = 10;
// 3*3*(8/2)*16 = 576.
const _: () = assert!(gives(
    cnn!(input 20x20x8; conv 3x3x16 stride 2 pad 2 dilation 2 groups 2 nobias),
    spatial(10, 10, 16),
    576
));
// Spaced kernel `5 x 5 x 8` and half-spaced `3x3 x 16`.
const _: () = assert!(gives(
    cnn!(input 32x32x3; conv 5 x 5 x 8),
    spatial(28, 28, 8),
    608
));
const _: () = assert!(gives(
    cnn!(input 32x32x3; conv 3x3 x 16),
    spatial(30, 30, 16),
    448
));
// A spaced stride `2 x 1` and padding `1 x 2`: as the one-token forms above.
const _: () = assert!(gives(
    cnn!(input 32x32x3; conv 3x3x16 stride 2 x 1),
    spatial(15, 30, 16),
    448
));
const _: () = assert!(gives(
    cnn!(input 32x32x3; conv 3x3x16 pad 1 x 2),
    spatial(32, 34, 16),
    448
));

// ===========================================================================
// dwconv
// ===========================================================================

// `dwconv KxK` on 16x16x32: 16-3+1 = 14; Keras DepthwiseConv2D(3):
// kernel (3,3,32,1) + bias (32,) = 288 + 32 = 320.
const _: () = assert!(gives(
    cnn!(input 16x16x32; dwconv 3x3),
    spatial(14, 14, 32),
    320
));
// `multiplier 2`: kernel (3,3,32,2) + bias (64,) = 576 + 64 = 640, 64 out.
const _: () = assert!(gives(
    cnn!(input 16x16x32; dwconv 3x3 multiplier 2),
    spatial(14, 14, 64),
    640
));
// `nobias`: 3*3*32 = 288.
const _: () = assert!(gives(
    cnn!(input 16x16x32; dwconv 3x3 nobias),
    spatial(14, 14, 32),
    288
));
// `multiplier 2 nobias`: 3*3*32*2 = 576.
const _: () = assert!(gives(
    cnn!(input 16x16x32; dwconv 3x3 multiplier 2 nobias),
    spatial(14, 14, 64),
    576
));
// MobileNetV2 style, PyTorch Conv2d(32, 32, 3, stride=2, padding=1,
// groups=32, bias=False): (16+2-3)/2+1 = 7+1 = 8; 32*1*3*3 = 288.
const _: () = assert!(gives(
    cnn!(input 16x16x32; dwconv 3x3 stride 2 pad 1 nobias),
    spatial(8, 8, 32),
    288
));
// `pad same`, stride 2 on odd 15: ceil(15/2) = 8.
const _: () = assert!(gives(
    cnn!(input 15x15x32; dwconv 3x3 stride 2 pad same),
    spatial(8, 8, 32),
    320
));
// `dilation 2`: 16 - 2*2 = 12.
const _: () = assert!(gives(
    cnn!(input 16x16x32; dwconv 3x3 dilation 2),
    spatial(12, 12, 32),
    320
));
// A 5x5 depthwise (EfficientNet style), pad 2: size kept; 25*32+32 = 832.
const _: () = assert!(gives(
    cnn!(input 16x16x32; dwconv 5x5 pad 2),
    spatial(16, 16, 32),
    832
));

// ===========================================================================
// sepconv
// ===========================================================================

// Keras SeparableConv2D(64, 3) on 32 channels: depthwise (3,3,32,1),
// pointwise (1,1,32,64), bias (64,): 288 + 2048 + 64 = 2,400; 32-3+1 = 30.
const _: () = assert!(gives(
    cnn!(input 32x32x32; sepconv 3x3x64),
    spatial(30, 30, 64),
    2_400
));
// `pad same`: 32 kept.
const _: () = assert!(gives(
    cnn!(input 32x32x32; sepconv 3x3x64 pad same),
    spatial(32, 32, 64),
    2_400
));
// `nobias` (use_bias=False): 288 + 2048 = 2,336.
const _: () = assert!(gives(
    cnn!(input 32x32x32; sepconv 3x3x64 nobias),
    spatial(30, 30, 64),
    2_336
));
// `multiplier 2` (depth_multiplier=2): (3,3,32,2) + (1,1,64,64) + (64,) =
// 576 + 4096 + 64 = 4,736.
const _: () = assert!(gives(
    cnn!(input 32x32x32; sepconv 3x3x64 multiplier 2),
    spatial(30, 30, 64),
    4_736
));
// `stride 2 pad same` on odd 19: ceil(19/2) = 10. Xception entry flow
// SeparableConv2D(128, 3) on 64 channels: 576 + 8192 + 128 = 8,896.
const _: () = assert!(gives(
    cnn!(input 19x19x64; sepconv 3x3x128 stride 2 pad same),
    spatial(10, 10, 128),
    8_896
));
// Xception uses use_bias=False: 576 + 8192 = 8,768.
const _: () = assert!(gives(
    cnn!(input 19x19x64; sepconv 3x3x128 pad same nobias),
    spatial(19, 19, 128),
    8_768
));
// `dilation 2`, `pad 2` keeps 16; 288 + 2048 + 64 = 2,400.
const _: () = assert!(gives(
    cnn!(input 16x16x32; sepconv 3x3x64 pad 2 dilation 2),
    spatial(16, 16, 64),
    2_400
));

// ===========================================================================
// pool, maxpool, avgpool
// ===========================================================================

// `pool 2`: max 2x2, stride 2: 28/2 = 14.
const _: () = assert!(gives(cnn!(input 28x28x8; pool 2), spatial(14, 14, 8), 0));
// `pool 2` on odd 5: floor((5-2)/2)+1 = 2.
const _: () = assert!(gives(cnn!(input 5x5x8; pool 2), spatial(2, 2, 8), 0));
// `pool 2 ceil` on 5: ceil(3/2)+1 = 3; last window starts at 4 < 5, kept.
const _: () = assert!(gives(cnn!(input 5x5x8; pool 2 ceil), spatial(3, 3, 8), 0));
// `maxpool 3`: stride defaults to 3: floor((9-3)/3)+1 = 3.
const _: () = assert!(gives(cnn!(input 9x9x4; maxpool 3), spatial(3, 3, 4), 0));
// `maxpool 3` on 10: floor(7/3)+1 = 3.
const _: () = assert!(gives(cnn!(input 10x10x4; maxpool 3), spatial(3, 3, 4), 0));
// `maxpool 3 stride 2` (AlexNet): (55-3)/2+1 = 27.
const _: () = assert!(gives(
    cnn!(input 55x55x64; maxpool 3 stride 2),
    spatial(27, 27, 64),
    0
));
// ceil_mode, 55: (55-3)/2 = 26 exactly, so ceil also gives 27.
const _: () = assert!(gives(
    cnn!(input 55x55x96; maxpool 3 stride 2 ceil),
    spatial(27, 27, 96),
    0
));
// GoogLeNet: MaxPool2d(3, 2, ceil_mode=True) on 112: ceil(109/2)+1 = 55+1
// = 56 (floor would give 54+1 = 55); last window starts at 110 < 112.
const _: () = assert!(gives(
    cnn!(input 112x112x64; maxpool 3 stride 2 ceil),
    spatial(56, 56, 64),
    0
));
const _: () = assert!(gives(
    cnn!(input 112x112x64; maxpool 3 stride 2),
    spatial(55, 55, 64),
    0
));
// GoogLeNet's later pools: 56 -> ceil(53/2)+1 = 28; 28 -> ceil(25/2)+1 = 14;
// MaxPool2d(2, 2, ceil_mode=True) on 14 -> 12/2+1 = 7.
const _: () = assert!(gives(
    cnn!(input 56x56x192; maxpool 3 stride 2 ceil),
    spatial(28, 28, 192),
    0
));
const _: () = assert!(gives(
    cnn!(input 28x28x480; maxpool 3 stride 2 ceil),
    spatial(14, 14, 480),
    0
));
const _: () = assert!(gives(
    cnn!(input 14x14x832; maxpool 2 stride 2 ceil),
    spatial(7, 7, 832),
    0
));
// SqueezeNet 1.1: Conv2d(3, 64, 3, stride=2) on 224: (224-3)/2+1 = 111;
// (3*3*3+1)*64 = 1,792. MaxPool2d(3, 2, ceil_mode=True): 111 ->
// ceil(108/2)+1 = 55; 55 -> 27; 27 -> ceil(24/2)+1 = 13.
const _: () = assert!(gives(
    cnn!(input 224x224x3; conv 3x3x64 stride 2 -> 111x111x64; maxpool 3 stride 2 ceil),
    spatial(55, 55, 64),
    1_792
));
const _: () = assert!(gives(
    cnn!(input 27x27x256; maxpool 3 stride 2 ceil),
    spatial(13, 13, 256),
    0
));
// SqueezeNet 1.0: Conv2d(3, 96, 7, stride=2): (224-7)/2+1 = 109;
// (7*7*3+1)*96 = 148*96 = 14,208; pool ceil: ceil(106/2)+1 = 54.
const _: () = assert!(gives(
    cnn!(input 224x224x3; conv 7x7x96 stride 2 -> 109x109x96; maxpool 3 stride 2 ceil),
    spatial(54, 54, 96),
    14_208
));
// ceil where PyTorch drops the last window: MaxPool2d(2, stride=3,
// padding=1, ceil_mode=True) on 4: ceil((4+2-2)/3)+1 = 3, but that window
// would start at (3-1)*3 = 6 >= 4+1, in the right padding: 2.
const _: () = assert!(gives(
    cnn!(input 4x4x1; maxpool 2 stride 3 pad 1 ceil),
    spatial(2, 2, 1),
    0
));
// ceil with pad where the last window is kept: MaxPool2d(3, 3, padding=1,
// ceil_mode=True) on 6: ceil((6+2-3)/3)+1 = 2+1 = 3, starts at 6 < 7.
const _: () = assert!(gives(
    cnn!(input 6x6x1; maxpool 3 stride 3 pad 1 ceil),
    spatial(3, 3, 1),
    0
));
const _: () = assert!(gives(
    cnn!(input 6x6x1; maxpool 3 stride 3 pad 1),
    spatial(2, 2, 1),
    0
));
// `pad 1` (ResNet): MaxPool2d(3, 2, 1) on 112: (112+2-3)/2+1 = 55+1 = 56.
const _: () = assert!(gives(
    cnn!(input 112x112x64; maxpool 3 stride 2 pad 1),
    spatial(56, 56, 64),
    0
));
// `pad PHxPW` 1x0 with a 3 window, stride 1: height (8+2-3)+1 = 8, width 6.
const _: () = assert!(gives(
    cnn!(input 8x8x2; maxpool 3 stride 1 pad 1x0),
    spatial(8, 6, 2),
    0
));
// `pad valid` (the default) and `pad same` (Keras MaxPooling2D(2,
// padding="same") on 5: ceil(5/2) = 3).
const _: () = assert!(gives(
    cnn!(input 5x5x8; maxpool 2 pad valid),
    spatial(2, 2, 8),
    0
));
const _: () = assert!(gives(
    cnn!(input 5x5x8; maxpool 2 pad same),
    spatial(3, 3, 8),
    0
));
// Keras MaxPooling2D(3, strides=2, padding="same") on 147 (Xception):
// ceil(147/2) = 74.
const _: () = assert!(gives(
    cnn!(input 147x147x64; maxpool 3 stride 2 pad same),
    spatial(74, 74, 64),
    0
));
// `stride SHxSW` 2x1: height (8-2)/2+1 = 4, width (8-2)/1+1 = 7.
const _: () = assert!(gives(
    cnn!(input 8x8x3; maxpool 2 stride 2x1),
    spatial(4, 7, 3),
    0
));
// `dilation 2` (MaxPool2d(2, stride=1, dilation=2)): (8 - 2*1 - 1)/1+1 = 6.
const _: () = assert!(gives(
    cnn!(input 8x8x3; maxpool 2 stride 1 dilation 2),
    spatial(6, 6, 3),
    0
));
// `avgpool 2`: 8/2 = 4.
const _: () = assert!(gives(cnn!(input 8x8x4; avgpool 2), spatial(4, 4, 4), 0));
// Inception's AvgPool2d(3, stride=1, padding=1) keeps 35.
const _: () = assert!(gives(
    cnn!(input 35x35x192; avgpool 3 stride 1 pad 1),
    spatial(35, 35, 192),
    0
));
// DenseNet transition AvgPool2d(2, 2) on 56: 28; with odd 7: 3; ceil: 4.
const _: () = assert!(gives(
    cnn!(input 56x56x128; avgpool 2 stride 2),
    spatial(28, 28, 128),
    0
));
const _: () = assert!(gives(cnn!(input 7x7x8; avgpool 2), spatial(3, 3, 8), 0));
const _: () = assert!(gives(
    cnn!(input 7x7x8; avgpool 2 ceil),
    spatial(4, 4, 8),
    0
));
// Keras AveragePooling2D(2, padding="same") on 7: ceil(7/2) = 4.
const _: () = assert!(gives(
    cnn!(input 7x7x8; avgpool 2 pad same),
    spatial(4, 4, 8),
    0
));
// Every pooling option at once: window 3, stride 2, pad 1, ceil on 8:
// ceil((8+2-3)/2)+1 = 4+1 = 5; start (5-1)*2 = 8 >= 8+1? no, kept: 5.
const _: () = assert!(gives(
    cnn!(input 8x8x1; avgpool 3 ceil pad 1 stride 2),
    spatial(5, 5, 1),
    0
));

// ===========================================================================
// gap, gmp, adaptivepool, flatten
// ===========================================================================

// `gap`: 7x7x512 -> 1x1x512; then ResNet-18's fc: 512*1000+1000 = 513,000.
const _: () = assert!(gives(cnn!(input 7x7x512; gap), spatial(1, 1, 512), 0));
const _: () = assert!(gives(
    cnn!(input 7x7x512; gap; fc 1000),
    Shape::Flat(1000),
    513_000
));
// `gmp`: 5x9x16 -> 1x1x16.
const _: () = assert!(gives(cnn!(input 5x9x16; gmp), spatial(1, 1, 16), 0));
// `adaptivepool 6x6` (AlexNet) on 13x13x256 -> 6x6x256; `7x7` on 7 (VGG)
// is the identity; `1x1` is global average pooling; may upsample: 2 -> 4.
const _: () = assert!(gives(
    cnn!(input 13x13x256; adaptivepool 6x6),
    spatial(6, 6, 256),
    0
));
const _: () = assert!(gives(
    cnn!(input 7x7x512; adaptivepool 7x7),
    spatial(7, 7, 512),
    0
));
const _: () = assert!(gives(
    cnn!(input 10x10x8; adaptivepool 1x1),
    spatial(1, 1, 8),
    0
));
const _: () = assert!(gives(
    cnn!(input 2x2x8; adaptivepool 4x3),
    spatial(4, 3, 8),
    0
));
// `flatten`: 5x5x16 -> 400; of a flat vector, the same vector.
const _: () = assert!(gives(cnn!(input 5x5x16; flatten), Shape::Flat(400), 0));
const _: () = assert!(gives(cnn!(input 7x7x512; flatten), Shape::Flat(25_088), 0));
const _: () = assert!(gives(cnn!(input 400; flatten), Shape::Flat(400), 0));

// ===========================================================================
// fc, dense, linear, softmax
// ===========================================================================

// `fc N` on a flat 400: 10*400+10 = 4,010; `nobias`: 4,000.
const _: () = assert!(gives(cnn!(input 400; fc 10), Shape::Flat(10), 4_010));
const _: () = assert!(gives(cnn!(input 400; fc 10 nobias), Shape::Flat(10), 4_000));
// `fc` flattens a spatial input first: 5x5x16 = 400 in, as above.
const _: () = assert!(gives(cnn!(input 5x5x16; fc 10), Shape::Flat(10), 4_010));
const _: () = assert!(gives(
    cnn!(input 5x5x16; flatten; fc 10),
    Shape::Flat(10),
    4_010
));
// `dense N`, `linear N`, with and without bias: same counts.
const _: () = assert!(gives(cnn!(input 400; dense 10), Shape::Flat(10), 4_010));
const _: () = assert!(gives(
    cnn!(input 400; dense 10 nobias),
    Shape::Flat(10),
    4_000
));
const _: () = assert!(gives(cnn!(input 400; linear 10), Shape::Flat(10), 4_010));
const _: () = assert!(gives(
    cnn!(input 400; linear 10 nobias),
    Shape::Flat(10),
    4_000
));
// The DSL's own example: 784*10+10 = 7,850.
const _: () = assert!(cnn!(input 28x28x1; fc 10).params == 7_850);
// `softmax N`: the article's last layer, 10*84+10 = 850.
const _: () = assert!(gives(cnn!(input 84; softmax 10), Shape::Flat(10), 850));
// Plain `softmax`: an activation, shape kept, nothing to learn.
const _: () = assert!(gives(cnn!(input 84; softmax), Shape::Flat(84), 0));
const _: () = assert!(gives(cnn!(input 84; fc 10; softmax), Shape::Flat(10), 850));
const _: () = assert!(gives(cnn!(input 4x4x3; softmax), spatial(4, 4, 3), 0));
// Underscores in a count, as in Rust: fc 1_000 on 512: 513,000.
const _: () = assert!(gives(cnn!(input 512; fc 1_000), Shape::Flat(1000), 513_000));

// ===========================================================================
// activations, prelu, batchnorm, dropout, zeropad
// ===========================================================================

// Every activation keeps the shape and learns nothing.
const _: () = assert!(gives(
    cnn!(
        input 6x6x4;
        relu; relu6; leakyrelu; elu; gelu; silu; swish; sigmoid;
        hardsigmoid; hardswish; tanh; softmax;
    ),
    spatial(6, 6, 4),
    0
));
const _: () = assert!(gives(
    cnn!(
        input 10;
        relu; relu6; leakyrelu; elu; gelu; silu; swish; sigmoid;
        hardsigmoid; hardswish; tanh; softmax
    ),
    Shape::Flat(10),
    0
));
const _: () = assert!(
    cnn!(input 6x6x4; relu; relu6; leakyrelu; elu; gelu; silu; swish; sigmoid;
    hardsigmoid; hardswish; tanh; softmax)
    .layers
    .len()
        == 13
);
// `gelu tanh` (nn.GELU(approximate='tanh')): no parameters, no MACs, shape
// kept, on a map and on a vector.
const _: () = assert!(gives(cnn!(input 6x6x4; gelu tanh), spatial(6, 6, 4), 0));
const _: () = assert!(gives(cnn!(input 10; gelu tanh; fc 3), Shape::Flat(3), 33));
const _: () = assert!(cnn!(input 6x6x4; gelu tanh).macs == 0);
// `zeropad P end Q`: F.pad(x, (0, 1, 0, 1)) on 8x8x3 gives 9x9x3; per
// axis, 1x0 before and 0x2 after on 5x5x2 gives 6x7x2; on a sequence too.
const _: () = assert!(gives(
    cnn!(input 8x8x3; zeropad 0 end 1),
    spatial(9, 9, 3),
    0
));
const _: () = assert!(gives(
    cnn!(input 5x5x2; zeropad 1x0 end 0x2),
    spatial(6, 7, 2),
    0
));
const _: () = assert!(gives(
    cnn!(input 7x4; zeropad 2 end 1),
    Shape::sequence(10, 4),
    0
));
// `logsoftmax` (nn.LogSoftmax over the channels): none either.
const _: () = assert!(gives(cnn!(input 6x6x4; logsoftmax), spatial(6, 6, 4), 0));
const _: () = assert!(gives(
    cnn!(input 100x64; conv 1x35; logsoftmax),
    Shape::sequence(100, 35),
    64 * 35 + 35
));
const _: () = assert!(cnn!(input 10; logsoftmax).macs == 0);
// `prelu`: nn.PReLU(num_parameters=16): 16 on 8x8x16; 10 on a flat 10.
const _: () = assert!(gives(cnn!(input 8x8x16; prelu), spatial(8, 8, 16), 16));
const _: () = assert!(gives(cnn!(input 10; prelu), Shape::Flat(10), 10));
// `batchnorm` / `bn` on 16 channels: weight + bias = 32 learnable,
// running_mean + running_var = 32 non-trainable; total 64.
const _: () = assert!(gives(cnn!(input 8x8x16; batchnorm), spatial(8, 8, 16), 32));
const _: () = assert!(cnn!(input 8x8x16; batchnorm).non_trainable_params == 32);
const _: () = assert!(cnn!(input 8x8x16; batchnorm).total_params == 64);
const _: () = assert!(gives(cnn!(input 8x8x16; bn), spatial(8, 8, 16), 32));
const _: () = assert!(cnn!(input 8x8x16; bn).non_trainable_params == 32);
// BatchNorm1d(100) on a vector: 200 learnable, 200 non-trainable.
const _: () = assert!(gives(cnn!(input 100; bn), Shape::Flat(100), 200));
const _: () = assert!(cnn!(input 100; bn).non_trainable_params == 200);
// conv + bn (VGG-16-BN's first block): (27+1)*64 = 1,792 + 2*64 = 1,920
// learnable, 128 non-trainable.
const _: () = assert!(gives(
    cnn!(input 224x224x3; conv 3x3x64 pad 1; bn; relu),
    spatial(224, 224, 64),
    1_920
));
const _: () =
    assert!(cnn!(input 224x224x3; conv 3x3x64 pad 1; bn; relu).non_trainable_params == 128);
// `dropout` and `dropout P`: shape kept, nothing learned.
const _: () = assert!(gives(cnn!(input 8x8x16; dropout), spatial(8, 8, 16), 0));
const _: () = assert!(gives(cnn!(input 8x8x16; dropout 0.5), spatial(8, 8, 16), 0));
const _: () = assert!(gives(cnn!(input 128; dropout 0.2), Shape::Flat(128), 0));
const _: () = assert!(gives(cnn!(input 128; dropout 0.001), Shape::Flat(128), 0));
// `zeropad P`: 28 + 2*1 = 30 each way; Keras ResNet50 ZeroPadding2D(3):
// 224 + 6 = 230.
const _: () = assert!(gives(cnn!(input 28x28x1; zeropad 1), spatial(30, 30, 1), 0));
const _: () = assert!(gives(
    cnn!(input 224x224x3; zeropad 3),
    spatial(230, 230, 3),
    0
));
// `zeropad PHxPW` 1x2: 28+2 = 30 high, 28+4 = 32 wide.
const _: () = assert!(gives(
    cnn!(input 28x28x1; zeropad 1x2),
    spatial(30, 32, 1),
    0
));
// zeropad then valid conv equals `pad`: 230 -> (230-7)/2+1 = 112.
const _: () = assert!(gives(
    cnn!(input 224x224x3; zeropad 3; conv 7x7x64 stride 2 nobias),
    spatial(112, 112, 64),
    9_408
));

// ===========================================================================
// Declared networks: names, assertions, attributes, several per invocation
// ===========================================================================

cnn! {
    /// Layer names that are the language's own keywords.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub struct KeywordNames {
        input 32x32x3;
        conv: conv 3x3x8 pad 1 -> 32x32x8;
        bn: bn;
        relu: relu;
        pool: pool 2 -> 16x16x8;
        maxpool: maxpool 2 -> 8x8x8;
        dropout: dropout 0.5;
        flatten: flatten -> 512;
        fc: fc 10 -> 10;
        softmax: softmax;
    }

    /// Layer names that are Rust keywords, raw and bare.
    #[derive(Debug, Clone, Copy)]
    pub(crate) struct RustKeywordNames {
        input 16x16x4;
        r#type: conv 3x3x8;
        r#fn: relu;
        r#match: gap;
        r#struct: fc 2;
    }

    /// Rust keywords written bare: to a macro they are identifiers.
    pub struct BareRustKeywordNames {
        input 4;
        type: fc 3;
        loop: relu;
        impl: fc 1;
    }

    // No attributes, private.
    struct Minimal {
        input 28x28x1;
        out: fc 10;
    }

    /// Spaced shapes and assertions everywhere.
    #[allow(dead_code)]
    pub struct Spaced {
        input 32 x 32 x 3 -> 32 x 32 x 3;
        c1: conv 5 x 5 x 8 -> 28 x 28 x 8;
        pool 2 -> 14 x14x 8;
        c2: conv 5x5 x 16 stride 1 x 1 pad 0 x 0 -> 10x10x16;
        pool 2 -> 5x5x16;
        fc 120 -> 120;
        fc 84 -> 84;
        softmax 10 -> 10;
    }
}

// KeywordNames, by hand:
// conv: ((3*3*3)+1)*8 = 224, pad 1 keeps 32; bn: 2*8 = 16 (+16 frozen);
// pools: 32 -> 16 -> 8; flatten 8*8*8 = 512; fc: 10*512+10 = 5,130.
// Learnable 224 + 16 + 5130 = 5,370; non-trainable 16; total 5,386.
const _: () = assert!(KeywordNames::CONV.params == 224);
const _: () = assert!(KeywordNames::BN.params == 16);
const _: () = assert!(KeywordNames::BN.non_trainable_params == 16);
const _: () = assert!(KeywordNames::RELU.output.same_as(&spatial(32, 32, 8)));
const _: () = assert!(KeywordNames::POOL.output.same_as(&spatial(16, 16, 8)));
const _: () = assert!(KeywordNames::MAXPOOL.output.same_as(&spatial(8, 8, 8)));
const _: () = assert!(KeywordNames::DROPOUT.output.same_as(&spatial(8, 8, 8)));
const _: () = assert!(KeywordNames::FLATTEN.output.same_as(&Shape::Flat(512)));
const _: () = assert!(KeywordNames::FC.params == 5_130);
const _: () = assert!(KeywordNames::SOFTMAX.params == 0);
const _: () = assert!(KeywordNames::PARAMS == 5_370);
const _: () = assert!(KeywordNames::NON_TRAINABLE_PARAMS == 16);
const _: () = assert!(KeywordNames::TOTAL_PARAMS == 5_386);
const _: () = assert!(matches!(KeywordNames::FC.kind, Kind::Dense));
const _: () = assert!(matches!(KeywordNames::POOL.kind, Kind::MaxPool));
const _: () = assert!(KeywordNames::INPUT.same_as(&spatial(32, 32, 3)));
const _: () = assert!(KeywordNames::OUTPUT.same_as(&Shape::Flat(10)));
// 10 statements: input + 9 layers.
const _: () = assert!(KeywordNames::LAYERS.len() == 10);

// RustKeywordNames: conv ((3*3*4)+1)*8 = 296, 16-3+1 = 14; gap 1x1x8;
// fc 2*8+2 = 18; total 314.
const _: () = assert!(RustKeywordNames::TYPE.params == 296);
const _: () = assert!(RustKeywordNames::TYPE.output.same_as(&spatial(14, 14, 8)));
const _: () = assert!(RustKeywordNames::FN.output.same_as(&spatial(14, 14, 8)));
const _: () = assert!(RustKeywordNames::MATCH.output.same_as(&spatial(1, 1, 8)));
const _: () = assert!(RustKeywordNames::STRUCT.params == 18);
const _: () = assert!(RustKeywordNames::PARAMS == 314);

// BareRustKeywordNames: 3*4+3 = 15; 1*3+1 = 4; total 19.
const _: () = assert!(BareRustKeywordNames::TYPE.params == 15);
const _: () = assert!(BareRustKeywordNames::LOOP.output.same_as(&Shape::Flat(3)));
const _: () = assert!(BareRustKeywordNames::IMPL.params == 4);
const _: () = assert!(BareRustKeywordNames::PARAMS == 19);

// Minimal: 784*10+10 = 7,850.
const _: () = assert!(Minimal::PARAMS == 7_850);
const _: () = assert!(Minimal::OUT.params == 7_850);
const _: () = assert!(Minimal::INPUT.same_as(&spatial(28, 28, 1)));

// Spaced: the article's network, 62,958 (see tests/article.rs).
const _: () = assert!(Spaced::C1.params == 608);
const _: () = assert!(Spaced::C2.params == 3_216);
const _: () = assert!(Spaced::PARAMS == 62_958);

// The generated struct is an implementation of the library's trait.
const _: () = assert!(<Minimal as cnn::Network>::PARAMS == 7_850);
const _: () = assert!(<KeywordNames as cnn::Network>::NON_TRAINABLE_PARAMS == 16);

// The expression form as a named constant, and its fields.
const EXPR: Model = cnn!(input 28x28x1; conv 3x3x4 -> 26x26x4; fc 10);
// conv: (9+1)*4 = 40; 26*26*4 = 2,704; fc: 10*2704+10 = 27,050; total 27,090.
const _: () = assert!(EXPR.params == 27_090);
const _: () = assert!(EXPR.non_trainable_params == 0);
const _: () = assert!(EXPR.total_params == 27_090);
const _: () = assert!(EXPR.layers.len() == 3);
const _: () = assert!(EXPR.layers[1].params == 40);
const _: () = assert!(EXPR.layers[2].params == 27_050);
const _: () = assert!(EXPR.input.same_as(&spatial(28, 28, 1)));
const _: () = assert!(EXPR.output.same_as(&Shape::Flat(10)));
// With braces, and with names inside.
const _: () = assert!(cnn! { input 10; hidden: fc 5; out: fc 2 }.params == 67);
// 5*10+5 = 55, 2*5+2 = 12; 55+12 = 67.
const _: () = assert!(cnn![input 10; fc 5; fc 2].params == 67);

/// Compiles only if `T` has every derive of `KeywordNames`.
fn derives_all<T: std::fmt::Debug + Clone + Copy + PartialEq + Eq + Default>(value: T) -> String {
    assert!(value == T::default());
    format!("{value:?}")
}

/// Compiles only if `T` has every derive of `RustKeywordNames`.
fn derives_debug_copy<T: std::fmt::Debug + Clone + Copy>(value: T) -> String {
    format!("{value:?}")
}

#[test]
fn attributes_are_kept() {
    // #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    assert_eq!(derives_all(KeywordNames), "KeywordNames");
    // #[derive(Debug, Clone, Copy)]
    assert_eq!(derives_debug_copy(RustKeywordNames), "RustKeywordNames");
    let _ = Minimal;
}

#[test]
fn layer_names_are_kept_as_written() {
    let names: Vec<Option<&str>> = KeywordNames::LAYERS.iter().map(|l| l.name).collect();
    assert_eq!(
        names,
        [
            None,
            Some("conv"),
            Some("bn"),
            Some("relu"),
            Some("pool"),
            Some("maxpool"),
            Some("dropout"),
            Some("flatten"),
            Some("fc"),
            Some("softmax"),
        ]
    );
    assert_eq!(RustKeywordNames::TYPE.name, Some("type"));
    assert_eq!(RustKeywordNames::FN.name, Some("fn"));
    assert_eq!(RustKeywordNames::MATCH.name, Some("match"));
    assert_eq!(RustKeywordNames::STRUCT.name, Some("struct"));
    assert_eq!(BareRustKeywordNames::TYPE.name, Some("type"));
}

#[test]
fn summaries_print() {
    let text = KeywordNames::summary().to_string();
    // fc: 10*512+10 = 5130, conv: ((3*3*3)+1)*8 = 224.
    assert!(text.contains("10*512+10 = 5130"), "{text}");
    assert!(text.contains("((3*3*3)+1)*8 = 224"), "{text}");
    assert!(text.contains("Total params: 5,386"), "{text}");
    assert!(text.contains("Non-trainable params: 16"), "{text}");
    let text = RustKeywordNames::summary().to_string();
    assert!(text.contains("Total params: 314"), "{text}");
}
