// The network has an error, but code using it must not add
// "no associated item" errors: only the real error is reported.
use cnn::cnn;

cnn! {
    pub struct Bad {
        input 2x2x1;
        conv1: conv 3x3x1;
    }
}

const _: u64 = Bad::PARAMS + Bad::CONV1.params;
const _: u64 = Bad::TOTAL_PARAMS + Bad::NON_TRAINABLE_PARAMS;
const _: usize = Bad::LAYERS.len();
const _: cnn::Shape = Bad::INPUT;

fn main() {}
