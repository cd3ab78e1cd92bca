//! torchvision's VGG-16 (configuration "D") and VGG-16 with batch
//! normalization: every shape and parameter count worked out at compile
//! time. The networks are the zoo's (`examples/zoo/vgg.rs`), written in
//! stages with `repeat`.
//!
//! ```text
//! cargo run --example vgg16
//! ```

#[path = "zoo/vgg.rs"]
mod vgg;

use vgg::{Vgg16, Vgg16Bn};

// torchvision's documented counts for VGG16_Weights.IMAGENET1K_V1 and
// VGG16_BN_Weights.IMAGENET1K_V1 (learnable parameters).
const _: () = assert!(Vgg16::PARAMS == 138_357_544);
const _: () = assert!(Vgg16Bn::PARAMS == 138_365_992);

fn main() {
    println!("{}", Vgg16::summary());
    println!();
    println!("{}", Vgg16Bn::summary());
}
