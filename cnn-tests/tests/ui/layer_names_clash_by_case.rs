// `conv1` and `CONV1` would both be `Net::CONV1`.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        conv1: conv 3x3x8;
        CONV1: conv 3x3x8;
    }
}

fn main() {}
