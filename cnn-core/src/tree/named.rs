//! Outputs used again by `from`: each one kept for the statements that
//! take it later, and counted alive from where it is made to where it is
//! last taken, so that the activation memory stays an upper bound on what
//! the memory plan places.

use alloc::collections::BTreeMap;

use super::walk::{values, Flow, Walk};
use super::{Node, NodeId, Totals, MAX_ROWS};
use crate::Kind;

/// For every statement that a `from` takes, the number of the last `from`
/// that takes it (statements are numbered in the order they run, so a
/// value is alive from its own number to that one).
pub(super) fn last_uses(nodes: &[Node]) -> BTreeMap<NodeId, NodeId> {
    let mut last = BTreeMap::new();
    collect(nodes, &mut last);
    last
}

fn collect(nodes: &[Node], last: &mut BTreeMap<NodeId, NodeId>) {
    for node in nodes {
        match node {
            Node::From { id, target } => {
                let entry = last.entry(*target).or_insert(*id);
                *entry = (*entry).max(*id);
            }
            Node::Block { body, branches, .. } => {
                collect(body, last);
                for branch in branches {
                    collect(branch, last);
                }
            }
            Node::Layer { .. } | Node::Broken => {}
        }
    }
}

impl Walk {
    /// Keeps what statement `id` gives, if a `from` takes it later.
    pub(super) fn record(&mut self, id: NodeId, flow: Flow) {
        if self.last_uses.contains_key(&id) {
            self.named.insert(id, flow);
        }
    }

    /// `from` at `depth`: the output of `target`, if it was computed (a
    /// problem there, already reported, leaves it unknown), and a row that
    /// shows it taken: its input and output that output, nothing counted,
    /// so that a reader sees where the shape that flows on comes from.
    pub(super) fn from(
        &mut self,
        id: NodeId,
        target: NodeId,
        depth: u16,
    ) -> Option<(Flow, Totals)> {
        let flow = self.named.get(&target).copied()?;
        // Past the limit the row is left out, not reported here: the
        // next layer or block reports it, on a statement messages name.
        if self.rows.len() < MAX_ROWS {
            self.start_row(Some(id), None, Kind::From, flow, depth);
        }
        Some((flow, Totals::ZERO))
    }

    /// The values of the kept outputs still to be taken while statement
    /// `node` runs.
    pub(super) fn held(&self, node: NodeId) -> u64 {
        self.named
            .iter()
            .filter(|(target, _)| **target < node)
            .filter(|(target, _)| self.last_uses.get(target).is_some_and(|&last| node <= last))
            .fold(0u64, |sum, (_, flow)| {
                sum.saturating_add(values(flow.shape))
            })
    }
}
