// 4294967296x4294967296x2 has 2^65 elements: flattening it overflows u64.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 4294967296x4294967296x2;
        flatten;
    }
}

fn main() {}
