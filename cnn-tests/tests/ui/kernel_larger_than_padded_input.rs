// Padding 2 makes a 2x2 input 6x6, still smaller than a 7x7 kernel.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 2x2x1;
        conv 7x7x1 pad 2;
    }
}

fn main() {}
