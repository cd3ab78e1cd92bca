// 100,000 rounds of batch norm are 400,000 tensors, more than the table of
// a `#[cnn(weights)]` network lists.
use cnn::cnn;

cnn! {
    #[cnn(weights)]
    pub struct Net {
        input 4;
        stage: repeat 100000 { bn; }
    }
}

fn main() {}
