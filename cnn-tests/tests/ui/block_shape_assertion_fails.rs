use cnn::cnn;

cnn! {
    pub struct Net {
        input 56x56x64;
        layer2: {
            conv 3x3x128 stride 2 pad 1;
            relu;
        } -> 56x56x128
    }
}

fn main() {}
