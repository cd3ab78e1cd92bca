// Layer names must be unique in the expression form too.
use cnn::cnn;

const M: cnn::Model = cnn!(input 10; a: fc 10; a: fc 10);

fn main() {}
