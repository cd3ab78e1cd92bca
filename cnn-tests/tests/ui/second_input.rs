// A network has exactly one `input`.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        conv 3x3x8;
        input 6x6x8;
    }
}

fn main() {}
