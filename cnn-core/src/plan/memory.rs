//! The memory plan of the forward pass: the network's tree unrolled into
//! steps, every tensor's lifetime across the blocks, layers run in place
//! where they may, and each tensor (convolution scratch included) given
//! an offset in one arena, so that the arena's size is known when the
//! network is declared.
//!
//! Three passes over the steps:
//! 1. the walk (`unroll`) writes each step with a tensor of its own for every output
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

use alloc::vec;
use alloc::vec::Vec;

use super::draft::{Draft, Value};
use super::fuse::{fuse, Fused};
use super::place::{place, place_best, Buffer, Placement};
use super::rooms::rooms;
use super::unplanned::elements;
pub use super::unplanned::{Size, Unplanned, MAX_STEPS};
use super::unroll::Walk;
use crate::plan::program::{Header, Op, Place, Writer};
use crate::tree::Node;
use crate::Storage;

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
