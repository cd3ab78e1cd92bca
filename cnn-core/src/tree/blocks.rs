//! The blocks of the walk: `residual`, the branches of `add`, `concat` and
//! `mul`, and `repeat`'s rounds, counted in closed form once a round gives
//! back the shape it got.

use alloc::vec::Vec;

use super::walk::{values, Flow, Kept, Walk};
use super::{Node, NodeId, Origin, Parts, Problem};
use crate::{join, Block, Error, Field, Kind, Totals};

impl Walk {
    /// `residual { body }`: the body, added to the block's input, which is
    /// kept alive until then.
    pub(super) fn residual(
        &mut self,
        id: NodeId,
        body: &[Node],
        flow: Flow,
        depth: u16,
        kept: Kept,
    ) -> Option<(Flow, Totals)> {
        let input = flow.shape;
        let read = Self::read(kept, input);
        let holding = Kept {
            values: kept.values.saturating_add(read),
            holds_input: true,
        };
        let (output, totals) = self.body(body, Some(flow), depth, holding)?;
        match join(Block::Residual, input, output.shape) {
            Ok(shape) => {
                let alive = [kept.values, read, values(output.shape), values(shape)];
                self.moment(&alive, shape, id)?;
                let field = flow.field.join(output.field);
                Some((
                    Flow {
                        shape,
                        field,
                        ..output
                    },
                    totals,
                ))
            }
            Err(_) => {
                self.problem(
                    id,
                    Problem::Residual {
                        input,
                        output: output.shape,
                    },
                );
                None
            }
        }
    }

    /// `add`, `concat`, `mul`, `sub`: each branch on the same input, then joined;
    /// `split`: each branch on its share of the input's channels, then
    /// stacked. While a branch runs, the block's input (if a later branch
    /// or the identity still needs it) and the finished branches' outputs
    /// are kept.
    pub(super) fn branches(
        &mut self,
        id: NodeId,
        block: Block,
        branches: &[Vec<Node>],
        flow: Flow,
        depth: u16,
        kept: Kept,
    ) -> Option<(Flow, Totals)> {
        let input = flow.shape;
        let read = Self::read(kept, input);
        let count = branches.len();
        let flow = match block {
            Block::Split => {
                let channels = input.channels();
                let share = channels / count.max(1) as u64;
                if count == 0 || share * count as u64 != channels {
                    self.problem(
                        id,
                        Problem::Split {
                            channels,
                            branches: count as u64,
                        },
                    );
                    return None;
                }
                Flow {
                    shape: input.with_channels(share),
                    ..flow
                }
            }
            Block::Sub => {
                if count != 2 {
                    self.problem(
                        id,
                        Problem::Subtraction {
                            branches: count as u64,
                        },
                    );
                    return None;
                }
                flow
            }
            Block::Add
            | Block::Concat
            | Block::Mul
            | Block::Mix
            | Block::Sequence
            | Block::Branch
            | Block::Residual
            | Block::Repeat(_) => flow,
        };
        let mut outputs = Vec::new();
        let mut totals = Totals::ZERO;
        let mut finished: u64 = 0;
        let mut identity_done = false;
        let mut broken = false;
        for (index, branch) in branches.iter().enumerate() {
            let identity = branch.is_empty();
            let row = self.start_row(
                None,
                Some((index, identity)),
                Kind::Block(Block::Branch),
                flow,
                depth,
            );
            let needs_input = index + 1 < count || identity_done || identity;
            let holding = Kept {
                values: kept
                    .values
                    .saturating_add(finished)
                    .saturating_add(if needs_input { read } else { 0 }),
                holds_input: needs_input || kept.holds_input,
            };
            let Some((output, branch_totals)) = self.body(branch, Some(flow), depth + 1, holding)
            else {
                broken = true;
                continue;
            };
            self.finish_row(row, output.shape, output.field, branch_totals);
            if identity {
                identity_done = true;
            } else {
                finished = finished.saturating_add(values(output.shape));
            }
            match totals.plus(branch_totals) {
                Ok(sum) => totals = sum,
                Err(error) => {
                    self.overflow(id, error, totals, branch_totals, Parts::Branches);
                    return None;
                }
            }
            outputs.push((index, output));
        }
        if broken {
            return None;
        }
        let (first_index, first) = outputs.first().copied()?;
        let mut joined = first.shape;
        let mut field = first.field;
        for &(index, output) in &outputs[1..] {
            field = field.join(output.field);
            joined = match join(block, joined, output.shape) {
                Ok(shape) => shape,
                Err(Error::Mismatch { .. }) => {
                    self.problem(
                        id,
                        Problem::Branches {
                            first: (first_index, first.shape),
                            other: (index, output.shape),
                        },
                    );
                    return None;
                }
                Err(
                    Error::Overflow { .. }
                    | Error::Zero { .. }
                    | Error::NeedsSpatial { .. }
                    | Error::WindowTooLarge { .. }
                    | Error::GroupsInput { .. }
                    | Error::GroupsFilters { .. }
                    | Error::GroupsChannels { .. }
                    | Error::SliceOutside { .. }
                    | Error::EvenKernel { .. }
                    | Error::StandardiseOne { .. }
                    | Error::ReflectPadding { .. }
                    | Error::SpaceBlock { .. }
                    | Error::OutPadTooLarge { .. }
                    | Error::Rank { .. }
                    | Error::PaddingCropsAll { .. }
                    | Error::PoolPaddingTooLarge { .. },
                ) => {
                    self.problem(
                        id,
                        Problem::ConcatOverflow {
                            joined,
                            other: output.shape,
                        },
                    );
                    return None;
                }
            };
        }
        let input_alive = if identity_done { read } else { 0 };
        let alive = [kept.values, input_alive, finished, values(joined)];
        self.moment(&alive, joined, id)?;
        Some((
            Flow {
                shape: joined,
                field,
                ..first
            },
            totals,
        ))
    }

    /// `repeat N { body }`: round after round, each fed the last, until a
    /// round gives back the shape it got; from there every round is alike,
    /// so one is listed and counted `N - r + 1` times.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn repeat(
        &mut self,
        id: NodeId,
        row: usize,
        count: u64,
        body: &[Node],
        flow: Flow,
        depth: u16,
        kept: Kept,
    ) -> Option<(Flow, Totals)> {
        let input = flow.shape;
        let mut totals = Totals::ZERO;
        let mut current = flow;
        let mut round = 1;
        let mut first_output = input;
        // Each round reads its input afresh (counted even when the first
        // round's input is also kept by an enclosing block: a slight
        // overestimate, never an underestimate).
        let kept = Kept {
            holds_input: false,
            ..kept
        };
        loop {
            let first_row = self.rows.len();
            let problems_before = self.problems.len();
            let was_exhausted = self.exhausted;
            self.repeats += 1;
            let entry = Flow {
                origin: Origin::Enter(id, round),
                ..current
            };
            let result = self.body(body, Some(entry), depth, kept);
            self.repeats -= 1;
            // A round with a problem stops the repeat: the next rounds
            // would only find it again.
            let failed = self.problems.len() > problems_before;
            let Some((output, round_totals)) = result.filter(|_| !failed) else {
                if self.exhausted && !was_exhausted {
                    self.problem(
                        id,
                        Problem::RepeatRows {
                            input,
                            first_output,
                            round,
                            got: current.shape,
                        },
                    );
                } else if round > 1 && failed && !self.exhausted {
                    self.problem(
                        id,
                        Problem::RepeatRound {
                            round,
                            input,
                            got: current.shape,
                        },
                    );
                }
                return None;
            };
            if output.shape == current.shape || round == count {
                // Every round left is this one again.
                let left = count - round + 1;
                let round_totals = match round_totals.times(left) {
                    Ok(totals) => totals,
                    Err(error) => {
                        self.problem(
                            id,
                            Problem::RepeatTimes {
                                left,
                                round: round_totals,
                                field: error.field().unwrap_or(Field::Params),
                            },
                        );
                        return None;
                    }
                };
                let Ok(field) = current.field.repeat(output.field, left) else {
                    self.problem(id, Problem::RepeatField);
                    return None;
                };
                for listed in &mut self.rows[first_row..] {
                    if listed.depth == depth {
                        listed.times = left;
                    }
                }
                if let Some(repeat) = self.rows.get_mut(row) {
                    repeat.listed_rounds = round;
                }
                return match totals.plus(round_totals) {
                    Ok(totals) => Some((Flow { field, ..output }, totals)),
                    Err(error) => {
                        self.overflow(id, error, totals, round_totals, Parts::Rounds);
                        None
                    }
                };
            }
            totals = match totals.plus(round_totals) {
                Ok(sum) => sum,
                Err(error) => {
                    self.overflow(id, error, totals, round_totals, Parts::Rounds);
                    return None;
                }
            };
            if round == 1 {
                first_output = output.shape;
            }
            current = output;
            round += 1;
        }
    }

    fn overflow(&mut self, id: NodeId, error: Error, so_far: Totals, more: Totals, parts: Parts) {
        self.problem(
            id,
            Problem::BlockOverflow {
                field: error.field().unwrap_or(Field::Params),
                so_far,
                more,
                parts,
            },
        );
    }
}
