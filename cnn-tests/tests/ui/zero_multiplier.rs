// A depthwise conv with no output per channel.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        dwconv 3x3 multiplier 0;
    }
}

fn main() {}
