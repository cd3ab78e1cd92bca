// Dilation u64::MAX spreads a 3x3 kernel beyond u64.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x1;
        conv 3x3x8 dilation 18446744073709551615;
    }
}

fn main() {}
