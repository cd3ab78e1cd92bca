//! EfficientNet (Tan and Le, "EfficientNet: Rethinking Model Scaling for
//! Convolutional Neural Networks") and EfficientNetV2 (Tan and Le,
//! "EfficientNetV2: Smaller Models and Faster Training") as torchvision
//! builds them (`torchvision/models/efficientnet.py`): B0 at 224x224, B3 at
//! its evaluation size 300x300, V2-S at 384x384.
//!
//! An MBConv block expands the channels with a 1x1 conv (left out at
//! expansion 1), filters them with a KxK depthwise conv (padding (K-1)/2),
//! gates them with a squeeze-excite, and projects them with a linear 1x1
//! conv; every conv is followed by batch norm (no bias) and, but the
//! projection, SiLU. The shortcut is there when the stride is 1 and the
//! channels do not change. The expanded width is
//! `_make_divisible(input * expand_ratio, 8)`, exactly `expand_ratio * input`
//! here, as every input is a multiple of 8.
//!
//! The squeeze-excite (`SqueezeExcitation`) squeezes to
//! `max(1, input_channels // 4)`, a quarter of the block's *input* (not its
//! expanded width), with biased 1x1 convs, SiLU between them and a sigmoid
//! gate.
//!
//! Stochastic depth (drop a residual branch during training, with a rate
//! rising from 0 to 0.2 through the blocks) is the identity at inference
//! and has no parameters, so it is not written; nor is batch norm's `eps`
//! (1e-3 in V2), which changes no count.

use cnn::cnn;

cnn! {
    /// EfficientNet-B0 for a 224x224 RGB image and 1000 classes: seven
    /// stages of MBConv blocks (the paper's Table 1, torchvision's
    /// `efficientnet_b0`, width and depth multipliers 1). The squeezes:
    /// 16 -> 4, 24 -> 6, 40 -> 10, 80 -> 20, 112 -> 28, 192 -> 48, and
    /// 32 -> 8 in the first block.
    #[cnn(weights)]
    pub struct EfficientNetB0 {
        input 224x224x3;
        stem: { conv 3x3x32 stride 2 pad 1 nobias; bn; silu; } -> 112x112x32
        // MBConv1, k3x3, 16 channels, 1 layer.
        stage1: {
            dwconv 3x3 pad 1 nobias; bn; silu;
            mul { {} { gap; conv 1x1x8; silu; conv 1x1x32; sigmoid; } }
            conv 1x1x16 nobias; bn;
        } -> 112x112x16
        // MBConv6, k3x3, 24 channels, 2 layers, stride 2.
        stage2: {
            conv 1x1x96 nobias; bn; silu; dwconv 3x3 stride 2 pad 1 nobias; bn; silu;
            mul { {} { gap; conv 1x1x4; silu; conv 1x1x96; sigmoid; } }
            conv 1x1x24 nobias; bn;
            residual {
                conv 1x1x144 nobias; bn; silu; dwconv 3x3 pad 1 nobias; bn; silu;
                mul { {} { gap; conv 1x1x6; silu; conv 1x1x144; sigmoid; } }
                conv 1x1x24 nobias; bn;
            }
        } -> 56x56x24
        // MBConv6, k5x5, 40 channels, 2 layers, stride 2.
        stage3: {
            conv 1x1x144 nobias; bn; silu; dwconv 5x5 stride 2 pad 2 nobias; bn; silu;
            mul { {} { gap; conv 1x1x6; silu; conv 1x1x144; sigmoid; } }
            conv 1x1x40 nobias; bn;
            residual {
                conv 1x1x240 nobias; bn; silu; dwconv 5x5 pad 2 nobias; bn; silu;
                mul { {} { gap; conv 1x1x10; silu; conv 1x1x240; sigmoid; } }
                conv 1x1x40 nobias; bn;
            }
        } -> 28x28x40
        // MBConv6, k3x3, 80 channels, 3 layers, stride 2.
        stage4: {
            conv 1x1x240 nobias; bn; silu; dwconv 3x3 stride 2 pad 1 nobias; bn; silu;
            mul { {} { gap; conv 1x1x10; silu; conv 1x1x240; sigmoid; } }
            conv 1x1x80 nobias; bn;
            repeat 2 {
                residual {
                    conv 1x1x480 nobias; bn; silu; dwconv 3x3 pad 1 nobias; bn; silu;
                    mul { {} { gap; conv 1x1x20; silu; conv 1x1x480; sigmoid; } }
                    conv 1x1x80 nobias; bn;
                }
            }
        } -> 14x14x80
        // MBConv6, k5x5, 112 channels, 3 layers.
        stage5: {
            conv 1x1x480 nobias; bn; silu; dwconv 5x5 pad 2 nobias; bn; silu;
            mul { {} { gap; conv 1x1x20; silu; conv 1x1x480; sigmoid; } }
            conv 1x1x112 nobias; bn;
            repeat 2 {
                residual {
                    conv 1x1x672 nobias; bn; silu; dwconv 5x5 pad 2 nobias; bn; silu;
                    mul { {} { gap; conv 1x1x28; silu; conv 1x1x672; sigmoid; } }
                    conv 1x1x112 nobias; bn;
                }
            }
        } -> 14x14x112
        // MBConv6, k5x5, 192 channels, 4 layers, stride 2.
        stage6: {
            conv 1x1x672 nobias; bn; silu; dwconv 5x5 stride 2 pad 2 nobias; bn; silu;
            mul { {} { gap; conv 1x1x28; silu; conv 1x1x672; sigmoid; } }
            conv 1x1x192 nobias; bn;
            repeat 3 {
                residual {
                    conv 1x1x1152 nobias; bn; silu; dwconv 5x5 pad 2 nobias; bn; silu;
                    mul { {} { gap; conv 1x1x48; silu; conv 1x1x1152; sigmoid; } }
                    conv 1x1x192 nobias; bn;
                }
            }
        } -> 7x7x192
        // MBConv6, k3x3, 320 channels, 1 layer.
        stage7: {
            conv 1x1x1152 nobias; bn; silu; dwconv 3x3 pad 1 nobias; bn; silu;
            mul { {} { gap; conv 1x1x48; silu; conv 1x1x1152; sigmoid; } }
            conv 1x1x320 nobias; bn;
        } -> 7x7x320
        head: { conv 1x1x1280 nobias; bn; silu; } -> 7x7x1280
        gap;
        classifier: { dropout 0.2; fc 1000; }
    }
}

cnn! {
    /// EfficientNet-B3 at its evaluation size, 300x300 RGB, and 1000
    /// classes: torchvision's `efficientnet_b3`, B0's table through
    /// `_efficientnet_conf("efficientnet_b3", width_mult=1.2,
    /// depth_mult=1.4)` and dropout 0.3.
    ///
    /// Every width is `_make_divisible(c * 1.2, 8)` (to the nearest multiple
    /// of 8, 8 more if that loses over 10%): 32 -> 40, 16 -> 24 (19.2 rounds
    /// to 16, under 90% of it), 24 -> 32, 40 -> 48, 80 -> 96, 112 -> 136,
    /// 192 -> 232, 320 -> 384; every depth `ceil(n * 1.4)`: 1, 2, 2, 3, 3,
    /// 4, 1 layers become 2, 3, 3, 5, 5, 6, 2. The head is `4 * 384 = 1536`
    /// wide. Within a stage a block after the first takes the stage's output
    /// width as its input, so the second block of stage 1 (expansion 1,
    /// 24 -> 24) has a depthwise conv on 24 channels, a squeeze to 6 and a
    /// shortcut. The maps: 150 (stem, stage 1), 75, 38 (a 5x5 window, pad 2,
    /// stride 2 on 75), 19, 19, 10, 10.
    #[cnn(weights)]
    pub struct EfficientNetB3 {
        input 300x300x3;
        stem: { conv 3x3x40 stride 2 pad 1 nobias; bn; silu; } -> 150x150x40
        // MBConv1, k3x3, 16 -> 24 channels, 1 -> 2 layers; SE 40 / 4 = 10, then 24 / 4 = 6.
        stage1: {
            dwconv 3x3 pad 1 nobias; bn; silu;
            mul { {} { gap; conv 1x1x10; silu; conv 1x1x40; sigmoid; } }
            conv 1x1x24 nobias; bn;
            residual {
                dwconv 3x3 pad 1 nobias; bn; silu;
                mul { {} { gap; conv 1x1x6; silu; conv 1x1x24; sigmoid; } }
                conv 1x1x24 nobias; bn;
            }
        } -> 150x150x24
        // MBConv6, k3x3, 24 -> 32 channels, 2 -> 3 layers, stride 2; SE 6, then 8.
        stage2: {
            conv 1x1x144 nobias; bn; silu; dwconv 3x3 stride 2 pad 1 nobias; bn; silu;
            mul { {} { gap; conv 1x1x6; silu; conv 1x1x144; sigmoid; } }
            conv 1x1x32 nobias; bn;
            repeat 2 {
                residual {
                    conv 1x1x192 nobias; bn; silu; dwconv 3x3 pad 1 nobias; bn; silu;
                    mul { {} { gap; conv 1x1x8; silu; conv 1x1x192; sigmoid; } }
                    conv 1x1x32 nobias; bn;
                }
            }
        } -> 75x75x32
        // MBConv6, k5x5, 40 -> 48 channels, 2 -> 3 layers, stride 2; SE 8, then 12.
        stage3: {
            conv 1x1x192 nobias; bn; silu; dwconv 5x5 stride 2 pad 2 nobias; bn; silu;
            mul { {} { gap; conv 1x1x8; silu; conv 1x1x192; sigmoid; } }
            conv 1x1x48 nobias; bn;
            repeat 2 {
                residual {
                    conv 1x1x288 nobias; bn; silu; dwconv 5x5 pad 2 nobias; bn; silu;
                    mul { {} { gap; conv 1x1x12; silu; conv 1x1x288; sigmoid; } }
                    conv 1x1x48 nobias; bn;
                }
            }
        } -> 38x38x48
        // MBConv6, k3x3, 80 -> 96 channels, 3 -> 5 layers, stride 2; SE 12, then 24.
        stage4: {
            conv 1x1x288 nobias; bn; silu; dwconv 3x3 stride 2 pad 1 nobias; bn; silu;
            mul { {} { gap; conv 1x1x12; silu; conv 1x1x288; sigmoid; } }
            conv 1x1x96 nobias; bn;
            repeat 4 {
                residual {
                    conv 1x1x576 nobias; bn; silu; dwconv 3x3 pad 1 nobias; bn; silu;
                    mul { {} { gap; conv 1x1x24; silu; conv 1x1x576; sigmoid; } }
                    conv 1x1x96 nobias; bn;
                }
            }
        } -> 19x19x96
        // MBConv6, k5x5, 112 -> 136 channels, 3 -> 5 layers; SE 24, then 34.
        stage5: {
            conv 1x1x576 nobias; bn; silu; dwconv 5x5 pad 2 nobias; bn; silu;
            mul { {} { gap; conv 1x1x24; silu; conv 1x1x576; sigmoid; } }
            conv 1x1x136 nobias; bn;
            repeat 4 {
                residual {
                    conv 1x1x816 nobias; bn; silu; dwconv 5x5 pad 2 nobias; bn; silu;
                    mul { {} { gap; conv 1x1x34; silu; conv 1x1x816; sigmoid; } }
                    conv 1x1x136 nobias; bn;
                }
            }
        } -> 19x19x136
        // MBConv6, k5x5, 192 -> 232 channels, 4 -> 6 layers, stride 2; SE 34, then 58.
        stage6: {
            conv 1x1x816 nobias; bn; silu; dwconv 5x5 stride 2 pad 2 nobias; bn; silu;
            mul { {} { gap; conv 1x1x34; silu; conv 1x1x816; sigmoid; } }
            conv 1x1x232 nobias; bn;
            repeat 5 {
                residual {
                    conv 1x1x1392 nobias; bn; silu; dwconv 5x5 pad 2 nobias; bn; silu;
                    mul { {} { gap; conv 1x1x58; silu; conv 1x1x1392; sigmoid; } }
                    conv 1x1x232 nobias; bn;
                }
            }
        } -> 10x10x232
        // MBConv6, k3x3, 320 -> 384 channels, 1 -> 2 layers; SE 58, then 96.
        stage7: {
            conv 1x1x1392 nobias; bn; silu; dwconv 3x3 pad 1 nobias; bn; silu;
            mul { {} { gap; conv 1x1x58; silu; conv 1x1x1392; sigmoid; } }
            conv 1x1x384 nobias; bn;
            residual {
                conv 1x1x2304 nobias; bn; silu; dwconv 3x3 pad 1 nobias; bn; silu;
                mul { {} { gap; conv 1x1x96; silu; conv 1x1x2304; sigmoid; } }
                conv 1x1x384 nobias; bn;
            }
        } -> 10x10x384
        // 4 * 384 = 1536.
        head: { conv 1x1x1536 nobias; bn; silu; } -> 10x10x1536
        gap;
        classifier: { dropout 0.3; fc 1000; }
    }
}

cnn! {
    /// EfficientNetV2-S for a 384x384 RGB image and 1000 classes:
    /// torchvision's `efficientnet_v2_s`, `_efficientnet_conf("efficientnet_v2_s")`
    /// (the paper's Table 4), `last_channel` 1280 and dropout 0.2, batch norm
    /// with `eps=1e-3`. Rows of (expansion, kernel, stride, input, output,
    /// layers): FusedMBConv (1, 3, 1, 24, 24, 2), (4, 3, 2, 24, 48, 4),
    /// (4, 3, 2, 48, 64, 4), then MBConv (4, 3, 2, 64, 128, 6),
    /// (6, 3, 1, 128, 160, 9), (6, 3, 2, 160, 256, 15). No width or depth
    /// multiplier: every width is already a multiple of 8.
    ///
    /// A FusedMBConv block fuses the expansion and the depthwise conv into
    /// one KxK conv with the stride (batch norm, SiLU) followed by a linear
    /// 1x1 projection (batch norm); at expansion 1 it is the KxK conv alone,
    /// to the output width, with batch norm and SiLU. It has no
    /// squeeze-excite. The shortcut, as in MBConv, when the stride is 1 and
    /// the channels do not change. The MBConv blocks are B0's.
    #[cnn(weights)]
    pub struct EfficientNetV2S {
        input 384x384x3;
        stem: { conv 3x3x24 stride 2 pad 1 nobias; bn eps 1e-3; silu; } -> 192x192x24
        // FusedMBConv1, k3x3, 24 channels, 2 layers: one 3x3 conv each, both residual.
        stage1: {
            repeat 2 { residual { conv 3x3x24 pad 1 nobias; bn eps 1e-3; silu; } }
        } -> 192x192x24
        // FusedMBConv4, k3x3, 48 channels, 4 layers, stride 2.
        stage2: {
            conv 3x3x96 stride 2 pad 1 nobias; bn eps 1e-3; silu; conv 1x1x48 nobias; bn eps 1e-3;
            repeat 3 { residual { conv 3x3x192 pad 1 nobias; bn eps 1e-3; silu; conv 1x1x48 nobias; bn eps 1e-3; } }
        } -> 96x96x48
        // FusedMBConv4, k3x3, 64 channels, 4 layers, stride 2.
        stage3: {
            conv 3x3x192 stride 2 pad 1 nobias; bn eps 1e-3; silu; conv 1x1x64 nobias; bn eps 1e-3;
            repeat 3 { residual { conv 3x3x256 pad 1 nobias; bn eps 1e-3; silu; conv 1x1x64 nobias; bn eps 1e-3; } }
        } -> 48x48x64
        // MBConv4, k3x3, 128 channels, 6 layers, stride 2; SE 64 / 4 = 16, then 32.
        stage4: {
            conv 1x1x256 nobias; bn eps 1e-3; silu; dwconv 3x3 stride 2 pad 1 nobias; bn eps 1e-3; silu;
            mul { {} { gap; conv 1x1x16; silu; conv 1x1x256; sigmoid; } }
            conv 1x1x128 nobias; bn eps 1e-3;
            repeat 5 {
                residual {
                    conv 1x1x512 nobias; bn eps 1e-3; silu; dwconv 3x3 pad 1 nobias; bn eps 1e-3; silu;
                    mul { {} { gap; conv 1x1x32; silu; conv 1x1x512; sigmoid; } }
                    conv 1x1x128 nobias; bn eps 1e-3;
                }
            }
        } -> 24x24x128
        // MBConv6, k3x3, 160 channels, 9 layers; SE 32, then 40.
        stage5: {
            conv 1x1x768 nobias; bn eps 1e-3; silu; dwconv 3x3 pad 1 nobias; bn eps 1e-3; silu;
            mul { {} { gap; conv 1x1x32; silu; conv 1x1x768; sigmoid; } }
            conv 1x1x160 nobias; bn eps 1e-3;
            repeat 8 {
                residual {
                    conv 1x1x960 nobias; bn eps 1e-3; silu; dwconv 3x3 pad 1 nobias; bn eps 1e-3; silu;
                    mul { {} { gap; conv 1x1x40; silu; conv 1x1x960; sigmoid; } }
                    conv 1x1x160 nobias; bn eps 1e-3;
                }
            }
        } -> 24x24x160
        // MBConv6, k3x3, 256 channels, 15 layers, stride 2; SE 40, then 64.
        stage6: {
            conv 1x1x960 nobias; bn eps 1e-3; silu; dwconv 3x3 stride 2 pad 1 nobias; bn eps 1e-3; silu;
            mul { {} { gap; conv 1x1x40; silu; conv 1x1x960; sigmoid; } }
            conv 1x1x256 nobias; bn eps 1e-3;
            repeat 14 {
                residual {
                    conv 1x1x1536 nobias; bn eps 1e-3; silu; dwconv 3x3 pad 1 nobias; bn eps 1e-3; silu;
                    mul { {} { gap; conv 1x1x64; silu; conv 1x1x1536; sigmoid; } }
                    conv 1x1x256 nobias; bn eps 1e-3;
                }
            }
        } -> 12x12x256
        // `last_channel` 1280.
        head: { conv 1x1x1280 nobias; bn eps 1e-3; silu; } -> 12x12x1280
        gap;
        classifier: { dropout 0.2; fc 1000; }
    }
}
