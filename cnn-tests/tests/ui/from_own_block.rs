// A cycle: the `add` named `b` would take its own output as an input.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        b: add { {} { from b; conv 1x1x4; } }
    }
}

fn main() {}
