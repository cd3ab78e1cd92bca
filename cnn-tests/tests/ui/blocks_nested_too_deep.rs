// Blocks nest at most 64 deep; deeper is an error, not a stack overflow.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 2x2x1; { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { relu; } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } }
    }
}

fn main() {}
