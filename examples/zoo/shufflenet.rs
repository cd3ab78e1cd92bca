//! ShuffleNet V2 (Ma et al., "ShuffleNet V2: Practical Guidelines for
//! Efficient CNN Architecture Design") as torchvision builds it
//! (`torchvision/models/shufflenetv2.py`): width 1.0 at 224x224.
//!
//! torchvision's unit (`InvertedResidual`) returns
//! `channel_shuffle(cat(left, right), 2)`: the shuffle comes *after* the
//! two halves are concatenated.
//!
//! - A stride-1 unit splits its input's channels in two (`x.chunk(2)`),
//!   keeps the first half and passes the second through `branch2` (1x1
//!   conv, batch norm, ReLU; 3x3 depthwise conv, batch norm; 1x1 conv,
//!   batch norm, ReLU): `split { {} { ... } }`, then `shuffle 2`.
//! - A stride-2 unit (the first of each stage) feeds its whole input to
//!   both branches: `branch1` (3x3 depthwise conv of stride 2, batch norm,
//!   1x1 conv, batch norm, ReLU) and `branch2` (as above, the depthwise conv
//!   of stride 2), each giving half the unit's output channels:
//!   `concat { {..} {..} }`, then `shuffle 2`.
//!
//! Every conv is followed by batch norm and has no bias; the depthwise
//! convs have padding 1.

use cnn::cnn;

cnn! {
    /// ShuffleNet V2 1.0x for a 224x224 RGB image and 1000 classes:
    /// torchvision's `shufflenet_v2_x1_0`, stages of 4, 8 and 4 units with
    /// 116, 232 and 464 output channels, then a 1x1 conv to 1024.
    #[cnn(weights)]
    pub struct ShuffleNetV2 {
        input 224x224x3;
        stem: { conv 3x3x24 stride 2 pad 1 nobias; bn; relu; maxpool 3 stride 2 pad 1; } -> 56x56x24
        stage2: {
            concat {
                { dwconv 3x3 stride 2 pad 1 nobias; bn; conv 1x1x58 nobias; bn; relu; }
                { conv 1x1x58 nobias; bn; relu; dwconv 3x3 stride 2 pad 1 nobias; bn; conv 1x1x58 nobias; bn; relu; }
            }
            shuffle 2;
            repeat 3 {
                split { {} { conv 1x1x58 nobias; bn; relu; dwconv 3x3 pad 1 nobias; bn; conv 1x1x58 nobias; bn; relu; } }
                shuffle 2;
            }
        } -> 28x28x116
        stage3: {
            concat {
                { dwconv 3x3 stride 2 pad 1 nobias; bn; conv 1x1x116 nobias; bn; relu; }
                { conv 1x1x116 nobias; bn; relu; dwconv 3x3 stride 2 pad 1 nobias; bn; conv 1x1x116 nobias; bn; relu; }
            }
            shuffle 2;
            repeat 7 {
                split { {} { conv 1x1x116 nobias; bn; relu; dwconv 3x3 pad 1 nobias; bn; conv 1x1x116 nobias; bn; relu; } }
                shuffle 2;
            }
        } -> 14x14x232
        stage4: {
            concat {
                { dwconv 3x3 stride 2 pad 1 nobias; bn; conv 1x1x232 nobias; bn; relu; }
                { conv 1x1x232 nobias; bn; relu; dwconv 3x3 stride 2 pad 1 nobias; bn; conv 1x1x232 nobias; bn; relu; }
            }
            shuffle 2;
            repeat 3 {
                split { {} { conv 1x1x232 nobias; bn; relu; dwconv 3x3 pad 1 nobias; bn; conv 1x1x232 nobias; bn; relu; } }
                shuffle 2;
            }
        } -> 7x7x464
        conv5: { conv 1x1x1024 nobias; bn; relu; } -> 7x7x1024
        gap;
        fc: fc 1000;
    }
}
