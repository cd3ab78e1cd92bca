// A kernel with a zero side.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        conv 0x3x8;
    }
}

fn main() {}
