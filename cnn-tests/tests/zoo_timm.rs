//! timm's CNNs that need `sub`, `eca` and `blurpool` (`examples/zoo/timm.rs`), against
//! the counts timm's own modules give: `tests/data/timm_counts.txt`, written
//! by `scripts/timm_counts.py` with timm 1.0.31 and torch 2.15 (parameters,
//! floating-point buffers, MACs by `FlopCounterMode` and the output shape,
//! at batch 1 on 224x224). The declarations are the example's own file.

#[path = "../../examples/zoo/timm.rs"]
mod timm;

use cnn::{Model, Shape};

/// The measured line of `name`: params, buffers, MACs and the output.
fn measured(name: &str) -> (u64, u64, u64, String) {
    let text = include_str!("data/timm_counts.txt");
    let line = text
        .lines()
        .find(|line| line.split_whitespace().next() == Some(name))
        .unwrap_or_else(|| panic!("no line for {name}"));
    let fields: Vec<&str> = line.split_whitespace().collect();
    let number = |i: usize| fields[i].parse::<u64>().expect("a count");
    (number(1), number(2), number(3), fields[4].to_string())
}

fn check(name: &str, model: &Model) {
    let (params, buffers, macs, output) = measured(name);
    assert_eq!(model.params, params, "{name}: parameters");
    assert_eq!(model.non_trainable_params, buffers, "{name}: buffers");
    assert_eq!(model.macs, macs, "{name}: MACs");
    assert_eq!(model.output.to_string(), output, "{name}: output");
    assert!(model.input.same_as(&Shape::spatial(224, 224, 3)), "{name}");
}

#[test]
fn poolformer_s12_counts_as_timm() {
    check("poolformer_s12", &timm::PoolFormerS12::MODEL);
}

#[test]
fn resnetblur18_counts_as_timm() {
    check("resnetblur18", &timm::ResNetBlur18::MODEL);
}

#[test]
fn ecaresnet26t_counts_as_timm() {
    check("ecaresnet26t", &timm::EcaResNet26t::MODEL);
}
