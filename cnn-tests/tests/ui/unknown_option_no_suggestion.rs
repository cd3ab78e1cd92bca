// Nothing close to an option `conv` takes.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        conv 3x3x8 bananas;
    }
}

fn main() {}
