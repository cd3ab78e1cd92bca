// Two layers named `conv1`.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        conv1: conv 3x3x8;
        conv1: conv 3x3x8;
    }
}

fn main() {}
