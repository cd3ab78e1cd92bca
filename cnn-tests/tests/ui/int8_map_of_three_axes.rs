// TFLite's int8 kernels are 2-D: a `#[cnn(int8)]` network whose layers
// run on maps of three spatial axes has no `forward_int8`.
use cnn::cnn;

cnn! {
    #[cnn(int8)]
    pub struct Volume {
        input 8x8x8x2;
        conv 3x3x3x4;
    }
}

fn main() {}
