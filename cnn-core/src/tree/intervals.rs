//! The placed buffers by lifetime, for the memory plan's placement: which
//! of them are alive at some step of a given span. Each buffer placed asks
//! which placed buffers it meets, so a scan of every placed buffer made
//! the placement quadratic in the steps; here a query costs `O(log n)` per
//! buffer it reports, and on a network's chain of layers a buffer meets
//! only its neighbours.
//!
//! The buffers are sorted by first step once; those that start no later
//! than the span ends are a prefix of that order, and a tree over it keeps
//! the latest last step among the placed buffers below each node, so the
//! search descends only into nodes holding a buffer still alive when the
//! span starts.

use alloc::vec;
use alloc::vec::Vec;

/// Buffers, each alive over a span of steps (both ends included), and
/// which of them are placed.
pub(super) struct Lifetimes {
    /// Each buffer's first and last step.
    spans: Vec<(usize, usize)>,
    /// The buffers by first step.
    by_first: Vec<usize>,
    /// Where each buffer is in `by_first`.
    rank: Vec<usize>,
    /// A tree over `by_first`, leaves from `leaves` on, each node's
    /// children at `2i` and `2i + 1`: one more than the latest last step
    /// of a placed buffer below it, 0 for none.
    latest: Vec<usize>,
    leaves: usize,
}

impl Lifetimes {
    /// The buffers alive over `spans` (first and last step, `first <=
    /// last`), none of them placed yet.
    pub(super) fn new(spans: Vec<(usize, usize)>) -> Lifetimes {
        let mut by_first: Vec<usize> = (0..spans.len()).collect();
        by_first.sort_unstable_by_key(|&buffer| spans[buffer].0);
        let mut rank = vec![0; spans.len()];
        for (at, &buffer) in by_first.iter().enumerate() {
            rank[buffer] = at;
        }
        let leaves = spans.len().next_power_of_two();
        Lifetimes {
            spans,
            by_first,
            rank,
            latest: vec![0; 2 * leaves],
            leaves,
        }
    }

    /// Marks `buffer` placed.
    pub(super) fn place(&mut self, buffer: usize) {
        let alive = self.spans[buffer].1.saturating_add(1);
        let mut node = self.leaves + self.rank[buffer];
        while node > 0 {
            self.latest[node] = self.latest[node].max(alive);
            node /= 2;
        }
    }

    /// Calls `meet` with every placed buffer alive at some step from
    /// `first` to `last`.
    pub(super) fn meeting(&self, first: usize, last: usize, meet: &mut dyn FnMut(usize)) {
        // The buffers that start by `last`.
        let starting = self
            .by_first
            .partition_point(|&buffer| self.spans[buffer].0 <= last);
        self.search(1, 0, self.leaves, starting, first, meet);
    }

    /// Below `node`, which covers `by_first[from..to]`, the placed buffers
    /// among the first `starting` that are alive at `first` or later.
    fn search(
        &self,
        node: usize,
        from: usize,
        to: usize,
        starting: usize,
        first: usize,
        meet: &mut dyn FnMut(usize),
    ) {
        if from >= starting || self.latest[node] <= first {
            return;
        }
        if to - from == 1 {
            meet(self.by_first[from]);
            return;
        }
        let middle = from + (to - from) / 2;
        self.search(2 * node, from, middle, starting, first, meet);
        self.search(2 * node + 1, middle, to, starting, first, meet);
    }
}

#[cfg(test)]
mod tests {
    use super::Lifetimes;
    use alloc::vec::Vec;

    /// What a scan of every placed buffer finds, against the tree, on
    /// spans from a small generator, placed in a scrambled order.
    #[test]
    fn meets_what_a_scan_meets() {
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |below: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % below as u64) as usize
        };
        for count in [0, 1, 2, 3, 7, 8, 9, 40] {
            let spans: Vec<(usize, usize)> = (0..count)
                .map(|_| {
                    let first = next(30);
                    (first, first + next(8))
                })
                .collect();
            let mut lifetimes = Lifetimes::new(spans.clone());
            let mut placed = Vec::new();
            for step in 0..count {
                let buffer = (step * 7) % count.max(1);
                if placed.contains(&buffer) {
                    continue;
                }
                for first in 0..40 {
                    let last = first + next(5);
                    let mut found = Vec::new();
                    lifetimes.meeting(first, last, &mut |b| found.push(b));
                    found.sort_unstable();
                    let mut scan: Vec<usize> = placed
                        .iter()
                        .copied()
                        .filter(|&p| spans[p].0 <= last && first <= spans[p].1)
                        .collect();
                    scan.sort_unstable();
                    assert_eq!(found, scan, "{spans:?} {placed:?} {first}..={last}");
                }
                lifetimes.place(buffer);
                placed.push(buffer);
            }
        }
    }
}
