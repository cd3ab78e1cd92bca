// A name inside `repeat` is made once per round; from outside it names none of them.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x4;
        repeat 2 { c: conv 3x3x4 pad 1; relu; }
        add { {} { from c; } }
    }
}

fn main() {}
