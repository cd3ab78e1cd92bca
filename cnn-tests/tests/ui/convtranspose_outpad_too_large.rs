// PyTorch refuses an output padding that is not smaller than the stride or the dilation.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        convtranspose 3x3x4 stride 2 outpad 2;
    }
}

fn main() {}
