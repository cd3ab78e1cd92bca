// `concat` stacks channels, so heights and widths must agree.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 28x28x64;
        concat {
            { conv 1x1x64; }
            { conv 3x3x32; }
        }
    }
}

fn main() {}
