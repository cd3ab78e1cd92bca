//! The digits example against PyTorch: the network trained by
//! `scripts/train_digits.py`, loaded from the safetensors file torch
//! saved, gives PyTorch's prediction on every held-out digit, and so its
//! accuracy (`examples/digits-data/expected.txt`, written by the script).

#[path = "../../examples/digits.rs"]
mod digits;

#[test]
fn every_prediction_is_pytorchs() {
    let results = digits::classify_all();
    let torch = digits::pytorch_predictions();
    assert_eq!(results.len(), 360);
    assert_eq!(torch.len(), 360);
    let ours: Vec<usize> = results.iter().map(|&(_, best)| best).collect();
    assert_eq!(ours, torch);
    let correct = results
        .iter()
        .filter(|&&(label, best)| usize::from(label) == best)
        .count();
    assert!(digits::EXPECTED.contains(&format!("correct {correct} of 360")));
}
