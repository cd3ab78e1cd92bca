// `from` alone: which output it takes is missing.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        relu;
        from;
    }
}

fn main() {}
