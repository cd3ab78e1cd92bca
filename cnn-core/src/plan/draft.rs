//! A step of the forward pass as the memory plan's walk writes it, its
//! tensors by number, before they have places; and the step it becomes
//! once they do.

use crate::plan::program::{Op, Place};
use crate::{LayerSpec, Shape, Storage};

/// A value flowing between steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Value {
    /// The network's input.
    Input,
    /// A tensor, by number.
    Tensor(usize),
}

/// A step before placement: its tensors by number.
#[allow(clippy::large_enum_variant)] // as `Op`'s
pub(super) enum Draft {
    Layer {
        spec: LayerSpec,
        input: Shape,
        output: Shape,
        x: Value,
        y: usize,
        weights: usize,
        scratch: Option<usize>,
    },
    Add {
        a: Value,
        b: Value,
        y: usize,
        len: usize,
        channels: usize,
        broadcast: bool,
    },
    Sub {
        a: Value,
        b: Value,
        y: usize,
        len: usize,
    },
    Mul {
        map: Value,
        gate: Value,
        y: usize,
        len: usize,
        channels: usize,
        broadcast: bool,
    },
    Softmax {
        x: Value,
        y: usize,
        positions: usize,
        paths: usize,
        channels: usize,
    },
    Weigh {
        x: Value,
        w: Value,
        y: usize,
        len: usize,
        channels: usize,
        stride: usize,
        offset: usize,
        broadcast: bool,
        accumulate: bool,
    },
    Copy {
        from: Value,
        to: usize,
        positions: usize,
        width: usize,
        from_stride: usize,
        from_offset: usize,
        to_stride: usize,
        to_offset: usize,
    },
}

impl Draft {
    /// The values it reads and the tensors it writes.
    pub(super) fn uses(&self) -> ([Value; 2], [Option<usize>; 2]) {
        match *self {
            Draft::Layer { x, y, scratch, .. } => ([x, x], [Some(y), scratch]),
            Draft::Add { a, b, y, .. } | Draft::Sub { a, b, y, .. } => ([a, b], [Some(y), None]),
            Draft::Mul { map, gate, y, .. } => ([map, gate], [Some(y), None]),
            Draft::Softmax { x, y, .. } => ([x, x], [Some(y), None]),
            Draft::Weigh { x, w, y, .. } => ([x, w], [Some(y), None]),
            Draft::Copy { from, to, .. } => ([from, from], [Some(to), None]),
        }
    }

    /// For a step that writes over a tensor it reads for the last time
    /// (a layer that runs in place, `add`, `sub`, `mul`), its output and that
    /// tensor; `first` is each tensor's first step, `last` its last,
    /// `lens` its values.
    pub(super) fn over(
        &self,
        step: usize,
        lens: &[usize],
        first: &[usize],
        last: &[usize],
    ) -> Option<(usize, usize)> {
        let reusable = |value: Value, len: usize| match value {
            Value::Tensor(t) if last[t] == step && lens[t] == len => Some(t),
            Value::Tensor(_) | Value::Input => None,
        };
        let (y, x) = match *self {
            Draft::Layer {
                spec, input, x, y, ..
            } if spec.storage(input) == Storage::InPlace => (y, reusable(x, lens[y])),
            Draft::Layer { .. } | Draft::Copy { .. } => return None,
            Draft::Add {
                a,
                y,
                len,
                broadcast: true,
                ..
            } => (y, reusable(a, len)),
            Draft::Add {
                a,
                b,
                y,
                len,
                broadcast: false,
                ..
            } => {
                // Over the addend written last, where both may be: the
                // step that wrote it (often a convolution's batch norm)
                // then holds the sum's place, and the prepared path's
                // fusion adds the other in its store.
                let (a, b) = match (a, b) {
                    (Value::Tensor(ta), Value::Tensor(tb)) if first[tb] > first[ta] => (b, a),
                    _ => (a, b),
                };
                (y, reusable(a, len).or_else(|| reusable(b, len)))
            }
            Draft::Sub { a, b, y, len } => (y, reusable(a, len).or_else(|| reusable(b, len))),
            Draft::Softmax { x, y, .. } => (y, reusable(x, lens[y])),
            // The first path's product may take its place, value for
            // value; the others add to it.
            Draft::Weigh {
                x,
                y,
                len,
                accumulate,
                ..
            } => (y, if accumulate { None } else { reusable(x, len) }),
            Draft::Mul {
                map,
                gate,
                y,
                len,
                broadcast,
                ..
            } => {
                let gate = if broadcast { None } else { reusable(gate, len) };
                (y, reusable(map, len).or(gate))
            }
        };
        Some((y, x?))
    }

    /// The step with its values where `at` puts them.
    pub(super) fn op(&self, at: &dyn Fn(Value) -> Place) -> Op {
        let arena = |t: usize| at(Value::Tensor(t));
        match *self {
            Draft::Layer {
                spec,
                input,
                output,
                x,
                y,
                weights,
                scratch,
            } => Op::Layer {
                spec,
                input,
                output,
                x: at(x),
                y: arena(y),
                weights,
                scratch: match scratch.map(arena) {
                    Some(Place::Arena(offset)) => offset,
                    Some(Place::Input) | None => 0,
                },
            },
            Draft::Add {
                a,
                b,
                y,
                len,
                channels,
                broadcast,
            } => Op::Add {
                a: at(a),
                b: at(b),
                y: arena(y),
                len,
                channels,
                broadcast,
            },
            Draft::Sub { a, b, y, len } => Op::Sub {
                a: at(a),
                b: at(b),
                y: arena(y),
                len,
            },
            Draft::Mul {
                map,
                gate,
                y,
                len,
                channels,
                broadcast,
            } => Op::Mul {
                map: at(map),
                gate: at(gate),
                y: arena(y),
                len,
                channels,
                broadcast,
            },
            Draft::Softmax {
                x,
                y,
                positions,
                paths,
                channels,
            } => Op::Softmax {
                x: at(x),
                y: arena(y),
                positions,
                paths,
                channels,
            },
            Draft::Weigh {
                x,
                w,
                y,
                len,
                channels,
                stride,
                offset,
                broadcast,
                accumulate,
            } => Op::Weigh {
                x: at(x),
                w: at(w),
                y: arena(y),
                len,
                channels,
                stride,
                offset,
                broadcast,
                accumulate,
            },
            Draft::Copy {
                from,
                to,
                positions,
                width,
                from_stride,
                from_offset,
                to_stride,
                to_offset,
            } => Op::Copy {
                from: at(from),
                to: arena(to),
                positions,
                width,
                from_stride,
                from_offset,
                to_stride,
                to_offset,
            },
        }
    }
}
