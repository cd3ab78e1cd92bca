// `fc` flattens; a convolution after it has no feature map.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        fc 64;
        conv 3x3x8;
    }
}

fn main() {}
