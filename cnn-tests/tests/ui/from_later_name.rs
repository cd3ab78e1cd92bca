// A forward reference: `skip` is named after the `from` that takes it.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        add { {} { from skip; } }
        skip: relu;
    }
}

fn main() {}
