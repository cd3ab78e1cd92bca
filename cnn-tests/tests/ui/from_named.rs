// `from` takes an output that has a name; it has none of its own.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        skip: relu;
        again: from skip;
    }
}

fn main() {}
