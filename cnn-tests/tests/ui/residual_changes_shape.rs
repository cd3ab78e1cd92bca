// A residual body must give back its input's shape.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 56x56x64;
        residual { conv 3x3x128 stride 2 pad 1 nobias; bn; relu; conv 3x3x128 pad 1 nobias; bn; }
    }
}

fn main() {}
