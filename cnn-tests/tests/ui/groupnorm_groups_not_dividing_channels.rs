// 6 channels cannot be normalised in 4 groups.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x6;
        groupnorm 4;
    }
}

fn main() {}
