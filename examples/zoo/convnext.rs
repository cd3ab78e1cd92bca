//! ConvNeXt (Liu et al., "A ConvNet for the 2020s") as torchvision builds
//! it (`torchvision/models/convnext.py`): the Tiny variant at 224x224.
//!
//! The stem is a 4x4 "patchify" conv of stride 4 (with bias) followed by
//! `LayerNorm2d`. A block (`CNBlock`) is a 7x7 depthwise conv (pad 3, with
//! bias), a `LayerNorm` over the channels, the inverted-bottleneck MLP
//! (`Linear(C, 4C)`, GELU, `Linear(4C, C)`, applied at every position, which
//! is `conv 1x1`), and a layer scale of one learnable multiplier per channel
//! (`layer_scale`, initialised to 1e-6), added back to the block's input.
//! Between stages, `LayerNorm2d` then a 2x2 conv of stride 2 doubles the
//! channels. The head pools, normalises, flattens and classifies.
//!
//! Stochastic depth (rising from 0 to 0.1 through the blocks) is the
//! identity at inference and has no parameters; the layer norms' `eps`
//! (1e-6) changes no count. Neither is written.

use cnn::cnn;

cnn! {
    /// ConvNeXt-Tiny for a 224x224 RGB image and 1000 classes: torchvision's
    /// `convnext_tiny`, stages of 3, 3, 9 and 3 blocks, 96, 192, 384 and 768
    /// channels wide.
    #[cnn(weights)]
    pub struct ConvNeXtTiny {
        input 224x224x3;
        stem: { conv 4x4x96 stride 4; layernorm eps 1e-6; } -> 56x56x96
        stage1: repeat 3 {
            residual { dwconv 7x7 pad 3; layernorm eps 1e-6; conv 1x1x384; gelu; conv 1x1x96; scale; }
        } -> 56x56x96
        down1: { layernorm eps 1e-6; conv 2x2x192 stride 2; } -> 28x28x192
        stage2: repeat 3 {
            residual { dwconv 7x7 pad 3; layernorm eps 1e-6; conv 1x1x768; gelu; conv 1x1x192; scale; }
        } -> 28x28x192
        down2: { layernorm eps 1e-6; conv 2x2x384 stride 2; } -> 14x14x384
        stage3: repeat 9 {
            residual { dwconv 7x7 pad 3; layernorm eps 1e-6; conv 1x1x1536; gelu; conv 1x1x384; scale; }
        } -> 14x14x384
        down3: { layernorm eps 1e-6; conv 2x2x768 stride 2; } -> 7x7x768
        stage4: repeat 3 {
            residual { dwconv 7x7 pad 3; layernorm eps 1e-6; conv 1x1x3072; gelu; conv 1x1x768; scale; }
        } -> 7x7x768
        gap;
        classifier: { layernorm eps 1e-6; flatten; fc 1000; }
    }
}
