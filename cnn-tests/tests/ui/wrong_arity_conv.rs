// `conv 3x3` is a 1-D kernel of 3 with 3 filters, which an image does not take.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        conv 3x3;
    }
}

fn main() {}
