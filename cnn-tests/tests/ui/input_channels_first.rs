// PyTorch's CHW order: `input 3x224x224` builds as a 3-pixel-high image with 224 channels, so `cnn!` warns; this case denies the warning to see it.
#![deny(deprecated)]
use cnn::cnn;

cnn! {
    pub struct Net {
        input 3x224x224;
        conv 3x3x64 pad 1;
    }
}

fn main() {}
