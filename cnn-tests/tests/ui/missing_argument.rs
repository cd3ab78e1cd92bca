// `conv` with nothing after it.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        conv;
    }
}

fn main() {}
