//! DenseNet-121 (Huang et al., "Densely Connected Convolutional Networks")
//! as torchvision builds it: in a dense block every layer's 32 new channels
//! are concatenated to everything before it, so each round of the `repeat`
//! gets 32 more channels than the last; transitions halve the channels and
//! the size.

use cnn::cnn;

cnn! {
    /// DenseNet-121 (growth rate 32, blocks of 6, 12, 24 and 16 layers) for
    /// a 224x224 RGB image and 1000 classes.
    #[cnn(weights)]
    pub struct DenseNet121 {
        input 224x224x3;
        stem: { conv 7x7x64 stride 2 pad 3 nobias; bn; relu; maxpool 3 stride 2 pad 1; } -> 56x56x64
        denseblock1: repeat 6 {
            concat { {} { bn; relu; conv 1x1x128 nobias; bn; relu; conv 3x3x32 pad 1 nobias; } }
        } -> 56x56x256
        transition1: { bn; relu; conv 1x1x128 nobias; avgpool 2; } -> 28x28x128
        denseblock2: repeat 12 {
            concat { {} { bn; relu; conv 1x1x128 nobias; bn; relu; conv 3x3x32 pad 1 nobias; } }
        } -> 28x28x512
        transition2: { bn; relu; conv 1x1x256 nobias; avgpool 2; } -> 14x14x256
        denseblock3: repeat 24 {
            concat { {} { bn; relu; conv 1x1x128 nobias; bn; relu; conv 3x3x32 pad 1 nobias; } }
        } -> 14x14x1024
        transition3: { bn; relu; conv 1x1x512 nobias; avgpool 2; } -> 7x7x512
        denseblock4: repeat 16 {
            concat { {} { bn; relu; conv 1x1x128 nobias; bn; relu; conv 3x3x32 pad 1 nobias; } }
        } -> 7x7x1024
        norm5: bn;
        relu;
        gap;
        classifier: fc 1000;
    }
}
