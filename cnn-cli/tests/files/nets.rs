//! Networks as a crate declares them: two structs, an expression and a
//! `macro_rules!` template.
use cnn::cnn;

cnn! {
    /// The network from the article.
    pub struct LeNet {
        input 32x32x3;
        conv1: conv 5x5x8;
        pool 2;
        conv2: conv 5x5x16 -> 10x10x16;
        pool 2;
        fc3: fc 120;
        fc4: fc 84;
        out: softmax 10;
    }

    /// A classifier for 28x28 digits: "cnn! { struct NotThis {} }" is a string.
    pub struct Tiny { input 28x28x1; conv 3x3x8; relu; gap; fc 10; }
}

const _: () = assert!(cnn!(input 28x28x1; fc 10).params == 7_850);

// Only an expansion can be checked: `$size` is not a number yet.
macro_rules! square {
    ($name:ident, $size:literal) => {
        cnn! { pub struct $name { input $size; fc 10; } }
    };
}
