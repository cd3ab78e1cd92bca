// `fc 120` outputs 120, not 84.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 400;
        fc 120 -> 84;
    }
}

fn main() {}
