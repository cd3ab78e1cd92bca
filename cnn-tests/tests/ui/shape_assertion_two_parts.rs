// `-> 3x3` is neither HxWxC nor N.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 5x5x1;
        conv 3x3x1 -> 3x3;
    }
}

fn main() {}
