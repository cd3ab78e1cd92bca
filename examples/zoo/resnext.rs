//! ResNeXt-50 (32x4d) (Xie et al., "Aggregated Residual Transformations for
//! Deep Neural Networks") and Wide ResNet-50-2 (Zagoruyko and Komodakis,
//! "Wide Residual Networks") as torchvision builds them: ResNet-50's
//! bottlenecks with their inner width doubled. torchvision's `Bottleneck`
//! takes `width = planes * base_width / 64 * groups`: ResNeXt's
//! `groups = 32, width_per_group = 4` gives 128, 256, 512 and 1024 in the
//! four stages, split into 32 groups on the 3x3 conv; Wide ResNet's
//! `width_per_group = 128` gives the same widths with no groups. Both keep
//! ResNet-50's stride on the 3x3 conv (v1.5) and its projection shortcuts.

use cnn::cnn;

cnn! {
    /// ResNeXt-50 32x4d: 32 groups of 4 channels per group in the first
    /// stage's 3x3 conv (cardinality 32), doubling with each stage.
    #[cnn(weights)]
    pub struct ResNeXt50 {
        input 224x224x3;
        stem: {
            conv 7x7x64 stride 2 pad 3 nobias; bn; relu;
            maxpool 3 stride 2 pad 1;
        } -> 56x56x64
        layer1: {
            add {
                { conv 1x1x256 nobias; bn; }
                { conv 1x1x128 nobias; bn; relu; conv 3x3x128 pad 1 groups 32 nobias; bn; relu; conv 1x1x256 nobias; bn; }
            }
            relu;
            repeat 2 {
                residual { conv 1x1x128 nobias; bn; relu; conv 3x3x128 pad 1 groups 32 nobias; bn; relu; conv 1x1x256 nobias; bn; }
                relu;
            }
        } -> 56x56x256
        layer2: {
            add {
                { conv 1x1x512 stride 2 nobias; bn; }
                { conv 1x1x256 nobias; bn; relu; conv 3x3x256 stride 2 pad 1 groups 32 nobias; bn; relu; conv 1x1x512 nobias; bn; }
            }
            relu;
            repeat 3 {
                residual { conv 1x1x256 nobias; bn; relu; conv 3x3x256 pad 1 groups 32 nobias; bn; relu; conv 1x1x512 nobias; bn; }
                relu;
            }
        } -> 28x28x512
        layer3: {
            add {
                { conv 1x1x1024 stride 2 nobias; bn; }
                { conv 1x1x512 nobias; bn; relu; conv 3x3x512 stride 2 pad 1 groups 32 nobias; bn; relu; conv 1x1x1024 nobias; bn; }
            }
            relu;
            repeat 5 {
                residual { conv 1x1x512 nobias; bn; relu; conv 3x3x512 pad 1 groups 32 nobias; bn; relu; conv 1x1x1024 nobias; bn; }
                relu;
            }
        } -> 14x14x1024
        layer4: {
            add {
                { conv 1x1x2048 stride 2 nobias; bn; }
                { conv 1x1x1024 nobias; bn; relu; conv 3x3x1024 stride 2 pad 1 groups 32 nobias; bn; relu; conv 1x1x2048 nobias; bn; }
            }
            relu;
            repeat 2 {
                residual { conv 1x1x1024 nobias; bn; relu; conv 3x3x1024 pad 1 groups 32 nobias; bn; relu; conv 1x1x2048 nobias; bn; }
                relu;
            }
        } -> 7x7x2048
        gap;
        fc: fc 1000;
    }

    /// Wide ResNet-50-2: ResNet-50 with every bottleneck's inner 1x1 and
    /// 3x3 convs twice as wide.
    #[cnn(weights)]
    pub struct WideResNet50 {
        input 224x224x3;
        stem: {
            conv 7x7x64 stride 2 pad 3 nobias; bn; relu;
            maxpool 3 stride 2 pad 1;
        } -> 56x56x64
        layer1: {
            add {
                { conv 1x1x256 nobias; bn; }
                { conv 1x1x128 nobias; bn; relu; conv 3x3x128 pad 1 nobias; bn; relu; conv 1x1x256 nobias; bn; }
            }
            relu;
            repeat 2 {
                residual { conv 1x1x128 nobias; bn; relu; conv 3x3x128 pad 1 nobias; bn; relu; conv 1x1x256 nobias; bn; }
                relu;
            }
        } -> 56x56x256
        layer2: {
            add {
                { conv 1x1x512 stride 2 nobias; bn; }
                { conv 1x1x256 nobias; bn; relu; conv 3x3x256 stride 2 pad 1 nobias; bn; relu; conv 1x1x512 nobias; bn; }
            }
            relu;
            repeat 3 {
                residual { conv 1x1x256 nobias; bn; relu; conv 3x3x256 pad 1 nobias; bn; relu; conv 1x1x512 nobias; bn; }
                relu;
            }
        } -> 28x28x512
        layer3: {
            add {
                { conv 1x1x1024 stride 2 nobias; bn; }
                { conv 1x1x512 nobias; bn; relu; conv 3x3x512 stride 2 pad 1 nobias; bn; relu; conv 1x1x1024 nobias; bn; }
            }
            relu;
            repeat 5 {
                residual { conv 1x1x512 nobias; bn; relu; conv 3x3x512 pad 1 nobias; bn; relu; conv 1x1x1024 nobias; bn; }
                relu;
            }
        } -> 14x14x1024
        layer4: {
            add {
                { conv 1x1x2048 stride 2 nobias; bn; }
                { conv 1x1x1024 nobias; bn; relu; conv 3x3x1024 stride 2 pad 1 nobias; bn; relu; conv 1x1x2048 nobias; bn; }
            }
            relu;
            repeat 2 {
                residual { conv 1x1x1024 nobias; bn; relu; conv 3x3x1024 pad 1 nobias; bn; relu; conv 1x1x2048 nobias; bn; }
                relu;
            }
        } -> 7x7x2048
        gap;
        fc: fc 1000;
    }
}
