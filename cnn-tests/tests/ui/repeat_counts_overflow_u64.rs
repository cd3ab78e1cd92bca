// A shape-keeping body is counted in closed form: 18446744073709551615
// rounds of `fc 3` on 3 values (12 parameters each) do not fit in u64.
use cnn::cnn;

cnn! {
    pub struct Net {
        input 3;
        repeat 18446744073709551615 { fc 3; }
    }
}

fn main() {}
