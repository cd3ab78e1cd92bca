use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x3;
        residual { input 8x8x3; relu; }
    }
}

fn main() {}
