// 4 groups divide the 4 input channels but not the 6 filters.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        conv 3x3x6 groups 4;
    }
}

fn main() {}
