//! ONNX's `Split`, one node of several outputs, as the Slices of the
//! same value it is: `torch.split` and `chunk` are exported so by both
//! exporters, and as Slices by some older ones. Rewritten so, the walk
//! reads the fork of Slices joined by a Concat as the language's `split`
//! block, with no second way of reading one.
//!
//! The sizes of the parts are Split's `split` input (or attribute), or
//! else equal parts of the axis, whose size the graph's shapes give.

use onnx_protobuf::{GraphProto, NodeProto, TensorProto};

use super::attrs::{int, ints};
use super::graph::Graph;

/// `graph` with each Split whose parts' sizes are known written as one
/// Slice per output; `None` if it has no such Split. `index` is `graph`
/// indexed, for the sizes.
pub fn slices(graph: &GraphProto, index: &Graph) -> Option<GraphProto> {
    let mut rewritten = graph.clone();
    let mut nodes = Vec::with_capacity(graph.node.len());
    let mut any = false;
    for node in &graph.node {
        match bounds(node, index) {
            Some((axis, bounds)) => {
                any = true;
                for (at, (out, (start, end))) in node.output.iter().zip(bounds).enumerate() {
                    let name = |what: &str| format!("{out}/split_{what}");
                    for (what, value) in [("starts", start), ("ends", end), ("axes", axis)] {
                        rewritten.initializer.push(int64(&name(what), value));
                    }
                    let mut slice = NodeProto::new();
                    slice.op_type = "Slice".to_string();
                    slice.name = match node.name.is_empty() {
                        true => String::new(),
                        false => format!("{}:{at}", node.name),
                    };
                    slice.input = vec![
                        node.input[0].clone(),
                        name("starts"),
                        name("ends"),
                        name("axes"),
                    ];
                    slice.output = vec![out.clone()];
                    nodes.push(slice);
                }
            }
            None => nodes.push(node.clone()),
        }
    }
    rewritten.node = nodes;
    any.then_some(rewritten)
}

/// The axis and each output's `start..end` of the Split `node`, if it
/// is one whose sizes are known.
fn bounds(node: &NodeProto, index: &Graph) -> Option<(i64, Vec<(i64, i64)>)> {
    if node.op_type != "Split" || node.output.iter().any(String::is_empty) {
        return None;
    }
    let input = node.input.first()?;
    let shape = index.shapes.get(input.as_str())?;
    let rank = shape.len() as i64;
    let axis = int(node, "axis").unwrap_or(0);
    let axis = if axis < 0 { axis + rank } else { axis };
    let size = *shape.get(usize::try_from(axis).ok()?)?;
    let parts = node.output.len() as i64;
    let sizes: Vec<i64> = match node.input.get(1).filter(|s| !s.is_empty()) {
        Some(split) => {
            let values = index.constants.get(split.as_str())?.values.as_ref()?;
            values.iter().map(|&v| v as i64).collect()
        }
        None => match ints(node, "split") {
            Some(sizes) => sizes.to_vec(),
            // Equal parts, the last smaller if they do not divide (opset
            // 18's num_outputs).
            None if size > 0 => {
                let each = (size + parts - 1) / parts;
                (0..parts).map(|i| each.min(size - i * each)).collect()
            }
            None => return None,
        },
    };
    if sizes.len() != node.output.len() || sizes.iter().sum::<i64>() != size {
        return None;
    }
    let mut start = 0;
    let bounds = sizes
        .iter()
        .map(|&s| {
            start += s;
            (start - s, start)
        })
        .collect();
    Some((axis, bounds))
}

/// A one-value int64 initializer.
fn int64(name: &str, value: i64) -> TensorProto {
    let mut tensor = TensorProto::new();
    tensor.name = name.to_string();
    tensor.dims = vec![1];
    tensor.data_type = 7;
    tensor.int64_data = vec![value];
    tensor
}
