// `input` must be the first statement.
use cnn::cnn;

cnn! {
    pub struct Net {
        relu;
        input 8x8x1;
        conv 3x3x8;
    }
}

fn main() {}
