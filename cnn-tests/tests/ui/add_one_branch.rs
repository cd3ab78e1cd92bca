use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x3;
        add { { conv 3x3x3 pad 1; } }
    }
}

fn main() {}
