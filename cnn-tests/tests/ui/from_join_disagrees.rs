// A branch taken by name that does not fit the join: 8 channels added to 4.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        skip: relu;
        conv 3x3x8 pad 1;
        add { {} { from skip; } }
    }
}

fn main() {}
