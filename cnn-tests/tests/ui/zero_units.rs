// A fully connected layer with no units.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 10;
        fc 0;
    }
}

fn main() {}
