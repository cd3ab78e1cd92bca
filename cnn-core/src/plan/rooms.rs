//! The room Winograd's blocks take in the arena: for each convolution the
//! prepared path may run by Winograd, the largest span the memory plan
//! left free at its step (read by `plan::fuse`), so the arena is sized by
//! the plain steps and stays so.

use alloc::collections::BTreeMap;
use alloc::vec;
use alloc::vec::Vec;

use super::draft::Draft;
use super::place::{Buffer, Placement};
use super::winograd::winograd;

/// For each step of a layer Winograd may run (`plan::winograd`), the start
/// and values of the largest span of the arena that no buffer alive at
/// that step holds, but for the layer's own scratch: its blocks' room,
/// which never makes the arena larger. `(0, 0)` at every other step. A
/// sweep over the steps in order, keeping the buffers alive by offset.
pub(super) fn rooms(
    drafts: &[Draft],
    roots: &[usize],
    buffers: &[Buffer],
    placement: &Placement,
) -> Vec<(usize, usize)> {
    let mut rooms = vec![(0, 0); drafts.len()];
    let mut starts: Vec<usize> = (0..buffers.len()).collect();
    starts.sort_unstable_by_key(|&b| buffers[b].first);
    let mut ends = starts.clone();
    ends.sort_unstable_by_key(|&b| buffers[b].last);
    let (mut started, mut ended) = (0, 0);
    // Alive buffers by (offset, buffer): their ends.
    let mut alive: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    let key = |b: usize| (placement.offsets[b], b);
    for (step, draft) in drafts.iter().enumerate() {
        let &Draft::Layer {
            spec,
            input,
            scratch,
            ..
        } = draft
        else {
            continue;
        };
        if !winograd(&spec, input) {
            continue;
        }
        while let Some(&b) = starts.get(started).filter(|&&b| buffers[b].first <= step) {
            alive.insert(key(b), placement.offsets[b] + buffers[b].len);
            started += 1;
        }
        while let Some(&b) = ends.get(ended).filter(|&&b| buffers[b].last < step) {
            alive.remove(&key(b));
            ended += 1;
        }
        let own = scratch.and_then(|t| roots.binary_search(&t).ok());
        let (mut best, mut at) = ((0, 0), 0);
        for (&(offset, b), &end) in &alive {
            if Some(b) == own {
                continue;
            }
            if offset > at && offset - at > best.1 {
                best = (at, offset - at);
            }
            at = at.max(end);
        }
        if placement.arena_len > at && placement.arena_len - at > best.1 {
            best = (at, placement.arena_len - at);
        }
        rooms[step] = best;
    }
    rooms
}
