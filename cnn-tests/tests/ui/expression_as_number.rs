// The language reads each number as written; `5 + 5` is not a size.
use cnn::cnn;

macro_rules! net {
    ($size:expr) => {
        cnn! {
            pub struct Net {
                input $size;
                fc 10;
            }
        }
    };
}

net!(5 + 5);

fn main() {}
