// A 4x4 pooling window on a 3x3 input.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 3x3x1;
        maxpool 4;
    }
}

fn main() {}
