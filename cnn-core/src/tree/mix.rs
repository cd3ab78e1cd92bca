//! The walk through a `mix`: its paths as an `add`'s branches, then its
//! last branch on their sum, which must end in one weight per path and
//! channel.

use alloc::vec::Vec;

use super::walk::{values, Flow, Kept, Walk};
use super::{Node, NodeId, Parts, Problem};
use crate::{Block, Kind, Shape, Totals};

impl Walk {
    /// `mix { {path} .. {path} {weights} }`: the paths on the block's
    /// input, joined as `add` joins, then the weights branch on their sum.
    /// The paths stay alive until the weighted sum is written.
    pub(super) fn mix(
        &mut self,
        id: NodeId,
        branches: &[Vec<Node>],
        flow: Flow,
        depth: u16,
        kept: Kept,
    ) -> Option<(Flow, Totals)> {
        let (weights_branch, paths) = branches.split_last()?;
        let count = paths.len() as u64;
        if count < 2 {
            self.problem(id, Problem::MixPaths { paths: count });
            return None;
        }
        let (sum, path_totals) = self.branches(id, Block::Mix, paths, flow, depth, kept)?;
        let held = values(sum.shape).saturating_mul(count);
        let row = self.start_row(
            None,
            Some((paths.len(), weights_branch.is_empty())),
            Kind::Block(Block::Branch),
            sum,
            depth,
        );
        let holding = Kept {
            values: kept.values.saturating_add(held),
            holds_input: false,
        };
        let (weights, weights_totals) = self.body(weights_branch, Some(sum), depth + 1, holding)?;
        self.finish_row(row, weights.shape, weights.field, weights_totals);
        if !fits(count, sum.shape, weights.shape) {
            self.problem(
                id,
                Problem::MixWeights {
                    paths: count,
                    path: sum.shape,
                    weights: weights.shape,
                },
            );
            return None;
        }
        let totals = match path_totals.plus(weights_totals) {
            Ok(totals) => totals,
            Err(error) => {
                let field = error.field().unwrap_or(crate::Field::Params);
                self.problem(
                    id,
                    Problem::BlockOverflow {
                        field,
                        so_far: path_totals,
                        more: weights_totals,
                        parts: Parts::Branches,
                    },
                );
                return None;
            }
        };
        let alive = [kept.values, held, values(weights.shape), values(sum.shape)];
        self.moment(&alive, sum.shape, id)?;
        Some((
            Flow {
                field: sum.field.join(weights.field),
                ..sum
            },
            totals,
        ))
    }
}

/// Whether `weights` holds one weight per path and channel of `path`:
/// `paths * C` channels at one position (`1x1x(n*C)`) or at each of the
/// path's positions.
pub(crate) const fn fits(paths: u64, path: Shape, weights: Shape) -> bool {
    let Some(channels) = path.channels().checked_mul(paths) else {
        return false;
    };
    if weights.rank() != path.rank() || weights.channels() != channels {
        return false;
    }
    matches!(weights.positions(), Some(1))
        || weights.with_channels(1).same_as(&path.with_channels(1))
}
