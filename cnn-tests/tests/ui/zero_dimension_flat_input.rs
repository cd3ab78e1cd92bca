// A flat input of zero features.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 0;
        fc 10;
    }
}

fn main() {}
