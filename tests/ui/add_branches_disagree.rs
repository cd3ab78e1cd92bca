// `add` branches must end in the same shape: 8x8x8 against 8x8x16.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x8;
        add {
            { conv 3x3x8 pad 1; }
            { conv 3x3x16 pad 1; }
        }
    }
}

fn main() {}
