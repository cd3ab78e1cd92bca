// Dilation 5 spreads a 3x3 kernel over 11x11, more than the 8x8 input.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        conv 3x3x1 dilation 5;
    }
}

fn main() {}
