// A typo of `conv`.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        covn 3x3x8;
    }
}

fn main() {}
