//! torchvision's AlexNet (`torchvision.models.alexnet`), layer for layer:
//! every shape and parameter count worked out at compile time.
//!
//! ```text
//! cargo run --example alexnet
//! ```

#[path = "zoo/alexnet.rs"]
mod alexnet;

use alexnet::AlexNet;

// torchvision's documented count for AlexNet_Weights.IMAGENET1K_V1.
const _: () = assert!(AlexNet::PARAMS == 61_100_840);

fn main() {
    println!("{}", AlexNet::summary());
}
