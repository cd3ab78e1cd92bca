// A convolution needs a feature map, not the flat vector `flatten` gives.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        flatten;
        conv 3x3x8;
    }
}

fn main() {}
