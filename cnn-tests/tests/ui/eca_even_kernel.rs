// ECA pads (K-1)/2 on each side of the channels, so an even kernel would
// lose one: 64 channels in, 63 out.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x64;
        mul { {} { gap; eca 4; sigmoid; } }
    }
}

fn main() {}
