// Each layer fits u64 (2^63 and 2^63 + 2^32) but their sum does not.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 4294967295;
        fc1: fc 2147483648;
        fc2: fc 4294967296;
    }
}

fn main() {}
