// A 3x5 kernel fits the height of an 8x4 input but not its width.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x4x1;
        conv 3x5x2;
    }
}

fn main() {}
