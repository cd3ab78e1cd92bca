// A stride on an image has one or two parts, not three.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        conv 3x3x8 stride 1x1x1;
    }
}

fn main() {}
