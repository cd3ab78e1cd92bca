// `sub` needs both branches to end in the same shape.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        sub { { avgpool 3 stride 1 pad 1; } { conv 1x1x8; } }
    }
}

fn main() {}
