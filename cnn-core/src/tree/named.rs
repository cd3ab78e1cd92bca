//! Outputs used again by `from`: each one kept for the statements that
//! take it later, and counted alive from where it is made to where it is
//! last taken, so that the activation memory stays an upper bound on what
//! the memory plan places.

use alloc::collections::BTreeMap;

use super::walk::{values, Flow, Walk};
use super::{Node, NodeId, Totals};

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

    /// `from`: the output of `target`, if it was computed (a problem
    /// there, already reported, leaves it unknown).
    pub(super) fn from(&mut self, target: NodeId) -> Option<(Flow, Totals)> {
        let flow = self.named.get(&target).copied()?;
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
