// `conv` needs the filter count too: KxKxF.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        conv 3x3;
    }
}

fn main() {}
