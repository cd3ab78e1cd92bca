// `fc` takes `nobias` only.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 10;
        fc 10 stride 2;
    }
}

fn main() {}
