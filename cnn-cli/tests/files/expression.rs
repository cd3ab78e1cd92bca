const M: cnn::Model = cnn!();
const P: u64 = cnn!(input 2x2x1; conv 3x3x1).params;
