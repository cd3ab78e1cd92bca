// Blocks come in a later version; until then they are a clear error, not a parse failure.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x8;
        add {
            { conv 3x3x8 pad 1; }
            { conv 3x3x16 pad 1; }
        }
    }
}

fn main() {}
