//! Canonical forms: nodes that exporters write for what the language
//! says in fewer words, rewritten before the walk so that it reads one
//! form only.
//!
//! - An `Add` or `Sub` of a constant zero, a `Mul` or `Div` by a
//!   constant one (a single value), that keeps its input's shape (MobileOne's `x + 0`
//!   where a branch is absent): an `Identity`, which is no statement.
//! - A run of reshapes (`Reshape`, `Flatten`, `Squeeze`, `Unsqueeze`, and
//!   a `Gather` of every value of a vector in order, which ConvNeXt's
//!   `as_strided` exports as) that gives back its input's shape: an
//!   `Identity`; one that does not, the one `Reshape` it is (ConvNeXt's
//!   head, `[1, C, 1, 1]` to `[C]` and back to `[1, C]`).
//! - A `Pad` of zeros, more after than before, read only by a `Conv` of
//!   no padding of its own (TensorFlow-style "same" padding computed from
//!   the input's size, as tf_efficientnet's `Conv2dSame` exports): the
//!   pads move into the Conv, whose window options read them as
//!   `pad same` where they are TensorFlow's (`window`).

use onnx_protobuf::{AttributeProto, GraphProto, NodeProto, TensorProto};

use super::attrs::{int, ints, string};
use super::graph::Graph;
use super::sizes::broadcast;

/// `graph` with its canonical forms rewritten; `None` if it has none.
/// `index` is `graph` indexed, for the constants and shapes.
pub fn rewrite(graph: &GraphProto, index: &Graph) -> Option<GraphProto> {
    let mut rewritten = graph.clone();
    let mut any = false;
    let mut dropped = vec![false; graph.node.len()];
    for (at, node) in graph.node.iter().enumerate() {
        let undone = unreshaped(at, index);
        if let Some((data, run, shape)) = undone {
            let mut identity = NodeProto::new();
            identity.name = node.name.clone();
            identity.output = node.output.clone();
            match shape {
                None => {
                    identity.op_type = "Identity".to_string();
                    identity.input = vec![data];
                }
                // The run as the one Reshape it is.
                Some(shape) => {
                    let name = format!("{}/reshaped", node.output[0]);
                    let mut tensor = TensorProto::new();
                    tensor.name = name.clone();
                    tensor.dims = vec![shape.len() as i64];
                    tensor.data_type = 7;
                    tensor.int64_data = shape;
                    rewritten.initializer.push(tensor);
                    identity.op_type = "Reshape".to_string();
                    identity.input = vec![data, name];
                }
            }
            rewritten.node[at] = identity;
            for earlier in run {
                dropped[earlier] = true;
            }
            any = true;
        } else if let Some(data) = neutral(node, index) {
            let mut identity = NodeProto::new();
            identity.op_type = "Identity".to_string();
            identity.name = node.name.clone();
            identity.input = vec![data];
            identity.output = node.output.clone();
            rewritten.node[at] = identity;
            any = true;
        } else if let Some((conv, pads)) = padded_conv(node, index) {
            let target = &mut rewritten.node[conv];
            target.input[0] = node.input[0].clone();
            target.attribute.retain(|a| a.name != "pads");
            let mut attribute = AttributeProto::new();
            attribute.name = "pads".to_string();
            attribute.type_ = onnx_protobuf::attribute_proto::AttributeType::INTS.into();
            attribute.ints = pads;
            target.attribute.push(attribute);
            dropped[at] = true;
            any = true;
        }
    }
    if !any {
        return None;
    }
    let mut kept = Vec::with_capacity(rewritten.node.len());
    for (at, node) in rewritten.node.drain(..).enumerate() {
        if !dropped[at] {
            kept.push(node);
        }
    }
    rewritten.node = kept;
    Some(rewritten)
}

/// The data input of `node` if it is an Add or Sub of zero, or a Mul or
/// Div by one, that leaves that input's shape as it is.
fn neutral(node: &NodeProto, index: &Graph) -> Option<String> {
    let unit = match node.op_type.as_str() {
        "Add" | "Sub" => 0.0,
        "Mul" | "Div" => 1.0,
        _ => return None,
    };
    let [first, second] = node.input.as_slice() else {
        return None;
    };
    let constant_of = |name: &str| index.constants.get(name);
    // Sub and Div only with the constant second: `0 - x` is no identity.
    let (data, constant) = match (constant_of(first), constant_of(second)) {
        (None, Some(c)) => (first, c),
        (Some(c), None) if matches!(node.op_type.as_str(), "Add" | "Mul") => (second, c),
        _ => return None,
    };
    // One value: a per-channel constant of ones is a parameter (a layer
    // scale that has not been trained), which torch counts.
    let values = constant.values.as_ref()?;
    if values.len() != 1 || values.iter().any(|&v| v != unit) {
        return None;
    }
    let shape = index.shapes.get(data.as_str())?;
    (broadcast(shape, &constant.dims)?.as_slice() == shape.as_slice()).then(|| data.clone())
}

/// For a Pad of zeros on the spatial axes only, more after than before
/// on some axis, whose only reader is a Conv of no padding: that Conv
/// and the pads it takes over (its `pads` attribute: each spatial axis's
/// begin, then each one's end).
fn padded_conv(node: &NodeProto, index: &Graph) -> Option<(usize, Vec<i64>)> {
    if node.op_type != "Pad" || string(node, "mode").is_some_and(|m| m != "constant") {
        return None;
    }
    let value = |at: usize| {
        let name = node.input.get(at).filter(|n| !n.is_empty())?;
        index.constants.get(name.as_str())?.values.clone()
    };
    if node.input.get(2).is_some_and(|v| !v.is_empty())
        && value(2).is_none_or(|v| v.iter().any(|&x| x != 0.0))
    {
        return None;
    }
    // Opset 18's axes: every axis, or none given.
    if node.input.get(3).is_some_and(|v| !v.is_empty()) {
        return None;
    }
    let pads: Vec<i64> = match node.input.get(1).filter(|p| !p.is_empty()) {
        Some(_) => value(1)?.iter().map(|&v| v as i64).collect(),
        None => ints(node, "pads")?.to_vec(),
    };
    let rank = pads.len() / 2;
    if rank < 3 || pads.len() != 2 * rank || pads.iter().any(|&p| p < 0) {
        return None;
    }
    let (begin, end) = pads.split_at(rank);
    if begin[..2] != [0, 0] || end[..2] != [0, 0] || begin == end {
        return None;
    }
    let conv = index.only_reader(node)?;
    let target = &index.nodes[conv];
    let reads_first = target.input.first() == node.output.first();
    let own = ints(target, "pads").is_some_and(|p| p.iter().any(|&x| x != 0));
    let auto = string(target, "auto_pad").is_some_and(|a| a != "NOTSET");
    if target.op_type != "Conv" || !reads_first || own || auto {
        return None;
    }
    let mut spatial = begin[2..].to_vec();
    spatial.extend(&end[2..]);
    Some((conv, spatial))
}

/// Whether node `at` only reshapes its data input: keeps its values in
/// order.
fn reshapes(at: usize, index: &Graph) -> bool {
    let node = &index.nodes[at];
    match node.op_type.as_str() {
        "Reshape" | "Flatten" | "Squeeze" | "Unsqueeze" => true,
        // A Gather along axis 0 of a vector, of its every index in order.
        "Gather" => {
            let data = node
                .input
                .first()
                .and_then(|d| index.shapes.get(d.as_str()));
            let indices = node
                .input
                .get(1)
                .and_then(|i| index.constants.get(i.as_str()));
            match (
                data.map(Vec::as_slice),
                indices.and_then(|c| c.values.as_ref()),
            ) {
                (Some([n]), Some(values)) => {
                    int(node, "axis").unwrap_or(0) == 0
                        && values.len() as i64 == *n
                        && values.iter().enumerate().all(|(i, &v)| v == i as f64)
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// For node `at`, the last of a run of reshapes (each read only by the
/// next): the run's input, the earlier nodes of the run, and `None` if
/// the run gives back its input's shape, else (for a run of two or
/// more) the shape it gives, the batch axis 0 (kept as it is).
fn unreshaped(at: usize, index: &Graph) -> Option<(String, Vec<usize>, Option<Vec<i64>>)> {
    if !reshapes(at, index) {
        return None;
    }
    let out = index.shapes.get(index.nodes[at].output.first()?.as_str())?;
    let mut first = at;
    let mut run = Vec::new();
    loop {
        let input = index.nodes[first].input.first()?;
        match index.writer(input) {
            Some(before)
                if reshapes(before, index)
                    && index.only_reader(&index.nodes[before]) == Some(first) =>
            {
                run.push(before);
                first = before;
            }
            _ => break,
        }
    }
    let input = index.nodes[first].input.first()?;
    let shape = index.shapes.get(input.as_str())?;
    // Every axis known but the batch.
    let known = shape.iter().chain(out.iter()).skip(1).all(|&d| d > 0)
        && !index.constants.contains_key(input.as_str());
    if !known {
        return None;
    }
    if shape == out {
        return Some((input.clone(), run, None));
    }
    // The batch axis kept, and the run's first node reads the batch too.
    let batch = out.first().zip(shape.first()).is_some_and(|(a, b)| a == b);
    if run.is_empty() || !batch || out.iter().skip(1).any(|&d| d < 1) {
        return None;
    }
    let mut target = out.clone();
    target[0] = 0;
    Some((input.clone(), run, Some(target)))
}
