// Global pooling needs a feature map.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        flatten;
        gap;
    }
}

fn main() {}
