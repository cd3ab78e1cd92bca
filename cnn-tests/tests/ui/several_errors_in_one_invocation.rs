// Independent errors in two networks, and two in one network, all reported together.
use cnn::cnn;

cnn! {
    pub struct First {
        input 8x8x1;
        conv 3x3x8 strides 2;
        covn 3x3x8;
    }

    pub struct Second {
        input 8x8x1;
        conv1: conv 3x3x8;
        conv1: conv 3x3x8;
        fc 0;
    }
}

fn main() {}
