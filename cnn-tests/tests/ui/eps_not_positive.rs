// An `eps` that is not positive.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        bn eps -1e-3;
    }
}

fn main() {}
