// A squeeze-excite gate must have as many channels as the map it scales.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 14x14x96;
        se: mul { {} { gap; conv 1x1x24; relu; conv 1x1x64; sigmoid; } }
    }
}

fn main() {}
