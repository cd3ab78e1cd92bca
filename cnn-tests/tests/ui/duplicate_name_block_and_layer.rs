// Blocks and layers share one set of names: each becomes a constant.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x3;
        stage: { conv 3x3x8 pad 1; }
        stage: relu;
    }
}

fn main() {}
