// `concat` branches must agree in height and width: 8x8 against 6x6.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x8;
        concat {
            { conv 3x3x8 pad 1; }
            { conv 3x3x16; }
        }
    }
}

fn main() {}
