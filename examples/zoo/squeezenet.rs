//! SqueezeNet 1.0 (Iandola et al., "SqueezeNet: AlexNet-level accuracy with
//! 50x fewer parameters") as torchvision builds it: fire modules squeeze
//! with a 1x1 conv, then expand with 1x1 and 3x3 convs side by side. Its
//! max pools round up (`ceil`), without which the last feature map would be
//! 12x12, not 13x13.

use cnn::cnn;

cnn! {
    /// SqueezeNet 1.0 for a 224x224 RGB image and 1000 classes.
    #[cnn(weights)]
    pub struct SqueezeNet {
        input 224x224x3;
        conv1: conv 7x7x96 stride 2; relu;
        maxpool 3 stride 2 ceil -> 54x54x96;
        fire2: { conv 1x1x16; relu; concat { { conv 1x1x64; relu; } { conv 3x3x64 pad 1; relu; } } } -> 54x54x128
        fire3: { conv 1x1x16; relu; concat { { conv 1x1x64; relu; } { conv 3x3x64 pad 1; relu; } } } -> 54x54x128
        fire4: { conv 1x1x32; relu; concat { { conv 1x1x128; relu; } { conv 3x3x128 pad 1; relu; } } } -> 54x54x256
        maxpool 3 stride 2 ceil -> 27x27x256;
        fire5: { conv 1x1x32; relu; concat { { conv 1x1x128; relu; } { conv 3x3x128 pad 1; relu; } } } -> 27x27x256
        fire6: { conv 1x1x48; relu; concat { { conv 1x1x192; relu; } { conv 3x3x192 pad 1; relu; } } } -> 27x27x384
        fire7: { conv 1x1x48; relu; concat { { conv 1x1x192; relu; } { conv 3x3x192 pad 1; relu; } } } -> 27x27x384
        fire8: { conv 1x1x64; relu; concat { { conv 1x1x256; relu; } { conv 3x3x256 pad 1; relu; } } } -> 27x27x512
        maxpool 3 stride 2 ceil -> 13x13x512;
        fire9: { conv 1x1x64; relu; concat { { conv 1x1x256; relu; } { conv 3x3x256 pad 1; relu; } } } -> 13x13x512
        classifier: { dropout 0.5; conv 1x1x1000; relu; gap; flatten; } -> 1000
    }
}
