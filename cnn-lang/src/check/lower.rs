//! The network as written, lowered to `cnn-core`'s tree: each statement a
//! numbered node, so that what the analysis finds at a node can be said of
//! the statement it came from.

use cnn_core::tree::{Node, NodeId};

use super::model::{layer_spec, shape};
use crate::syntax::ast::{BlockNode, Body, Node as Written, Statement};

/// A statement as written, found by its node's number.
#[derive(Clone, Copy)]
pub enum Stmt<'a> {
    /// A layer.
    Layer(&'a Statement),
    /// A block.
    Block(&'a BlockNode),
}

/// The statements, numbered in the order written (a block before what it
/// holds).
pub struct Lowered<'a> {
    /// The tree.
    pub nodes: Vec<Node>,
    /// Each node's statement, by its number.
    pub statements: Vec<Stmt<'a>>,
}

impl<'a> Lowered<'a> {
    /// The statement of node `id`.
    pub fn get(&self, id: NodeId) -> Option<Stmt<'a>> {
        self.statements.get(id).copied()
    }
}

/// Lowers a network's body.
pub fn lower(body: &Body) -> Lowered<'_> {
    let mut statements = Vec::new();
    let nodes = lower_body(body, &mut statements);
    Lowered { nodes, statements }
}

fn lower_body<'a>(body: &'a Body, statements: &mut Vec<Stmt<'a>>) -> Vec<Node> {
    body.statements
        .iter()
        .map(|written| match written {
            None => Node::Broken,
            Some(Written::Layer(statement)) => {
                let id = statements.len();
                statements.push(Stmt::Layer(statement));
                Node::Layer {
                    id,
                    spec: layer_spec(statement),
                    expect: statement.assertion.as_ref().map(|a| shape(&a.dims)),
                }
            }
            Some(Written::Block(block)) => {
                let id = statements.len();
                statements.push(Stmt::Block(block));
                let body = block
                    .body
                    .as_ref()
                    .map_or_else(Vec::new, |body| lower_body(body, statements));
                let branches = block
                    .branches
                    .iter()
                    .map(|branch| lower_body(&branch.body, statements))
                    .collect();
                Node::Block {
                    id,
                    block: block.block,
                    body,
                    branches,
                    expect: block.assertion.as_ref().map(|a| shape(&a.dims)),
                }
            }
        })
        .collect()
}
