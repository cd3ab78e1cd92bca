// `end` gives three axes to a 2-D map: the message calls it the padding
// after, not the output padding the spec keeps it as.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 8x8x3;
        zeropad 1 end 1x1x1;
    }
}

fn main() {}
