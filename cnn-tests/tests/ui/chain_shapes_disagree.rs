use cnn::{cnn, Chain, Network};

cnn! {
    pub struct Backbone {
        input 32x32x3;
        conv 5x5x8;
        pool 2;
        conv 5x5x16;
        pool 2;
    }

    pub struct Head {
        input 4x4x16;
        fc 10;
    }
}

const PARAMS: u64 = <Chain<Backbone, Head> as Network>::PARAMS;

fn main() {
    let _ = PARAMS;
}
