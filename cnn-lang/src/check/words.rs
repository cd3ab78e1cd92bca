//! How messages name statements, blocks, branches and where an input came
//! from: "`conv2` (conv 5x5x16)", "branch 2 (`conv 1x1x128; bn`)".

use cnn_core::{Block, Shape};

use super::model::spec_text;
use crate::syntax::ast::{BlockNode, Body, Branch, Node, Statement};

/// How a message names a statement: "`conv2` (conv 5x5x16)" or
/// "`conv 5x5x16`".
pub fn subject(statement: &Statement) -> String {
    match &statement.name {
        Some(name) => format!("`{}` ({})", name.text, spec_text(statement)),
        None => format!("`{}`", spec_text(statement)),
    }
}

/// The block's statement as the summary shows it: `add`, `repeat 3`,
/// `{ ... }`.
pub fn block_text(block: Block) -> String {
    match block {
        Block::Sequence => "{ ... }".to_string(),
        Block::Repeat(count) => format!("repeat {count}"),
        Block::Branch
        | Block::Add
        | Block::Concat
        | Block::Mul
        | Block::Sub
        | Block::Mix
        | Block::Split
        | Block::Residual => block.keyword().to_string(),
    }
}

/// How a message names a block: "`layer1` (repeat 3)" or "`add`".
pub fn block_subject(block: &BlockNode) -> String {
    match (&block.name, block.block) {
        (Some(name), Block::Sequence) => format!("`{}`", name.text),
        (Some(name), other) => format!("`{}` ({})", name.text, block_text(other)),
        (None, other) => format!("`{}`", block_text(other)),
    }
}

/// A body's statements in short, for naming a branch: `conv 1x1x128; bn`.
pub fn body_text(body: &Body) -> String {
    let parts: Vec<String> = body
        .statements
        .iter()
        .map(|node| match node {
            Some(Node::Layer(statement)) => spec_text(statement),
            Some(Node::Block(block)) => format!("{} {{ ... }}", block_text(block.block)),
            Some(Node::From(reference)) => format!("from {}", reference.name.written),
            None => "...".to_string(),
        })
        .collect();
    let text = parts.join("; ");
    match parts.as_slice() {
        // Long bodies keep their first and last statements: the last one
        // gives the shape a message is about.
        [first, .., last] if text.chars().count() > 60 => format!("{first}; ...; {last}"),
        _ => text,
    }
}

/// "branch 2 (`conv 1x1x128; bn`)", or "branch 1 (`{}`, the identity)".
pub fn branch_subject(index: usize, branch: &Branch) -> String {
    if branch.body.statements.is_empty() {
        format!("branch {} (`{{}}`, the identity)", index + 1)
    } else {
        format!("branch {} (`{}`)", index + 1, body_text(&branch.body))
    }
}

/// Where a layer's input comes from, for messages.
#[derive(Clone, Copy)]
pub enum Origin<'a> {
    /// The network's `input`.
    Input,
    /// The layer before.
    Layer(&'a Statement),
    /// The block before.
    Block(&'a BlockNode),
    /// The start of a block's body (or branch), in a given round.
    Enter(&'a BlockNode, u64),
}

impl Origin<'_> {
    /// "the input is 32x32x3", "`pool 2` outputs 14x14x8".
    pub fn describe(self, shape: Shape) -> String {
        match self {
            Origin::Input => format!("the input is {shape}"),
            Origin::Layer(previous) => format!("{} outputs {shape}", subject(previous)),
            Origin::Block(previous) => format!("{} outputs {shape}", block_subject(previous)),
            Origin::Enter(block, round) if round > 1 => {
                format!("round {round} of {} gets {shape}", block_subject(block))
            }
            Origin::Enter(block, _) => format!("{} gets {shape}", block_subject(block)),
        }
    }
}
