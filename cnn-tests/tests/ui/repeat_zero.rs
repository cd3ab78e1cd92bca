use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x3;
        repeat 0 { conv 3x3x8 pad 1; }
    }
}

fn main() {}
