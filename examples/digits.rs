//! A real job for the forward pass: a small CNN trained with PyTorch on
//! scikit-learn's 8x8 handwritten digits (`scripts/train_digits.py`)
//! classifies the 360 digits it never saw, from the same declaration that
//! gives its counts, with the weights PyTorch saved as safetensors, in an
//! arena whose size the compiler knows. Its accuracy must be PyTorch's.
//!
//! ```sh
//! cargo run --example digits
//! ```

use cnn::cnn;

cnn! {
    /// The digits classifier, with the module names of the PyTorch model
    /// it was trained as, so that its weights load by name.
    #[cnn(weights)]
    pub struct Digits {
        input 8x8x1;
        conv1: conv 3x3x16 pad 1 nobias;
        bn1: bn;
        relu;
        pool 2;
        conv2: conv 3x3x32 pad 1 nobias;
        bn2: bn;
        relu;
        pool 2;
        flatten;
        drop: dropout 0.25;
        fc: fc 10;
    }
}

/// The trained state_dict, as `safetensors.torch.save_file` wrote it.
pub const WEIGHTS: &[u8] = include_bytes!("digits-data/weights.safetensors");
/// The held-out digits: a label byte, then 64 pixels (0 to 16), each.
pub const HELD_OUT: &[u8] = include_bytes!("digits-data/held_out.bin");
/// PyTorch's predictions on them, and how many were right.
pub const EXPECTED: &str = include_str!("digits-data/expected.txt");

/// What the network says of every held-out digit, with its label.
pub fn classify_all() -> Vec<(u8, usize)> {
    let weights = DigitsWeights::from_safetensors(WEIGHTS).unwrap_or_else(|error| {
        panic!("examples/digits-data/weights.safetensors does not load: {error}")
    });
    // 6,256 values (25 KB, most of it the GEMM's packing space): a stack
    // array is fine.
    let mut arena = [0.0f32; Digits::ARENA_LEN];
    HELD_OUT
        .chunks_exact(1 + Digits::INPUT_LEN)
        .map(|record| {
            let (label, pixels) = (record[0], &record[1..]);
            // As in training: value / 16. One channel, so channels last is
            // PyTorch's order too.
            let mut image = [0.0f32; Digits::INPUT_LEN];
            for (value, &pixel) in image.iter_mut().zip(pixels) {
                *value = f32::from(pixel) / 16.0;
            }
            let scores = Digits::forward(&weights, &image, &mut arena);
            let best = (0..scores.len())
                .max_by(|&a, &b| scores[a].total_cmp(&scores[b]))
                .unwrap_or(0);
            (label, best)
        })
        .collect()
}

/// PyTorch's predictions, from `expected.txt`.
pub fn pytorch_predictions() -> Vec<usize> {
    EXPECTED
        .lines()
        .find_map(|line| line.strip_prefix("predictions "))
        .map(|list| list.split(' ').filter_map(|n| n.parse().ok()).collect())
        .unwrap_or_default()
}

#[allow(dead_code)] // `cnn-tests` includes this file for its functions.
fn main() {
    let results = classify_all();
    let correct = results
        .iter()
        .filter(|(label, best)| usize::from(*label) == *best)
        .count();
    let torch = pytorch_predictions();
    let torch_correct = results
        .iter()
        .zip(&torch)
        .filter(|((label, _), &p)| usize::from(*label) == p)
        .count();
    println!("{}", Digits::summary());
    println!(
        "weights: {} values from safetensors; arena: {} values ({} bytes), sized at compile time",
        Digits::TOTAL_PARAMS,
        Digits::ARENA_LEN,
        Digits::ARENA_LEN * 4
    );
    println!(
        "held-out digits: {correct} of {} right ({:.2}%); PyTorch: {torch_correct} of {} ({:.2}%)",
        results.len(),
        100.0 * correct as f64 / results.len() as f64,
        torch.len(),
        100.0 * torch_correct as f64 / torch.len().max(1) as f64,
    );
    let same = results
        .iter()
        .zip(&torch)
        .filter(|((_, best), &p)| *best == p)
        .count();
    println!(
        "the same prediction as PyTorch on {same} of {} digits",
        results.len()
    );
    if correct != torch_correct || same != results.len() {
        eprintln!("differs from PyTorch");
        std::process::exit(1);
    }
}
