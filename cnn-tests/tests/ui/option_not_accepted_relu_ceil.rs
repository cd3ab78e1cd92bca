// Activations take no options.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        relu ceil;
    }
}

fn main() {}
