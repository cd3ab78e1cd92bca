// `times` of a number that is not positive.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        relu;
        times -1.7139;
    }
}

fn main() {}
