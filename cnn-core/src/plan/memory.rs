//! The memory plan of the forward pass: the network's tree unrolled into
//! steps, every tensor's lifetime across the blocks, layers run in place
//! where they may, and each tensor (convolution scratch included) given
//! an offset in one arena, so that the arena's size is known when the
//! network is declared.
//!
//! Three passes over the steps:
//! 1. the walk writes each step with a tensor of its own for every output
//!    (and scratch), reading the network's input where it flows (the
//!    steps before placement are `draft`'s);
//! 2. a layer that may run in place, an `add` or a `mul`, whose input is
//!    read for the last time there, writes over that input instead: its
//!    output joins the input's buffer;
//! 3. the buffers, largest first, each take the lowest offset where no
//!    buffer alive at the same time lies (`place`; TensorFlow Lite
//!    Micro's greedy planner does the same, on tensors it cannot run in
//!    place).
//!
//! Then, for the prepared path alone, each convolution Winograd may run
//! is given the largest span of the arena free at its step for its
//! blocks (`rooms`, read by `plan::fuse`): the arena is sized by the
//! plain steps and stays so.
//!
//! Each pass is linear in the steps but for sorting and the placement's
//! search, `O(n log n)` on a network's chain of layers.

use alloc::collections::BTreeMap;
use alloc::vec;
use alloc::vec::Vec;

use super::draft::{Draft, Value};
use super::fuse::{fuse, Fused};
use super::place::{place, place_best, Buffer, Placement};
use super::rooms::rooms;
use crate::plan::program::{Header, Op, Place, Writer};
use crate::plan::scratch::scratch_len;
use crate::tree::Node;
use crate::{join, Block, Kind, LayerSpec, Shape, Storage};

/// The most steps a network may take to be planned. The program is
/// emitted as one byte string, about 30 bytes a step, and the planner
/// holds every step: the bound is the same as [`MAX_ROWS`](crate::tree::MAX_ROWS)
/// on the rows a network may list, so that a plan costs no more than a
/// table the macro could emit anyway (at most about 8 MB of program).
/// Far above any real network (DenseNet-201 takes fewer than 1,500).
pub const MAX_STEPS: usize = 250_000;

/// A planned forward pass.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// What the program says before its steps: the input, arena and
    /// output sizes.
    pub header: Header,
    /// The steps, in order.
    pub ops: Vec<Op>,
    /// The most values alive at once: the least any placement of these
    /// tensors could take (`header.arena_len` is at least this).
    pub alive: usize,
    /// The prepared path's program: these steps fused, on the same
    /// places.
    pub fused: Fused,
}

impl Plan {
    /// The program as the runner reads it.
    pub fn encode(&self) -> Vec<u8> {
        let mut bytes = Vec::new();
        let mut writer = Writer::default();
        let mut sink = |part: &[u8]| bytes.extend_from_slice(part);
        writer.header(&self.header, &mut sink);
        for op in &self.ops {
            writer.op(op, &mut sink);
        }
        bytes
    }
}

/// Why a network has no plan (and so no `forward`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unplanned {
    /// It takes this many steps, more than [`MAX_STEPS`] (`u64::MAX` for
    /// that many or more).
    Steps(u64),
    /// A number the runner counts in `usize` is beyond it.
    TooLarge(Size),
    /// It is not a network the analysis accepts.
    Invalid,
}

/// A number of the plan, in [`Unplanned::TooLarge`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    /// The values of one tensor.
    Tensor,
    /// Where a layer's parameters start in the flat weights.
    Weights,
    /// The arena's values.
    Arena,
}

/// Plans the forward pass of a network that analysed without problems;
/// why not, if it does not fit or is not a network the analysis accepts.
/// The walk stops storing steps past [`MAX_STEPS`] but goes on counting
/// them, a `repeat`'s rounds alike in closed form, so that the count
/// costs no more than the steps stored.
pub fn plan(nodes: &[Node]) -> Result<Plan, Unplanned> {
    let placed = placed(nodes, false)?;
    let rooms = rooms(
        &placed.drafts,
        &placed.roots,
        &placed.buffers,
        &placed.placement,
    );
    let fused = fuse(&placed.header, &placed.ops, &rooms)?;
    Ok(Plan {
        header: placed.header,
        ops: placed.ops,
        alive: placed.alive,
        fused,
    })
}

/// Passes 1 to 3 of the walk, for the `f32` plan or (with `int8`) the
/// int8 one of `plan::int8`, which takes no scratch and keeps a
/// `flatten` in place.
pub(super) fn placed(nodes: &[Node], int8: bool) -> Result<Placed, Unplanned> {
    let mut walk = Walk {
        int8,
        ..Walk::default()
    };
    let mut output = walk.body(nodes, None, true)?;
    if output.value == Value::Input {
        // The output lives in the arena, so that only the arena's borrow
        // reaches it.
        let len = elements(output.shape)?;
        let copy = walk.tensor(len);
        walk.push(Draft::Copy {
            from: Value::Input,
            to: copy,
            positions: 1,
            width: len,
            from_stride: len,
            from_offset: 0,
            to_stride: len,
            to_offset: 0,
        });
        output.value = Value::Tensor(copy);
    }
    if walk.over() {
        return Err(Unplanned::Steps(walk.steps));
    }
    let input_len = elements(walk.input.ok_or(Unplanned::Invalid)?)?;
    let Value::Tensor(out) = output.value else {
        return Err(Unplanned::Invalid);
    };
    walk.place(input_len, out, elements(output.shape)?)
}

/// The values of `shape` as `usize`.
fn elements(shape: Shape) -> Result<usize, Unplanned> {
    let values = shape.elements().ok_or(Unplanned::TooLarge(Size::Tensor))?;
    count(values, Size::Tensor)
}

/// `n` as `usize`, for a number of the plan of kind `size`.
fn count(n: u64, size: Size) -> Result<usize, Unplanned> {
    usize::try_from(n).map_err(|_| Unplanned::TooLarge(size))
}

/// What flows through a body.
#[derive(Clone, Copy)]
struct Flow {
    value: Value,
    shape: Shape,
}

/// What a part of the walk gives on.
type Walked = Result<Flow, Unplanned>;

/// The positions of `shape` as `usize`.
fn positions(shape: Shape) -> Result<usize, Unplanned> {
    let positions = shape.positions().ok_or(Unplanned::TooLarge(Size::Tensor))?;
    count(positions, Size::Tensor)
}

#[derive(Default)]
struct Walk {
    /// The first [`MAX_STEPS`] steps.
    drafts: Vec<Draft>,
    /// Every step, those past [`MAX_STEPS`] included.
    steps: u64,
    /// Each tensor's values.
    lens: Vec<usize>,
    /// Where the next layer's parameters start in the flat weights.
    weights: usize,
    input: Option<Shape>,
    /// The output of every statement so far, by number, for `from`: a
    /// tensor stays alive until the last step that reads it, so one that
    /// `from` takes lives until then and no longer.
    outputs: BTreeMap<usize, Flow>,
    /// Whether this is the int8 walk (`plan::int8`).
    int8: bool,
}

/// The steps placed, with what the `f32` plan's rooms are found from.
pub(super) struct Placed {
    pub(super) header: Header,
    pub(super) ops: Vec<Op>,
    pub(super) alive: usize,
    drafts: Vec<Draft>,
    roots: Vec<usize>,
    buffers: Vec<Buffer>,
    placement: Placement,
}

impl Walk {
    /// Whether there are more steps than a plan may take: from then on
    /// the walk only counts.
    fn over(&self) -> bool {
        self.steps > MAX_STEPS as u64
    }

    fn tensor(&mut self, len: usize) -> usize {
        if self.over() {
            return 0;
        }
        self.lens.push(len);
        self.lens.len() - 1
    }

    fn push(&mut self, draft: Draft) {
        self.steps = self.steps.saturating_add(1);
        if !self.over() {
            self.drafts.push(draft);
        }
    }

    /// Runs `nodes` on `flow` (`None` at the top, where `input` starts).
    fn body(&mut self, nodes: &[Node], mut flow: Option<Flow>, top: bool) -> Walked {
        let invalid = Unplanned::Invalid;
        for node in nodes {
            flow = Some(match node {
                Node::Broken => return Err(invalid),
                Node::From { target, .. } => *self.outputs.get(target).ok_or(invalid)?,
                Node::Layer { spec, .. } if spec.kind.info().is_input => {
                    if !top || flow.is_some() {
                        return Err(invalid);
                    }
                    self.input = Some(spec.shape);
                    Flow {
                        value: Value::Input,
                        shape: spec.shape,
                    }
                }
                Node::Layer { spec, .. } => self.layer(spec, flow.ok_or(invalid)?)?,
                Node::Block {
                    block,
                    body,
                    branches,
                    ..
                } => self.block(*block, body, branches, flow.ok_or(invalid)?)?,
            });
            if let (Node::Layer { id, .. } | Node::Block { id, .. }, Some(out)) = (node, flow) {
                self.outputs.insert(*id, out);
            }
        }
        flow.ok_or(invalid)
    }

    fn layer(&mut self, spec: &LayerSpec, flow: Flow) -> Walked {
        let step = spec.apply(flow.shape).map_err(|_| Unplanned::Invalid)?;
        let weights = self.weights;
        let params = step
            .params
            .checked_add(step.non_trainable_params)
            .ok_or(Unplanned::TooLarge(Size::Weights))?;
        self.weights = weights
            .checked_add(count(params, Size::Weights)?)
            .ok_or(Unplanned::TooLarge(Size::Weights))?;
        let storage = match self.int8 {
            true => super::int8::storage(spec, flow.shape),
            false => spec.storage(flow.shape),
        };
        if storage == Storage::Passes {
            return Ok(Flow {
                value: flow.value,
                shape: step.output,
            });
        }
        let y = self.tensor(elements(step.output)?);
        if spec.kind == Kind::Slice {
            // Channels taken at each position: the copy a `split` makes of
            // each share, at the slice's own offset and width.
            let width = count(spec.count, Size::Tensor)?;
            self.push(Draft::Copy {
                from: flow.value,
                to: y,
                positions: positions(flow.shape)?,
                width,
                from_stride: count(flow.shape.channels(), Size::Tensor)?,
                from_offset: count(spec.slice_start(), Size::Tensor)?,
                to_stride: width,
                to_offset: 0,
            });
            return Ok(Flow {
                value: Value::Tensor(y),
                shape: step.output,
            });
        }
        let scratch = match self.int8 {
            true => super::int8::scratch(spec, flow.shape),
            false => scratch_len(spec, flow.shape),
        };
        let scratch = match scratch {
            0 => None,
            len => Some(self.tensor(len)),
        };
        self.push(Draft::Layer {
            spec: *spec,
            input: flow.shape,
            x: flow.value,
            y,
            weights,
            scratch,
        });
        Ok(Flow {
            value: Value::Tensor(y),
            shape: step.output,
        })
    }

    fn block(&mut self, block: Block, body: &[Node], branches: &[Vec<Node>], flow: Flow) -> Walked {
        let invalid = Unplanned::Invalid;
        match block {
            Block::Sequence | Block::Branch => self.body(body, Some(flow), false),
            Block::Repeat(rounds) => self.repeat(rounds, body, flow),
            Block::Residual => {
                let out = self.body(body, Some(flow), false)?;
                self.add(out, flow)
            }
            Block::Add => {
                let outs = self.branches(branches, flow)?;
                let (first, rest) = outs.split_first().ok_or(invalid)?;
                rest.iter().try_fold(*first, |sum, &out| self.add(sum, out))
            }
            Block::Mul => {
                let outs = self.branches(branches, flow)?;
                let (first, rest) = outs.split_first().ok_or(invalid)?;
                rest.iter()
                    .try_fold(*first, |product, &out| self.mul(product, out))
            }
            Block::Sub => match self.branches(branches, flow)?.as_slice() {
                [minuend, subtrahend] => self.sub(*minuend, *subtrahend),
                _ => Err(invalid),
            },
            Block::Concat => {
                let outs = self.branches(branches, flow)?;
                self.concat(&outs)
            }
            Block::Mix => self.mix(branches, flow),
            Block::Split => self.split(branches, flow),
        }
    }

    /// `rounds` rounds of `body`, one after another. A round that gives
    /// back the shape it got is what every round after it is, so its
    /// steps stand for theirs once the walk only counts, and a round that
    /// takes no step and changes nothing ends the walk through them: a
    /// `repeat` of billions of rounds costs no more than the steps it
    /// stores.
    fn repeat(&mut self, rounds: u64, body: &[Node], mut flow: Flow) -> Walked {
        let mut done = 0;
        while done < rounds {
            let (steps, weights, before) = (self.steps, self.weights, flow);
            flow = self.body(body, Some(flow), false)?;
            done += 1;
            let taken = self.steps - steps;
            let idle = taken == 0 && flow.value == before.value && self.weights == weights;
            if flow.shape == before.shape && (idle || self.over()) {
                let left = rounds - done;
                self.steps = self.steps.saturating_add(taken.saturating_mul(left));
                break;
            }
        }
        Ok(flow)
    }

    /// Every branch run on `flow`.
    fn branches(&mut self, branches: &[Vec<Node>], flow: Flow) -> Result<Vec<Flow>, Unplanned> {
        branches
            .iter()
            .map(|branch| self.body(branch, Some(flow), false))
            .collect()
    }

    fn add(&mut self, a: Flow, b: Flow) -> Walked {
        let shape = join(Block::Add, a.shape, b.shape).map_err(|_| Unplanned::Invalid)?;
        // A branch of one position (GCNet's context) is added at every
        // position of the map: it goes second.
        let (a, b) = if a.shape.same_as(&shape) {
            (a, b)
        } else {
            (b, a)
        };
        let len = elements(shape)?;
        let y = self.tensor(len);
        self.push(Draft::Add {
            a: a.value,
            b: b.value,
            y,
            len,
            channels: count(shape.channels(), Size::Tensor)?,
            broadcast: !b.shape.same_as(&shape),
        });
        Ok(Flow {
            value: Value::Tensor(y),
            shape,
        })
    }

    fn sub(&mut self, a: Flow, b: Flow) -> Walked {
        let shape = join(Block::Sub, a.shape, b.shape).map_err(|_| Unplanned::Invalid)?;
        let len = elements(shape)?;
        let y = self.tensor(len);
        self.push(Draft::Sub {
            a: a.value,
            b: b.value,
            y,
            len,
        });
        Ok(Flow {
            value: Value::Tensor(y),
            shape,
        })
    }

    fn mul(&mut self, a: Flow, b: Flow) -> Walked {
        let shape = join(Block::Mul, a.shape, b.shape).map_err(|_| Unplanned::Invalid)?;
        // A gate of one position scales every position of the map.
        let (map, gate) = if a.shape.same_as(&shape) {
            (a, b)
        } else {
            (b, a)
        };
        let len = elements(shape)?;
        let y = self.tensor(len);
        self.push(Draft::Mul {
            map: map.value,
            gate: gate.value,
            y,
            len,
            channels: count(shape.channels(), Size::Tensor)?,
            broadcast: !gate.shape.same_as(&shape),
        });
        Ok(Flow {
            value: Value::Tensor(y),
            shape,
        })
    }

    /// `mix`: the paths, their sum, the weights branch on it, a softmax
    /// across the paths, and each path weighed into the output.
    fn mix(&mut self, branches: &[Vec<Node>], flow: Flow) -> Walked {
        let invalid = Unplanned::Invalid;
        let (weights_branch, paths) = branches.split_last().ok_or(invalid)?;
        let outs = self.branches(paths, flow)?;
        let (first, rest) = outs.split_first().ok_or(invalid)?;
        let sum = rest
            .iter()
            .try_fold(*first, |sum, &out| self.add(sum, out))?;
        let weights = self.body(weights_branch, Some(sum), false)?;
        let shape = sum.shape;
        if !crate::tree::fits(outs.len() as u64, shape, weights.shape) {
            return Err(invalid);
        }
        let channels = count(shape.channels(), Size::Tensor)?;
        let stride = count(weights.shape.channels(), Size::Tensor)?;
        let soft = self.tensor(elements(weights.shape)?);
        self.push(Draft::Softmax {
            x: weights.value,
            y: soft,
            positions: positions(weights.shape)?,
            paths: outs.len(),
            channels,
        });
        let len = elements(shape)?;
        let y = self.tensor(len);
        for (index, out) in outs.iter().enumerate() {
            self.push(Draft::Weigh {
                x: out.value,
                w: Value::Tensor(soft),
                y,
                len,
                channels,
                stride,
                offset: index * channels,
                broadcast: !weights
                    .shape
                    .with_channels(1)
                    .same_as(&shape.with_channels(1)),
                accumulate: index > 0,
            });
        }
        Ok(Flow {
            value: Value::Tensor(y),
            shape,
        })
    }

    /// The branches' outputs stacked along the channels.
    fn concat(&mut self, outs: &[Flow]) -> Walked {
        let (first, rest) = outs.split_first().ok_or(Unplanned::Invalid)?;
        let shape = rest.iter().try_fold(first.shape, |joined, out| {
            join(Block::Concat, joined, out.shape).map_err(|_| Unplanned::Invalid)
        })?;
        let positions = positions(shape)?;
        let total = count(shape.channels(), Size::Tensor)?;
        let y = self.tensor(elements(shape)?);
        let mut offset = 0;
        for out in outs {
            let width = count(out.shape.channels(), Size::Tensor)?;
            self.push(Draft::Copy {
                from: out.value,
                to: y,
                positions,
                width,
                from_stride: width,
                from_offset: 0,
                to_stride: total,
                to_offset: offset,
            });
            offset += width;
        }
        Ok(Flow {
            value: Value::Tensor(y),
            shape,
        })
    }

    /// Each branch fed its slice of the channels, the outputs stacked.
    fn split(&mut self, branches: &[Vec<Node>], flow: Flow) -> Walked {
        let parts = u64::try_from(branches.len()).map_err(|_| Unplanned::Invalid)?;
        let channels = flow.shape.channels();
        if parts == 0 || !channels.is_multiple_of(parts) {
            return Err(Unplanned::Invalid);
        }
        let slice = flow.shape.with_channels(channels / parts);
        let positions = positions(slice)?;
        let width = count(slice.channels(), Size::Tensor)?;
        let total = count(channels, Size::Tensor)?;
        let mut outs = Vec::with_capacity(branches.len());
        for (index, branch) in branches.iter().enumerate() {
            let part = self.tensor(elements(slice)?);
            self.push(Draft::Copy {
                from: flow.value,
                to: part,
                positions,
                width,
                from_stride: total,
                from_offset: index * width,
                to_stride: width,
                to_offset: 0,
            });
            let fed = Flow {
                value: Value::Tensor(part),
                shape: slice,
            };
            outs.push(self.body(branch, Some(fed), false)?);
        }
        self.concat(&outs)
    }

    /// Passes 2 and 3: buffers shared in place, then offsets.
    fn place(
        self,
        input_len: usize,
        output: usize,
        output_len: usize,
    ) -> Result<Placed, Unplanned> {
        let steps = self.drafts.len();
        // Each tensor's first and last step; the output lives to the end.
        let mut first = vec![usize::MAX; self.lens.len()];
        let mut last = vec![0; self.lens.len()];
        for (step, draft) in self.drafts.iter().enumerate() {
            let (reads, writes) = draft.uses();
            let read = reads.into_iter().filter_map(|value| match value {
                Value::Tensor(t) => Some(t),
                Value::Input => None,
            });
            for tensor in read.chain(writes.into_iter().flatten()) {
                first[tensor] = first[tensor].min(step);
                last[tensor] = last[tensor].max(step);
            }
        }
        last[output] = steps;

        // Pass 2: `buffer[t]` is the tensor whose memory `t` uses.
        let mut buffer: Vec<usize> = (0..self.lens.len()).collect();
        let mut end = last.clone();
        for (step, draft) in self.drafts.iter().enumerate() {
            let apart = matches!(draft, Draft::Layer { spec, input, .. }
                if self.int8 && super::int8::storage(spec, *input) != Storage::InPlace
                    && spec.storage(*input) == Storage::InPlace);
            if let Some((y, x)) = draft
                .over(step, &self.lens, &first, &last)
                .filter(|_| !apart)
            {
                let root = buffer[x];
                buffer[y] = root;
                end[root] = end[root].max(last[y]);
            }
        }

        // Pass 3: each buffer (a tensor that is its own) gets an offset.
        let roots: Vec<usize> = (0..self.lens.len())
            .filter(|&t| buffer[t] == t && first[t] != usize::MAX)
            .collect();
        let buffers: Vec<Buffer> = roots
            .iter()
            .map(|&t| Buffer {
                first: first[t],
                last: end[t],
                len: self.lens[t],
            })
            .collect();
        let placement = match self.int8 {
            true => place_best(&buffers),
            false => place(&buffers),
        };
        let placement = placement.ok_or(Unplanned::TooLarge(Size::Arena))?;
        let mut offset = vec![0; self.lens.len()];
        for (&t, &at) in roots.iter().zip(&placement.offsets) {
            offset[t] = at;
        }

        let at = |value: Value| match value {
            Value::Input => Place::Input,
            Value::Tensor(t) => Place::Arena(offset[buffer[t]]),
        };
        let ops: Vec<Op> = self.drafts.iter().map(|draft| draft.op(&at)).collect();
        let header = Header {
            input_len,
            arena_len: placement.arena_len,
            output: offset[buffer[output]],
            output_len,
            steps,
        };
        Ok(Placed {
            header,
            ops,
            alive: placement.alive,
            drafts: self.drafts,
            roots,
            buffers,
            placement,
        })
    }
}
