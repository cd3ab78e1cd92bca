//! The network from the article: every shape and parameter count, worked
//! out at compile time, printed as a table.
//!
//! ```text
//! cargo run --example lenet
//! ```

use cnn::cnn;

cnn! {
    /// The CNN from the article "Understanding and Calculating the number of
    /// Parameters in Convolution Neural Networks (CNNs)".
    pub struct LeNet {
        input 32x32x3;
        conv1: conv 5x5x8 -> 28x28x8;
        pool1: pool 2 -> 14x14x8;
        conv2: conv 5x5x16 -> 10x10x16;
        pool2: pool 2 -> 5x5x16;
        fc3: fc 120;
        fc4: fc 84;
        out: softmax 10;
    }
}

// The article's numbers, checked by the compiler.
const _: () = assert!(LeNet::PARAMS == 62_958);
const _: () = assert!(LeNet::CONV1.params == 608);

fn main() {
    println!("{}", LeNet::summary());
}
