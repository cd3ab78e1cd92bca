// Round 2 of a repeat is fed round 1's output: here 2x2x8, too small for
// the 3x3 kernel.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 6x6x3;
        repeat 2 { conv 3x3x8 stride 2; }
    }
}

fn main() {}
