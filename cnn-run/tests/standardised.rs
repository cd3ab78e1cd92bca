//! Weight-standardised convs (`ws`, `scaledws`) in the prepared program,
//! standardised once in `prepare`: what the plain program gives, which
//! standardises in every call and whose results the PyTorch cases of
//! `run.rs` check against timm's `StdConv2d` and `ScaledStdConv2d`. Each
//! of the prepared forms: the direct stem loop (few input channels), the
//! packed product (many), the depthwise loop (a channel per group), with
//! a batch norm folded in and grouped.

use cnn_run::{forward, forward_prepared, prepare};

fn outputs(text: &str) -> (Vec<f32>, Vec<f32>) {
    let checked = cnn_lang::check(text, None);
    let network = checked.network.expect("a network");
    let plan = network.plan.as_ref().expect("a plan");
    let weights: Vec<f32> = (0..network.totals.params + network.totals.non_trainable_params)
        .map(|i| 0.25 + ((i * 7) % 11) as f32 * 0.125)
        .collect();
    let input: Vec<f32> = (0..plan.header.input_len)
        .map(|i| ((i * 3) % 5) as f32 - 2.0)
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
fn prepared_standardisation_is_the_plain_one() {
    for text in [
        "input 9x9x3; conv 3x3x8 pad 1 scaledws gamma 1.7139 eps 1e-5; relu; times 0.5;",
        "input 9x9x3; conv 3x3x8 stride 2 ws nobias; relu;",
        "input 6x6x40; conv 3x3x24 pad 1 scaledws; relu; conv 1x1x20 ws eps 1e-3; times 0.2;",
        "input 6x6x40; conv 3x3x24 pad 1 scaledws groups 4 nobias; bn; relu;",
        "input 6x6x8; conv 3x3x8 pad 1 groups 8 scaledws gamma 2; relu;",
        "input 6x6x8; conv 3x3x16 pad 1 groups 8 ws; bn eps 1e-3;",
        // 3x3 convs of 16 to 256 channels at stride 1 that the prepared
        // path would run by Winograd, were they not standardised.
        "input 24x24x16; conv 3x3x32 pad 1; relu; conv 3x3x32 pad 1 scaledws; relu; conv 3x3x32 pad 1 ws; relu; conv 1x1x16; relu;",
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
