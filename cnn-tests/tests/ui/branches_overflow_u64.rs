// Each branch's parameters fit in u64, but not both together:
// 3100000000*3100000000 + 3100000000 learnable each.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 3100000000;
        add { { fc 3100000000; } { fc 3100000000; } }
    }
}

fn main() {}
