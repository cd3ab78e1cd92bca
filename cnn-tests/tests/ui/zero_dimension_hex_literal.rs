// `0x1x3` is a hex literal to Rust; it must read as 0x1x3, a zero height.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 0x1x3;
    }
}

fn main() {}
