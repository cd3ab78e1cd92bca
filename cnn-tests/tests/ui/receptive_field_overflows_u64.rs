// With `pad same` nothing bounds a dilated window, and its receptive field
// does not fit in u64.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        conv 2x2x1 pad same dilation 18446744073709551615;
    }
}

fn main() {}
