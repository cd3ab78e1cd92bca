//! What `cnn-core`'s analysis finds at a node, said of the statement it
//! came from: the words, with the numbers, at the text at fault.

use cnn_core::tree::{NodeId, Origin as At, Parts, Problem, MAX_ROWS};
use cnn_core::{Block, Field};

use super::describe::{describe, error_span};
use super::lower::{Lowered, Stmt};
use super::model::layer_spec;
use super::words::{block_subject, body_text, branch_subject, subject, Origin};
use crate::{Diagnostic, Span};

/// How messages name the network ("`LeNet`", "this network"), and the
/// statements the nodes came from.
pub struct Context<'a> {
    /// How messages name the network.
    pub network: &'a str,
    /// The statements, by node.
    pub lowered: &'a Lowered<'a>,
}

impl<'a> Context<'a> {
    fn origin(&self, at: At) -> Origin<'a> {
        match at {
            At::Input => Origin::Input,
            At::After(id) => match self.lowered.get(id) {
                Some(Stmt::Layer(statement)) => Origin::Layer(statement),
                Some(Stmt::Block(block)) => Origin::Block(block),
                Some(Stmt::From(_)) | None => Origin::Input,
            },
            At::Enter(id, round) => match self.lowered.get(id) {
                Some(Stmt::Block(block)) => Origin::Enter(block, round),
                Some(Stmt::Layer(statement)) => Origin::Layer(statement),
                Some(Stmt::From(_)) | None => Origin::Input,
            },
        }
    }

    /// The diagnostic for `problem` at node `id`; `None` if the node is
    /// not one of the network's (which the analysis never gives).
    pub fn diagnostic(&self, id: NodeId, problem: &Problem) -> Option<Diagnostic> {
        let network = self.network;
        let statement = self.lowered.get(id)?;
        // Where a problem about the statement as a whole points: a layer's
        // text, a block's keyword.
        let (span, what, this): (Span, String, &str) = match statement {
            Stmt::Layer(statement) => (statement.span.clone(), subject(statement), "this layer"),
            Stmt::Block(block) => (block.head.clone(), block_subject(block), "this block"),
            // The analysis finds nothing wrong at a `from`: its errors are
            // the names', found before.
            Stmt::From(_) => return None,
        };
        let (span, message) = match (problem, statement) {
            (Problem::Invalid(error), Stmt::Layer(statement)) => (
                error_span(statement, error),
                describe(error, statement, &layer_spec(statement), None),
            ),
            (Problem::Apply { error, input, origin }, Stmt::Layer(statement)) => (
                error_span(statement, error),
                describe(
                    error,
                    statement,
                    &layer_spec(statement),
                    Some((self.origin(*origin), *input)),
                ),
            ),
            (Problem::InputInsideBlock, _) => (
                span,
                format!(
                    "`input` inside a block: {network} has one input, its first statement; a block's input is what flows into it"
                ),
            ),
            (Problem::Assertion { output }, _) => {
                let assertion = match statement {
                    Stmt::Layer(statement) => statement.assertion.as_ref(),
                    Stmt::Block(block) => block.assertion.as_ref(),
                    Stmt::From(_) => None,
                }?;
                (
                    assertion.span.clone(),
                    format!(
                        "`-> {}` does not hold: {what} outputs {output}",
                        assertion.dims.text()
                    ),
                )
            }
            (Problem::ReceptiveField, _) => (
                span,
                format!("the receptive field of {what} is larger than u64 can count"),
            ),
            (Problem::Activations { values }, _) => {
                let parts: Vec<String> = values.iter().map(u64::to_string).collect();
                (
                    span,
                    format!(
                        "while this runs, the activations alive in {network} ({} values: what blocks around it keep, its input and its output) are more than u64 can count",
                        parts.join(" + ")
                    ),
                )
            }
            (Problem::TooManyRows, _) => (
                span,
                format!("{network} has more than {MAX_ROWS} layers; `cnn!` analyses at most {MAX_ROWS}"),
            ),
            (Problem::TotalsOverflow { field: Field::Macs, so_far, adds }, _) => (
                span,
                format!(
                    "the multiply-accumulates of {network} overflow u64 at {what}: {} so far, and {this} adds {} (u64 holds at most {})",
                    so_far.macs,
                    adds.macs,
                    u64::MAX
                ),
            ),
            (Problem::TotalsOverflow { so_far, adds, .. }, _) => (
                span,
                format!(
                    "the parameter count of {network} overflows u64 at {what}: {} learnable and {} non-trainable so far, \
                     and {this} adds {} and {} (u64 holds at most {})",
                    so_far.params,
                    so_far.non_trainable_params,
                    adds.params,
                    adds.non_trainable_params,
                    u64::MAX
                ),
            ),
            (Problem::Residual { input, output }, Stmt::Block(block)) => {
                let body = block.body.as_ref().map(body_text).unwrap_or_default();
                let projection = if output.is_spatial() {
                    format!("conv 1x1x{} stride S nobias; bn;", output.channels())
                } else {
                    format!("fc {};", output.channels())
                };
                // A body of one position (GCNet's context) is added at
                // every position, and needs the input's channels only.
                let context = output.positions() == Some(1) && input.rank() == output.rank();
                let fix = if context {
                    format!(
                        "a body of one position is added at every position of the input, so it must end in the input's {} channels (`conv 1x1x{}` last)",
                        input.channels(),
                        input.channels()
                    )
                } else {
                    format!(
                        "for a shortcut that changes the shape, use `add` with a projection branch: `add {{ {{ {projection} }} {{ ... }} }}`"
                    )
                };
                (
                    span,
                    format!(
                        "{what} adds its input to its body's output, so they must be the same shape, or the body a 1x1xC map of the input's channels, \
                         but it gets {input} and its body (`{body}`) ends in {output}; {fix}"
                    ),
                )
            }
            (Problem::Branches { first, other }, Stmt::Block(block)) => {
                let rule = match block.block {
                    Block::Sub => "needs every branch to end in the same shape",
                    Block::Add => "needs branches of the same shape, or a 1x1xC branch with the same channels as an HxWxC one, which it adds at every position",
                    Block::Mix => "adds its paths (every branch but the last), so each must end in the same shape",
                    Block::Concat | Block::Split => "stacks channels, so every branch must end in the same height and width",
                    Block::Mul | Block::Sequence | Block::Branch | Block::Residual | Block::Repeat(_) => {
                        "needs branches of the same shape, or a 1x1xC gate with the same channels as an HxWxC branch"
                    }
                };
                let branch = |index: usize| block.branches.get(index).map(|b| branch_subject(index, b));
                (
                    span,
                    format!(
                        "{what} {rule}, but {} ends in {} and {} ends in {}",
                        branch(first.0)?,
                        first.1,
                        branch(other.0)?,
                        other.1
                    ),
                )
            }
            (Problem::Split { channels, branches }, _) => (
                span,
                format!(
                    "{what} divides its input's {channels} channels equally among its {branches} branches, but {branches} does not divide {channels}; \
                     give it a number of branches that divides {channels}, or change the channels before it"
                ),
            ),
            (Problem::Subtraction { branches }, _) => (
                span,
                format!(
                    "{what} subtracts its second branch from its first, so it takes exactly 2 branches, but it has {branches}; \
                     write `sub {{ {{ ... }} {{ ... }} }}`, and join more with `add` around it"
                ),
            ),
            (Problem::MixPaths { paths }, _) => (
                span,
                format!(
                    "{what} mixes its paths by a softmax across them of the weights its last branch computes, so it needs at least 2 paths before that branch, but it has {paths}; \
                     write `mix {{ {{ path }} {{ path }} {{ gap; ... }} }}`, or drop the mix: a softmax across one path weighs it by 1"
                ),
            ),
            (Problem::MixWeights { paths, path, weights }, _) => {
                let channels = path.channels();
                let needed = channels.saturating_mul(*paths);
                (
                    span,
                    format!(
                        "{what}'s last branch gives the weights of its {paths} paths, one per path and channel, so it must end in {paths}*{channels} = {needed} channels ({} or {}), \
                         but it ends in {weights}; end it in `conv 1x1x{needed}`",
                        cnn_core::Shape::of_axes([1, 1, 1], path.rank(), needed),
                        path.with_channels(needed),
                    ),
                )
            }
            (Problem::ConcatOverflow { joined, other }, _) => (
                span,
                format!("{what} stacks more channels than u64 can count: {joined} and {other}"),
            ),
            (Problem::RepeatRound { round, input, got }, _) => (
                span,
                format!(
                    "round {round} of {what} cannot run: each round is fed the last one's output, and round 1 turned {input} into the {got} it got; \
                     a `repeat` body must give back a shape it can take again"
                ),
            ),
            (Problem::RepeatRows { input, first_output, round, got }, _) => (
                span,
                format!(
                    "{what} changes the shape in every round (round 1 turns {input} into {first_output}, round {round} gets {got}), \
                     so each round is listed on its own, and `cnn!` lists at most {MAX_ROWS} layers; \
                     a `repeat` this long needs a body that gives back the shape it gets"
                ),
            ),
            (Problem::RepeatTimes { left, round, field }, _) => {
                let which = if *field == Field::Params {
                    format!(
                        "{} learnable and {} non-trainable parameters",
                        round.params, round.non_trainable_params
                    )
                } else {
                    format!("{} multiply-accumulates", round.macs)
                };
                (
                    span,
                    format!(
                        "{what}: {left} rounds of {which} each overflow u64 (at most {})",
                        u64::MAX
                    ),
                )
            }
            (Problem::RepeatField, _) => (
                span,
                format!("the receptive field after {what} is larger than u64 can count"),
            ),
            (Problem::BlockOverflow { field, so_far, more, parts }, _) => {
                let of = match parts {
                    Parts::Branches => "its branches",
                    Parts::Rounds => "its rounds",
                };
                let counts = if *field == Field::Macs {
                    format!(
                        "multiply-accumulates of {of} overflow u64 together: {} + {}",
                        so_far.macs, more.macs
                    )
                } else {
                    format!(
                        "parameters of {of} overflow u64 together: {} + {} learnable, {} + {} non-trainable",
                        so_far.params, more.params, so_far.non_trainable_params, more.non_trainable_params
                    )
                };
                (
                    span,
                    format!("{what}: the {counts} (u64 holds at most {})", u64::MAX),
                )
            }
            // A layer's problems on a block, or a block's on a layer: the
            // analysis gives none.
            (Problem::Invalid(_) | Problem::Apply { .. }, Stmt::Block(_))
            | (Problem::Residual { .. } | Problem::Branches { .. }, Stmt::Layer(_))
            | (_, Stmt::From(_)) => return None,
        };
        Some(Diagnostic::error(span, message))
    }
}
