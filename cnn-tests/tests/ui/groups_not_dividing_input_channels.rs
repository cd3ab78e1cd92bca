// 3 input channels cannot be split into 2 groups.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x3;
        conv 3x3x6 groups 2;
    }
}

fn main() {}
