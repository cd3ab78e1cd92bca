//! Networks declared through `macro_rules!`: a fragment passed as
//! `$size:literal` or `$units:expr` reaches `cnn!` wrapped in an invisible
//! group, which `cnn!` reads through, so a macro can stamp out networks of
//! several sizes.

use cnn::{cnn, Shape};

/// A small classifier with its input shape and its number of classes as
/// fragments.
macro_rules! classifier {
    ($name:ident, $size:literal, $units:expr) => {
        cnn! {
            pub struct $name {
                input $size;
                conv1: conv 3x3x8;
                relu;
                out: fc $units;
            }
        }
    };
}

classifier!(Mnist, 28x28x1, 10);
classifier!(Cifar, 32x32x3, 100);

// Mnist, by hand:
//   input 28x28x1
//   conv 3x3x8 -> 26x26x8: (3*3*1+1)*8 = 10*8 = 80
//   relu                 : 0
//   fc 10 on 26*26*8 = 5,408 values: 10*5,408+10 = 54,090
//   total 80 + 54,090 = 54,170
const _: () = assert!(Mnist::CONV1.params == 80);
const _: () = assert!(Mnist::OUT.params == 54_090);
const _: () = assert!(Mnist::PARAMS == 54_170);
const _: () = assert!(Mnist::OUTPUT.same_as(&Shape::Flat(10)));

// Cifar, by hand:
//   input 32x32x3
//   conv 3x3x8 -> 30x30x8: (3*3*3+1)*8 = 28*8 = 224
//   fc 100 on 30*30*8 = 7,200 values: 100*7,200+100 = 720,100
//   total 224 + 720,100 = 720,324
const _: () = assert!(Cifar::CONV1.params == 224);
const _: () = assert!(Cifar::PARAMS == 720_324);

/// The expression form through a macro: a flat input and a head.
macro_rules! head {
    ($size:literal, $units:expr) => {
        cnn!(input $size; fc $units)
    };
}

// fc 10 on 784 values: 10*784+10 = 7,850, the DSL's own example.
const _: () = assert!(head!(784, 10).params == 7_850);
// fc 2 on 4 values: 2*4+2 = 10.
const _: () = assert!(head!(4, 2).params == 10);

#[test]
fn networks_from_macro_rules_have_the_hand_counted_numbers() {
    assert_eq!(Mnist::PARAMS, 54_170);
    assert_eq!(Mnist::INPUT.to_string(), "28x28x1");
    assert_eq!(Cifar::PARAMS, 720_324);
    assert_eq!(head!(784, 10).params, 7_850);
}
