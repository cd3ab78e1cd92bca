//! GoogLeNet (Szegedy et al., "Going Deeper with Convolutions") as
//! torchvision builds it, without the auxiliary classifiers (they only run
//! in training): every conv is followed by batch norm (so has no bias), the
//! max pools round up (`ceil`), and, as in torchvision, the third branch of
//! each inception module uses a 3x3 conv where the paper has 5x5.

use cnn::cnn;

cnn! {
    /// GoogLeNet (Inception v1) for a 224x224 RGB image and 1000 classes.
    #[cnn(weights)]
    pub struct GoogLeNet {
        input 224x224x3;
        conv1: { conv 7x7x64 stride 2 pad 3 nobias; bn eps 1e-3; relu; } -> 112x112x64
        maxpool 3 stride 2 ceil -> 56x56x64;
        conv2: { conv 1x1x64 nobias; bn eps 1e-3; relu; }
        conv3: { conv 3x3x192 pad 1 nobias; bn eps 1e-3; relu; }
        maxpool 3 stride 2 ceil -> 28x28x192;
        inception3a: concat {
            { conv 1x1x64 nobias; bn eps 1e-3; relu; }
            { conv 1x1x96 nobias; bn eps 1e-3; relu; conv 3x3x128 pad 1 nobias; bn eps 1e-3; relu; }
            { conv 1x1x16 nobias; bn eps 1e-3; relu; conv 3x3x32 pad 1 nobias; bn eps 1e-3; relu; }
            { maxpool 3 stride 1 pad 1 ceil; conv 1x1x32 nobias; bn eps 1e-3; relu; }
        } -> 28x28x256
        inception3b: concat {
            { conv 1x1x128 nobias; bn eps 1e-3; relu; }
            { conv 1x1x128 nobias; bn eps 1e-3; relu; conv 3x3x192 pad 1 nobias; bn eps 1e-3; relu; }
            { conv 1x1x32 nobias; bn eps 1e-3; relu; conv 3x3x96 pad 1 nobias; bn eps 1e-3; relu; }
            { maxpool 3 stride 1 pad 1 ceil; conv 1x1x64 nobias; bn eps 1e-3; relu; }
        } -> 28x28x480
        maxpool 3 stride 2 ceil -> 14x14x480;
        inception4a: concat {
            { conv 1x1x192 nobias; bn eps 1e-3; relu; }
            { conv 1x1x96 nobias; bn eps 1e-3; relu; conv 3x3x208 pad 1 nobias; bn eps 1e-3; relu; }
            { conv 1x1x16 nobias; bn eps 1e-3; relu; conv 3x3x48 pad 1 nobias; bn eps 1e-3; relu; }
            { maxpool 3 stride 1 pad 1 ceil; conv 1x1x64 nobias; bn eps 1e-3; relu; }
        } -> 14x14x512
        inception4b: concat {
            { conv 1x1x160 nobias; bn eps 1e-3; relu; }
            { conv 1x1x112 nobias; bn eps 1e-3; relu; conv 3x3x224 pad 1 nobias; bn eps 1e-3; relu; }
            { conv 1x1x24 nobias; bn eps 1e-3; relu; conv 3x3x64 pad 1 nobias; bn eps 1e-3; relu; }
            { maxpool 3 stride 1 pad 1 ceil; conv 1x1x64 nobias; bn eps 1e-3; relu; }
        } -> 14x14x512
        inception4c: concat {
            { conv 1x1x128 nobias; bn eps 1e-3; relu; }
            { conv 1x1x128 nobias; bn eps 1e-3; relu; conv 3x3x256 pad 1 nobias; bn eps 1e-3; relu; }
            { conv 1x1x24 nobias; bn eps 1e-3; relu; conv 3x3x64 pad 1 nobias; bn eps 1e-3; relu; }
            { maxpool 3 stride 1 pad 1 ceil; conv 1x1x64 nobias; bn eps 1e-3; relu; }
        } -> 14x14x512
        inception4d: concat {
            { conv 1x1x112 nobias; bn eps 1e-3; relu; }
            { conv 1x1x144 nobias; bn eps 1e-3; relu; conv 3x3x288 pad 1 nobias; bn eps 1e-3; relu; }
            { conv 1x1x32 nobias; bn eps 1e-3; relu; conv 3x3x64 pad 1 nobias; bn eps 1e-3; relu; }
            { maxpool 3 stride 1 pad 1 ceil; conv 1x1x64 nobias; bn eps 1e-3; relu; }
        } -> 14x14x528
        inception4e: concat {
            { conv 1x1x256 nobias; bn eps 1e-3; relu; }
            { conv 1x1x160 nobias; bn eps 1e-3; relu; conv 3x3x320 pad 1 nobias; bn eps 1e-3; relu; }
            { conv 1x1x32 nobias; bn eps 1e-3; relu; conv 3x3x128 pad 1 nobias; bn eps 1e-3; relu; }
            { maxpool 3 stride 1 pad 1 ceil; conv 1x1x128 nobias; bn eps 1e-3; relu; }
        } -> 14x14x832
        maxpool 2 stride 2 ceil -> 7x7x832;
        inception5a: concat {
            { conv 1x1x256 nobias; bn eps 1e-3; relu; }
            { conv 1x1x160 nobias; bn eps 1e-3; relu; conv 3x3x320 pad 1 nobias; bn eps 1e-3; relu; }
            { conv 1x1x32 nobias; bn eps 1e-3; relu; conv 3x3x128 pad 1 nobias; bn eps 1e-3; relu; }
            { maxpool 3 stride 1 pad 1 ceil; conv 1x1x128 nobias; bn eps 1e-3; relu; }
        } -> 7x7x832
        inception5b: concat {
            { conv 1x1x384 nobias; bn eps 1e-3; relu; }
            { conv 1x1x192 nobias; bn eps 1e-3; relu; conv 3x3x384 pad 1 nobias; bn eps 1e-3; relu; }
            { conv 1x1x48 nobias; bn eps 1e-3; relu; conv 3x3x128 pad 1 nobias; bn eps 1e-3; relu; }
            { maxpool 3 stride 1 pad 1 ceil; conv 1x1x128 nobias; bn eps 1e-3; relu; }
        } -> 7x7x1024
        gap;
        dropout 0.2;
        fc: fc 1000;
    }
}
