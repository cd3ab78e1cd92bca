// Adaptive pooling needs a feature map.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        flatten;
        adaptivepool 2x2;
    }
}

fn main() {}
