// Only blocks take braces; a layer does not.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x3;
        conv 3x3x8 { relu; }
    }
}

fn main() {}
