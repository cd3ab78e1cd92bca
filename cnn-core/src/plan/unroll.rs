//! Pass 1 of the memory plan: the network's tree unrolled into steps
//! (`draft`'s), each output (and scratch) a tensor of its own, every
//! tensor's length and every statement's output kept for `from`. The
//! walk stops storing steps past [`MAX_STEPS`] but goes on counting them.

use alloc::collections::BTreeMap;
use alloc::vec::Vec;

use super::draft::{Draft, Value};
use super::scratch::scratch_len;
use super::unplanned::{count, elements, Size, Unplanned, MAX_STEPS};
use crate::tree::Node;
use crate::{join, Block, Kind, LayerSpec, Shape, Storage};

/// What flows through a body.
#[derive(Clone, Copy)]
pub(super) struct Flow {
    pub(super) value: Value,
    pub(super) shape: Shape,
}

/// What a part of the walk gives on.
pub(super) type Walked = Result<Flow, Unplanned>;

/// The positions of `shape` as `usize`.
fn positions(shape: Shape) -> Result<usize, Unplanned> {
    let positions = shape.positions().ok_or(Unplanned::TooLarge(Size::Tensor))?;
    count(positions, Size::Tensor)
}

/// The walk: the steps so far, and what later steps read of them.
#[derive(Default)]
pub(super) struct Walk {
    /// The first [`MAX_STEPS`] steps.
    pub(super) drafts: Vec<Draft>,
    /// Every step, those past [`MAX_STEPS`] included.
    pub(super) steps: u64,
    /// Each tensor's values.
    pub(super) lens: Vec<usize>,
    /// Where the next layer's parameters start in the flat weights.
    pub(super) weights: usize,
    pub(super) input: Option<Shape>,
    /// The output of every statement so far, by number, for `from`: a
    /// tensor stays alive until the last step that reads it, so one that
    /// `from` takes lives until then and no longer.
    pub(super) outputs: BTreeMap<usize, Flow>,
    /// Whether this is the int8 walk (`plan::int8`).
    pub(super) int8: bool,
}

impl Walk {
    /// Whether there are more steps than a plan may take: from then on
    /// the walk only counts.
    pub(super) fn over(&self) -> bool {
        self.steps > MAX_STEPS as u64
    }

    pub(super) fn tensor(&mut self, len: usize) -> usize {
        if self.over() {
            return 0;
        }
        self.lens.push(len);
        self.lens.len() - 1
    }

    pub(super) fn push(&mut self, draft: Draft) {
        self.steps = self.steps.saturating_add(1);
        if !self.over() {
            self.drafts.push(draft);
        }
    }

    /// Runs `nodes` on `flow` (`None` at the top, where `input` starts).
    pub(super) fn body(&mut self, nodes: &[Node], mut flow: Option<Flow>, top: bool) -> Walked {
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
            output: step.output,
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
}
