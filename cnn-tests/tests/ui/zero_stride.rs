// `stride 0` would never move the window.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        conv 3x3x8 stride 0;
    }
}

fn main() {}
