// `_` cannot become an associated constant.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 10;
        _: fc 10;
    }
}

fn main() {}
