// Three independent mistakes in one network, each reported once in the same build, with no follow-on error from the shapes after them.
use cnn::cnn;

cnn! {
    pub struct X {
        input 32x32x3;
        conv 3x3x8 groups 3;
        conv 5x5x16 -> 26x26x16;
        maxpool 40;
        fc 10 -> 12;
    }
}

fn main() {}
