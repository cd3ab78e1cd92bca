// `add` branches must end in the same shape: a shortcut without its
// projection keeps 56x56x64 while the main path goes to 28x28x128.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 56x56x64;
        add {
            { conv 3x3x128 stride 2 pad 1 nobias; bn; relu; conv 3x3x128 pad 1 nobias; bn; }
            {}
        }
    }
}

fn main() {}
