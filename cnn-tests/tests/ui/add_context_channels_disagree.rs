// GCNet's context is added at every position, so it must have the map's
// channels: an MLP that ends in 32 channels does not fit a 64-channel map.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 14x14x64;
        gc: add { {} { contextpool; conv 1x1x8; layernorm eps 1e-6; relu; conv 1x1x32; } }
    }
}

fn main() {}
