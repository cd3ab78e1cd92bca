// 2^63 learnable plus 2^63 non-trainable batch-norm statistics overflow TOTAL_PARAMS.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 1x1x4611686018427387904;
        bn;
    }
}

fn main() {}
