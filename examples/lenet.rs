//! The network from the article: every shape and parameter count, worked
//! out at compile time, printed as a table.
//!
//! ```text
//! cargo run --example lenet                      # the table
//! cargo run --example lenet -- --svg lenet.svg   # the diagram
//! cargo run --example lenet -- --json lenet.json # the machine-readable export
//! ```

use cnn::{cnn, Json, Svg};

cnn! {
    /// The CNN from the article "Understanding and Calculating the number of
    /// Parameters in Convolution Neural Networks (CNNs)".
    #[cnn(weights)]
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
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        println!("{}", LeNet::summary());
        return;
    }
    for pair in args.chunks(2) {
        let written = match pair {
            [flag, path] if flag == "--svg" => std::fs::write(path, Svg::of::<LeNet>().to_string()),
            [flag, path] if flag == "--json" => {
                std::fs::write(path, Json::of::<LeNet>().to_string())
            }
            _ => {
                eprintln!("usage: cargo run --example lenet [-- --svg FILE] [--json FILE]");
                std::process::exit(2);
            }
        };
        if let Err(error) = written {
            eprintln!("cannot write {}: {error}", pair[1]);
            std::process::exit(1);
        }
    }
}
