// `#[cnn(...)]` is the macro's own attribute; it knows `weights`.
use cnn::cnn;

cnn! {
    #[cnn(weight)]
    pub struct Net {
        input 4;
        fc 2;
    }
}

fn main() {}
