// `from` takes a name no statement before it has: a typo of `enc1`.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        enc1: conv 3x3x4 pad 1;
        relu;
        add { {} { from enc2; } }
    }
}

fn main() {}
