//! DenseNet's blocks, as exporters write them: each layer reads the
//! Concat of every feature before it, and the block ends in the Concat of
//! all of them, so each feature is read by every later Concat and the
//! graph is not series-parallel as it stands. But a Concat of
//! `[x0, n1, ..., nk]` is the Concat of the one before it, `[x0, ...,
//! n(k-1)]`, with `nk`: rewritten so, each layer is `concat { {} { layer
//! } }` on the features so far, which is what DenseNet is.

use std::collections::HashMap;

use onnx_protobuf::{GraphProto, NodeProto};

use super::attrs;

/// `graph` with every Concat whose inputs but the last are those of
/// another Concat (along the same axis) reading that one's output and its
/// last input instead, and a Concat of one input an Identity.
pub fn nest(graph: &GraphProto) -> GraphProto {
    let axis = |node: &NodeProto| attrs::int(node, "axis");
    let mut by_inputs: HashMap<(Vec<String>, Option<i64>), String> = HashMap::new();
    for node in &graph.node {
        if let ("Concat", Some(out)) = (node.op_type.as_str(), node.output.first()) {
            by_inputs.insert((node.input.clone(), axis(node)), out.clone());
        }
    }
    let mut nested = graph.clone();
    for node in &mut nested.node {
        if node.op_type != "Concat" {
            continue;
        }
        if node.input.len() == 1 {
            node.op_type = "Identity".to_string();
            node.attribute.clear();
            continue;
        }
        let (last, rest) = match node.input.split_last() {
            Some((last, rest)) if !rest.is_empty() => (last.clone(), rest.to_vec()),
            _ => continue,
        };
        if let Some(before) = by_inputs.get(&(rest, axis(node))) {
            node.input = vec![before.clone(), last];
        }
    }
    nested
}
