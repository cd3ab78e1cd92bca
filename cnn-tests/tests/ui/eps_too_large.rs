// An `eps` too large for an `f32`.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        groupnorm 2 eps 1e39;
    }
}

fn main() {}
