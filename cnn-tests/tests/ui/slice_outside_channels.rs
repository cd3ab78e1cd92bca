// `slice` takes channels the input does not have: 4..8 of 6.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x3;
        conv 1x1x6;
        slice 4..8;
    }
}

fn main() {}
