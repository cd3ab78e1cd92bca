// The expression form with no statements at all.
use cnn::cnn;

const M: cnn::Model = cnn!();

fn main() {}
