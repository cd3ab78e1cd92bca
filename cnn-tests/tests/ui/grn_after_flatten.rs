// Global response norm needs a feature map: its norms are over positions.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        flatten;
        grn;
    }
}

fn main() {}
