// `eps` on a conv that does not standardise its weights.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x3;
        conv 3x3x8 eps 1e-5;
    }
}

fn main() {}
