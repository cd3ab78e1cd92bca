//! Fills the article's network's weights from one flat slice, as a
//! PyTorch export gives them, and reads a layer back, without copying.
//!
//! ```sh
//! cargo run --example weights
//! ```

use cnn::cnn;

cnn! {
    /// The network from the article. `#[cnn(weights)]` asks for
    /// `LeNetWeights<T>`, a struct of its parameters.
    #[cnn(weights)]
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
}

// The struct is exactly the network's parameters: 62,958 `f32`s.
const _: () = assert!(core::mem::size_of::<LeNetWeights<f32>>() == 62_958 * 4);

fn main() {
    // Stand-in for `np.fromfile("lenet.bin", dtype=np.float32)`: value i is i / 1000.
    let flat: Vec<f32> = (0..LeNet::TOTAL_PARAMS)
        .map(|i| i as f32 / 1000.0)
        .collect();

    let weights = LeNetWeights::<f32>::from_slice(&flat).expect("62,958 values");

    // conv1's weight is PyTorch's `[out][in][kh][kw]`: filter 7, channel 2, row 4, column 3.
    let w = weights.conv1.weight[7][2][4][3];
    println!("conv1.weight[7][2][4][3] = {w}");
    println!("conv1.bias = {:?}", weights.conv1.bias);
    println!("out.weight[9][83] = {}", weights.out.weight[9][83]);

    println!("\n{:<6} {:>7} {:>7}", "field", "offset", "len");
    for slot in LeNetWeights::<f32>::SLOTS {
        println!("{:<6} {:>7} {:>7}", slot.name, slot.offset, slot.len);
    }

    // A wrong length is an error, not a panic.
    let short = LeNetWeights::<f32>::from_slice(&flat[1..]);
    println!(
        "\none value short: {}",
        short.err().map_or(String::new(), |e| e.to_string())
    );
}
