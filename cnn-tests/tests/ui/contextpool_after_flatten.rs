// GCNet's attention pooling weighs the positions of a feature map: a flat
// vector has none.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x16;
        flatten;
        contextpool;
    }
}

fn main() {}
