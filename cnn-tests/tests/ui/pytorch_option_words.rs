// Option words from PyTorch and Keras: each gets advice in the language's words instead of the nearest spelling.
use cnn::cnn;

cnn! {
    pub struct Padding {
        input 8x8x1;
        conv 3x3x8 padding 1;
    }

    pub struct Bias {
        input 8x8x1;
        conv 3x3x8 bias false;
    }

    pub struct KernelSize {
        input 8x8x1;
        conv 3x3x8 kernel_size 3;
    }
}

fn main() {}
