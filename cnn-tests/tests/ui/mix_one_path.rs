use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x16;
        mix { { conv 3x3x16 pad 1; } { gap; conv 1x1x16; } }
    }
}

fn main() {}
