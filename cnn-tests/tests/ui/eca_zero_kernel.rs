// ECA's convolution needs a kernel of at least 1.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x64;
        mul { {} { gap; eca 0; sigmoid; } }
    }
}

fn main() {}
