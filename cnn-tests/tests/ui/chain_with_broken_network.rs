use cnn::{cnn, Chain, Network};

cnn! {
    pub struct Backbone {
        input 32x32x3;
        conv 5x5x8;
    }

    // The only error: the stub it leaves joins anything, so the chain
    // below adds none.
    #[cnn(weights)]
    pub struct Broken {
        input 28x28x8;
        conv 5x5x0;
    }
}

const PARAMS: u64 = <Chain<Backbone, Broken> as Network>::PARAMS;

fn main() {
    let _ = PARAMS;
    let _: Option<&BrokenWeights<f32>> = None;
}
