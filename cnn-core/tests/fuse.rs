//! The prepared path's fused program on the networks the playground
//! ships: it runs on the plan's own places (the arena is the plan's, never
//! larger), it folds every batch norm that follows a convolution (in
//! ResNet-18, ResNet-50 and MobileNetV2 that is every batch norm
//! torchvision's models have: 20, 53 and 52) and adds every residual in
//! the store of the convolution before it, and it reads back as
//! written. That the fused steps compute what the steps they stand for
//! did is what the forward pass's exactness against PyTorch shows, through
//! both paths (`cnn-tests/tests/forward_examples.rs`), and the runner's
//! blocks against a direct loop (`cnn-run/tests/blocked.rs`).

use std::fs;
use std::path::Path;

use cnn_core::program::{Op, Place, Reader};
use cnn_core::{Activation, Kind};

fn network(file: &str) -> cnn_lang::Network {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../playground/examples")
        .join(file);
    let text = fs::read_to_string(&path).unwrap();
    cnn_lang::check(&text, None)
        .network
        .unwrap_or_else(|| panic!("{file} checks"))
}

/// What the fused program of `file` holds: (steps, folded norms, fused
/// residuals, fused activations, batch norms left as steps).
fn counts(file: &str) -> (usize, usize, usize, usize, usize) {
    let plan = network(file).plan.unwrap();
    let fused = &plan.fused;
    assert_eq!(
        fused.header.arena_len, plan.header.arena_len,
        "{file}: the arena"
    );
    assert_eq!(fused.header.output, plan.header.output, "{file}");
    assert_eq!(fused.header.steps, fused.ops.len(), "{file}");
    let inside = |place: Place, len: usize| match place {
        Place::Input => true,
        Place::Arena(at) => at + len <= plan.header.arena_len,
    };
    let (mut norms, mut residuals, mut activations, mut left) = (0, 0, 0, 0);
    for op in &fused.ops {
        match *op {
            Op::Fused {
                spec,
                input,
                y,
                norm,
                residual,
                activation,
                ..
            } => {
                let len = spec.apply(input).unwrap().output.elements().unwrap() as usize;
                assert!(inside(y, len), "{file}");
                norms += usize::from(norm.is_some());
                residuals += usize::from(residual.is_some());
                activations += usize::from(activation.is_some());
                if let Some(residual) = residual {
                    assert!(inside(residual, len) && residual != y, "{file}");
                }
                left += usize::from(spec.kind == Kind::BatchNorm);
            }
            Op::Layer { .. } => panic!("{file}: a plain step in the prepared program"),
            Op::Add { .. }
            | Op::Sub { .. }
            | Op::Mul { .. }
            | Op::Softmax { .. }
            | Op::Weigh { .. }
            | Op::Copy { .. } => {}
        }
    }
    // Reads back as written, after the prepared length.
    let bytes = fused.encode();
    let mut reader = Reader::new(&bytes);
    assert_eq!(reader.prepared_len().unwrap(), fused.prepared_len);
    assert_eq!(reader.header().unwrap(), fused.header);
    for op in &fused.ops {
        assert_eq!(&reader.op().unwrap(), op, "{file}");
    }
    println!(
        "{file}: {} steps fused into {}, {norms} norms folded, {residuals} residuals and \
         {activations} activations in the store, prepared {} values",
        plan.ops.len(),
        fused.ops.len(),
        fused.prepared_len
    );
    (fused.ops.len(), norms, residuals, activations, left)
}

#[test]
fn every_batch_norm_after_a_convolution_folds() {
    // Every batch norm of these follows a convolution, and every
    // residual addition (8 basic blocks, 16 bottlenecks, 10 inverted
    // residuals with a skip) follows one's batch norm.
    for (file, batch_norms, adds) in [
        ("resnet18.cnn", 20, 8),
        ("resnet50.cnn", 53, 16),
        ("mobilenetv2.cnn", 52, 10),
    ] {
        let (_, norms, residuals, _, left) = counts(file);
        assert_eq!((norms, left, residuals), (batch_norms, 0, adds), "{file}");
    }
    for file in ["lenet.cnn", "convnext-tiny.cnn", "unet.cnn", "m5-audio.cnn"] {
        counts(file);
    }
}

#[test]
fn a_residual_and_its_activation_go_into_the_store() {
    let text = "input 8x8x16;
        residual { conv 3x3x16 pad 1 nobias; bn; relu; conv 3x3x16 pad 1 nobias; bn; }
        relu;
        conv 1x1x4;
        relu6;
        softmax 3;";
    let network = cnn_lang::check(text, None).network.unwrap();
    let plan = network.plan.unwrap();
    // conv bn relu | conv bn add relu | conv relu6 | softmax.
    assert_eq!(plan.ops.len(), 10);
    let fused: Vec<_> = plan
        .fused
        .ops
        .iter()
        .map(|op| match *op {
            Op::Fused {
                spec,
                norm,
                residual,
                activation,
                ..
            } => (spec.kind, norm.is_some(), residual.is_some(), activation),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        fused,
        [
            (Kind::Conv, true, false, Some(Activation::Relu)),
            (Kind::Conv, true, true, Some(Activation::Relu)),
            (Kind::Conv, false, false, Some(Activation::Relu6)),
            (Kind::Softmax, false, false, None),
        ]
    );
    assert_eq!(plan.fused.header.arena_len, plan.header.arena_len);
}
