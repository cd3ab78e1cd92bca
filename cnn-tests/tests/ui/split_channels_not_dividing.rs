// 6 channels cannot be shared equally among 4 branches.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x6;
        split { { conv 1x1x4; } {} {} {} }
    }
}

fn main() {}
