// The int8 runner addresses its arena in `u32`s, as a microcontroller
// does: maps of 8.7 GB, the second placed past the first, have no
// `forward_int8`.
use cnn::cnn;

cnn! {
    #[cnn(int8)]
    pub struct Huge {
        input 66000x66000x1;
        conv 3x3x2;
        conv 3x3x2;
    }
}

fn main() {}
