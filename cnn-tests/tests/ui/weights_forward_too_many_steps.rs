// 300,000 rounds of `relu` are 300,000 steps of the forward pass, more than
// a memory plan takes: a `#[cnn(weights)]` network says why it has no
// `forward` where it is declared, and a call to it adds no error.
use cnn::cnn;

cnn! {
    #[cnn(weights)]
    pub struct Deep {
        input 4;
        repeat 300000 { relu; }
    }
}

fn run(weights: &DeepWeights<f32>, input: &[f32; Deep::INPUT_LEN], arena: &mut [f32; Deep::ARENA_LEN]) -> f32 {
    Deep::forward(weights, input, arena)[0]
}

fn main() {}
