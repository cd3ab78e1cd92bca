//! Single layers against PyTorch, on images, sequences and volumes: the
//! output shape, learnable parameters,
//! MACs and parameter tensors that PyTorch measured for each statement
//! (`scripts/pytorch_layer_cases.py` wrote `data/pytorch_cases.rs`; torch
//! is not needed to run this).

use cnn_core::{Layout, Shape};
use cnn_lang::check;

/// One statement and what PyTorch measured for it.
pub struct Case {
    statement: &'static str,
    /// Channels last, as the language writes shapes.
    input: &'static [u64],
    output: &'static [u64],
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
    match layout {
        Layout::Conv {
            kernel,
            inputs,
            outputs,
            bias,
        } => {
            let mut weight = vec![outputs, inputs];
            weight.extend_from_slice(kernel.as_slice());
            let mut shapes = vec![weight];
            if bias {
                shapes.push(vec![outputs]);
            }
            shapes
        }
        // `parameters()` of timm's `ScaledStdConv2d`: weight, bias, gain.
        Layout::ScaledConv {
            kernel,
            inputs,
            outputs,
            bias,
        } => {
            let mut weight = vec![outputs, inputs];
            weight.extend_from_slice(kernel.as_slice());
            let mut shapes = vec![weight];
            if bias {
                shapes.push(vec![outputs]);
            }
            let mut gain = vec![outputs, 1];
            gain.extend(kernel.as_slice().iter().map(|_| 1));
            shapes.push(gain);
            shapes
        }
        Layout::ConvTranspose {
            kernel,
            inputs,
            outputs_per_group,
            outputs,
            bias,
        } => {
            let mut weight = vec![inputs, outputs_per_group];
            weight.extend_from_slice(kernel.as_slice());
            let mut shapes = vec![weight];
            if bias {
                shapes.push(vec![outputs]);
            }
            shapes
        }
        // `parameters()` holds weight and bias; the running statistics
        // are buffers.
        Layout::BatchNorm { channels } => vec![vec![channels], vec![channels]],
        Layout::Norm { channels } => vec![vec![channels], vec![channels]],
        // ConvNeXt's layer scale is one `[C, 1, 1]` tensor.
        Layout::Scale { channels } => vec![vec![channels, 1, 1]],
        // timm's `LearnableAffineBlock`: `scale` and `bias`, `[1]` each.
        Layout::Affine => vec![vec![1], vec![1]],
        // torch's 0-dimensional `skipinit_gain`: shape `[]`.
        Layout::Gain => vec![vec![]],
        // `filt` is a buffer: `parameters()` has nothing of it.
        Layout::Blur { .. } => vec![],
        Layout::Separable { .. } | Layout::Linear { .. } | Layout::PRelu { .. } => {
            panic!("no case of {layout:?} here")
        }
    }
}

#[test]
fn every_case_gives_what_pytorch_measured() {
    for case in cases::CASES {
        let dims = |values: &[u64]| {
            values
                .iter()
                .map(u64::to_string)
                .collect::<Vec<_>>()
                .join("x")
        };
        let text = format!("input {}; {};", dims(case.input), case.statement);
        let checked = check(&text, None);
        assert!(
            checked.diagnostics.is_empty(),
            "{text}: {:?}",
            checked.diagnostics
        );
        let network = checked.network.expect("valid");
        let row = &network.rows[1];
        let (&channels, axes) = case.output.split_last().expect("a shape");
        let mut sizes = [1; 3];
        sizes[..axes.len()].copy_from_slice(axes);
        assert_eq!(
            row.step.output,
            Shape::of_axes(sizes, axes.len(), channels),
            "{} on {:?}",
            case.statement,
            case.input
        );
        assert_eq!(row.step.params, case.params, "{}", case.statement);
        assert_eq!(row.step.macs, case.macs, "{}", case.statement);
        let ours = row.layout.map(tensors).unwrap_or_default();
        let theirs: Vec<Vec<u64>> = case.tensors.iter().map(|t| t.to_vec()).collect();
        assert_eq!(ours, theirs, "{}", case.statement);
    }
}
