//! A node's attributes, read as the converters want them, and a node
//! named as errors name it: the bottom of the ONNX front end.

use onnx_protobuf::{AttributeProto, NodeProto};

/// `node `NAME` (OP)`, as errors name a node.
pub fn describe(node: &NodeProto) -> String {
    if node.name.is_empty() {
        let out = node.output.first().map(String::as_str).unwrap_or("");
        format!("the {} node writing `{out}`", node.op_type)
    } else {
        format!("node `{}` ({})", node.name, node.op_type)
    }
}

/// `values` as sizes, every one at least 1.
pub(super) fn positive(node: &NodeProto, values: &[i64]) -> Result<Vec<u64>, String> {
    values
        .iter()
        .map(|&v| u64::try_from(v).ok().filter(|&v| v > 0))
        .collect::<Option<Vec<u64>>>()
        .ok_or_else(|| {
            format!(
                "{} has sizes {values:?}: each must be at least 1",
                describe(node)
            )
        })
}

pub(super) fn attribute<'n>(node: &'n NodeProto, name: &str) -> Option<&'n AttributeProto> {
    node.attribute.iter().find(|a| a.name == name)
}

pub(super) fn ints<'n>(node: &'n NodeProto, name: &str) -> Option<&'n [i64]> {
    attribute(node, name).map(|a| a.ints.as_slice())
}

pub(super) fn int(node: &NodeProto, name: &str) -> Option<i64> {
    attribute(node, name).map(|a| a.i)
}

pub(super) fn float(node: &NodeProto, name: &str) -> Option<f32> {
    attribute(node, name).map(|a| a.f)
}

pub(super) fn string(node: &NodeProto, name: &str) -> Option<String> {
    attribute(node, name).map(|a| String::from_utf8_lossy(&a.s).into_owned())
}

/// ` eps E` for a norm node whose `epsilon` attribute (ONNX's default
/// 1e-5, PyTorch's) is not its kind's `default`; nothing when it is.
pub(super) fn epsilon(node: &NodeProto, default: f32) -> Result<String, String> {
    let value = float(node, "epsilon").unwrap_or(crate::spelling::NORM_EPS);
    crate::spelling::eps(value, default)
        .map_err(|problem| format!("{} normalises with {problem}", describe(node)))
}
