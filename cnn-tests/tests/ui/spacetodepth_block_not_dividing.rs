// TResNet's stem moves each 4x4 patch into the channels: a 222x224 map
// has no whole patches along its height.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 222x224x3;
        spacetodepth 4;
    }
}

fn main() {}
