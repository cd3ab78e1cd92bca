// A 5x5 kernel cannot slide over a 4x4 input.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 4x4x1;
        conv 5x5x1;
    }
}

fn main() {}
