//! The blocks of the walk: `residual`, the branches of `add`, `concat` and
//! `mul`, and `repeat`'s rounds.

use cnn_core::{join, Block, Error, Field, Kind, Totals};

use super::super::words::{block_subject, body_text, branch_subject, Origin};
use super::super::MAX_ROWS;
use super::{Flow, Kept, Walk};
use crate::syntax::ast::BlockNode;

impl<'a> Walk<'_, 'a> {
    /// `residual { body }`: the body, added to the block's input, which is
    /// kept alive until then.
    pub(super) fn residual(
        &mut self,
        block: &'a BlockNode,
        flow: Flow<'a>,
        depth: u16,
        kept: Kept,
    ) -> Option<(Flow<'a>, Totals)> {
        let body = block.body.as_ref()?;
        let input = flow.shape;
        let read = Self::read(kept, input);
        let holding = Kept {
            values: kept.values.saturating_add(read),
            holds_input: true,
        };
        let (output, totals) = self.body(body, Some(flow), depth, holding)?;
        match join(Block::Residual, input, output.shape) {
            Ok(shape) => {
                let values = [
                    kept.values,
                    read,
                    output.shape.elements().unwrap_or(u64::MAX),
                    shape.elements().unwrap_or(u64::MAX),
                ];
                self.moment(&values, shape, &block.head)?;
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
                self.errors.at(
                    block.head.clone(),
                    format!(
                        "{} adds its input to its body's output, so they must be the same shape, but it gets {input} and its body (`{}`) ends in {}; \
                         for a shortcut that changes the shape, use `add` with a projection branch: `add {{ {{ {} }} {{ ... }} }}`",
                        block_subject(block),
                        body_text(body),
                        output.shape,
                        if output.shape.is_spatial() {
                            format!("conv 1x1x{} stride S nobias; bn;", output.shape.channels())
                        } else {
                            format!("fc {};", output.shape.channels())
                        },
                    ),
                );
                None
            }
        }
    }

    /// `add`, `concat`, `mul`: each branch on the same input, then joined.
    /// While a branch runs, the block's input (if a later branch or the
    /// identity still needs it) and the finished branches' outputs are kept.
    pub(super) fn branches(
        &mut self,
        block: &'a BlockNode,
        flow: Flow<'a>,
        depth: u16,
        kept: Kept,
    ) -> Option<(Flow<'a>, Totals)> {
        let input = flow.shape;
        let read = Self::read(kept, input);
        let count = block.branches.len();
        let mut outputs = Vec::new();
        let mut totals = Totals::ZERO;
        let mut finished: u64 = 0;
        let mut identity_done = false;
        let mut broken = false;
        for (index, branch) in block.branches.iter().enumerate() {
            let identity = branch.body.statements.is_empty();
            let spec = if identity {
                format!("branch {} (identity)", index + 1)
            } else {
                format!("branch {}", index + 1)
            };
            let row = self.start_row(None, None, Kind::Block(Block::Branch), spec, flow, depth);
            let needs_input = index + 1 < count || identity_done || identity;
            let holding = Kept {
                values: kept
                    .values
                    .saturating_add(finished)
                    .saturating_add(if needs_input { read } else { 0 }),
                holds_input: needs_input || kept.holds_input,
            };
            let Some((output, branch_totals)) =
                self.body(&branch.body, Some(flow), depth + 1, holding)
            else {
                broken = true;
                continue;
            };
            self.finish_row(row, output.shape, output.field, branch_totals);
            if identity {
                identity_done = true;
            } else {
                finished = finished.saturating_add(output.shape.elements().unwrap_or(u64::MAX));
            }
            match totals.plus(branch_totals) {
                Ok(sum) => totals = sum,
                Err(error) => {
                    self.overflow(block, error, totals, branch_totals, "its branches");
                    return None;
                }
            }
            outputs.push((index, branch, output));
        }
        if broken {
            return None;
        }
        let (_, first_branch, first) = outputs.first().copied()?;
        let mut joined = first.shape;
        let mut field = first.field;
        for &(index, branch, output) in &outputs[1..] {
            field = field.join(output.field);
            joined = match join(block.block, joined, output.shape) {
                Ok(shape) => shape,
                Err(Error::Mismatch { .. }) => {
                    let rule = match block.block {
                        Block::Add => "needs every branch to end in the same shape",
                        Block::Concat => "stacks channels, so every branch must end in the same height and width",
                        Block::Mul | Block::Sequence | Block::Branch | Block::Residual | Block::Repeat(_) => "needs branches of the same shape, or a 1x1xC gate with the same channels as an HxWxC branch",
                    };
                    self.errors.at(
                        block.head.clone(),
                        format!(
                            "{} {rule}, but {} ends in {} and {} ends in {}",
                            block_subject(block),
                            branch_subject(0, first_branch),
                            first.shape,
                            branch_subject(index, branch),
                            output.shape,
                        ),
                    );
                    return None;
                }
                Err(_) => {
                    self.errors.at(
                        block.head.clone(),
                        format!(
                            "{} stacks more channels than u64 can count: {joined} and {}",
                            block_subject(block),
                            output.shape
                        ),
                    );
                    return None;
                }
            };
        }
        let input_alive = if identity_done { read } else { 0 };
        let values = [
            kept.values,
            input_alive,
            finished,
            joined.elements().unwrap_or(u64::MAX),
        ];
        self.moment(&values, joined, &block.head)?;
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
    pub(super) fn repeat(
        &mut self,
        block: &'a BlockNode,
        row: usize,
        count: u64,
        flow: Flow<'a>,
        depth: u16,
        kept: Kept,
    ) -> Option<(Flow<'a>, Totals)> {
        let body = block.body.as_ref()?;
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
            let errors_before = self.errors.errors();
            let was_exhausted = self.exhausted;
            self.repeats += 1;
            let entry = Flow {
                origin: Origin::Enter(block, round),
                ..current
            };
            let result = self.body(body, Some(entry), depth, kept);
            self.repeats -= 1;
            // A round with an error stops the repeat: the next rounds would
            // only report it again.
            let failed = self.errors.errors() > errors_before;
            let Some((output, round_totals)) = result.filter(|_| !failed) else {
                if self.exhausted && !was_exhausted {
                    self.errors.at(
                        block.head.clone(),
                        format!(
                            "{} changes the shape in every round (round 1 turns {input} into {first_output}, round {round} gets {}), \
                             so each round is listed on its own, and `cnn!` lists at most {MAX_ROWS} layers; \
                             a `repeat` this long needs a body that gives back the shape it gets",
                            block_subject(block),
                            current.shape
                        ),
                    );
                } else if round > 1 && self.errors.errors() > errors_before && !self.exhausted {
                    self.errors.at(
                        block.head.clone(),
                        format!(
                            "round {round} of {} cannot run: each round is fed the last one's output, and round 1 turned {input} into the {} it got; \
                             a `repeat` body must give back a shape it can take again",
                            block_subject(block),
                            current.shape
                        ),
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
                        let which = if error.field() == Some(Field::Params) {
                            format!(
                                "{} learnable and {} non-trainable parameters",
                                round_totals.params, round_totals.non_trainable_params
                            )
                        } else {
                            format!("{} multiply-accumulates", round_totals.macs)
                        };
                        self.errors.at(
                            block.head.clone(),
                            format!(
                                "{}: {left} rounds of {which} each overflow u64 (at most {})",
                                block_subject(block),
                                u64::MAX
                            ),
                        );
                        return None;
                    }
                };
                let Ok(field) = current.field.repeat(output.field, left) else {
                    self.errors.at(
                        block.head.clone(),
                        format!(
                            "the receptive field after {} is larger than u64 can count",
                            block_subject(block)
                        ),
                    );
                    return None;
                };
                for row in &mut self.rows[first_row..] {
                    if row.depth == depth {
                        row.times = left;
                    }
                }
                if let Some(repeat) = self.rows.get_mut(row) {
                    repeat.listed_rounds = round;
                }
                return match totals.plus(round_totals) {
                    Ok(totals) => Some((Flow { field, ..output }, totals)),
                    Err(error) => {
                        self.overflow(block, error, totals, round_totals, "its rounds");
                        None
                    }
                };
            }
            totals = match totals.plus(round_totals) {
                Ok(sum) => sum,
                Err(error) => {
                    self.overflow(block, error, totals, round_totals, "its rounds");
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

    /// Reports that `so_far` and `more`, the counts of `what` in `block`,
    /// overflow `u64` together, naming the count `error` is about.
    fn overflow(
        &mut self,
        block: &BlockNode,
        error: Error,
        so_far: Totals,
        more: Totals,
        what: &str,
    ) {
        let counts = match error.field() {
            Some(Field::Macs) => format!(
                "multiply-accumulates of {what} overflow u64 together: {} + {}",
                so_far.macs, more.macs
            ),
            Some(
                Field::Params
                | Field::Shape
                | Field::Window
                | Field::Count
                | Field::Stride
                | Field::Dilation
                | Field::Groups
                | Field::Multiplier
                | Field::Padding
                | Field::ReceptiveField
                | Field::Activations,
            )
            | None => format!(
                "parameters of {what} overflow u64 together: {} + {} learnable, {} + {} non-trainable",
                so_far.params, more.params, so_far.non_trainable_params, more.non_trainable_params
            ),
        };
        self.errors.at(
            block.head.clone(),
            format!(
                "{}: the {counts} (u64 holds at most {})",
                block_subject(block),
                u64::MAX
            ),
        );
    }
}
