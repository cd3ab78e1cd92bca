// A 20-digit number does not fit u64.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 99999999999999999999;
        fc 10;
    }
}

fn main() {}
