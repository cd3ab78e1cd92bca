//! A graph that is not series-parallel (HRNet's fusion across
//! resolutions, DLA's tree aggregation, Res2Net's scales, DPN's dual
//! path), read in the named form: the nodes in the graph's order, each a
//! statement fed the one before it, and wherever a node reads another
//! value, `from name` where it starts, the statement that wrote that value
//! named. A join reads its inputs as branches: `{}` for the value that
//! flows, `{ from name; }` for each other.
//!
//! The walk in `walk` reads a series-parallel graph into nested blocks,
//! the idiomatic form; this one is for what those blocks cannot say. It
//! converts each node with the same converters and patterns, so what
//! the language cannot compute is refused here as there.

use std::collections::{HashMap, HashSet, VecDeque};

use onnx_protobuf::NodeProto;

use super::attrs::describe;
use super::graph::Graph;
use super::ops;
use super::patterns;
use crate::stmt::Stmt;

/// Who wrote a value: the graph's input, or the statement at this index
/// of the top-level list.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Writer {
    Input,
    Statement(usize),
}

/// The statements from the graph's input `input` to its output `output`,
/// and the name the input statement must be given when a `from` takes
/// the input itself.
pub fn statements(
    graph: &Graph,
    input: &str,
    output: &str,
) -> Result<(Vec<Stmt>, Option<String>), String> {
    let mut walk = Named {
        graph,
        stmts: Vec::new(),
        writer: HashMap::from([(input.to_string(), Writer::Input)]),
        visited: HashSet::new(),
    };
    let reachable = reachable(graph, input);
    let mut current = input.to_string();
    // Each step, a node all of whose data is written: one that reads the
    // value that flows if there is one, so that a chain reads on without
    // a `from`, else the first in the file's order.
    while let Some(index) = walk.next(&reachable, &current) {
        current = walk.node(index, &current)?;
        walk.forks(&mut current, output)?;
    }
    if let Some(&left) = reachable.iter().filter(|n| !walk.visited.contains(n)).min() {
        return Err(unwritten(graph, &reachable, left));
    }
    if walk.writer_of(&current)? != walk.writer_of(output)? {
        walk.stmts.push(Stmt::From(output.to_string()));
    }
    walk.name_targets()
}

/// Why node `left`, which depends on the graph's input, is never
/// reached: it reads a value that the graph computes from its
/// initializers alone (a weight computed in the graph, which the language
/// has no layer for), or else one written only after it (a cycle).
fn unwritten(graph: &Graph, reachable: &HashSet<usize>, left: usize) -> String {
    let node = &graph.nodes[left];
    let computed = node.input.iter().find_map(|value| {
        let writer = graph.writer(value)?;
        let constant = graph.constants.contains_key(value.as_str());
        (!constant && !reachable.contains(&writer)).then_some((value, writer))
    });
    match computed {
        Some((value, writer)) => format!(
            "{} reads `{value}`, which {} computes from the graph's initializers: the \
             importer reads a layer's parameters as initializers (through Reshape, Transpose \
             and the constant arithmetic of shapes), and a weight computed in the graph only \
             as timm's weight standardisation (`ws`, `scaledws`); the language has no layer \
             whose weights are computed otherwise",
            describe(node),
            describe(&graph.nodes[writer])
        ),
        None => format!(
            "{} reads a value that nothing before it writes: the graph has a cycle",
            describe(node)
        ),
    }
}

/// The nodes that depend on the value `input`.
fn reachable(graph: &Graph, input: &str) -> HashSet<usize> {
    let mut seen = HashSet::new();
    let mut values = VecDeque::from([input.to_string()]);
    while let Some(value) = values.pop_front() {
        for &reader in graph.readers(&value) {
            if seen.insert(reader) {
                values.extend(graph.nodes[reader].output.iter().cloned());
            }
        }
    }
    seen
}

struct Named<'g, 'm> {
    graph: &'g Graph<'m>,
    /// The statements so far, each `from` holding the value it takes
    /// until the targets are named ([`Named::name_targets`]).
    stmts: Vec<Stmt>,
    /// Who wrote each value converted so far.
    writer: HashMap<String, Writer>,
    visited: HashSet<usize>,
}

impl Named<'_, '_> {
    fn writer_of(&self, value: &str) -> Result<Writer, String> {
        self.writer.get(value).copied().ok_or_else(|| {
            format!(
                "`{value}`{} is read before it is written: the graph's nodes are not in \
                 the order they run",
                self.graph.written_by(value)
            )
        })
    }

    /// The node to convert next, if any is left whose data is all
    /// written: one that reads `current`, else the first in file order.
    fn next(&self, reachable: &HashSet<usize>, current: &str) -> Option<usize> {
        let ready = |index: &usize| {
            !self.visited.contains(index)
                && self
                    .graph
                    .data_inputs(&self.graph.nodes[*index])
                    .iter()
                    .all(|value| self.writer.contains_key(*value))
        };
        let reads_current = self
            .graph
            .readers(current)
            .iter()
            .copied()
            .filter(|index| reachable.contains(index) && ready(index))
            .min();
        reads_current.or_else(|| reachable.iter().copied().filter(ready).min())
    }

    fn visit(&mut self, index: usize) -> Result<(), String> {
        if self.visited.insert(index) {
            return Ok(());
        }
        Err(format!(
            "{} is reached twice: the graph has a cycle",
            describe(&self.graph.nodes[index])
        ))
    }

    /// Node `index` (with the nodes a pattern takes with it) after the
    /// value `current`: its statements, and the value that flows on.
    fn node(&mut self, index: usize, current: &str) -> Result<String, String> {
        let node = &self.graph.nodes[index];
        let data = self.graph.data_inputs(node);
        let flowing = self.writer_of(current)?;
        if data.len() > 1 {
            self.visit(index)?;
            let mut branches = Vec::new();
            for value in &data {
                branches.push(if self.writer_of(value)? == flowing {
                    Vec::new()
                } else {
                    vec![Stmt::From(value.to_string())]
                });
            }
            let joined = ops::join(node, branches)?;
            self.stmts.push(joined);
            return self.wrote(node, Writer::Statement(self.stmts.len() - 1));
        }
        let Some(&value) = data.first() else {
            return Err(format!("{} reads no data", describe(node)));
        };
        if self.writer_of(value)? != flowing {
            self.stmts.push(Stmt::From(value.to_string()));
        }
        let writer = self.writer_of(value)?;
        self.visit(index)?;
        let before = self.stmts.len();
        let last = match patterns::detect(self.graph, index)? {
            Some((converted, taken)) => {
                self.stmts.extend(converted);
                let mut last = node;
                for other in taken {
                    self.visit(other)?;
                    last = &self.graph.nodes[other];
                }
                last
            }
            None => {
                self.stmts.extend(ops::convert(node, self.graph)?);
                node
            }
        };
        // A node that computes nothing (a Slice of every channel) passes
        // its input's writer on.
        let writer = if self.stmts.len() > before {
            if !patterns::unturned_section(node, last) {
                mark(&mut self.stmts, last);
            }
            Writer::Statement(self.stmts.len() - 1)
        } else {
            writer
        };
        self.wrote(last, writer)
    }

    /// Records that `writer` wrote `node`'s output, which flows on; a
    /// second output that something reads has no statement.
    fn wrote(&mut self, node: &NodeProto, writer: Writer) -> Result<String, String> {
        for extra in node.output.iter().skip(1) {
            if let Some(&reader) = self.graph.readers(extra).first() {
                return Err(format!(
                    "{} reads `{extra}`, the second output of {}: the language's layers \
                     have one output",
                    describe(&self.graph.nodes[reader]),
                    describe(node)
                ));
            }
        }
        let Some(out) = node.output.first() else {
            return Err(format!("{} has no output", describe(node)));
        };
        self.writer.insert(out.clone(), writer);
        Ok(out.clone())
    }

    /// After `current` is written: a layer written as several nodes that
    /// read it (`patterns::fork`: SiLU, GELU) taken whole, and a value
    /// that leads nowhere refused.
    fn forks(&mut self, current: &mut String, output: &str) -> Result<(), String> {
        loop {
            let readers = self.graph.readers(current).to_vec();
            if readers.is_empty() && current != output {
                return Err(format!(
                    "`{current}`{} is read by no node and is not the graph's output: a \
                     branch that leaves and never returns has no statement in the language",
                    self.graph.written_by(current)
                ));
            }
            if readers.len() < 2 || readers.iter().any(|r| self.visited.contains(r)) {
                return Ok(());
            }
            let Some((converted, taken)) = patterns::fork(self.graph, current, &readers, false)?
            else {
                return Ok(());
            };
            self.stmts.extend(converted);
            let mut last = None;
            for node in taken {
                self.visit(node)?;
                last = Some(node);
            }
            let Some(last) = last else { return Ok(()) };
            let node = &self.graph.nodes[last];
            mark(&mut self.stmts, node);
            *current = self.wrote(node, Writer::Statement(self.stmts.len() - 1))?;
        }
    }

    /// Names every statement a `from` takes and writes that name in the
    /// `from`: a layer keeps the name the graph gives it where the
    /// printed declaration keeps it, else takes a new one, as does a
    /// block. Gives the name the input takes, if a `from` takes it.
    fn name_targets(mut self) -> Result<(Vec<Stmt>, Option<String>), String> {
        let mut targets: Vec<String> = Vec::new();
        collect_from(&self.stmts, &mut targets);
        // New names numbered in the order their statements are written.
        let mut written: Vec<(Option<usize>, String)> = Vec::new();
        for value in targets {
            let at = match self.writer_of(&value)? {
                Writer::Input => None,
                Writer::Statement(at) => Some(at),
            };
            written.push((at, value));
        }
        written.sort();
        let targets = written.into_iter().map(|(_, value)| value);
        let mut taken: HashSet<String> = HashSet::new();
        all_names(&self.stmts, &mut taken);
        let kept = kept_names(&self.stmts);
        let mut fresh = 0;
        let mut given: HashSet<String> = HashSet::new();
        let mut new_name = |taken: &mut HashSet<String>| loop {
            fresh += 1;
            let name = format!("v{fresh}");
            if taken.insert(name.to_uppercase()) {
                given.insert(name.clone());
                return name;
            }
        };
        let mut names: HashMap<String, String> = HashMap::new();
        let mut by_writer: HashMap<usize, String> = HashMap::new();
        let mut input_name = None;
        for value in targets {
            if names.contains_key(&value) {
                continue;
            }
            let name = match self.writer_of(&value)? {
                Writer::Input => input_name
                    .get_or_insert_with(|| new_name(&mut taken))
                    .clone(),
                Writer::Statement(at) => {
                    if let Some(name) = by_writer.get(&at) {
                        name.clone()
                    } else {
                        let name = match &mut self.stmts[at] {
                            Stmt::Layer {
                                name: Some(name), ..
                            } if kept.contains(&at) => name.clone(),
                            Stmt::Layer { name, .. } => {
                                let fresh = new_name(&mut taken);
                                *name = Some(fresh.clone());
                                fresh
                            }
                            other => {
                                let fresh = new_name(&mut taken);
                                let block = std::mem::replace(other, Stmt::From(String::new()));
                                *other = Stmt::Named(fresh.clone(), Box::new(block));
                                fresh
                            }
                        };
                        by_writer.insert(at, name.clone());
                        name
                    }
                }
            };
            names.insert(value, name);
        }
        rename_from(&mut self.stmts, &names);
        nest(&mut self.stmts, &given);
        Ok((self.stmts, input_name))
    }
}

/// Blocks again where the graph nests locally: a join of the value that
/// flows with `from v`, where the statements since `v` are one chain from
/// it, is that chain as a branch of the join (`v; a; b; residual { from
/// v; }` is `v; residual { a; b; }`); a name the walk gave is dropped
/// once no `from` takes it. Repeated until none is left, so that only the
/// joins blocks cannot say keep a `from`.
fn nest(stmts: &mut Vec<Stmt>, given: &HashSet<String>) {
    'again: loop {
        let mut uses: Vec<String> = Vec::new();
        collect_from(stmts, &mut uses);
        for join in 0..stmts.len() {
            let Some((target, target_first)) = two_way(&stmts[join]) else {
                continue;
            };
            let last_use = uses.iter().filter(|used| **used == target).count() == 1;
            let Some(start) = (0..join)
                .rev()
                .find(|&at| name_of(&stmts[at]) == Some(&target))
            else {
                continue;
            };
            if let Some(fork) = fork_of(stmts, start, join, last_use) {
                let branch: Vec<Stmt> = stmts.drain(fork + 1..=start).collect();
                let at = fork + 1;
                // The `from` the flow's branch starts with (`fork_of` saw it).
                let Stmt::From(forked_at) = stmts.remove(at) else {
                    return;
                };
                let flow: Vec<Stmt> = stmts.drain(at..join - branch.len() - 1).collect();
                let (kind, target_first) = match &stmts[at] {
                    Stmt::Residual(_) => ("add", target_first),
                    Stmt::Block(kind, _) => (*kind, target_first),
                    _ => continue 'again,
                };
                let mut branch = branch;
                if given.contains(&target) {
                    if let Some(last) = branch.last_mut() {
                        unname(last);
                    }
                }
                stmts[at] = if target_first {
                    Stmt::Block(kind, vec![branch, flow])
                } else {
                    Stmt::Block(kind, vec![flow, branch])
                };
                let still_used = uses.iter().filter(|used| **used == forked_at).count() > 1;
                if !still_used && given.contains(&forked_at) {
                    unname(&mut stmts[fork]);
                }
                continue 'again;
            }
            let chain = &stmts[start + 1..join];
            if chain.is_empty() || chain.iter().any(|stmt| matches!(stmt, Stmt::From(_))) {
                continue;
            }
            let chain: Vec<Stmt> = stmts.drain(start + 1..join).collect();
            let at = start + 1;
            stmts[at] = match &stmts[at] {
                Stmt::Residual(_) => Stmt::Residual(chain),
                Stmt::Block(kind, _) if target_first => Stmt::Block(kind, vec![Vec::new(), chain]),
                Stmt::Block(kind, _) => Stmt::Block(kind, vec![chain, Vec::new()]),
                other => other.clone(),
            };
            if last_use && given.contains(&target) {
                unname(&mut stmts[start]);
            }
            continue 'again;
        }
        return;
    }
}

/// For a join at `join` of the flow with `v` (at `start`, taken only
/// there) where both are chains from one value `u`, `u; A..v; from u;
/// B..; join`, the index of `u`: the join is then a block of the two
/// chains, `u; add { { A..v } { B.. } }`.
fn fork_of(stmts: &[Stmt], start: usize, join: usize, last_use: bool) -> Option<usize> {
    if !last_use {
        return None;
    }
    let Some(Stmt::From(forked_at)) = stmts.get(start + 1) else {
        return None;
    };
    let fork = (0..start)
        .rev()
        .find(|&at| name_of(&stmts[at]) == Some(forked_at))?;
    let pure = |range: &[Stmt]| {
        !range.is_empty() && !range.iter().any(|stmt| matches!(stmt, Stmt::From(_)))
    };
    (pure(&stmts[fork + 1..=start]) && pure(&stmts[start + 2..join])).then_some(fork)
}

/// A join of two branches, the value that flows (`{}`) and `from v`: `v`,
/// and whether its branch comes first (a concat's channels).
fn two_way(stmt: &Stmt) -> Option<(String, bool)> {
    let from = |branch: &[Stmt]| match branch {
        [Stmt::From(target)] => Some(target.clone()),
        _ => None,
    };
    match stmt {
        Stmt::Residual(body) => from(body).map(|target| (target, false)),
        Stmt::Block(_, branches) => match branches.as_slice() {
            [first, second] if second.is_empty() => from(first).map(|target| (target, true)),
            [first, second] if first.is_empty() => from(second).map(|target| (target, false)),
            _ => None,
        },
        Stmt::Layer { .. }
        | Stmt::Slice { .. }
        | Stmt::Repeat(..)
        | Stmt::Module(..)
        | Stmt::From(_)
        | Stmt::Named(..) => None,
    }
}

/// The name a top-level statement gives its output.
fn name_of(stmt: &Stmt) -> Option<&String> {
    match stmt {
        Stmt::Layer { name, .. } => name.as_ref(),
        Stmt::Named(name, _) => Some(name),
        Stmt::Block(..)
        | Stmt::Residual(_)
        | Stmt::Slice { .. }
        | Stmt::Repeat(..)
        | Stmt::Module(..)
        | Stmt::From(_) => None,
    }
}

/// `stmt` without the name the walk gave it.
fn unname(stmt: &mut Stmt) {
    match stmt {
        Stmt::Layer { name, .. } => *name = None,
        Stmt::Named(_, block) => {
            let inner = std::mem::replace(block.as_mut(), Stmt::From(String::new()));
            *stmt = inner;
        }
        Stmt::Block(..)
        | Stmt::Residual(_)
        | Stmt::Slice { .. }
        | Stmt::Repeat(..)
        | Stmt::Module(..)
        | Stmt::From(_) => {}
    }
}

/// The values the `from`s in `stmts` take, in order.
fn collect_from(stmts: &[Stmt], out: &mut Vec<String>) {
    for stmt in stmts {
        match stmt {
            Stmt::From(value) => out.push(value.clone()),
            Stmt::Block(_, branches) => branches.iter().for_each(|b| collect_from(b, out)),
            Stmt::Residual(body) | Stmt::Repeat(_, body) | Stmt::Module(_, body) => {
                collect_from(body, out)
            }
            Stmt::Named(_, block) => collect_from(std::slice::from_ref(block), out),
            Stmt::Layer { .. } | Stmt::Slice { .. } => {}
        }
    }
}

/// Each `from` given the name of the statement it takes.
fn rename_from(stmts: &mut [Stmt], names: &HashMap<String, String>) {
    for stmt in stmts {
        match stmt {
            Stmt::From(value) => {
                if let Some(name) = names.get(value) {
                    *value = name.clone();
                }
            }
            Stmt::Block(_, branches) => branches.iter_mut().for_each(|b| rename_from(b, names)),
            Stmt::Residual(body) | Stmt::Repeat(_, body) | Stmt::Module(_, body) => {
                rename_from(body, names)
            }
            Stmt::Named(_, block) => rename_from(std::slice::from_mut(block.as_mut()), names),
            Stmt::Layer { .. } | Stmt::Slice { .. } => {}
        }
    }
}

/// Every layer name in `stmts`, in upper case (as the printer and the
/// constants compare them).
fn all_names(stmts: &[Stmt], out: &mut HashSet<String>) {
    for stmt in stmts {
        match stmt {
            Stmt::Layer {
                name: Some(name), ..
            } => {
                out.insert(name.to_uppercase());
            }
            Stmt::Named(name, block) => {
                out.insert(name.to_uppercase());
                all_names(std::slice::from_ref(block), out);
            }
            Stmt::Block(_, branches) => branches.iter().for_each(|b| all_names(b, out)),
            Stmt::Residual(body) | Stmt::Repeat(_, body) | Stmt::Module(_, body) => {
                all_names(body, out)
            }
            Stmt::Layer { .. } | Stmt::Slice { .. } | Stmt::From(_) => {}
        }
    }
}

/// The top-level statements whose own name the printer keeps: the first
/// to give it (it leaves off a name given before).
fn kept_names(stmts: &[Stmt]) -> HashSet<usize> {
    let mut seen = HashSet::new();
    let mut kept = HashSet::new();
    for (at, stmt) in stmts.iter().enumerate() {
        if let Stmt::Layer {
            name: Some(name), ..
        } = stmt
        {
            if seen.insert(name.to_uppercase()) {
                kept.insert(at);
            }
            continue;
        }
        all_names(std::slice::from_ref(stmt), &mut seen);
    }
    kept
}

/// Gives the last of `stmts`, a layer that `node` ends, the value `node`
/// writes, which its shape is checked against.
fn mark(stmts: &mut [Stmt], node: &NodeProto) {
    if let (Some(Stmt::Layer { origin, .. }), Some(out)) = (stmts.last_mut(), node.output.first()) {
        origin.value = Some((out.clone(), describe(node)));
    }
}
