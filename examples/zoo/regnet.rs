//! RegNetY (Radosavovic et al., "Designing Network Design Spaces") as
//! torchvision builds it (`torchvision/models/regnet.py`): the 400MF and
//! 1.6GF models, for a 224x224 RGB image and 1000 classes.
//!
//! torchvision derives the stages from `depth, w_0, w_a, w_m, group_width`
//! (`BlockParams.from_init_params`): block `i` (of `depth`) is
//! `w_0 + i * w_a` wide before quantization; its capacity
//! `round(log(width / w_0) / log(w_m))` gives the quantized width
//! `round(w_0 * w_m^capacity / 8) * 8`; consecutive blocks of one width
//! make a stage, each stage starting with stride 2. The stage widths are
//! then made multiples of the group width (`_make_divisible(w, g)`: to the
//! nearest multiple, one more if that loses over 10%), with the group width
//! capped at the stage width.
//!
//! A block (`ResBottleneckBlock`, bottleneck ratio 1) is a 1x1 conv, a 3x3
//! group conv of `group_width` channels per group, a squeeze-excite, and a
//! 1x1 conv, each with batch norm (no bias) and, but the last, ReLU; a
//! block that changes the shape has a projection shortcut (1x1 conv with
//! the stride, batch norm); ReLU after the sum. The squeeze-excite squeezes
//! to `round(0.25 * width_in)`, a quarter of the block's *input* width (so
//! the first block of a stage squeezes to a quarter of the previous stage's
//! width, the stem's 32 for the first stage), with biased 1x1 convs, ReLU
//! between them and a sigmoid gate.

use cnn::cnn;

cnn! {
    /// RegNetY-400MF for a 224x224 RGB image and 1000 classes:
    /// torchvision's `regnet_y_400mf`, `depth = 16, w_0 = 48, w_a = 27.89,
    /// w_m = 2.09, group_width = 8, se_ratio = 0.25`. The quantized widths
    /// give four stages of 1, 3, 6 and 6 blocks, 48, 104, 208 and 440 wide
    /// (all multiples of 8 already), with 6, 13, 26 and 55 groups.
    #[cnn(weights)]
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

cnn! {
    /// RegNetY-1.6GF for a 224x224 RGB image and 1000 classes:
    /// torchvision's `regnet_y_1_6gf`, `depth = 27, w_0 = 48, w_a = 20.71,
    /// w_m = 2.65, group_width = 24, se_ratio = 0.25`.
    ///
    /// The 27 widths `48 + 20.71 * i` have capacities 0 (blocks 0 and 1),
    /// 1 (2 to 7), 2 (8 to 24) and 3 (25 and 26), so quantized widths 48,
    /// 128 (`48 * 2.65 / 8 = 15.9`), 336 (42.135) and 896 (111.66): four
    /// stages of 2, 6, 17 and 2 blocks. Made multiples of 24: 48 stays, 128
    /// becomes 120 (`(128 + 12) // 24 * 24`), 336 stays, 896 becomes 888
    /// (`(896 + 12) // 24 * 24`); so 2, 5, 14 and 37 groups of 24.
    #[cnn(weights)]
    pub struct RegNetY1_6GF {
        input 224x224x3;
        stem: { conv 3x3x32 stride 2 pad 1 nobias; bn; relu; } -> 112x112x32
        // 2 blocks, 48 wide, 2 groups; SE 32 / 4 = 8, then 48 / 4 = 12.
        block1: {
            add {
                { conv 1x1x48 stride 2 nobias; bn; }
                {
                    conv 1x1x48 nobias; bn; relu;
                    conv 3x3x48 stride 2 pad 1 groups 2 nobias; bn; relu;
                    mul { {} { gap; conv 1x1x8; relu; conv 1x1x48; sigmoid; } }
                    conv 1x1x48 nobias; bn;
                }
            }
            relu;
            residual {
                conv 1x1x48 nobias; bn; relu;
                conv 3x3x48 pad 1 groups 2 nobias; bn; relu;
                mul { {} { gap; conv 1x1x12; relu; conv 1x1x48; sigmoid; } }
                conv 1x1x48 nobias; bn;
            }
            relu;
        } -> 56x56x48
        // 6 blocks, 120 wide, 5 groups; SE 48 / 4 = 12, then 120 / 4 = 30.
        block2: {
            add {
                { conv 1x1x120 stride 2 nobias; bn; }
                {
                    conv 1x1x120 nobias; bn; relu;
                    conv 3x3x120 stride 2 pad 1 groups 5 nobias; bn; relu;
                    mul { {} { gap; conv 1x1x12; relu; conv 1x1x120; sigmoid; } }
                    conv 1x1x120 nobias; bn;
                }
            }
            relu;
            repeat 5 {
                residual {
                    conv 1x1x120 nobias; bn; relu;
                    conv 3x3x120 pad 1 groups 5 nobias; bn; relu;
                    mul { {} { gap; conv 1x1x30; relu; conv 1x1x120; sigmoid; } }
                    conv 1x1x120 nobias; bn;
                }
                relu;
            }
        } -> 28x28x120
        // 17 blocks, 336 wide, 14 groups; SE 120 / 4 = 30, then 336 / 4 = 84.
        block3: {
            add {
                { conv 1x1x336 stride 2 nobias; bn; }
                {
                    conv 1x1x336 nobias; bn; relu;
                    conv 3x3x336 stride 2 pad 1 groups 14 nobias; bn; relu;
                    mul { {} { gap; conv 1x1x30; relu; conv 1x1x336; sigmoid; } }
                    conv 1x1x336 nobias; bn;
                }
            }
            relu;
            repeat 16 {
                residual {
                    conv 1x1x336 nobias; bn; relu;
                    conv 3x3x336 pad 1 groups 14 nobias; bn; relu;
                    mul { {} { gap; conv 1x1x84; relu; conv 1x1x336; sigmoid; } }
                    conv 1x1x336 nobias; bn;
                }
                relu;
            }
        } -> 14x14x336
        // 2 blocks, 888 wide, 37 groups; SE 336 / 4 = 84, then 888 / 4 = 222.
        block4: {
            add {
                { conv 1x1x888 stride 2 nobias; bn; }
                {
                    conv 1x1x888 nobias; bn; relu;
                    conv 3x3x888 stride 2 pad 1 groups 37 nobias; bn; relu;
                    mul { {} { gap; conv 1x1x84; relu; conv 1x1x888; sigmoid; } }
                    conv 1x1x888 nobias; bn;
                }
            }
            relu;
            residual {
                conv 1x1x888 nobias; bn; relu;
                conv 3x3x888 pad 1 groups 37 nobias; bn; relu;
                mul { {} { gap; conv 1x1x222; relu; conv 1x1x888; sigmoid; } }
                conv 1x1x888 nobias; bn;
            }
            relu;
        } -> 7x7x888
        gap;
        fc: fc 1000;
    }
}
