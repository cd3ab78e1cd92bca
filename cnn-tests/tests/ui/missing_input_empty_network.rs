// A network with no statements at all.
use cnn::cnn;

cnn! {
    pub struct Empty {}
}

fn main() {}
