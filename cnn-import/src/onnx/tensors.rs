//! A layer's tensors in the graph, and the layer name their names give.

use onnx_protobuf::NodeProto;

use crate::stmt::Source;

/// A layer name from a weight's state_dict name: `layer1.0.conv1.weight`
/// is `layer1_0_conv1`. None for the exporter's own (`onnx::Conv_538`).
pub fn layer_name(tensor: &str) -> Option<String> {
    let stem = tensor.strip_suffix(".weight")?;
    let name: String = stem
        .chars()
        .map(|c| if c == '.' { '_' } else { c })
        .collect();
    let first = name.chars().next()?;
    let ident = (first.is_ascii_alphabetic() || first == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    ident.then_some(name)
}

/// The inputs of `node` at `positions` that it has, as tensors read as
/// they are.
pub fn inputs(node: &NodeProto, positions: &[usize]) -> Vec<Source> {
    positions
        .iter()
        .filter_map(|&at| node.input.get(at).filter(|input| !input.is_empty()))
        .map(|input| Source::new(input, false))
        .collect()
}
