// Layer words from PyTorch and Keras: each gets advice in the language's words instead of the nearest spelling (`deconv` is one letter from `dwconv`, which is something else).
use cnn::cnn;

cnn! {
    pub struct Conv2d {
        input 32x32x3;
        conv2d 3x3x16;
    }

    pub struct Deconv {
        input 8x8x16;
        deconv 2x2x16;
    }

    pub struct Linear {
        input 512;
        linear 512x10;
    }

    pub struct BatchNorm2d {
        input 8x8x16;
        batchnorm2d;
    }

    pub struct MaxPool2d {
        input 8x8x16;
        maxpool2d 2;
    }
}

fn main() {}
