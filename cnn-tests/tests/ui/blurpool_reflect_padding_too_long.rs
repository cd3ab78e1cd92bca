// A blur of stride 2 pads 1 by reflection, which needs 2 values on each
// axis: a 1x1 map has nothing to mirror.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 1x1x4;
        blurpool 3 stride 2;
    }
}

fn main() {}
