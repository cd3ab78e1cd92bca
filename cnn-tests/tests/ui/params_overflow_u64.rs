// 4294967296 * 4294967296 + 4294967296 > u64::MAX, in one layer.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 4294967296;
        fc 4294967296;
    }
}

fn main() {}
