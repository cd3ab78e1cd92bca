// `softmax` alone is the activation; only `softmax N` (a layer) takes `nobias`.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 84;
        softmax nobias;
    }
}

fn main() {}
