// A dense block that grows by one channel per round is listed round by
// round; a million rounds is beyond what `cnn!` will analyse.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 2x2x1;
        repeat 1000000 { concat { {} { conv 1x1x1; } } }
    }
}

fn main() {}
