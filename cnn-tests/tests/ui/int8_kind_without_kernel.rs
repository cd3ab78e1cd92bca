// `gelu` is no TFLite int8 builtin: a `#[cnn(int8)]` network that holds
// one could never load a model, so the layer is the error.
use cnn::cnn;

cnn! {
    #[cnn(int8)]
    pub struct Net {
        input 8x8x3;
        conv 3x3x4;
        act: gelu;
    }
}

fn main() {}
