// The second conv leaves 2x2x16, too small for a 3x3 pool;
// the message must name the layer the input came from.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 16x16x3;
        conv1: conv 5x5x8;
        pool 2;
        conv2: conv 5x5x16;
        pool 3;
    }
}

fn main() {}
