//! ResNet-18 and ResNet-50 (He et al., "Deep Residual Learning for Image
//! Recognition") as torchvision builds them: convolutions followed by batch
//! norm have no bias, a stage that changes the shape starts with a
//! projection shortcut (1x1 conv and batch norm), and ResNet-50's stride
//! sits on the 3x3 convolution of its bottleneck (ResNet v1.5).

use cnn::cnn;

cnn! {
    /// ResNet-18: basic blocks of two 3x3 convolutions, two per stage.
    #[cnn(weights)]
    pub struct ResNet18 {
        input 224x224x3;
        stem: {
            conv 7x7x64 stride 2 pad 3 nobias; bn; relu;
            maxpool 3 stride 2 pad 1;
        } -> 56x56x64
        layer1: repeat 2 {
            residual { conv 3x3x64 pad 1 nobias; bn; relu; conv 3x3x64 pad 1 nobias; bn; }
            relu;
        } -> 56x56x64
        layer2: {
            add {
                { conv 1x1x128 stride 2 nobias; bn; }
                { conv 3x3x128 stride 2 pad 1 nobias; bn; relu; conv 3x3x128 pad 1 nobias; bn; }
            }
            relu;
            residual { conv 3x3x128 pad 1 nobias; bn; relu; conv 3x3x128 pad 1 nobias; bn; }
            relu;
        } -> 28x28x128
        layer3: {
            add {
                { conv 1x1x256 stride 2 nobias; bn; }
                { conv 3x3x256 stride 2 pad 1 nobias; bn; relu; conv 3x3x256 pad 1 nobias; bn; }
            }
            relu;
            residual { conv 3x3x256 pad 1 nobias; bn; relu; conv 3x3x256 pad 1 nobias; bn; }
            relu;
        } -> 14x14x256
        layer4: {
            add {
                { conv 1x1x512 stride 2 nobias; bn; }
                { conv 3x3x512 stride 2 pad 1 nobias; bn; relu; conv 3x3x512 pad 1 nobias; bn; }
            }
            relu;
            residual { conv 3x3x512 pad 1 nobias; bn; relu; conv 3x3x512 pad 1 nobias; bn; }
            relu;
        } -> 7x7x512
        gap;
        fc: fc 1000;
    }

    /// ResNet-50: bottleneck blocks (1x1 down, 3x3, 1x1 up by 4), 3, 4, 6
    /// and 3 per stage.
    #[cnn(weights)]
    pub struct ResNet50 {
        input 224x224x3;
        stem: {
            conv 7x7x64 stride 2 pad 3 nobias; bn; relu;
            maxpool 3 stride 2 pad 1;
        } -> 56x56x64
        layer1: {
            add {
                { conv 1x1x256 nobias; bn; }
                { conv 1x1x64 nobias; bn; relu; conv 3x3x64 pad 1 nobias; bn; relu; conv 1x1x256 nobias; bn; }
            }
            relu;
            repeat 2 {
                residual { conv 1x1x64 nobias; bn; relu; conv 3x3x64 pad 1 nobias; bn; relu; conv 1x1x256 nobias; bn; }
                relu;
            }
        } -> 56x56x256
        layer2: {
            add {
                { conv 1x1x512 stride 2 nobias; bn; }
                { conv 1x1x128 nobias; bn; relu; conv 3x3x128 stride 2 pad 1 nobias; bn; relu; conv 1x1x512 nobias; bn; }
            }
            relu;
            repeat 3 {
                residual { conv 1x1x128 nobias; bn; relu; conv 3x3x128 pad 1 nobias; bn; relu; conv 1x1x512 nobias; bn; }
                relu;
            }
        } -> 28x28x512
        layer3: {
            add {
                { conv 1x1x1024 stride 2 nobias; bn; }
                { conv 1x1x256 nobias; bn; relu; conv 3x3x256 stride 2 pad 1 nobias; bn; relu; conv 1x1x1024 nobias; bn; }
            }
            relu;
            repeat 5 {
                residual { conv 1x1x256 nobias; bn; relu; conv 3x3x256 pad 1 nobias; bn; relu; conv 1x1x1024 nobias; bn; }
                relu;
            }
        } -> 14x14x1024
        layer4: {
            add {
                { conv 1x1x2048 stride 2 nobias; bn; }
                { conv 1x1x512 nobias; bn; relu; conv 3x3x512 stride 2 pad 1 nobias; bn; relu; conv 1x1x2048 nobias; bn; }
            }
            relu;
            repeat 2 {
                residual { conv 1x1x512 nobias; bn; relu; conv 3x3x512 pad 1 nobias; bn; relu; conv 1x1x2048 nobias; bn; }
                relu;
            }
        } -> 7x7x2048
        gap;
        fc: fc 1000;
    }
}
