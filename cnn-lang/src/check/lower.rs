//! The network as written, lowered to `cnn-core`'s tree: each statement a
//! numbered node, so that what the analysis finds at a node can be said of
//! the statement it came from.

use cnn_core::tree::{Node, NodeId};

use super::model::{layer_spec, shape};
use super::resolve::Resolver;
use crate::syntax::ast::{BlockNode, Body, Node as Written, Reference, Statement};
use crate::Diagnostics;

/// A statement as written, found by its node's number.
#[derive(Clone, Copy)]
pub enum Stmt<'a> {
    /// A layer.
    Layer(&'a Statement),
    /// A block.
    Block(&'a BlockNode),
    /// `from name`.
    From(&'a Reference),
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

/// Lowers a network's body; each `from` takes the statement its name
/// names, or is an error here, on the name.
pub fn lower<'a>(body: &'a Body, diagnostics: &mut Diagnostics) -> Lowered<'a> {
    let mut statements = Vec::new();
    let mut resolver = Resolver::new(body.names());
    let nodes = lower_body(body, &mut statements, &mut resolver);
    for diagnostic in resolver.diagnostics {
        diagnostics.push(diagnostic);
    }
    Lowered { nodes, statements }
}

fn lower_body<'a>(
    body: &'a Body,
    statements: &mut Vec<Stmt<'a>>,
    resolver: &mut Resolver<'a>,
) -> Vec<Node> {
    body.statements
        .iter()
        .map(|written| match written {
            None => Node::Broken,
            Some(Written::Layer(statement)) => {
                let id = statements.len();
                statements.push(Stmt::Layer(statement));
                resolver.given(statement.name.as_ref(), id);
                Node::Layer {
                    id,
                    spec: layer_spec(statement),
                    expect: statement.assertion.as_ref().map(|a| shape(&a.dims)),
                }
            }
            Some(Written::From(reference)) => {
                let id = statements.len();
                statements.push(Stmt::From(reference));
                match resolver.resolve(reference) {
                    Some(target) => Node::From { id, target },
                    None => Node::Broken,
                }
            }
            Some(Written::Block(block)) => {
                let id = statements.len();
                statements.push(Stmt::Block(block));
                let name = block.name.as_ref();
                let mark = resolver.enter(name, id);
                let body = block
                    .body
                    .as_ref()
                    .map_or_else(Vec::new, |body| lower_body(body, statements, resolver));
                let branches = block
                    .branches
                    .iter()
                    .map(|branch| lower_body(&branch.body, statements, resolver))
                    .collect();
                let repeat = matches!(block.block, cnn_core::Block::Repeat(_));
                resolver.leave(name, mark, repeat.then_some(&block.head));
                resolver.given(name, id);
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
