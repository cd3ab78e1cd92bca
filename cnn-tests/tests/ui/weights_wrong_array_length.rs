use cnn::cnn;

cnn! {
    #[cnn(weights)]
    pub struct Tiny {
        input 4;
        fc 2;
    }
}

fn main() {
    // `fc 2` on 4 values has 2*4+2 = 10 parameters, not 9.
    let values = [0.0f32; 9];
    let _ = TinyWeights::from_array(&values);
}
