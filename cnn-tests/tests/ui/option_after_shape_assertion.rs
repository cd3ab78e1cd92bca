// Options go before `-> shape`, not after it.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        conv 3x3x8 stride 2 -> 3x3x8 pad 1;
    }
}

fn main() {}
