// `-> 3x3` is a sequence (LxC), not the 3x3x1 feature map that comes out.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 5x5x1;
        conv 3x3x1 -> 3x3;
    }
}

fn main() {}
