// A zero width in the input shape.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 32x0x3;
    }
}

fn main() {}
