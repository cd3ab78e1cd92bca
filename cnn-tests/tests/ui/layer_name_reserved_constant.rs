// `params` would be `Net::PARAMS`, which every network has.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 10;
        params: fc 10;
    }
}

fn main() {}
