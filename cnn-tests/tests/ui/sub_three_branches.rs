// `sub` subtracts its second branch from its first: three branches have no
// order of subtraction the reader could be sure of.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        sub { { avgpool 3 stride 1 pad 1; } {} { conv 1x1x4; } }
    }
}

fn main() {}
