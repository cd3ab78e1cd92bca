//! Each statement's part of its tensors' `state_dict` keys, its component,
//! and the scope its name must be unique in: the naming rule (README,
//! "Loading PyTorch weights"), decided here once for the names check and
//! for the tensor keys (`crate::tensors`).
//!
//! - A statement's component is its name, or else its position: its index
//!   from 0 among the statements of the body it is in (`input` not
//!   counted).
//! - `add`, `concat`, `mul`, `split` and `residual` are operations, not
//!   modules: named, the block is a component and its branches' statements
//!   are numbered on through all its branches; unnamed, it adds no
//!   component and its statements are numbered on in the body around it,
//!   as if written in its place (so a ResNet block `{ residual { conv1:
//!   ... } relu; }` keeps `conv1` at the block's level, as torchvision's
//!   `BasicBlock` does).
//! - `repeat N`: each round is a component, its index; a body of exactly
//!   one unnamed statement makes that statement the round itself.
//!
//! A scope is one component's children: names are unique in it.

use cnn_core::tree::{Node, NodeId};
use cnn_core::Block;

use super::lower::{Lowered, Stmt};
use crate::syntax::ast::Name;

/// Every statement's component and scope, by its node's number.
pub struct Components {
    /// Its component: a name or a position; `None` for a statement that
    /// adds none (`input`, an unnamed `add`..., a round's one statement).
    pub component: Vec<Option<String>>,
    /// The scope its name is in.
    pub scope: Vec<usize>,
}

/// The components and scopes of a lowered network.
pub fn components(lowered: &Lowered) -> Components {
    let mut walk = Walk {
        lowered,
        components: Components {
            component: vec![None; lowered.statements.len()],
            scope: vec![0; lowered.statements.len()],
        },
        scopes: 1,
    };
    let mut position = 0;
    walk.body(&lowered.nodes, 0, &mut position);
    walk.components
}

struct Walk<'a, 'b> {
    lowered: &'b Lowered<'a>,
    components: Components,
    /// Scopes handed out so far.
    scopes: usize,
}

impl Walk<'_, '_> {
    fn name(&self, id: NodeId) -> Option<&Name> {
        match self.lowered.get(id)? {
            Stmt::Layer(statement) => statement.name.as_ref(),
            Stmt::Block(block) => block.name.as_ref(),
            Stmt::From(_) => None,
        }
    }

    fn new_scope(&mut self) -> usize {
        self.scopes += 1;
        self.scopes - 1
    }

    /// Records node `id` in `scope`: its name, or the next position.
    fn place(&mut self, id: NodeId, scope: usize, position: &mut u64) {
        let component = match self.name(id) {
            Some(name) => name.text.clone(),
            None => position.to_string(),
        };
        *position += 1;
        if let Some(slot) = self.components.component.get_mut(id) {
            *slot = Some(component);
        }
        if let Some(slot) = self.components.scope.get_mut(id) {
            *slot = scope;
        }
    }

    /// The statements of one body, numbered from `position` on in `scope`.
    fn body(&mut self, nodes: &[Node], scope: usize, position: &mut u64) {
        for node in nodes {
            match node {
                // A statement that did not parse keeps its place, so that
                // the positions after it are still those written.
                Node::Broken => *position += 1,
                // `from` is no module: it takes no position, as `input`.
                Node::From { id, .. } => {
                    if let Some(slot) = self.components.scope.get_mut(*id) {
                        *slot = scope;
                    }
                }
                Node::Layer { id, spec, .. } => {
                    if spec.kind.info().is_input {
                        if let Some(slot) = self.components.scope.get_mut(*id) {
                            *slot = scope;
                        }
                    } else {
                        self.place(*id, scope, position);
                    }
                }
                Node::Block {
                    id,
                    block,
                    body,
                    branches,
                    ..
                } => self.block(*id, *block, body, branches, scope, position),
            }
        }
    }

    fn block(
        &mut self,
        id: NodeId,
        block: Block,
        body: &[Node],
        branches: &[Vec<Node>],
        scope: usize,
        position: &mut u64,
    ) {
        match block {
            Block::Add
            | Block::Concat
            | Block::Mul
            | Block::Sub
            | Block::Mix
            | Block::Split
            | Block::Residual => {
                let (inner, mut own, numbering) = if self.name(id).is_some() {
                    self.place(id, scope, position);
                    (self.new_scope(), 0, None)
                } else {
                    if let Some(slot) = self.components.scope.get_mut(id) {
                        *slot = scope;
                    }
                    (scope, 0, Some(&mut *position))
                };
                let position = numbering.unwrap_or(&mut own);
                self.body(body, inner, position);
                for branch in branches {
                    self.body(branch, inner, position);
                }
            }
            Block::Sequence | Block::Branch => {
                self.place(id, scope, position);
                let inner = self.new_scope();
                self.body(body, inner, &mut 0);
            }
            Block::Repeat(_) => {
                self.place(id, scope, position);
                let round = self.new_scope();
                self.body(body, round, &mut 0);
                // One unnamed statement is the round itself.
                if let [Node::Layer { id: only, .. } | Node::Block { id: only, .. }] = body {
                    if self.name(*only).is_none() {
                        if let Some(slot) = self.components.component.get_mut(*only) {
                            *slot = None;
                        }
                    }
                }
            }
        }
    }
}
