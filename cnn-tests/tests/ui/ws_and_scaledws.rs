// A conv standardised two ways at once.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x3;
        conv 3x3x8 ws scaledws;
    }
}

fn main() {}
