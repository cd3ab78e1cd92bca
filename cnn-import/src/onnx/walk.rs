//! The walk of the graph, from its input to its output, that makes it
//! the language's blocks: the one place that calls the converters.
//!
//! A value with one consumer continues a chain; a value read by several
//! nodes is a fork, whose branches are walked to the joins they reach
//! (`Add`, `Concat`, `Mul`; a branch that is the value itself is `{}`)
//! and reduced there: a join all of whose inputs arrived is a block,
//! and a branch on from it (`(a + b) + c`, a concat inside a concat);
//! arrivals at some inputs of an add, a mul or (adjacent ones) a concat
//! are an inner block of that kind, whose other inputs come from a fork
//! further up (a concat of a chain's prefixes, an exporter's flattened
//! concat). These are the series and parallel reductions of a
//! two-terminal graph, so any series-parallel graph of these joins
//! reads; anything else is an error that names the node where the walk
//! found it. Nested blocks of one kind over one fork print as one
//! (`ops::join`).

use std::collections::HashSet;

use onnx_protobuf::NodeProto;

use super::attrs::describe;
use super::graph::Graph;
use super::ops;
use super::patterns;
use crate::stmt::Stmt;

/// What the walk's refusals of a graph that does not nest say it needs:
/// the named form (`named`) reads such a graph.
const NEED: &str = "it would need a way to name a value and read it again later";

/// Whether a refusal of the walk is only that the graph is not
/// series-parallel, which the named form reads.
pub fn does_not_nest(why: &str) -> bool {
    why.contains("series-parallel") || why.contains(NEED) || why.contains("without joining")
}

/// Forks nested deeper than this are refused rather than walked on a
/// stack that a crafted file could exhaust.
const DEEPEST: usize = 200;

/// Why a walk stopped.
enum End<'m> {
    /// At the graph's output.
    Output,
    /// At an input of a joining node: `value` is the input it arrived by,
    /// or (when `covers` is not empty) the fork whose inner block gives
    /// the inputs at positions `covers` of the node.
    Join {
        node: usize,
        value: &'m str,
        covers: Vec<usize>,
    },
}

/// What a fork comes to.
enum Joined<'m> {
    /// Its branches all joined: the chain goes on from this value.
    Continue(&'m str),
    /// Its branches joined into one that arrives at a join further on.
    Arrived(End<'m>),
}

/// A branch of a fork that has arrived at a join.
struct Arrival {
    /// The joining node.
    node: usize,
    /// The positions of the node's data inputs the branch gives, ascending.
    covers: Vec<usize>,
    /// The branch's statements.
    stmts: Vec<Stmt>,
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
            End::Join { node, value, .. } => Err(format!(
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
                        covers: Vec::new(),
                    })
                }
                [reader] => value = self.step(*reader, stmts)?,
                _ => match patterns::fork(self.graph, value, &readers, false)? {
                    Some((converted, taken)) => {
                        stmts.extend(converted);
                        value = self.take(&taken)?;
                        if let Some(&last) = taken.last() {
                            mark(stmts, &self.graph.nodes[last]);
                        }
                    }
                    None => match self.fork(value, &readers, stmts)? {
                        Joined::Continue(next) => value = next,
                        Joined::Arrived(end) => return Ok(end),
                    },
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
        if stmts.len() > before && !patterns::unturned_section(node, last) {
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
    /// nodes where they join, appends the blocks and gives the value the
    /// chain goes on with, or where the fork's one remaining branch joins
    /// the branches of a fork further up.
    fn fork(
        &mut self,
        value: &'m str,
        readers: &[usize],
        stmts: &mut Vec<Stmt>,
    ) -> Result<Joined<'m>, String> {
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

    /// [`Walk::fork`]'s walk of each branch, and their reduction: a join
    /// whose inputs all arrived is a block, which goes on as one branch
    /// (a nested join); arrivals at some of an add's, a mul's or (if
    /// adjacent) a concat's inputs make one branch of an inner block of
    /// that kind (the rest of the join's inputs come from a fork further
    /// up). That is the series and parallel reduction of a two-terminal
    /// graph: what does not reduce so is not series-parallel.
    fn branches(
        &mut self,
        value: &'m str,
        readers: &[usize],
        stmts: &mut Vec<Stmt>,
    ) -> Result<Joined<'m>, String> {
        let mut arrivals: Vec<Arrival> = Vec::new();
        for &reader in readers {
            let mut branch = Vec::new();
            let end = if self.joins(reader) {
                End::Join {
                    node: reader,
                    value,
                    covers: Vec::new(),
                }
            } else {
                let next = self.step(reader, &mut branch)?;
                self.walk(next, &mut branch)?
            };
            let arrival = self.arrival(value, end, branch, &arrivals)?;
            arrivals.push(arrival);
        }
        loop {
            if let Some(node) = self.complete(&arrivals) {
                let (at, rest): (Vec<Arrival>, Vec<Arrival>) =
                    arrivals.into_iter().partition(|a| a.node == node);
                let joined = self.join(node, at)?;
                let out = self.output_of(node)?;
                if rest.is_empty() {
                    stmts.push(joined);
                    return Ok(Joined::Continue(out));
                }
                arrivals = rest;
                let mut branch = vec![joined];
                let end = self.walk(out, &mut branch)?;
                let arrival = self.arrival(value, end, branch, &arrivals)?;
                arrivals.push(arrival);
                continue;
            }
            if let Some((a, b)) = self.mergeable(&arrivals) {
                // The later index first, so the earlier one still holds.
                let later = arrivals.remove(a.max(b));
                let earlier = arrivals.remove(a.min(b));
                let (first, second) = if a < b {
                    (earlier, later)
                } else {
                    (later, earlier)
                };
                let node = first.node;
                let mut covers = first.covers.clone();
                covers.extend(&second.covers);
                covers.sort_unstable();
                let inner = ops::join(&self.graph.nodes[node], vec![first.stmts, second.stmts])?;
                arrivals.push(Arrival {
                    node,
                    covers,
                    stmts: vec![inner],
                });
                continue;
            }
            return match arrivals.len() {
                0 => Err(format!("`{value}` forks into no branch")),
                1 => {
                    let last = arrivals.remove(0);
                    stmts.extend(last.stmts);
                    Ok(Joined::Arrived(End::Join {
                        node: last.node,
                        value,
                        covers: last.covers,
                    }))
                }
                _ => Err(self.unnested(value, &arrivals)),
            };
        }
    }

    /// Why the branches forking at `value`, arrived as `arrivals` (two at
    /// least, none complete, none to merge), make no block.
    fn unnested(&self, value: &str, arrivals: &[Arrival]) -> String {
        let first = arrivals[0].node;
        let fork = format!("`{value}`{}", self.graph.written_by(value));
        let need = NEED;
        match arrivals.iter().find(|a| a.node != first) {
            Some(other) => format!(
                "the branches forking at {fork} join in {} and in {}, which do not nest: the \
                 graph is not series-parallel, and the language's blocks (add, concat, mul) \
                 only join branches of one fork; {need}",
                describe(&self.graph.nodes[first]),
                describe(&self.graph.nodes[other.node])
            ),
            None if self.graph.nodes[first].op_type != "Concat" => format!(
                "{} joins branches forking at {fork} with values from elsewhere: the language \
                 joins branches by add, concat and mul only, and has no `{}`",
                describe(&self.graph.nodes[first]),
                self.graph.nodes[first].op_type
            ),
            None => {
                let node = &self.graph.nodes[first];
                let inputs = self.graph.data_inputs(node);
                let mut ours: Vec<usize> = arrivals.iter().flat_map(|a| a.covers.clone()).collect();
                ours.sort_unstable();
                let named = |positions: &mut dyn Iterator<Item = usize>| {
                    let names: Vec<String> =
                        positions.map(|i| format!("`{}`", inputs[i])).collect();
                    names.join(", ")
                };
                let between = (ours[0]..*ours.last().unwrap_or(&0)).filter(|i| !ours.contains(i));
                format!(
                    "{} reads {} from the fork at {fork} and {} between them from elsewhere: \
                     a concat block's branches give consecutive channels, so the language \
                     cannot nest them; {need}",
                    describe(node),
                    named(&mut ours.iter().copied()),
                    named(&mut between.into_iter())
                )
            }
        }
    }

    /// The branch `stmts`, ended by `end`, as an arrival at a join: which
    /// of the join's inputs it gives (an input not already given by one of
    /// `others`, should the join read a value twice).
    fn arrival(
        &self,
        value: &'m str,
        end: End<'m>,
        stmts: Vec<Stmt>,
        others: &[Arrival],
    ) -> Result<Arrival, String> {
        let (node, arrived, covers) = match end {
            End::Join {
                node,
                value,
                covers,
            } => (node, value, covers),
            End::Output => {
                return Err(format!(
                    "a branch forking at `{value}`{} reaches the graph's output without \
                     joining the others: the language's blocks join every branch",
                    self.graph.written_by(value)
                ))
            }
        };
        if !covers.is_empty() {
            return Ok(Arrival {
                node,
                covers,
                stmts,
            });
        }
        let taken: Vec<usize> = others
            .iter()
            .filter(|a| a.node == node)
            .flat_map(|a| a.covers.iter().copied())
            .collect();
        let inputs = self.graph.data_inputs(&self.graph.nodes[node]);
        let at = (0..inputs.len()).find(|i| inputs[*i] == arrived && !taken.contains(i));
        match at {
            Some(at) => Ok(Arrival {
                node,
                covers: vec![at],
                stmts,
            }),
            None => Err(format!(
                "{} is reached by `{arrived}` more often than it reads it",
                describe(&self.graph.nodes[node])
            )),
        }
    }

    /// A node whose every input has arrived.
    fn complete(&self, arrivals: &[Arrival]) -> Option<usize> {
        arrivals.iter().map(|a| a.node).find(|&node| {
            let inputs = self.graph.data_inputs(&self.graph.nodes[node]).len();
            let covered: usize = arrivals
                .iter()
                .filter(|a| a.node == node)
                .map(|a| a.covers.len())
                .sum();
            covered == inputs
        })
    }

    /// Two arrivals at one join that make an inner block of its kind: any
    /// two of an add's or a mul's inputs, adjacent ones of a concat's (the
    /// first of the pair giving the earlier channels).
    fn mergeable(&self, arrivals: &[Arrival]) -> Option<(usize, usize)> {
        for (a, first) in arrivals.iter().enumerate() {
            for (b, second) in arrivals.iter().enumerate() {
                if a == b || first.node != second.node {
                    continue;
                }
                let node = &self.graph.nodes[first.node];
                let fits = match node.op_type.as_str() {
                    "Add" | "Sum" | "Mul" => a < b,
                    "Concat" => {
                        contiguous(&first.covers)
                            && contiguous(&second.covers)
                            && first.covers.last().map(|l| l + 1) == second.covers.first().copied()
                    }
                    _ => false,
                };
                if fits {
                    return Some((a, b));
                }
            }
        }
        None
    }

    /// The block that joins `arrivals`, every input of `node`, in the
    /// order of its inputs (concat's channels come in that order).
    fn join(&mut self, node: usize, mut arrivals: Vec<Arrival>) -> Result<Stmt, String> {
        let proto = &self.graph.nodes[node];
        if !self.visited.insert(node) {
            return Err(format!(
                "{} is reached twice: the graph has a cycle",
                describe(proto)
            ));
        }
        arrivals.sort_by_key(|a| a.covers.first().copied());
        let mut given: Vec<usize> = arrivals.iter().flat_map(|a| a.covers.clone()).collect();
        given.sort_unstable();
        if !given
            .iter()
            .copied()
            .eq(0..self.graph.data_inputs(proto).len())
        {
            return Err(format!(
                "{} reads a value more often than its branches arrive by it",
                describe(proto)
            ));
        }
        let contiguous_all = arrivals.iter().all(|a| contiguous(&a.covers));
        if proto.op_type == "Concat" && !contiguous_all {
            return Err(format!(
                "{} concatenates branches whose channels interleave",
                describe(proto)
            ));
        }
        let mut branches: Vec<Vec<Stmt>> = arrivals.into_iter().map(|a| a.stmts).collect();
        if proto.op_type == "Mix" {
            branches.push(self.weights(proto)?);
            return Ok(Stmt::Block("mix", branches));
        }
        ops::join(proto, branches)
    }

    /// The weights branch of a `Mix` node (`mix`): the chain from the
    /// paths' sum to the values its softmax reads, walked as a network of
    /// its own.
    fn weights(&mut self, proto: &'m NodeProto) -> Result<Vec<Stmt>, String> {
        let value = |name: &str| {
            proto
                .attribute
                .iter()
                .find(|a| a.name == name)
                .and_then(|a| std::str::from_utf8(&a.s).ok())
                .ok_or_else(|| format!("{} has no `{name}`", describe(proto)))
        };
        let (from, to) = (value("weights_in")?, value("weights_out")?);
        let output = std::mem::replace(&mut self.output, to);
        let mut stmts = Vec::new();
        let end = self.walk(from, &mut stmts);
        self.output = output;
        match end? {
            End::Output => Ok(stmts),
            End::Join { node, .. } => Err(format!(
                "{} joins a value from outside the weights of the mix at {}:                  the language's mix computes its weights from its paths' sum alone",
                describe(&self.graph.nodes[node]),
                describe(proto)
            )),
        }
    }

    /// The first output of node `index`.
    fn output_of(&self, index: usize) -> Result<&'m str, String> {
        let node = &self.graph.nodes[index];
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

/// Whether `positions` (ascending) are consecutive.
fn contiguous(positions: &[usize]) -> bool {
    positions.windows(2).all(|w| w[1] == w[0] + 1)
}
