// Each branch of `concat` is its own `{ ... }`.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x3;
        concat { conv 1x1x8; conv 3x3x8 pad 1; }
    }
}

fn main() {}
