// An activation fits in u64, but a layer's input and output together do not.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 18446744073709551615;
        relu;
    }
}

fn main() {}
