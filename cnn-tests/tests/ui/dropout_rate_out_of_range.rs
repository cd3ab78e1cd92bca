// A dropout rate is a probability.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 10;
        dropout 1.5;
    }
}

fn main() {}
