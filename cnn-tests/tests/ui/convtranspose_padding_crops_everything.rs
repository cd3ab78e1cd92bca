// A transposed convolution's padding crops its output; here nothing is left.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 4x4x2;
        convtranspose 3x3x2 pad 3;
    }
}

fn main() {}
