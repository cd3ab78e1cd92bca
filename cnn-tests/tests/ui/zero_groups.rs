// `groups 0` cannot split anything.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        conv 3x3x8 groups 0;
    }
}

fn main() {}
