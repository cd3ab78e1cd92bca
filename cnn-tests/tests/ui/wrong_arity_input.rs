// `input 32x32` is neither HxWxC nor N.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 32x32;
        fc 10;
    }
}

fn main() {}
