//! The prepared path's program: the plan's steps with each convolution
//! taking over the steps that finish its output (a batch norm, the
//! addition of a residual, an activation), and every layer reading its
//! prepared parameters (`plan::prepared`).
//!
//! A step is fused into the convolution before it only when it runs in
//! place on that convolution's output (the memory plan put it there
//! because nothing else reads the values between), so the fused step
//! writes where the last of them wrote and reads nothing they did not:
//! the places, and so the arena, are the plan's (it never grows). An
//! `add` is taken only when its sum is written over the convolution's
//! output and its other addend lies elsewhere; an activation before such
//! an `add` ends the fusion (the store applies the residual, then the
//! activation).
//!
//! A convolution Winograd may run (`plan::winograd`) takes its blocks in
//! the largest room free in the arena at its step, which the memory plan
//! gives (`rooms`); when that room holds no block of enough tiles it stays
//! on its product, in its own scratch.

use alloc::vec::Vec;

use super::memory::{Size, Unplanned};
use super::prepared::{aligned, form_in, prepared_len_in, Form};
use super::winograd::{block_rows, cap, winograd};
use crate::plan::program::{Header, Op, Place, Writer};
use crate::{Activation, Kind, Shape};

/// The prepared path's program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fused {
    /// The prepared parameters' values (`PREPARED_LEN`).
    pub prepared_len: usize,
    /// The plan's header, with the fused program's count of steps.
    pub header: Header,
    /// The steps: [`Op::Fused`] for every layer, and the plan's `add`,
    /// `mul` and copies that were not fused.
    pub ops: Vec<Op>,
}

impl Fused {
    /// The program as the runner's prepared path reads it: the prepared
    /// length, then the header and the steps.
    pub fn encode(&self) -> Vec<u8> {
        let mut bytes = Vec::new();
        let mut writer = Writer::default();
        let mut sink = |part: &[u8]| bytes.extend_from_slice(part);
        writer.prepared_len(self.prepared_len, &mut sink);
        writer.header(&self.header, &mut sink);
        for op in &self.ops {
            writer.op(op, &mut sink);
        }
        bytes
    }
}

/// An element-wise activation the store can apply: all but softmax,
/// which reads a whole position.
const fn pointwise(activation: Activation) -> bool {
    match activation {
        Activation::Softmax | Activation::LogSoftmax => false,
        Activation::Relu
        | Activation::Relu6
        | Activation::LeakyRelu
        | Activation::Elu
        | Activation::Gelu
        | Activation::GeluTanh
        | Activation::Silu
        | Activation::Sigmoid
        | Activation::HardSigmoid
        | Activation::HardSwish
        | Activation::Tanh => true,
    }
}

/// The layer of `op` if it runs in place at `at` on values of `shape`.
fn in_place_at(op: Option<&Op>, at: Place, shape: Shape) -> Option<Kind> {
    match op {
        Some(&Op::Layer {
            spec, input, x, y, ..
        }) if x == at && y == at && input.same_as(&shape) => Some(spec.kind),
        _ => None,
    }
}

/// The prepared program of the plan `header`, `ops`; `rooms` gives, for
/// each step where a convolution might run by Winograd, the start and
/// values of the largest span of the arena free while it runs (its own
/// scratch's included), `(0, 0)` elsewhere.
pub fn fuse(header: &Header, ops: &[Op], rooms: &[(usize, usize)]) -> Result<Fused, Unplanned> {
    let too_large = Unplanned::TooLarge(Size::Weights);
    let mut fused = Vec::with_capacity(ops.len());
    let mut next = 0usize;
    let mut at = 0;
    while at < ops.len() {
        let op = ops[at];
        at += 1;
        let Op::Layer {
            spec,
            input,
            x,
            y,
            weights,
            mut scratch,
            ..
        } = op
        else {
            fused.push(op);
            continue;
        };
        let mut rows = 0;
        if let (true, Some(&(start, room))) = (winograd(&spec, input), rooms.get(at - 1)) {
            rows = blocks(&spec, input, room).unwrap_or(0);
            if rows > 0 {
                scratch = start;
            }
        }
        let prepared = next;
        next = next
            .checked_add(aligned(prepared_len_in(&spec, input, rows)).ok_or(too_large)?)
            .ok_or(too_large)?;
        let (mut norm, mut residual, mut activation) = (None, None, None);
        let conv = matches!(
            form_in(&spec, input, rows),
            Form::Packed { .. } | Form::Depthwise | Form::Direct | Form::Winograd
        );
        if let (true, Ok(step)) = (conv, spec.apply(input)) {
            let output = step.output;
            let len = output.elements().and_then(|n| usize::try_from(n).ok());
            if in_place_at(ops.get(at), y, output) == Some(Kind::BatchNorm) {
                // The runner folds a norm with PyTorch's default eps; one
                // with an `eps` of its own stays a step of its own.
                if let Some(&Op::Layer {
                    weights,
                    spec: norm_spec,
                    ..
                }) = ops.get(at)
                {
                    if !norm_spec.eps.is_written() {
                        norm = Some(weights);
                        at += 1;
                    }
                }
            }
            if let Some(&Op::Add {
                a,
                b,
                y: sum,
                len: added,
                broadcast: false,
                ..
            }) = ops.get(at)
            {
                let other = if a == y { b } else { a };
                if sum == y && (a == y || b == y) && other != y && Some(added) == len {
                    residual = Some(other);
                    at += 1;
                }
            }
            if let Some(Kind::Activation(function)) = in_place_at(ops.get(at), y, output) {
                // The runner applies an activation with its defaults; a
                // `leakyrelu` with a `slope` of its own stays a step.
                let written =
                    matches!(ops.get(at), Some(Op::Layer { spec, .. }) if spec.eps.is_written());
                if pointwise(function) && !written {
                    activation = Some(function);
                    at += 1;
                }
            }
        }
        fused.push(Op::Fused {
            spec,
            input,
            x,
            y,
            scratch,
            weights,
            prepared,
            norm,
            residual,
            activation,
            winograd: rows,
        });
    }
    Ok(Fused {
        prepared_len: next,
        header: Header {
            steps: fused.len(),
            ..*header
        },
        ops: fused,
    })
}

/// Rows of tiles a Winograd block of `spec` on `input` takes in `room`
/// values (0 when no block of enough tiles fits), from its start. The
/// room is capped (`plan::winograd::cap`) at the layer's input and output
/// together, or at a small map's whole block.
fn blocks(spec: &crate::LayerSpec, input: Shape, room: usize) -> Option<usize> {
    let output = spec.apply(input).ok()?.output;
    let tensors = input.elements()?.checked_add(output.elements()?)?;
    let [height, width, _] = output.axes();
    let (channels, filters) = (input.channels(), output.channels());
    let cap = cap([height, width], channels, filters, tensors);
    let room = (room as u64).min(cap);
    let rows = block_rows([height, width], channels, filters, room);
    usize::try_from(rows).ok()
}
