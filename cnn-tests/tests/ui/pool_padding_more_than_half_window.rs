// PyTorch refuses padding larger than half the pooling window.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        maxpool 2 pad 2;
    }
}

fn main() {}
