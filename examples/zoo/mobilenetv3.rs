//! MobileNetV3-Large and -Small (Howard et al., "Searching for
//! MobileNetV3") as torchvision builds them. Each bottleneck (`bneck`) is
//! MobileNetV2's inverted residual: a 1x1 expansion (left out when the
//! expanded width equals the input's), a KxK depthwise conv with padding
//! (K-1)/2, an optional squeeze-excite, and a linear 1x1 projection; every
//! conv is followed by batch norm, so has no bias. The shortcut is there
//! when the stride is 1 and the channels do not change. The activation is
//! ReLU (`RE` in the paper's tables) or hard-swish (`HS`).
//!
//! torchvision's `SqueezeExcitation` squeezes to
//! `_make_divisible(expanded // 4, 8)` channels with biased 1x1 convs,
//! ReLU between them and a hard sigmoid gate: 72 -> 24, 120 -> 32,
//! 480 -> 120, 672 -> 168, 960 -> 240 (Large); 16 -> 8, 96 -> 24,
//! 240 -> 64, 120 -> 32, 144 -> 40, 288 -> 72, 576 -> 144 (Small).
//!
//! Stages are named by the resolution they end at, as the paper's tables
//! group them.

use cnn::cnn;

cnn! {
    /// MobileNetV3-Large (width 1.0), the paper's Table 1.
    #[cnn(weights)]
    pub struct MobileNetV3Large {
        input 224x224x3;
        stem: { conv 3x3x16 stride 2 pad 1 nobias; bn eps 1e-3; hardswish; } -> 112x112x16
        // bneck 3x3, exp 16, out 16, RE, s 1: no expansion.
        stage1: {
            residual { dwconv 3x3 pad 1 nobias; bn eps 1e-3; relu; conv 1x1x16 nobias; bn eps 1e-3; }
        } -> 112x112x16
        // bneck 3x3 exp 64 out 24 RE s 2; bneck 3x3 exp 72 out 24 RE s 1.
        stage2: {
            conv 1x1x64 nobias; bn eps 1e-3; relu; dwconv 3x3 stride 2 pad 1 nobias; bn eps 1e-3; relu; conv 1x1x24 nobias; bn eps 1e-3;
            residual { conv 1x1x72 nobias; bn eps 1e-3; relu; dwconv 3x3 pad 1 nobias; bn eps 1e-3; relu; conv 1x1x24 nobias; bn eps 1e-3; }
        } -> 56x56x24
        // bneck 5x5 exp 72 out 40 SE RE s 2; 2 x bneck 5x5 exp 120 out 40 SE RE s 1.
        stage3: {
            conv 1x1x72 nobias; bn eps 1e-3; relu; dwconv 5x5 stride 2 pad 2 nobias; bn eps 1e-3; relu;
            mul { {} { gap; conv 1x1x24; relu; conv 1x1x72; hardsigmoid; } }
            conv 1x1x40 nobias; bn eps 1e-3;
            repeat 2 {
                residual {
                    conv 1x1x120 nobias; bn eps 1e-3; relu; dwconv 5x5 pad 2 nobias; bn eps 1e-3; relu;
                    mul { {} { gap; conv 1x1x32; relu; conv 1x1x120; hardsigmoid; } }
                    conv 1x1x40 nobias; bn eps 1e-3;
                }
            }
        } -> 28x28x40
        // bneck 3x3 exp 240 out 80 HS s 2; exp 200, 184, 184 out 80 HS s 1;
        // exp 480 out 112 SE HS s 1; exp 672 out 112 SE HS s 1.
        stage4: {
            conv 1x1x240 nobias; bn eps 1e-3; hardswish; dwconv 3x3 stride 2 pad 1 nobias; bn eps 1e-3; hardswish; conv 1x1x80 nobias; bn eps 1e-3;
            residual { conv 1x1x200 nobias; bn eps 1e-3; hardswish; dwconv 3x3 pad 1 nobias; bn eps 1e-3; hardswish; conv 1x1x80 nobias; bn eps 1e-3; }
            repeat 2 {
                residual { conv 1x1x184 nobias; bn eps 1e-3; hardswish; dwconv 3x3 pad 1 nobias; bn eps 1e-3; hardswish; conv 1x1x80 nobias; bn eps 1e-3; }
            }
            conv 1x1x480 nobias; bn eps 1e-3; hardswish; dwconv 3x3 pad 1 nobias; bn eps 1e-3; hardswish;
            mul { {} { gap; conv 1x1x120; relu; conv 1x1x480; hardsigmoid; } }
            conv 1x1x112 nobias; bn eps 1e-3;
            residual {
                conv 1x1x672 nobias; bn eps 1e-3; hardswish; dwconv 3x3 pad 1 nobias; bn eps 1e-3; hardswish;
                mul { {} { gap; conv 1x1x168; relu; conv 1x1x672; hardsigmoid; } }
                conv 1x1x112 nobias; bn eps 1e-3;
            }
        } -> 14x14x112
        // bneck 5x5 exp 672 out 160 SE HS s 2; 2 x bneck 5x5 exp 960 out 160 SE HS s 1.
        stage5: {
            conv 1x1x672 nobias; bn eps 1e-3; hardswish; dwconv 5x5 stride 2 pad 2 nobias; bn eps 1e-3; hardswish;
            mul { {} { gap; conv 1x1x168; relu; conv 1x1x672; hardsigmoid; } }
            conv 1x1x160 nobias; bn eps 1e-3;
            repeat 2 {
                residual {
                    conv 1x1x960 nobias; bn eps 1e-3; hardswish; dwconv 5x5 pad 2 nobias; bn eps 1e-3; hardswish;
                    mul { {} { gap; conv 1x1x240; relu; conv 1x1x960; hardsigmoid; } }
                    conv 1x1x160 nobias; bn eps 1e-3;
                }
            }
        } -> 7x7x160
        head: { conv 1x1x960 nobias; bn eps 1e-3; hardswish; } -> 7x7x960
        gap;
        classifier: { fc 1280; hardswish; dropout 0.2; fc 1000; }
    }

    /// MobileNetV3-Small (width 1.0), the paper's Table 2.
    #[cnn(weights)]
    pub struct MobileNetV3Small {
        input 224x224x3;
        stem: { conv 3x3x16 stride 2 pad 1 nobias; bn eps 1e-3; hardswish; } -> 112x112x16
        // bneck 3x3, exp 16, out 16, SE, RE, s 2: no expansion.
        stage1: {
            dwconv 3x3 stride 2 pad 1 nobias; bn eps 1e-3; relu;
            mul { {} { gap; conv 1x1x8; relu; conv 1x1x16; hardsigmoid; } }
            conv 1x1x16 nobias; bn eps 1e-3;
        } -> 56x56x16
        // bneck 3x3 exp 72 out 24 RE s 2; bneck 3x3 exp 88 out 24 RE s 1.
        stage2: {
            conv 1x1x72 nobias; bn eps 1e-3; relu; dwconv 3x3 stride 2 pad 1 nobias; bn eps 1e-3; relu; conv 1x1x24 nobias; bn eps 1e-3;
            residual { conv 1x1x88 nobias; bn eps 1e-3; relu; dwconv 3x3 pad 1 nobias; bn eps 1e-3; relu; conv 1x1x24 nobias; bn eps 1e-3; }
        } -> 28x28x24
        // bneck 5x5 exp 96 out 40 SE HS s 2; 2 x exp 240 out 40 SE HS s 1;
        // exp 120 out 48 SE HS s 1; exp 144 out 48 SE HS s 1.
        stage3: {
            conv 1x1x96 nobias; bn eps 1e-3; hardswish; dwconv 5x5 stride 2 pad 2 nobias; bn eps 1e-3; hardswish;
            mul { {} { gap; conv 1x1x24; relu; conv 1x1x96; hardsigmoid; } }
            conv 1x1x40 nobias; bn eps 1e-3;
            repeat 2 {
                residual {
                    conv 1x1x240 nobias; bn eps 1e-3; hardswish; dwconv 5x5 pad 2 nobias; bn eps 1e-3; hardswish;
                    mul { {} { gap; conv 1x1x64; relu; conv 1x1x240; hardsigmoid; } }
                    conv 1x1x40 nobias; bn eps 1e-3;
                }
            }
            conv 1x1x120 nobias; bn eps 1e-3; hardswish; dwconv 5x5 pad 2 nobias; bn eps 1e-3; hardswish;
            mul { {} { gap; conv 1x1x32; relu; conv 1x1x120; hardsigmoid; } }
            conv 1x1x48 nobias; bn eps 1e-3;
            residual {
                conv 1x1x144 nobias; bn eps 1e-3; hardswish; dwconv 5x5 pad 2 nobias; bn eps 1e-3; hardswish;
                mul { {} { gap; conv 1x1x40; relu; conv 1x1x144; hardsigmoid; } }
                conv 1x1x48 nobias; bn eps 1e-3;
            }
        } -> 14x14x48
        // bneck 5x5 exp 288 out 96 SE HS s 2; 2 x exp 576 out 96 SE HS s 1.
        stage4: {
            conv 1x1x288 nobias; bn eps 1e-3; hardswish; dwconv 5x5 stride 2 pad 2 nobias; bn eps 1e-3; hardswish;
            mul { {} { gap; conv 1x1x72; relu; conv 1x1x288; hardsigmoid; } }
            conv 1x1x96 nobias; bn eps 1e-3;
            repeat 2 {
                residual {
                    conv 1x1x576 nobias; bn eps 1e-3; hardswish; dwconv 5x5 pad 2 nobias; bn eps 1e-3; hardswish;
                    mul { {} { gap; conv 1x1x144; relu; conv 1x1x576; hardsigmoid; } }
                    conv 1x1x96 nobias; bn eps 1e-3;
                }
            }
        } -> 7x7x96
        head: { conv 1x1x576 nobias; bn eps 1e-3; hardswish; } -> 7x7x576
        gap;
        classifier: { fc 1024; hardswish; dropout 0.2; fc 1000; }
    }
}
