//! EfficientNet-B0 (Tan and Le, "EfficientNet: Rethinking Model Scaling for
//! Convolutional Neural Networks") as torchvision builds it: seven stages
//! of MBConv blocks (the paper's Table 1). An MBConv block expands the
//! channels with a 1x1 conv (left out at expansion 1), filters them with a
//! KxK depthwise conv (padding (K-1)/2), gates them with a squeeze-excite,
//! and projects them with a linear 1x1 conv; every conv is followed by
//! batch norm (no bias) and, but the projection, SiLU. The shortcut is
//! there when the stride is 1 and the channels do not change.
//!
//! The squeeze-excite squeezes to `max(1, input_channels // 4)`, a quarter
//! of the block's *input* (not its expanded width), with biased 1x1 convs,
//! SiLU between them and a sigmoid gate: 16 -> 4, 24 -> 6, 40 -> 10,
//! 80 -> 20, 112 -> 28, 192 -> 48, and 32 -> 8 in the first block.
//!
//! Stochastic depth (drop a residual branch during training, with a rate
//! rising from 0 to 0.2 through the blocks) is the identity at inference
//! and has no parameters, so it is not written.

use cnn::cnn;

cnn! {
    /// EfficientNet-B0 for a 224x224 RGB image and 1000 classes.
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
