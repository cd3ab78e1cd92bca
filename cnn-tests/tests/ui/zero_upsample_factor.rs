// Upsampling by 0 leaves nothing.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x6;
        upsample 0;
    }
}

fn main() {}
