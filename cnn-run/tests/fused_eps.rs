//! A batch norm with an `eps` of its own after a conv: the prepared
//! (fused) program gives what the plain one gives, whose norm kernel the
//! PyTorch cases of `run.rs` check; folding it with PyTorch's default eps
//! would be off by far more than rounding with eps 0.5.

use cnn_run::{forward, forward_prepared, prepare};

fn outputs(text: &str) -> (Vec<f32>, Vec<f32>) {
    let checked = cnn_lang::check(text, None);
    let network = checked.network.expect("a network");
    let plan = network.plan.as_ref().expect("a plan");
    let weights: Vec<f32> = (0..network.totals.params + network.totals.non_trainable_params)
        .map(|i| 0.25 + (i % 7) as f32 * 0.125)
        .collect();
    let input: Vec<f32> = (0..plan.header.input_len)
        .map(|i| (i % 5) as f32 - 2.0)
        .collect();
    let program = plan.encode();
    let mut arena = vec![0.0; plan.header.arena_len];
    let plain = forward(&program, &weights, &input, &mut arena)
        .expect("a forward pass")
        .to_vec();
    let fused = plan.fused.encode();
    let mut prepared = vec![0.0; plan.fused.prepared_len];
    prepare(&fused, &weights, &mut prepared).expect("prepared");
    let mut arena = vec![0.0; plan.fused.header.arena_len];
    let folded = forward_prepared(&fused, &prepared, &input, &mut arena)
        .expect("a prepared pass")
        .to_vec();
    (plain, folded)
}

#[test]
fn a_norm_of_its_own_eps_is_not_folded_with_the_default() {
    for text in [
        "input 3x3x2; conv 1x1x3; bn eps 0.5; relu;",
        "input 3x3x2; conv 1x1x3; bn; relu;",
    ] {
        let (plain, folded) = outputs(text);
        assert_eq!(plain.len(), folded.len());
        for (a, b) in plain.iter().zip(&folded) {
            assert!(
                (a - b).abs() <= 1e-5 * a.abs().max(1.0),
                "{text}: {plain:?} {folded:?}"
            );
        }
    }
}
