// `dilation 0` is meaningless.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        conv 3x3x8 dilation 0;
    }
}

fn main() {}
