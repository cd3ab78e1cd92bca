//! Single layers against PyTorch: the output shape, learnable parameters,
//! MACs and parameter tensors that PyTorch measured for each statement
//! (`scripts/pytorch_layer_cases.py` wrote `data/pytorch_cases.rs`; torch
//! is not needed to run this).

use cnn_core::Layout;
use cnn_lang::check;

/// One statement and what PyTorch measured for it.
pub struct Case {
    statement: &'static str,
    input: [u64; 3],
    output: [u64; 3],
    params: u64,
    macs: u64,
    /// Each parameter tensor's shape, in `module.parameters()` order.
    tensors: &'static [&'static [u64]],
}

#[rustfmt::skip]
#[path = "data/pytorch_cases.rs"]
mod cases;

/// The tensors a layout holds, in PyTorch's order, from its type's numbers.
fn tensors(layout: Layout) -> Vec<Vec<u64>> {
    let args = layout.type_args();
    let n = args.as_slice();
    match layout {
        Layout::Conv { bias, .. } => {
            let mut shapes = vec![vec![n[3], n[2], n[0], n[1]]];
            if bias {
                shapes.push(vec![n[3]]);
            }
            shapes
        }
        Layout::ConvTranspose { bias, .. } => {
            let mut shapes = vec![vec![n[2], n[3], n[0], n[1]]];
            if bias {
                shapes.push(vec![n[4]]);
            }
            shapes
        }
        Layout::Norm { channels } => vec![vec![channels], vec![channels]],
        // ConvNeXt's layer scale is one `[C, 1, 1]` tensor.
        Layout::Scale { channels } => vec![vec![channels, 1, 1]],
        Layout::Separable { .. }
        | Layout::Linear { .. }
        | Layout::BatchNorm { .. }
        | Layout::PRelu { .. } => panic!("no case of {layout:?} here"),
    }
}

#[test]
fn every_case_gives_what_pytorch_measured() {
    for case in cases::CASES {
        let [h, w, c] = case.input;
        let text = format!("input {h}x{w}x{c}; {};", case.statement);
        let checked = check(&text, None);
        assert!(
            checked.diagnostics.is_empty(),
            "{text}: {:?}",
            checked.diagnostics
        );
        let network = checked.network.expect("valid");
        let row = &network.rows[1];
        let [oh, ow, oc] = case.output;
        assert_eq!(
            row.step.output,
            cnn_core::Shape::spatial(oh, ow, oc),
            "{}",
            case.statement
        );
        assert_eq!(row.step.params, case.params, "{}", case.statement);
        assert_eq!(row.step.macs, case.macs, "{}", case.statement);
        let ours = row.layout.map(tensors).unwrap_or_default();
        let theirs: Vec<Vec<u64>> = case.tensors.iter().map(|t| t.to_vec()).collect();
        assert_eq!(ours, theirs, "{}", case.statement);
    }
}
