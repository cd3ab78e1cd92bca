//! A whole network as a tree of layers and blocks, and its analysis: every
//! row of its table, its totals, activation memory and receptive fields,
//! `repeat` in closed form, and every problem with the numbers, each on
//! the node it is about. With the `alloc` feature; not re-exported by
//! `cnn`, which is for the constants a declaration gives.
//!
//! A front end (the `cnn-lang` checker) builds the tree from what the user
//! wrote, numbering each statement, and turns the [`Problem`]s into words.
//!
//! ```
//! use cnn_core::tree::{analyze_tree, Node};
//! use cnn_core::{Block, Kind, LayerSpec, Padding, Shape};
//! // input 56x56x64; residual { conv 3x3x64 pad 1 nobias; bn; }
//! let conv = LayerSpec::new(Kind::Conv)
//!     .window(3, 3)
//!     .count(64)
//!     .padding(Padding::Explicit(cnn_core::Axes::two(1, 1)))
//!     .no_bias();
//! let network = [
//!     Node::layer(0, LayerSpec::input(Shape::spatial(56, 56, 64))),
//!     Node::block(1, Block::Residual, vec![
//!         Node::layer(2, conv),
//!         Node::layer(3, LayerSpec::new(Kind::BatchNorm)),
//!     ]),
//! ];
//! let found = analyze_tree(&network, true);
//! assert!(found.problems.is_empty());
//! assert_eq!(found.totals.params, 3 * 3 * 64 * 64 + 2 * 64);
//! assert_eq!(found.output, Some(Shape::spatial(56, 56, 64)));
//! ```

mod blocks;
mod mix;

pub(crate) use mix::fits;
mod named;
mod walk;

use alloc::string::String;
use alloc::vec::Vec;

use crate::{Block, Error, Field, Kind, LayerSpec, Layout, ReceptiveField, Shape, Step, Totals};

pub use walk::analyze_tree;

/// The number a front end gives each statement, to find it again in a
/// [`Problem`] or a [`Row`].
pub type NodeId = usize;

/// The most rows a network may list, `repeat` rounds included: a bound on
/// the work and the size of what is emitted, far above any real network
/// (DenseNet-264 lists fewer than 2,000).
pub const MAX_ROWS: usize = 250_000;

/// One statement of a network.
// A layer holds its `LayerSpec` inline: a tree is built once per network
// and walked often, and boxing each layer would add an allocation per
// statement to save the space of blocks, which are few.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    /// A layer, and the shape `-> shape` asserts it gives, if any.
    Layer {
        /// The statement's number.
        id: NodeId,
        /// The layer.
        spec: LayerSpec,
        /// `-> shape`.
        expect: Option<Shape>,
    },
    /// A block: a sequence, `residual` or `repeat` has a `body`; `add`,
    /// `concat` and `mul` have `branches`, each fed the block's input.
    Block {
        /// The statement's number.
        id: NodeId,
        /// What the block does.
        block: Block,
        /// The body of a sequence, `residual` or `repeat`.
        body: Vec<Node>,
        /// The branches of `add`, `concat` or `mul`; an empty one is the
        /// identity.
        branches: Vec<Vec<Node>>,
        /// `-> shape`.
        expect: Option<Shape>,
    },
    /// `from name`: what flows on from here is the output of an earlier
    /// statement, `target`, rather than of the statement before. The
    /// front end resolves the name; `target` is computed before `id` is
    /// reached (an earlier statement that does not enclose it), and is not
    /// inside a `repeat` that does not also hold `id`.
    From {
        /// The statement's number.
        id: NodeId,
        /// The statement whose output it takes.
        target: NodeId,
    },
    /// A statement that could not be read: what follows it has an unknown
    /// input.
    Broken,
}

impl Node {
    /// A layer without `-> shape`.
    pub fn layer(id: NodeId, spec: LayerSpec) -> Node {
        Node::Layer {
            id,
            spec,
            expect: None,
        }
    }

    /// A sequence, `residual` or `repeat` block without `-> shape`.
    pub fn block(id: NodeId, block: Block, body: Vec<Node>) -> Node {
        Node::Block {
            id,
            block,
            body,
            branches: Vec::new(),
            expect: None,
        }
    }

    /// `from`: the output of statement `target` flows on from here.
    pub fn from(id: NodeId, target: NodeId) -> Node {
        Node::From { id, target }
    }

    /// An `add`, `concat` or `mul` block without `-> shape`.
    pub fn branches(id: NodeId, block: Block, branches: Vec<Vec<Node>>) -> Node {
        Node::Block {
            id,
            block,
            body: Vec::new(),
            branches,
            expect: None,
        }
    }
}

/// Where a layer's input comes from, for messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The network's `input`.
    Input,
    /// The statement before, a layer or a block.
    After(NodeId),
    /// The start of a block's body or branch, in the given round (1 for a
    /// block that is not a `repeat`).
    Enter(NodeId, u64),
}

/// Which of a block's parts a count is the sum of, in [`Problem::BlockOverflow`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Parts {
    /// The branches of `add`, `concat` or `mul`.
    Branches,
    /// The rounds of `repeat`.
    Rounds,
}

/// What is wrong at one node, with the numbers a message needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The layer's own numbers are wrong, whatever its input (a zero
    /// stride, a zero window).
    Invalid(Error),
    /// The layer cannot take its input.
    Apply {
        /// Why.
        error: Error,
        /// The input it got.
        input: Shape,
        /// Where that came from.
        origin: Origin,
    },
    /// `input` inside a block.
    InputInsideBlock,
    /// `-> shape` does not hold.
    Assertion {
        /// What the statement gives.
        output: Shape,
    },
    /// The receptive field of the layer does not fit in `u64`.
    ReceptiveField,
    /// The activations alive while the node runs do not fit in `u64`.
    Activations {
        /// What is alive: kept by blocks around it, its input, its output.
        values: Vec<u64>,
    },
    /// The network lists more than [`MAX_ROWS`] rows.
    TooManyRows,
    /// The network's running totals overflow at this node.
    TotalsOverflow {
        /// Which count: [`Field::Macs`] or [`Field::Params`].
        field: Field,
        /// The totals before it.
        so_far: Totals,
        /// What it adds.
        adds: Totals,
    },
    /// `residual`'s body does not give back the shape it gets.
    Residual {
        /// The block's input.
        input: Shape,
        /// What the body ends in.
        output: Shape,
    },
    /// Branches that cannot join (`add`, `concat`, `mul`).
    Branches {
        /// The first branch's index and what it ends in.
        first: (usize, Shape),
        /// The branch that does not fit, and what it ends in.
        other: (usize, Shape),
    },
    /// `split`'s input channels do not divide equally among its branches.
    Split {
        /// The input channels.
        channels: u64,
        /// The branches.
        branches: u64,
    },
    /// `sub` has other than two branches: it subtracts its second from
    /// its first.
    Subtraction {
        /// The branches it has.
        branches: u64,
    },
    /// `mix` has fewer than two paths before its weights branch: a
    /// softmax across one path weighs it by 1.
    MixPaths {
        /// The paths it has (its branches but the last).
        paths: u64,
    },
    /// `mix`'s last branch does not end in one weight per path and
    /// channel: `paths * C` channels, at one position or at the paths'.
    MixWeights {
        /// The paths.
        paths: u64,
        /// What each path ends in.
        path: Shape,
        /// What the weights branch ends in.
        weights: Shape,
    },
    /// `concat` stacks more channels than `u64` counts.
    ConcatOverflow {
        /// What the branches before give, joined.
        joined: Shape,
        /// The branch that overflows it.
        other: Shape,
    },
    /// A `repeat` round cannot take what the round before gave.
    RepeatRound {
        /// The round.
        round: u64,
        /// The repeat's input.
        input: Shape,
        /// What the round got.
        got: Shape,
    },
    /// A `repeat` that changes the shape in every round lists too many rows.
    RepeatRows {
        /// The repeat's input.
        input: Shape,
        /// What round 1 gave.
        first_output: Shape,
        /// The round that reached the limit.
        round: u64,
        /// What it got.
        got: Shape,
    },
    /// The rounds alike of a `repeat`, counted together, overflow `u64`.
    RepeatTimes {
        /// How many rounds.
        left: u64,
        /// One round's counts.
        round: Totals,
        /// Which count overflows.
        field: Field,
    },
    /// The receptive field after a `repeat` does not fit in `u64`.
    RepeatField,
    /// A block's parts together overflow `u64`.
    BlockOverflow {
        /// Which count overflows.
        field: Field,
        /// The parts so far.
        so_far: Totals,
        /// The part that overflows it.
        more: Totals,
        /// Branches or rounds.
        parts: Parts,
    },
}

/// One analysed row: a layer, or a block with the sum of its contents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The statement it is; `None` for a branch of `add`, `concat`, `mul`.
    pub node: Option<NodeId>,
    /// For a branch, its index among the block's branches and whether it
    /// is the identity.
    pub branch: Option<(usize, bool)>,
    /// What it does.
    pub kind: Kind,
    /// What it gets.
    pub input: Shape,
    /// What it gives and costs (for a block, the sum of its contents).
    pub step: Step,
    /// The article's formula with its numbers; empty for a block.
    pub formula: String,
    /// What one of its outputs sees of the input.
    pub field: ReceptiveField,
    /// How many blocks it sits in.
    pub depth: u16,
    /// For a block, how many rows follow inside it.
    pub rows: u32,
    /// How many times it runs at its place (see [`crate::Layer::times`]).
    pub times: u64,
    /// For a `repeat`, how many rounds its rows list: each round that
    /// changes the shape on its own, then one for all the rounds alike.
    pub listed_rounds: u64,
    /// How its parameters are laid out, for a layer that has any.
    pub layout: Option<Layout>,
}

/// What [`analyze_tree`] finds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Every row, in the order `LAYERS` lists them.
    pub rows: Vec<Row>,
    /// The network's input, if it was read.
    pub input: Option<Shape>,
    /// Its output, if known.
    pub output: Option<Shape>,
    /// Its totals (meaningful only without problems).
    pub totals: Totals,
    /// The most values of one activation.
    pub largest_activation: u64,
    /// The most activation values alive at once.
    pub peak_activations: u64,
    /// Every problem, in the order found, on the node it is about.
    pub problems: Vec<(NodeId, Problem)>,
}
