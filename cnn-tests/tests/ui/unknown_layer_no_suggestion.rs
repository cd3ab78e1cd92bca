// Nothing close to a known layer.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        transformer 12;
    }
}

fn main() {}
