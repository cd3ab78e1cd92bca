// A negative dropout rate.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 10;
        dropout -0.5;
    }
}

fn main() {}
