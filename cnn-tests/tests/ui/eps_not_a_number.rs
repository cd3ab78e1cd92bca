// An `eps` that is not a number as PyTorch prints one.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        bn eps 1e-3f32;
    }
}

fn main() {}
