// An `eps` too small for an `f32`: it would be 0.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        layernorm eps 1e-50;
    }
}

fn main() {}
