// `cnn!` declares structs; anything else is an error.
use cnn::cnn;

cnn! {
    pub fn net() {}
}

fn main() {}
