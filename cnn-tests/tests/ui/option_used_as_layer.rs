// `stride` is an option, not a layer.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        conv 3x3x8;
        stride 2;
    }
}

fn main() {}
