use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x16;
        mix {
            { conv 3x3x16 pad 1; }
            { conv 3x3x16 pad 2 dilation 2; }
            { gap; conv 1x1x8; relu; conv 1x1x16; }
        }
    }
}

fn main() {}
