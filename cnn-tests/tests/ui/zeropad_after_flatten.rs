// Zero padding needs a feature map.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        flatten;
        zeropad 1;
    }
}

fn main() {}
