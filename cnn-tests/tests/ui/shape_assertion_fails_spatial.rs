// A 5x5 conv on 32x32 gives 28x28x8, not 30x30x8.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 32x32x3;
        conv1: conv 5x5x8 -> 30x30x8;
    }
}

fn main() {}
