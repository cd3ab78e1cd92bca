//! The memory plan of the forward pass: the network's tree unrolled into
//! steps, every tensor's lifetime across the blocks, layers run in place
//! where they may, and each tensor (convolution scratch included) given
//! an offset in one arena, so that the arena's size is known when the
//! network is declared.
//!
//! Three passes over the steps:
//! 1. the walk writes each step with a tensor of its own for every output
//!    (and scratch), reading the network's input where it flows;
//! 2. a layer that may run in place, an `add` or a `mul`, whose input is
//!    read for the last time there, writes over that input instead: its
//!    output joins the input's buffer;
//! 3. the buffers, largest first, each take the lowest offset where no
//!    buffer alive at the same time lies (TensorFlow Lite Micro's greedy
//!    planner does the same, on tensors it cannot run in place).

use alloc::vec;
use alloc::vec::Vec;

use super::intervals::Lifetimes;
use super::Node;
use crate::program::{Header, Op, Place, Writer};
use crate::scratch::scratch_len;
use crate::{join, Block, LayerSpec, Shape, Storage};

/// The most steps a network may take to be planned: far above any real
/// network (DenseNet-201 takes fewer than 1,500), and a bound on the
/// planner's quadratic placement.
pub const MAX_STEPS: usize = 20_000;

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

/// Plans the forward pass of a network that analysed without problems;
/// `None` if it does not fit (a size beyond `usize`, more than
/// [`MAX_STEPS`] steps) or is not a network the analysis accepts.
pub fn plan(nodes: &[Node]) -> Option<Plan> {
    let mut walk = Walk::default();
    let output = walk.body(nodes, None, true)?;
    let mut output = output;
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
        })?;
        output.value = Value::Tensor(copy);
    }
    let input_len = elements(walk.input?)?;
    let Value::Tensor(out) = output.value else {
        return None;
    };
    walk.place(input_len, out, elements(output.shape)?)
}

/// The values of `shape` as `usize`.
fn elements(shape: Shape) -> Option<usize> {
    usize::try_from(shape.elements()?).ok()
}

/// A value flowing between steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Value {
    /// The network's input.
    Input,
    /// A tensor, by number.
    Tensor(usize),
}

/// What flows through a body.
#[derive(Clone, Copy)]
struct Flow {
    value: Value,
    shape: Shape,
}

/// A step before placement: its tensors by number.
#[allow(clippy::large_enum_variant)] // as `Op`'s
enum Draft {
    Layer {
        spec: LayerSpec,
        input: Shape,
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
    },
    Mul {
        map: Value,
        gate: Value,
        y: usize,
        len: usize,
        channels: usize,
        broadcast: bool,
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
    fn uses(&self) -> ([Value; 2], [Option<usize>; 2]) {
        match *self {
            Draft::Layer { x, y, scratch, .. } => ([x, x], [Some(y), scratch]),
            Draft::Add { a, b, y, .. } => ([a, b], [Some(y), None]),
            Draft::Mul { map, gate, y, .. } => ([map, gate], [Some(y), None]),
            Draft::Copy { from, to, .. } => ([from, from], [Some(to), None]),
        }
    }
}

#[derive(Default)]
struct Walk {
    drafts: Vec<Draft>,
    /// Each tensor's values.
    lens: Vec<usize>,
    /// Where the next layer's parameters start in the flat weights.
    weights: usize,
    input: Option<Shape>,
}

impl Walk {
    fn tensor(&mut self, len: usize) -> usize {
        self.lens.push(len);
        self.lens.len() - 1
    }

    fn push(&mut self, draft: Draft) -> Option<()> {
        if self.drafts.len() >= MAX_STEPS {
            return None;
        }
        self.drafts.push(draft);
        Some(())
    }

    /// Runs `nodes` on `flow` (`None` at the top, where `input` starts).
    fn body(&mut self, nodes: &[Node], mut flow: Option<Flow>, top: bool) -> Option<Flow> {
        for node in nodes {
            flow = Some(match node {
                Node::Broken => return None,
                Node::Layer { spec, .. } if spec.kind.info().is_input => {
                    if !top || flow.is_some() {
                        return None;
                    }
                    self.input = Some(spec.shape);
                    Flow {
                        value: Value::Input,
                        shape: spec.shape,
                    }
                }
                Node::Layer { spec, .. } => self.layer(spec, flow?)?,
                Node::Block {
                    block,
                    body,
                    branches,
                    ..
                } => self.block(*block, body, branches, flow?)?,
            });
        }
        flow
    }

    fn layer(&mut self, spec: &LayerSpec, flow: Flow) -> Option<Flow> {
        let step = spec.apply(flow.shape).ok()?;
        let weights = self.weights;
        let params = step.params.checked_add(step.non_trainable_params)?;
        self.weights = weights.checked_add(usize::try_from(params).ok()?)?;
        if spec.storage(flow.shape) == Storage::Passes {
            return Some(Flow {
                value: flow.value,
                shape: step.output,
            });
        }
        let y = self.tensor(elements(step.output)?);
        let scratch = match scratch_len(spec, flow.shape) {
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
        })?;
        Some(Flow {
            value: Value::Tensor(y),
            shape: step.output,
        })
    }

    fn block(
        &mut self,
        block: Block,
        body: &[Node],
        branches: &[Vec<Node>],
        flow: Flow,
    ) -> Option<Flow> {
        match block {
            Block::Sequence | Block::Branch => self.body(body, Some(flow), false),
            Block::Repeat(rounds) => {
                let mut flow = flow;
                for _ in 0..rounds {
                    flow = self.body(body, Some(flow), false)?;
                }
                Some(flow)
            }
            Block::Residual => {
                let out = self.body(body, Some(flow), false)?;
                self.add(out, flow)
            }
            Block::Add => {
                let outs = self.branches(branches, flow)?;
                let (first, rest) = outs.split_first()?;
                rest.iter().try_fold(*first, |sum, &out| self.add(sum, out))
            }
            Block::Mul => {
                let outs = self.branches(branches, flow)?;
                let (first, rest) = outs.split_first()?;
                rest.iter()
                    .try_fold(*first, |product, &out| self.mul(product, out))
            }
            Block::Concat => {
                let outs = self.branches(branches, flow)?;
                self.concat(&outs)
            }
            Block::Split => self.split(branches, flow),
        }
    }

    /// Every branch run on `flow`.
    fn branches(&mut self, branches: &[Vec<Node>], flow: Flow) -> Option<Vec<Flow>> {
        branches
            .iter()
            .map(|branch| self.body(branch, Some(flow), false))
            .collect()
    }

    fn add(&mut self, a: Flow, b: Flow) -> Option<Flow> {
        let shape = join(Block::Add, a.shape, b.shape).ok()?;
        let len = elements(shape)?;
        let y = self.tensor(len);
        self.push(Draft::Add {
            a: a.value,
            b: b.value,
            y,
            len,
        })?;
        Some(Flow {
            value: Value::Tensor(y),
            shape,
        })
    }

    fn mul(&mut self, a: Flow, b: Flow) -> Option<Flow> {
        let shape = join(Block::Mul, a.shape, b.shape).ok()?;
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
            channels: usize::try_from(shape.channels()).ok()?,
            broadcast: !gate.shape.same_as(&shape),
        })?;
        Some(Flow {
            value: Value::Tensor(y),
            shape,
        })
    }

    /// The branches' outputs stacked along the channels.
    fn concat(&mut self, outs: &[Flow]) -> Option<Flow> {
        let (first, rest) = outs.split_first()?;
        let shape = rest.iter().try_fold(first.shape, |joined, out| {
            join(Block::Concat, joined, out.shape).ok()
        })?;
        let positions = usize::try_from(shape.positions()?).ok()?;
        let total = usize::try_from(shape.channels()).ok()?;
        let y = self.tensor(elements(shape)?);
        let mut offset = 0;
        for out in outs {
            let width = usize::try_from(out.shape.channels()).ok()?;
            self.push(Draft::Copy {
                from: out.value,
                to: y,
                positions,
                width,
                from_stride: width,
                from_offset: 0,
                to_stride: total,
                to_offset: offset,
            })?;
            offset += width;
        }
        Some(Flow {
            value: Value::Tensor(y),
            shape,
        })
    }

    /// Each branch fed its slice of the channels, the outputs stacked.
    fn split(&mut self, branches: &[Vec<Node>], flow: Flow) -> Option<Flow> {
        let parts = u64::try_from(branches.len()).ok()?;
        let channels = flow.shape.channels();
        if parts == 0 || channels % parts != 0 {
            return None;
        }
        let slice = flow.shape.with_channels(channels / parts);
        let positions = usize::try_from(slice.positions()?).ok()?;
        let width = usize::try_from(slice.channels()).ok()?;
        let total = usize::try_from(channels).ok()?;
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
            })?;
            let fed = Flow {
                value: Value::Tensor(part),
                shape: slice,
            };
            outs.push(self.body(branch, Some(fed), false)?);
        }
        self.concat(&outs)
    }

    /// Passes 2 and 3: buffers shared in place, then offsets.
    fn place(self, input_len: usize, output: usize, output_len: usize) -> Option<Plan> {
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
        let reusable = |value: Value, step: usize, len: usize, last: &[usize]| match value {
            Value::Tensor(t) if last[t] == step && self.lens[t] == len => Some(t),
            Value::Tensor(_) | Value::Input => None,
        };
        for (step, draft) in self.drafts.iter().enumerate() {
            let (y, over) = match *draft {
                Draft::Layer {
                    spec, input, x, y, ..
                } => {
                    let in_place = spec.storage(input) == Storage::InPlace;
                    (
                        y,
                        if in_place {
                            reusable(x, step, self.lens[y], &last)
                        } else {
                            None
                        },
                    )
                }
                Draft::Add { a, b, y, len } => (
                    y,
                    reusable(a, step, len, &last).or_else(|| reusable(b, step, len, &last)),
                ),
                Draft::Mul {
                    map,
                    gate,
                    y,
                    len,
                    broadcast,
                    ..
                } => {
                    let gate = if broadcast {
                        None
                    } else {
                        reusable(gate, step, len, &last)
                    };
                    (y, reusable(map, step, len, &last).or(gate))
                }
                Draft::Copy { .. } => continue,
            };
            if let Some(x) = over {
                let root = buffer[x];
                buffer[y] = root;
                end[root] = end[root].max(last[y]);
            }
        }

        // Pass 3: each buffer (a tensor that is its own) gets an offset.
        let roots: Vec<usize> = (0..self.lens.len())
            .filter(|&t| buffer[t] == t && first[t] != usize::MAX)
            .collect();
        // The roots by position in `roots`, largest first.
        let mut order: Vec<usize> = (0..roots.len()).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (roots[a], roots[b]);
            self.lens[b]
                .cmp(&self.lens[a])
                .then(first[a].cmp(&first[b]))
        });
        // Each buffer is checked against the placed buffers alive at the
        // same time, found in `O(log n)` each: on a network's chain of
        // layers, a handful.
        let mut lifetimes = Lifetimes::new(roots.iter().map(|&t| (first[t], end[t])).collect());
        let mut offset = vec![0; self.lens.len()];
        let mut arena_len = 0;
        let mut taken: Vec<(usize, usize)> = Vec::new();
        for &at_root in &order {
            let t = roots[at_root];
            taken.clear();
            lifetimes.meeting(first[t], end[t], &mut |other| {
                let p = roots[other];
                taken.push((offset[p], offset[p] + self.lens[p]));
            });
            taken.sort_unstable();
            let mut at: usize = 0;
            for &(start, stop) in &taken {
                if start >= at.checked_add(self.lens[t])? {
                    break;
                }
                at = at.max(stop);
            }
            offset[t] = at;
            arena_len = arena_len.max(at.checked_add(self.lens[t])?);
            lifetimes.place(at_root);
        }

        // The most values alive at once, for comparison: a sweep over the
        // buffers' starts and ends.
        let mut events: Vec<(usize, bool, usize)> = Vec::with_capacity(2 * roots.len());
        for &t in &roots {
            events.push((first[t], true, self.lens[t]));
            events.push((end[t] + 1, false, self.lens[t]));
        }
        // At one step, what ends goes before what starts.
        events.sort_unstable();
        let (mut now, mut alive) = (0usize, 0usize);
        for (_, starts, len) in events {
            if starts {
                now = now.checked_add(len)?;
                alive = alive.max(now);
            } else {
                now -= len;
            }
        }

        let at = |value: Value| match value {
            Value::Input => Place::Input,
            Value::Tensor(t) => Place::Arena(offset[buffer[t]]),
        };
        let arena = |t: usize| Place::Arena(offset[buffer[t]]);
        let ops = self
            .drafts
            .iter()
            .map(|draft| match *draft {
                Draft::Layer {
                    spec,
                    input,
                    x,
                    y,
                    weights,
                    scratch,
                } => Op::Layer {
                    spec,
                    input,
                    x: at(x),
                    y: arena(y),
                    weights,
                    scratch: scratch.map_or(0, |s| offset[buffer[s]]),
                },
                Draft::Add { a, b, y, len } => Op::Add {
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
            })
            .collect();
        Some(Plan {
            header: Header {
                input_len,
                arena_len,
                output: offset[buffer[output]],
                output_len,
                steps,
            },
            ops,
            alive,
        })
    }
}
