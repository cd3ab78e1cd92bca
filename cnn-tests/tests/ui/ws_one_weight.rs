// Weight standardisation over a filter of one weight: less its mean,
// every weight is 0.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        conv 1x1x8 ws;
    }
}

fn main() {}
