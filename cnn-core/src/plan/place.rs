//! Pass 3 of the memory plan: each buffer, largest first, takes the
//! lowest offset where no buffer alive at the same time lies (TensorFlow
//! Lite Micro's greedy planner does the same).
//!
//! Each buffer placed asks which placed buffers it meets; a scan of every
//! placed buffer made the placement quadratic in the steps. Here the
//! buffers are sorted by first step once; those that start no later than
//! a buffer ends are a prefix of that order, and a tree over it keeps the
//! latest last step among the placed buffers below each node, so that the
//! search descends only into nodes holding a buffer still alive when the
//! buffer starts. A query costs `O(log n)` per buffer it finds, and on a
//! network's chain of layers a buffer meets only its neighbours: for `n`
//! buffers and `k` pairs that meet, `O((n + k) log n)` in all.

use alloc::vec;
use alloc::vec::Vec;

/// A buffer to place: alive from step `first` to `last`, both included,
/// and `len` values long.
#[derive(Clone, Copy)]
pub(super) struct Buffer {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) len: usize,
}

/// Where the buffers go.
pub(super) struct Placement {
    /// Each buffer's offset, in the order given.
    pub(super) offsets: Vec<usize>,
    /// The arena's values: the end of the highest buffer.
    pub(super) arena_len: usize,
    /// The most values alive at once: the least any placement could take.
    pub(super) alive: usize,
}

/// Places `buffers`; `None` if the arena's values overflow `usize`. Ties
/// in size go to the buffer that starts first, then to the one given
/// first.
pub(super) fn place(buffers: &[Buffer]) -> Option<Placement> {
    place_in(buffers, false)
}

/// [`place`], and the placement whose ties in size go to the buffer that
/// starts last instead: the smaller arena of the two (the first on a
/// tie). For the int8 plan, where the arena is most of a
/// microcontroller's RAM: one order packs buffers of a size that one
/// other outlives better, the other those it precedes.
pub(super) fn place_best(buffers: &[Buffer]) -> Option<Placement> {
    let first = place_in(buffers, false)?;
    let last = place_in(buffers, true)?;
    Some(if last.arena_len < first.arena_len {
        last
    } else {
        first
    })
}

/// Places `buffers`, ties in size to the buffer that starts first (or
/// with `latest`, last), then to the one given first.
fn place_in(buffers: &[Buffer], latest: bool) -> Option<Placement> {
    let mut order: Vec<usize> = (0..buffers.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (buffers[a], buffers[b]);
        let starts = match latest {
            false => a.first.cmp(&b.first),
            true => b.first.cmp(&a.first),
        };
        b.len.cmp(&a.len).then(starts)
    });
    let mut lifetimes = Lifetimes::new(buffers.iter().map(|b| (b.first, b.last)).collect());
    let mut offsets = vec![0; buffers.len()];
    let mut arena_len = 0;
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for &buffer in &order {
        let Buffer {
            first, last, len, ..
        } = buffers[buffer];
        taken.clear();
        lifetimes.meeting(first, last, &mut |other| {
            taken.push((offsets[other], offsets[other] + buffers[other].len));
        });
        taken.sort_unstable();
        let mut at: usize = 0;
        for &(start, stop) in &taken {
            if start >= at.checked_add(len)? {
                break;
            }
            at = at.max(stop);
        }
        offsets[buffer] = at;
        arena_len = arena_len.max(at.checked_add(len)?);
        lifetimes.place(buffer);
    }
    // The most values alive at once, for comparison: a sweep over the
    // buffers' starts and ends.
    let mut events: Vec<(usize, bool, usize)> = Vec::with_capacity(2 * buffers.len());
    for buffer in buffers {
        events.push((buffer.first, true, buffer.len));
        events.push((buffer.last + 1, false, buffer.len));
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
    Some(Placement {
        offsets,
        arena_len,
        alive,
    })
}

/// Buffers, each alive over a span of steps (both ends included), and
/// which of them are placed.
struct Lifetimes {
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
    fn new(spans: Vec<(usize, usize)>) -> Lifetimes {
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
    fn place(&mut self, buffer: usize) {
        let alive = self.spans[buffer].1.saturating_add(1);
        let mut node = self.leaves + self.rank[buffer];
        while node > 0 {
            self.latest[node] = self.latest[node].max(alive);
            node /= 2;
        }
    }

    /// Calls `meet` with every placed buffer alive at some step from
    /// `first` to `last`.
    fn meeting(&self, first: usize, last: usize, meet: &mut dyn FnMut(usize)) {
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
