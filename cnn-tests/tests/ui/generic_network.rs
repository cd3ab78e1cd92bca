// A network's shapes are fixed numbers; it cannot be generic.
use cnn::cnn;

cnn! {
    pub struct Net<T> {
        input 10;
        fc 10;
    }
}

fn main() {}
