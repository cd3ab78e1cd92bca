// An empty pooling window.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        pool 0;
    }
}

fn main() {}
