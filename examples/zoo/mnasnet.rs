//! MNASNet 1.0 (Tan et al., "MnasNet: Platform-Aware Neural Architecture
//! Search for Mobile") as torchvision builds it: a stem, a separable conv,
//! then six stacks of inverted residuals (expansion 3 or 6, 3x3 or 5x5
//! depthwise), with no squeeze-excite (torchvision's MNASNet is the paper's
//! MnasNet-B1). Every conv is followed by batch norm, so has no bias; the
//! shortcut is there when the stride is 1 and the channels do not change.

use cnn::cnn;

cnn! {
    /// MNASNet with depth multiplier 1.0 (widths 32, 16, 24, 40, 80, 96,
    /// 192, 320) for a 224x224 RGB image and 1000 classes.
    #[cnn(weights)]
    pub struct MnasNet {
        input 224x224x3;
        stem: { conv 3x3x32 stride 2 pad 1 nobias; bn; relu; } -> 112x112x32
        // Depthwise separable, no shortcut.
        separable: {
            dwconv 3x3 pad 1 nobias; bn; relu;
            conv 1x1x16 nobias; bn;
        } -> 112x112x16
        // 3 x MBConv3 3x3, 24 channels, stride 2.
        stack1: {
            conv 1x1x48 nobias; bn; relu; dwconv 3x3 stride 2 pad 1 nobias; bn; relu; conv 1x1x24 nobias; bn;
            repeat 2 {
                residual { conv 1x1x72 nobias; bn; relu; dwconv 3x3 pad 1 nobias; bn; relu; conv 1x1x24 nobias; bn; }
            }
        } -> 56x56x24
        // 3 x MBConv3 5x5, 40 channels, stride 2.
        stack2: {
            conv 1x1x72 nobias; bn; relu; dwconv 5x5 stride 2 pad 2 nobias; bn; relu; conv 1x1x40 nobias; bn;
            repeat 2 {
                residual { conv 1x1x120 nobias; bn; relu; dwconv 5x5 pad 2 nobias; bn; relu; conv 1x1x40 nobias; bn; }
            }
        } -> 28x28x40
        // 3 x MBConv6 5x5, 80 channels, stride 2.
        stack3: {
            conv 1x1x240 nobias; bn; relu; dwconv 5x5 stride 2 pad 2 nobias; bn; relu; conv 1x1x80 nobias; bn;
            repeat 2 {
                residual { conv 1x1x480 nobias; bn; relu; dwconv 5x5 pad 2 nobias; bn; relu; conv 1x1x80 nobias; bn; }
            }
        } -> 14x14x80
        // 2 x MBConv6 3x3, 96 channels.
        stack4: {
            conv 1x1x480 nobias; bn; relu; dwconv 3x3 pad 1 nobias; bn; relu; conv 1x1x96 nobias; bn;
            residual { conv 1x1x576 nobias; bn; relu; dwconv 3x3 pad 1 nobias; bn; relu; conv 1x1x96 nobias; bn; }
        } -> 14x14x96
        // 4 x MBConv6 5x5, 192 channels, stride 2.
        stack5: {
            conv 1x1x576 nobias; bn; relu; dwconv 5x5 stride 2 pad 2 nobias; bn; relu; conv 1x1x192 nobias; bn;
            repeat 3 {
                residual { conv 1x1x1152 nobias; bn; relu; dwconv 5x5 pad 2 nobias; bn; relu; conv 1x1x192 nobias; bn; }
            }
        } -> 7x7x192
        // 1 x MBConv6 3x3, 320 channels.
        stack6: {
            conv 1x1x1152 nobias; bn; relu; dwconv 3x3 pad 1 nobias; bn; relu; conv 1x1x320 nobias; bn;
        } -> 7x7x320
        head: { conv 1x1x1280 nobias; bn; relu; } -> 7x7x1280
        gap;
        classifier: { dropout 0.2; fc 1000; }
    }
}
