// A leaky ReLU's slope of 0: that is `relu`.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        leakyrelu slope 0;
    }
}

fn main() {}
