// Layers but no `input`.
use cnn::cnn;

cnn! {
    pub struct Net {
        conv 3x3x8;
        relu;
        fc 10;
    }
}

fn main() {}
