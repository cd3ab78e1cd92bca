//! The ONNX graph indexed for the walk: its constants (initializers,
//! Constant nodes, and shape arithmetic worked out), each value's shape
//! as the file gives it, and who writes and reads each value.

use std::collections::{HashMap, HashSet};

use onnx_protobuf::{GraphProto, NodeProto};

use super::attrs::describe;
use super::constant::{constant, unsqueezed, Constant};
use super::fold;
use super::infer::{self, Known};
use super::sizes::reshape;

/// The graph, indexed.
pub struct Graph<'m> {
    pub nodes: &'m [NodeProto],
    pub constants: HashMap<&'m str, Constant>,
    /// Each value's dims, batch first, an unknown axis -1: worked out
    /// from the graph's input and constants (`infer`); the file's
    /// value_info and outputs only fill in the values of operators that
    /// leaves without a shape, and must agree with it everywhere else.
    pub shapes: HashMap<&'m str, Vec<i64>>,
    /// The constant that each Identity, Transpose or Unsqueeze of a
    /// constant reads, for the name of the weight behind it.
    aliases: HashMap<&'m str, &'m str>,
    /// For each value, the nodes that read it as data, once per input
    /// that does (`x * x` reads `x` twice).
    consumers: HashMap<&'m str, Vec<usize>>,
    /// The node that writes each value.
    producer: HashMap<&'m str, usize>,
}

impl<'m> Graph<'m> {
    /// Indexes `graph`.
    pub fn new(graph: &'m GraphProto) -> Result<Graph<'m>, String> {
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
                        let float = source.float;
                        constants.insert(
                            out.as_str(),
                            Constant {
                                dims,
                                values: None,
                                float,
                            },
                        );
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
            } else if node.op_type == "Reshape" {
                // ConvNeXt's `gamma.reshape(1, -1, 1, 1)`, kept when constants
                // are not folded: the parameter under other dims.
                let source = node.input.first().and_then(|i| constants.get(i.as_str()));
                let shape = node.input.get(1).and_then(|i| constants.get(i.as_str()));
                let shape = shape.and_then(|s| s.values.as_ref());
                if let (Some(source), Some(shape)) = (source, shape) {
                    let shape: Vec<i64> = shape.iter().map(|&v| v as i64).collect();
                    if let Some(dims) = reshape(node, &source.dims, &shape) {
                        let copy = Constant {
                            dims,
                            values: source.values.clone(),
                            float: source.float,
                        };
                        constants.insert(out.as_str(), copy);
                        aliases.insert(out.as_str(), node.input[0].as_str());
                    }
                }
            } else if node.op_type == "Identity" {
                if let Some(source) = node.input.first().and_then(|i| constants.get(i.as_str())) {
                    let copy = Constant {
                        dims: source.dims.clone(),
                        values: source.values.clone(),
                        float: source.float,
                    };
                    constants.insert(out.as_str(), copy);
                    aliases.insert(out.as_str(), node.input[0].as_str());
                }
            }
        }
        let given = shapes(graph);
        // The graph's input, batch first, is where shapes start.
        let mut shapes: HashMap<&str, Vec<i64>> = graph
            .input
            .iter()
            .filter(|input| !constants.contains_key(input.name.as_str()))
            .filter_map(|input| {
                Some((input.name.as_str(), given.get(input.name.as_str())?.clone()))
            })
            .collect();
        // In the nodes' order (ONNX's is topological): shape arithmetic
        // (Shape, Gather, Div, Concat...), as exporters write for `chunk`
        // and `view`, is worked out from the shapes so far, and a node
        // it computes reads no data; every other node's outputs get
        // their shapes from its inputs'.
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
            if let Some(value) = fold::evaluate(node, &constants, &shapes) {
                folded.insert(index);
                // Values not known: the dims, where the shapes say.
                let value = value.unwrap_or_else(|| {
                    let known = Known {
                        shapes: &shapes,
                        constants: &constants,
                    };
                    let dims = infer::outputs(node, &known)
                        .and_then(|o| o.into_iter().next())
                        .unwrap_or_else(|| vec![0]);
                    Constant {
                        dims,
                        values: None,
                        float: true,
                    }
                });
                for out in &node.output {
                    let copy = Constant {
                        dims: value.dims.clone(),
                        values: value.values.clone(),
                        float: value.float,
                    };
                    constants.insert(out.as_str(), copy);
                }
                continue;
            }
            let known = Known {
                shapes: &shapes,
                constants: &constants,
            };
            let outputs = infer::outputs(node, &known);
            for (at, out) in node.output.iter().enumerate() {
                let ours = outputs.as_ref().and_then(|o| o.get(at));
                match (ours, given.get(out.as_str())) {
                    (Some(ours), Some(file)) if !agree(ours, file) => {
                        return Err(format!(
                            "the graph says `{out}` has shape {file:?}, but {} makes it \
                             {ours:?}",
                            describe(node)
                        ))
                    }
                    (Some(ours), _) => drop(shapes.insert(out.as_str(), ours.clone())),
                    (None, Some(file)) => drop(shapes.insert(out.as_str(), file.clone())),
                    (None, None) => {}
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

    /// `value`, then each constant it is read through to its initializer
    /// ([`Graph::weight_name`]'s chain).
    pub fn alias_chain<'a>(&'a self, value: &'a str) -> Vec<&'a str> {
        let mut chain = vec![value];
        let mut at = value;
        for _ in 0..self.aliases.len() {
            match self.aliases.get(at) {
                Some(source) => {
                    at = source;
                    chain.push(at);
                }
                None => break,
            }
        }
        chain
    }

    /// The inputs of `node` that are data, not constants.
    pub fn data_inputs(&self, node: &'m NodeProto) -> Vec<&'m str> {
        node.input
            .iter()
            .map(String::as_str)
            .filter(|input| !input.is_empty() && !self.constants.contains_key(input))
            .collect()
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

    /// The node that writes `value`, unless it is the graph's input or a
    /// constant.
    pub fn writer(&self, value: &str) -> Option<usize> {
        self.producer.get(value).copied()
    }

    /// ` (the output of node `N` (Op))`, or nothing for the graph's input.
    pub fn written_by(&self, value: &str) -> String {
        match self.producer.get(value) {
            Some(&node) => format!(" (the output of {})", describe(&self.nodes[node])),
            None => String::new(),
        }
    }
}

/// Whether two shapes of a value agree on every axis both know.
fn agree(ours: &[i64], file: &[i64]) -> bool {
    ours.len() == file.len()
        && ours
            .iter()
            .zip(file)
            .all(|(&a, &b)| a < 0 || b < 0 || a == b)
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
