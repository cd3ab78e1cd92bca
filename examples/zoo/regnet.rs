//! RegNetY-400MF (Radosavovic et al., "Designing Network Design Spaces") as
//! torchvision builds it. torchvision derives the stages from
//! `depth = 16, w_0 = 48, w_a = 27.89, w_m = 2.09, group_width = 8,
//! se_ratio = 0.25`: the quantized widths give four stages of 1, 3, 6 and
//! 6 blocks, 48, 104, 208 and 440 wide, each starting with stride 2.
//!
//! A block (`ResBottleneckBlock`, bottleneck ratio 1) is a 1x1 conv, a 3x3
//! group conv of 8 channels per group (6, 13, 26 and 55 groups), a
//! squeeze-excite, and a 1x1 conv, each with batch norm (no bias) and, but
//! the last, ReLU; a block that changes the shape has a projection
//! shortcut (1x1 conv with the stride, batch norm); ReLU after the sum.
//! The squeeze-excite squeezes to `round(0.25 * width_in)`, a quarter of
//! the block's *input* width (so the first block of a stage squeezes to a
//! quarter of the previous stage's width), with biased 1x1 convs, ReLU
//! between them and a sigmoid gate.

use cnn::cnn;

cnn! {
    /// RegNetY-400MF for a 224x224 RGB image and 1000 classes.
    pub struct RegNetY400MF {
        input 224x224x3;
        stem: { conv 3x3x32 stride 2 pad 1 nobias; bn; relu; } -> 112x112x32
        // 1 block, 48 wide, 6 groups; SE 32 / 4 = 8.
        block1: {
            add {
                { conv 1x1x48 stride 2 nobias; bn; }
                {
                    conv 1x1x48 nobias; bn; relu;
                    conv 3x3x48 stride 2 pad 1 groups 6 nobias; bn; relu;
                    mul { {} { gap; conv 1x1x8; relu; conv 1x1x48; sigmoid; } }
                    conv 1x1x48 nobias; bn;
                }
            }
            relu;
        } -> 56x56x48
        // 3 blocks, 104 wide, 13 groups; SE 48 / 4 = 12, then 104 / 4 = 26.
        block2: {
            add {
                { conv 1x1x104 stride 2 nobias; bn; }
                {
                    conv 1x1x104 nobias; bn; relu;
                    conv 3x3x104 stride 2 pad 1 groups 13 nobias; bn; relu;
                    mul { {} { gap; conv 1x1x12; relu; conv 1x1x104; sigmoid; } }
                    conv 1x1x104 nobias; bn;
                }
            }
            relu;
            repeat 2 {
                residual {
                    conv 1x1x104 nobias; bn; relu;
                    conv 3x3x104 pad 1 groups 13 nobias; bn; relu;
                    mul { {} { gap; conv 1x1x26; relu; conv 1x1x104; sigmoid; } }
                    conv 1x1x104 nobias; bn;
                }
                relu;
            }
        } -> 28x28x104
        // 6 blocks, 208 wide, 26 groups; SE 104 / 4 = 26, then 208 / 4 = 52.
        block3: {
            add {
                { conv 1x1x208 stride 2 nobias; bn; }
                {
                    conv 1x1x208 nobias; bn; relu;
                    conv 3x3x208 stride 2 pad 1 groups 26 nobias; bn; relu;
                    mul { {} { gap; conv 1x1x26; relu; conv 1x1x208; sigmoid; } }
                    conv 1x1x208 nobias; bn;
                }
            }
            relu;
            repeat 5 {
                residual {
                    conv 1x1x208 nobias; bn; relu;
                    conv 3x3x208 pad 1 groups 26 nobias; bn; relu;
                    mul { {} { gap; conv 1x1x52; relu; conv 1x1x208; sigmoid; } }
                    conv 1x1x208 nobias; bn;
                }
                relu;
            }
        } -> 14x14x208
        // 6 blocks, 440 wide, 55 groups; SE 208 / 4 = 52, then 440 / 4 = 110.
        block4: {
            add {
                { conv 1x1x440 stride 2 nobias; bn; }
                {
                    conv 1x1x440 nobias; bn; relu;
                    conv 3x3x440 stride 2 pad 1 groups 55 nobias; bn; relu;
                    mul { {} { gap; conv 1x1x52; relu; conv 1x1x440; sigmoid; } }
                    conv 1x1x440 nobias; bn;
                }
            }
            relu;
            repeat 5 {
                residual {
                    conv 1x1x440 nobias; bn; relu;
                    conv 3x3x440 pad 1 groups 55 nobias; bn; relu;
                    mul { {} { gap; conv 1x1x110; relu; conv 1x1x440; sigmoid; } }
                    conv 1x1x440 nobias; bn;
                }
                relu;
            }
        } -> 7x7x440
        gap;
        fc: fc 1000;
    }
}
