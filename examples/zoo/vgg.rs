//! VGG-16 (configuration "D" of Simonyan & Zisserman) as torchvision's
//! `vgg16()` and `vgg16_bn()` build it: five stages of 3x3 convolutions,
//! each closed by a 2x2 max pool, then three fully connected layers.

use cnn::cnn;

cnn! {
    /// VGG-16, for a 224x224 RGB image and 1000 classes.
    #[cnn(weights)]
    pub struct Vgg16 {
        input 224x224x3;
        stage1: { repeat 2 { conv 3x3x64 pad 1; relu; } maxpool 2; } -> 112x112x64
        stage2: { repeat 2 { conv 3x3x128 pad 1; relu; } maxpool 2; } -> 56x56x128
        stage3: { repeat 3 { conv 3x3x256 pad 1; relu; } maxpool 2; } -> 28x28x256
        stage4: { repeat 3 { conv 3x3x512 pad 1; relu; } maxpool 2; } -> 14x14x512
        stage5: { repeat 3 { conv 3x3x512 pad 1; relu; } maxpool 2; } -> 7x7x512
        adaptivepool 7x7;
        classifier: {
            fc 4096; relu; dropout 0.5;
            fc 4096; relu; dropout 0.5;
            fc 1000;
        }
    }

    /// VGG-16 with batch normalization after every convolution (which keeps
    /// its bias, as in torchvision).
    #[cnn(weights)]
    pub struct Vgg16Bn {
        input 224x224x3;
        stage1: { repeat 2 { conv 3x3x64 pad 1; bn; relu; } maxpool 2; } -> 112x112x64
        stage2: { repeat 2 { conv 3x3x128 pad 1; bn; relu; } maxpool 2; } -> 56x56x128
        stage3: { repeat 3 { conv 3x3x256 pad 1; bn; relu; } maxpool 2; } -> 28x28x256
        stage4: { repeat 3 { conv 3x3x512 pad 1; bn; relu; } maxpool 2; } -> 14x14x512
        stage5: { repeat 3 { conv 3x3x512 pad 1; bn; relu; } maxpool 2; } -> 7x7x512
        adaptivepool 7x7;
        classifier: {
            fc 4096; relu; dropout 0.5;
            fc 4096; relu; dropout 0.5;
            fc 1000;
        }
    }
}
