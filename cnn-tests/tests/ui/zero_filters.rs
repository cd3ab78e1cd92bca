// A convolution with no filters.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        conv 3x3x0;
    }
}

fn main() {}
