// `slice 4..4` takes no channels.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x6;
        slice 4..4;
    }
}

fn main() {}
