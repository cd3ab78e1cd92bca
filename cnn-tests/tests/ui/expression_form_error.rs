// The expression form reports its error too.
use cnn::cnn;

const P: u64 = cnn!(input 2x2x1; conv 3x3x1).params;

fn main() {}
