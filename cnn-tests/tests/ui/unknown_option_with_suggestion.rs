// A typo of `stride`.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        conv 3x3x8 strides 2;
    }
}

fn main() {}
