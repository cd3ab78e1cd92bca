// `input 2x16x112x112x3` has five parts: no shape has more than four.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 2x16x112x112x3;
        fc 10;
    }
}

fn main() {}
