// `gamma` on a conv that does not scale its standardised weights.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x3;
        conv 3x3x8 ws gamma 1.7139;
    }
}

fn main() {}
