// `3x3xF` is not numbers separated by `x`.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        conv 3x3xF;
    }
}

fn main() {}
