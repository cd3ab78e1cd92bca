// A grouped convolution on a flat vector: the flat input is the mistake to
// report, not the groups (10 channels, groups 4).
use cnn::cnn;

cnn! {
    pub struct Net {
        input 10;
        conv 3x3x8 groups 4;
    }
}

fn main() {}
