//! The walk of the graph, from its input to its output, that makes it
//! the language's blocks: the one place that calls the converters.
//!
//! A value with one consumer continues a chain; a value read by several
//! nodes is a fork, whose branches must all end in the inputs of one
//! `Add`, `Concat` or `Mul` (a branch that is the value itself is `{}`).
//! That is exactly a series-parallel graph; anything else is an error
//! that names the node where the walk found it.

use std::collections::HashSet;

use onnx_protobuf::NodeProto;

use super::attrs::describe;
use super::graph::Graph;
use super::ops;
use super::patterns;
use crate::stmt::Stmt;

/// Forks nested deeper than this are refused rather than walked on a
/// stack that a crafted file could exhaust.
const DEEPEST: usize = 200;

/// Why a walk stopped.
enum End<'m> {
    /// At the graph's output.
    Output,
    /// At an input of a joining node (`value` is the input it arrived by).
    Join { node: usize, value: &'m str },
}

/// A walk of `graph`: the nodes converted so far, and how deep in forks.
pub struct Walk<'g, 'm> {
    graph: &'g Graph<'m>,
    output: &'m str,
    visited: HashSet<usize>,
    /// How many forks the walk is inside.
    depth: usize,
}

impl<'g, 'm> Walk<'g, 'm> {
    /// A walk of `graph` to its single output `output`.
    pub fn new(graph: &'g Graph<'m>, output: &'m str) -> Walk<'g, 'm> {
        Walk {
            graph,
            output,
            visited: HashSet::new(),
            depth: 0,
        }
    }

    /// The statements from the graph's input `input` to its output.
    pub fn statements(&mut self, input: &'m str) -> Result<Vec<Stmt>, String> {
        let mut stmts = Vec::new();
        match self.walk(input, &mut stmts)? {
            End::Output => Ok(stmts),
            End::Join { node, value } => Err(format!(
                "{} joins `{value}` with a value that does not branch off the same chain: \
                 the graph is not series-parallel, and the language's blocks \
                 (add, concat, mul) only join branches of one fork",
                describe(&self.graph.nodes[node])
            )),
        }
    }

    /// Follows the chain from `value`, appending its statements, until the
    /// graph's output or a joining node that a fork further up must own.
    fn walk(&mut self, mut value: &'m str, stmts: &mut Vec<Stmt>) -> Result<End<'m>, String> {
        loop {
            let readers = self.graph.readers(value).to_vec();
            if value == self.output {
                if let Some(&reader) = readers.first() {
                    return Err(format!(
                        "the graph's output `{value}` is also read by {}: \
                         the language declares a network of one output",
                        describe(&self.graph.nodes[reader])
                    ));
                }
                return Ok(End::Output);
            }
            match readers.as_slice() {
                [] => {
                    return Err(format!(
                        "`{value}`{} is read by no node and is not the graph's output: \
                         a branch that leaves and never returns has no block in the language",
                        self.graph.written_by(value)
                    ))
                }
                [reader] if self.joins(*reader) => {
                    return Ok(End::Join {
                        node: *reader,
                        value,
                    })
                }
                [reader] => value = self.step(*reader, stmts)?,
                _ => match patterns::fork(self.graph, value, &readers)? {
                    Some((converted, taken)) => {
                        stmts.extend(converted);
                        value = self.take(&taken)?;
                        if let Some(&last) = taken.last() {
                            mark(stmts, &self.graph.nodes[last]);
                        }
                    }
                    None => value = self.fork(value, &readers, stmts)?,
                },
            }
        }
    }

    /// Converts the node `index`, read by a chain, and gives the value the
    /// chain goes on with.
    fn step(&mut self, index: usize, stmts: &mut Vec<Stmt>) -> Result<&'m str, String> {
        if !self.visited.insert(index) {
            return Err(format!(
                "{} is reached twice: the graph has a cycle",
                describe(&self.graph.nodes[index])
            ));
        }
        let node = &self.graph.nodes[index];
        let before = stmts.len();
        let last = match patterns::detect(self.graph, index)? {
            Some((converted, taken)) => {
                stmts.extend(converted);
                let mut last = node;
                for other in taken {
                    if !self.visited.insert(other) {
                        return Err(format!(
                            "{} is reached twice: the graph has a cycle",
                            describe(&self.graph.nodes[other])
                        ));
                    }
                    last = &self.graph.nodes[other];
                }
                last
            }
            None => {
                stmts.extend(ops::convert(node, self.graph)?);
                node
            }
        };
        if stmts.len() > before {
            mark(stmts, last);
        }
        // Dropout's mask and MaxPool's indices may be there unread; a
        // second output that something reads is a branch we cannot place.
        for extra in last.output.iter().skip(1) {
            if let Some(&reader) = self.graph.readers(extra).first() {
                return Err(format!(
                    "{} reads `{extra}`, the second output of {}: \
                     the language's layers have one output",
                    describe(&self.graph.nodes[reader]),
                    describe(last)
                ));
            }
        }
        match last.output.first() {
            Some(out) => Ok(out.as_str()),
            None => Err(format!("{} has no output", describe(last))),
        }
    }

    /// Marks `nodes` (of a pattern, in order) as converted, and gives the
    /// last one's output.
    fn take(&mut self, nodes: &[usize]) -> Result<&'m str, String> {
        for &node in nodes {
            if !self.visited.insert(node) {
                return Err(format!(
                    "{} is reached twice: the graph has a cycle",
                    describe(&self.graph.nodes[node])
                ));
            }
        }
        let last = nodes.last().map(|&n| &self.graph.nodes[n]);
        match last.and_then(|n| n.output.first()) {
            Some(out) => Ok(out.as_str()),
            None => Err("a pattern of no node".to_string()),
        }
    }

    /// The fork at `value`, read by `readers`: walks each branch to the
    /// node where they all join, appends the block and gives that node's
    /// output.
    fn fork(
        &mut self,
        value: &'m str,
        readers: &[usize],
        stmts: &mut Vec<Stmt>,
    ) -> Result<&'m str, String> {
        if self.depth >= DEEPEST {
            return Err(format!(
                "the fork at `{value}`{} is nested {DEEPEST} forks deep: more than the \
                 importer walks",
                self.graph.written_by(value)
            ));
        }
        self.depth += 1;
        let joined = self.branches(value, readers, stmts);
        self.depth -= 1;
        joined
    }

    /// [`Walk::fork`]'s walk of each branch.
    fn branches(
        &mut self,
        value: &'m str,
        readers: &[usize],
        stmts: &mut Vec<Stmt>,
    ) -> Result<&'m str, String> {
        // (where the branch arrived, its statements)
        let mut branches: Vec<(&'m str, Vec<Stmt>)> = Vec::new();
        let mut join: Option<usize> = None;
        for &reader in readers {
            let mut branch = Vec::new();
            let end = if self.joins(reader) {
                End::Join {
                    node: reader,
                    value,
                }
            } else {
                let next = self.step(reader, &mut branch)?;
                self.walk(next, &mut branch)?
            };
            let (node, arrived) = match end {
                End::Join { node, value } => (node, value),
                End::Output => {
                    return Err(format!(
                        "a branch forking at `{value}`{} reaches the graph's output without \
                         joining the others: the language's blocks join every branch",
                        self.graph.written_by(value)
                    ))
                }
            };
            match join {
                Some(first) if first != node => {
                    return Err(format!(
                        "the branches forking at `{value}`{} join in different nodes, {} and {}: \
                         the graph is not series-parallel, which the language's blocks need",
                        self.graph.written_by(value),
                        describe(&self.graph.nodes[first]),
                        describe(&self.graph.nodes[node])
                    ))
                }
                _ => join = Some(node),
            }
            branches.push((arrived, branch));
        }
        let Some(join) = join else {
            return Err(format!("`{value}` forks into no branch"));
        };
        let node = &self.graph.nodes[join];
        if !self.visited.insert(join) {
            return Err(format!(
                "{} is reached twice: the graph has a cycle",
                describe(node)
            ));
        }
        let inputs = self.graph.data_inputs(node);
        if inputs.len() != branches.len() {
            return Err(format!(
                "{} joins {} values, but {} of them branch off `{value}`{}: \
                 the graph is not series-parallel, which the language's blocks need",
                describe(node),
                inputs.len(),
                branches.len(),
                self.graph.written_by(value)
            ));
        }
        // The branches in the order of the joining node's inputs (concat's
        // channels come in that order).
        let mut ordered = Vec::new();
        for input in inputs {
            let Some(at) = branches.iter().position(|(arrived, _)| *arrived == input) else {
                return Err(format!(
                    "{} reads `{input}`, which does not branch off `{value}`: \
                     the graph is not series-parallel",
                    describe(node)
                ));
            };
            ordered.push(branches.remove(at).1);
        }
        stmts.push(ops::join(node, ordered)?);
        match node.output.first() {
            Some(out) => Ok(out.as_str()),
            None => Err(format!("{} has no output", describe(node))),
        }
    }

    /// Whether node `index` joins branches: reads two data values or more.
    fn joins(&self, index: usize) -> bool {
        self.graph.data_inputs(&self.graph.nodes[index]).len() > 1
    }
}

/// Gives the last of `stmts`, a layer that `node` ends, the value `node`
/// writes, which its shape is checked against.
fn mark(stmts: &mut [Stmt], node: &NodeProto) {
    if let (Some(Stmt::Layer { origin, .. }), Some(out)) = (stmts.last_mut(), node.output.first()) {
        origin.value = Some((out.clone(), describe(node)));
    }
}
