//! MobileNetV2 (Sandler et al., "MobileNetV2: Inverted Residuals and Linear
//! Bottlenecks") as torchvision builds it: each inverted residual expands
//! the channels by 6 with a 1x1 conv, filters them with a 3x3 depthwise
//! conv, and projects them back with a linear 1x1 conv; the shortcut is
//! there when the stride is 1 and the channels do not change.

use cnn::cnn;

cnn! {
    /// MobileNetV2 (width 1.0) for a 224x224 RGB image and 1000 classes.
    #[cnn(weights)]
    pub struct MobileNetV2 {
        input 224x224x3;
        stem: { conv 3x3x32 stride 2 pad 1 nobias; bn; relu6; } -> 112x112x32
        // t = 1, c = 16, n = 1, s = 1: no expansion.
        block1: { dwconv 3x3 pad 1 nobias; bn; relu6; conv 1x1x16 nobias; bn; } -> 112x112x16
        // t = 6, c = 24, n = 2, s = 2
        block2: {
            conv 1x1x96 nobias; bn; relu6; dwconv 3x3 stride 2 pad 1 nobias; bn; relu6; conv 1x1x24 nobias; bn;
            residual { conv 1x1x144 nobias; bn; relu6; dwconv 3x3 pad 1 nobias; bn; relu6; conv 1x1x24 nobias; bn; }
        } -> 56x56x24
        // t = 6, c = 32, n = 3, s = 2
        block3: {
            conv 1x1x144 nobias; bn; relu6; dwconv 3x3 stride 2 pad 1 nobias; bn; relu6; conv 1x1x32 nobias; bn;
            repeat 2 {
                residual { conv 1x1x192 nobias; bn; relu6; dwconv 3x3 pad 1 nobias; bn; relu6; conv 1x1x32 nobias; bn; }
            }
        } -> 28x28x32
        // t = 6, c = 64, n = 4, s = 2
        block4: {
            conv 1x1x192 nobias; bn; relu6; dwconv 3x3 stride 2 pad 1 nobias; bn; relu6; conv 1x1x64 nobias; bn;
            repeat 3 {
                residual { conv 1x1x384 nobias; bn; relu6; dwconv 3x3 pad 1 nobias; bn; relu6; conv 1x1x64 nobias; bn; }
            }
        } -> 14x14x64
        // t = 6, c = 96, n = 3, s = 1
        block5: {
            conv 1x1x384 nobias; bn; relu6; dwconv 3x3 pad 1 nobias; bn; relu6; conv 1x1x96 nobias; bn;
            repeat 2 {
                residual { conv 1x1x576 nobias; bn; relu6; dwconv 3x3 pad 1 nobias; bn; relu6; conv 1x1x96 nobias; bn; }
            }
        } -> 14x14x96
        // t = 6, c = 160, n = 3, s = 2
        block6: {
            conv 1x1x576 nobias; bn; relu6; dwconv 3x3 stride 2 pad 1 nobias; bn; relu6; conv 1x1x160 nobias; bn;
            repeat 2 {
                residual { conv 1x1x960 nobias; bn; relu6; dwconv 3x3 pad 1 nobias; bn; relu6; conv 1x1x160 nobias; bn; }
            }
        } -> 7x7x160
        // t = 6, c = 320, n = 1, s = 1
        block7: {
            conv 1x1x960 nobias; bn; relu6; dwconv 3x3 pad 1 nobias; bn; relu6; conv 1x1x320 nobias; bn;
        } -> 7x7x320
        head: { conv 1x1x1280 nobias; bn; relu6; } -> 7x7x1280
        gap;
        classifier: { dropout 0.2; fc 1000; }
    }
}
