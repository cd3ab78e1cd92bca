// `1:` names the first conv; the second, unnamed, is at position 1: both
// tensors would be `1.weight`, and the weights are found by key.
use cnn::cnn;

cnn! {
    #[cnn(weights)]
    pub struct Net {
        input 8x8x1;
        1: conv 3x3x8;
        conv 3x3x8;
    }
}

fn main() {}
