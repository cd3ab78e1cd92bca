// The same option twice on one layer.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        conv 3x3x8 stride 1 stride 2;
    }
}

fn main() {}
