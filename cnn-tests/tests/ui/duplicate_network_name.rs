// Two networks with the same name in one invocation.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 10;
        fc 10;
    }

    pub struct Net {
        input 10;
        fc 5;
    }
}

fn main() {}
