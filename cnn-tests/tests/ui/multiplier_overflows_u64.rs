// 4 channels times multiplier u64::MAX overflows the channel count.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        dwconv 3x3 multiplier 18446744073709551615;
    }
}

fn main() {}
