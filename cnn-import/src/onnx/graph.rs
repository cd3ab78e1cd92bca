//! The ONNX dataflow graph as the language's blocks.
//!
//! A value with one consumer continues a chain; a value read by several
//! nodes is a fork, whose branches must all end in the inputs of one
//! `Add`, `Concat` or `Mul` (a branch that is the value itself is `{}`).
//! That is exactly a series-parallel graph; anything else is an error
//! that names the node where the walk found it.

use std::collections::{HashMap, HashSet};

use onnx_protobuf::{GraphProto, NodeProto, TensorProto};

use super::fold;
use super::ops;
use super::patterns;
use super::Stmt;

/// A tensor known before the network runs: an initializer, the output
/// of a `Constant` node, or an `Identity` of one of those.
pub struct Constant {
    /// Its dimensions.
    pub dims: Vec<i64>,
    /// Its values, when the file holds them (not for weights stripped to
    /// external data) and they are numbers we read.
    pub values: Option<Vec<f64>>,
}

/// The graph, indexed for the walk.
pub struct Graph<'m> {
    pub nodes: &'m [NodeProto],
    pub constants: HashMap<&'m str, Constant>,
    /// Each value's dims as the graph gives them (its inputs, outputs
    /// and value_info, which ONNX shape inference writes), batch first.
    pub shapes: HashMap<&'m str, Vec<i64>>,
    /// The constant that each Identity, Transpose or Unsqueeze of a
    /// constant reads, for the name of the weight behind it.
    aliases: HashMap<&'m str, &'m str>,
    /// For each value, the nodes that read it as data, once per input
    /// that does (`x * x` reads `x` twice).
    consumers: HashMap<&'m str, Vec<usize>>,
    /// The node that writes each value.
    producer: HashMap<&'m str, usize>,
    output: &'m str,
    visited: HashSet<usize>,
    /// How many forks the walk is inside.
    depth: usize,
}

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

impl<'m> Graph<'m> {
    /// Indexes `graph`, whose single output is `output`.
    pub fn new(graph: &'m GraphProto, output: &'m str) -> Result<Graph<'m>, String> {
        let mut constants = HashMap::new();
        let mut aliases = HashMap::new();
        for tensor in &graph.initializer {
            constants.insert(tensor.name.as_str(), constant(tensor));
        }
        for node in &graph.node {
            let Some(out) = node.output.first() else {
                continue;
            };
            if node.op_type == "Constant" {
                let value = node.attribute.iter().find(|a| a.name == "value");
                let tensor = value.and_then(|a| a.t.as_ref());
                let Some(tensor) = tensor else {
                    return Err(format!(
                        "{}: a Constant that is not a tensor (`value` attribute) is not read",
                        describe(node)
                    ));
                };
                constants.insert(out.as_str(), constant(tensor));
            } else if node.op_type == "Transpose" {
                let perm = node.attribute.iter().find(|a| a.name == "perm");
                let source = node.input.first().and_then(|i| constants.get(i.as_str()));
                if let (Some(source), Some(perm)) = (source, perm) {
                    let dims: Option<Vec<i64>> = perm
                        .ints
                        .iter()
                        .map(|&p| {
                            usize::try_from(p)
                                .ok()
                                .and_then(|p| source.dims.get(p).copied())
                        })
                        .collect();
                    if let Some(dims) = dims {
                        constants.insert(out.as_str(), Constant { dims, values: None });
                        aliases.insert(out.as_str(), node.input[0].as_str());
                    }
                }
            } else if node.op_type == "Unsqueeze" {
                // Torch's GroupNorm multiplies by its weight unsqueezed to
                // [C, 1, 1]: a constant of any size, where shape
                // arithmetic's are small.
                if let Some(copy) = unsqueezed(node, &constants) {
                    constants.insert(out.as_str(), copy);
                    aliases.insert(out.as_str(), node.input[0].as_str());
                }
            } else if node.op_type == "Identity" {
                if let Some(source) = node.input.first().and_then(|i| constants.get(i.as_str())) {
                    let copy = Constant {
                        dims: source.dims.clone(),
                        values: source.values.clone(),
                    };
                    constants.insert(out.as_str(), copy);
                    aliases.insert(out.as_str(), node.input[0].as_str());
                }
            }
        }
        let shapes = shapes(graph);
        // Shape arithmetic (Shape, Gather, Div, Concat...), as exporters
        // write for `chunk` and `view`, is worked out here from the
        // graph's shapes: a node it computes reads no data.
        let mut folded = HashSet::new();
        for (index, node) in graph.node.iter().enumerate() {
            if node
                .output
                .iter()
                .all(|out| constants.contains_key(out.as_str()))
            {
                folded.insert(index);
                continue;
            }
            if let Some(values) = fold::evaluate(node, &constants, &shapes) {
                folded.insert(index);
                for out in &node.output {
                    let dims = vec![values.as_ref().map_or(0, |v| v.len() as i64)];
                    let values = values.clone();
                    constants.insert(out.as_str(), Constant { dims, values });
                }
            }
        }
        let mut consumers: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut producer = HashMap::new();
        for (index, node) in graph.node.iter().enumerate() {
            if folded.contains(&index) {
                continue;
            }
            for input in &node.input {
                if !input.is_empty() && !constants.contains_key(input.as_str()) {
                    consumers.entry(input.as_str()).or_default().push(index);
                }
            }
            for out in &node.output {
                producer.insert(out.as_str(), index);
            }
        }
        Ok(Graph {
            nodes: &graph.node,
            constants,
            shapes,
            aliases,
            consumers,
            producer,
            output,
            visited: HashSet::new(),
            depth: 0,
        })
    }

    /// The initializer behind the constant `value`: through the Identity,
    /// Transpose and Unsqueeze nodes exporters put before a weight
    /// (`pwconv1.weight` for ConvNeXt's `/pwconv1/Transpose_output_0`).
    pub fn weight_name<'a>(&'a self, mut value: &'a str) -> &'a str {
        // Each alias reads a value defined before it, so this ends.
        for _ in 0..self.aliases.len() {
            match self.aliases.get(value) {
                Some(source) => value = source,
                None => break,
            }
        }
        value
    }

    /// The inputs of `node` that are data, not constants.
    pub fn data_inputs(&self, node: &'m NodeProto) -> Vec<&'m str> {
        node.input
            .iter()
            .map(String::as_str)
            .filter(|input| !input.is_empty() && !self.constants.contains_key(input))
            .collect()
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
                describe(&self.nodes[node])
            )),
        }
    }

    /// Follows the chain from `value`, appending its statements, until the
    /// graph's output or a joining node that a fork further up must own.
    fn walk(&mut self, mut value: &'m str, stmts: &mut Vec<Stmt>) -> Result<End<'m>, String> {
        loop {
            let readers = self.consumers.get(value).cloned().unwrap_or_default();
            if value == self.output {
                if let Some(&reader) = readers.first() {
                    return Err(format!(
                        "the graph's output `{value}` is also read by {}: \
                         the language declares a network of one output",
                        describe(&self.nodes[reader])
                    ));
                }
                return Ok(End::Output);
            }
            match readers.as_slice() {
                [] => {
                    return Err(format!(
                        "`{value}`{} is read by no node and is not the graph's output: \
                         a branch that leaves and never returns has no block in the language",
                        self.written_by(value)
                    ))
                }
                [reader] if self.joins(*reader) => {
                    return Ok(End::Join {
                        node: *reader,
                        value,
                    })
                }
                [reader] => value = self.step(*reader, stmts)?,
                _ => match patterns::fork(self, value, &readers)? {
                    Some((converted, taken)) => {
                        stmts.extend(converted);
                        value = self.take(&taken)?;
                        if let Some(&last) = taken.last() {
                            mark(stmts, &self.nodes[last]);
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
                describe(&self.nodes[index])
            ));
        }
        let node = &self.nodes[index];
        let before = stmts.len();
        let last = match patterns::detect(self, index)? {
            Some((converted, taken)) => {
                stmts.extend(converted);
                let mut last = node;
                for other in taken {
                    if !self.visited.insert(other) {
                        return Err(format!(
                            "{} is reached twice: the graph has a cycle",
                            describe(&self.nodes[other])
                        ));
                    }
                    last = &self.nodes[other];
                }
                last
            }
            None => {
                stmts.extend(ops::convert(node, self)?);
                node
            }
        };
        if stmts.len() > before {
            mark(stmts, last);
        }
        // Dropout's mask and MaxPool's indices may be there unread; a
        // second output that something reads is a branch we cannot place.
        for extra in last.output.iter().skip(1) {
            if let Some(&reader) = self.consumers.get(extra.as_str()).and_then(|r| r.first()) {
                return Err(format!(
                    "{} reads `{extra}`, the second output of {}: \
                     the language's layers have one output",
                    describe(&self.nodes[reader]),
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
                    describe(&self.nodes[node])
                ));
            }
        }
        let last = nodes.last().map(|&n| &self.nodes[n]);
        match last.and_then(|n| n.output.first()) {
            Some(out) => Ok(out.as_str()),
            None => Err("a pattern of no node".to_string()),
        }
    }

    /// The nodes that read `value` as data.
    pub fn readers(&self, value: &str) -> &[usize] {
        self.consumers.get(value).map_or(&[], Vec::as_slice)
    }

    /// The only node that reads `node`'s first output, if just one does.
    pub fn only_reader(&self, node: &NodeProto) -> Option<usize> {
        match self.readers(node.output.first()?) {
            [reader] => Some(*reader),
            _ => None,
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
                self.written_by(value)
            ));
        }
        self.depth += 1;
        let joined = self.branches(value, readers, stmts);
        self.depth -= 1;
        joined
    }

    /// [`Graph::fork`]'s walk of each branch.
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
                        self.written_by(value)
                    ))
                }
            };
            match join {
                Some(first) if first != node => {
                    return Err(format!(
                        "the branches forking at `{value}`{} join in different nodes, {} and {}: \
                         the graph is not series-parallel, which the language's blocks need",
                        self.written_by(value),
                        describe(&self.nodes[first]),
                        describe(&self.nodes[node])
                    ))
                }
                _ => join = Some(node),
            }
            branches.push((arrived, branch));
        }
        let Some(join) = join else {
            return Err(format!("`{value}` forks into no branch"));
        };
        let node = &self.nodes[join];
        if !self.visited.insert(join) {
            return Err(format!(
                "{} is reached twice: the graph has a cycle",
                describe(node)
            ));
        }
        let inputs = self.data_inputs(node);
        if inputs.len() != branches.len() {
            return Err(format!(
                "{} joins {} values, but {} of them branch off `{value}`{}: \
                 the graph is not series-parallel, which the language's blocks need",
                describe(node),
                inputs.len(),
                branches.len(),
                self.written_by(value)
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
        self.data_inputs(&self.nodes[index]).len() > 1
    }

    /// ` (the output of node `N` (Op))`, or nothing for the graph's input.
    fn written_by(&self, value: &str) -> String {
        match self.producer.get(value) {
            Some(&node) => format!(" (the output of {})", describe(&self.nodes[node])),
            None => String::new(),
        }
    }
}

/// Gives the last of `stmts`, a layer that `node` ends, the value `node`
/// writes, which its shape is checked against.
fn mark(stmts: &mut [Stmt], node: &NodeProto) {
    if let (Some(Stmt::Layer { origin, .. }), Some(out)) = (stmts.last_mut(), node.output.first()) {
        origin.value = Some((out.clone(), describe(node)));
    }
}

/// `node `NAME` (OP)`, as errors name a node.
pub fn describe(node: &NodeProto) -> String {
    if node.name.is_empty() {
        let out = node.output.first().map(String::as_str).unwrap_or("");
        format!("the {} node writing `{out}`", node.op_type)
    } else {
        format!("node `{}` ({})", node.name, node.op_type)
    }
}

/// The dims of every value whose type gives a shape.
fn shapes(graph: &GraphProto) -> HashMap<&str, Vec<i64>> {
    use onnx_protobuf::tensor_shape_proto::dimension::Value;
    let mut shapes = HashMap::new();
    let values = graph
        .input
        .iter()
        .chain(&graph.value_info)
        .chain(&graph.output);
    for value in values {
        let tensor = value.type_.as_ref().map(|t| t.tensor_type());
        let Some(shape) = tensor.and_then(|t| t.shape.as_ref()) else {
            continue;
        };
        // Shape inference loses the batch axis after some nodes (a
        // Resize to computed sizes): an axis it does not know is -1, and
        // the rest of the shape is still read.
        let dims: Vec<i64> = shape
            .dim
            .iter()
            .map(|d| match d.value {
                Some(Value::DimValue(size)) if size > 0 => size,
                _ => -1,
            })
            .collect();
        shapes.insert(value.name.as_str(), dims);
    }
    shapes
}

/// An Unsqueeze of a constant: its dims with a 1 at each of the axes (an
/// input from opset 13 on, an attribute before), its values the same.
fn unsqueezed(node: &NodeProto, constants: &HashMap<&str, Constant>) -> Option<Constant> {
    let source = constants.get(node.input.first()?.as_str())?;
    let axes: Vec<i64> = match node.input.get(1).filter(|a| !a.is_empty()) {
        Some(axes) => {
            let values = constants.get(axes.as_str())?.values.as_ref()?;
            values.iter().map(|&v| v as i64).collect()
        }
        None => super::ops::ints(node, "axes")?.to_vec(),
    };
    let rank = (source.dims.len() + axes.len()) as i64;
    let mut axes: Vec<i64> = axes
        .iter()
        .map(|&a| if a < 0 { a + rank } else { a })
        .collect();
    axes.sort_unstable();
    let mut dims = source.dims.clone();
    for axis in axes {
        let axis = usize::try_from(axis).ok().filter(|&a| a <= dims.len())?;
        dims.insert(axis, 1);
    }
    Some(Constant {
        dims,
        values: source.values.clone(),
    })
}

/// The dimensions of `tensor`, and its values when the file holds them.
fn constant(tensor: &TensorProto) -> Constant {
    Constant {
        dims: tensor.dims.clone(),
        values: values(tensor),
    }
}

// TensorProto.DataType: FLOAT, INT32, INT64, DOUBLE.
const FLOAT: i32 = 1;
const INT32: i32 = 6;
const INT64: i32 = 7;
const DOUBLE: i32 = 11;

/// The numbers of a small tensor, from its typed fields or raw bytes
/// (little-endian, as ONNX stores them).
fn values(tensor: &TensorProto) -> Option<Vec<f64>> {
    let raw = &tensor.raw_data;
    let from_raw = |width: usize, read: fn(&[u8]) -> f64| -> Option<Vec<f64>> {
        if raw.is_empty() || !raw.len().is_multiple_of(width) {
            return None;
        }
        Some(raw.chunks_exact(width).map(read).collect())
    };
    match tensor.data_type {
        FLOAT if !tensor.float_data.is_empty() => {
            Some(tensor.float_data.iter().map(|&v| f64::from(v)).collect())
        }
        FLOAT => from_raw(4, |b| {
            f64::from(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        }),
        INT64 if !tensor.int64_data.is_empty() => {
            Some(tensor.int64_data.iter().map(|&v| v as f64).collect())
        }
        INT64 => from_raw(8, |b| {
            let mut bytes = [0; 8];
            bytes.copy_from_slice(b);
            i64::from_le_bytes(bytes) as f64
        }),
        INT32 if !tensor.int32_data.is_empty() => {
            Some(tensor.int32_data.iter().map(|&v| f64::from(v)).collect())
        }
        DOUBLE if !tensor.double_data.is_empty() => Some(tensor.double_data.clone()),
        DOUBLE => from_raw(8, |b| {
            let mut bytes = [0; 8];
            bytes.copy_from_slice(b);
            f64::from_le_bytes(bytes)
        }),
        _ => None,
    }
}
