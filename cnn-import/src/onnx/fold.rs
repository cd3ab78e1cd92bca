//! Shape arithmetic worked out before the walk: exporters compute the
//! bounds of `chunk`, the sizes of `view` and `interpolate` from
//! `Shape` of a value, through Gather, Div, Concat and the like. With
//! the graph's shapes (ONNX shape inference) those are numbers, and the
//! nodes that compute them read no data.

use std::collections::HashMap;

use onnx_protobuf::NodeProto;

use super::constant::Constant;

/// The operators of shape arithmetic.
const ARITHMETIC: &[&str] = &[
    "Gather",
    "Unsqueeze",
    "Squeeze",
    "Concat",
    "Add",
    "Sub",
    "Mul",
    "Div",
    "Cast",
    "Slice",
    "Floor",
    "Ceil",
    "Range",
    "Equal",
    "Where",
    "ConstantOfShape",
];

/// What `node` computes, if it only computes from constants or a shape:
/// `Some(values)`, the values when we can work them out. `None` for a
/// node that reads data.
pub fn evaluate(
    node: &NodeProto,
    constants: &HashMap<&str, Constant>,
    shapes: &HashMap<&str, Vec<i64>>,
) -> Option<Option<Vec<f64>>> {
    let op = node.op_type.as_str();
    if op == "Shape" {
        let input = node.input.first()?;
        let dims = shapes.get(input.as_str());
        return Some(dims.map(|d| d.iter().map(|&v| v as f64).collect()));
    }
    if !ARITHMETIC.contains(&op) || node.output.len() != 1 {
        return None;
    }
    let inputs: Vec<&str> = node
        .input
        .iter()
        .map(String::as_str)
        .filter(|i| !i.is_empty())
        .collect();
    // A small integer tensor only: a Mul of two weights is not ours.
    let mut values = Vec::new();
    for input in &inputs {
        let constant = constants.get(input)?;
        if constant.dims.len() > 1 || constant.dims.first().is_some_and(|&d| d > 64) {
            return None;
        }
        values.push(constant.values.as_ref());
    }
    if inputs.is_empty() {
        return None;
    }
    let Some(values) = values.into_iter().collect::<Option<Vec<&Vec<f64>>>>() else {
        return Some(None);
    };
    Some(compute(node, &values))
}

/// The values of `node` on known inputs, or None where we do not say.
fn compute(node: &NodeProto, inputs: &[&Vec<f64>]) -> Option<Vec<f64>> {
    let binary = |f: fn(f64, f64) -> f64| -> Option<Vec<f64>> {
        let [a, b] = inputs else { return None };
        let n = a.len().max(b.len());
        let at = |v: &Vec<f64>, i: usize| if v.len() == 1 { v[0] } else { v[i] };
        if (a.len() != n && a.len() != 1) || (b.len() != n && b.len() != 1) {
            return None;
        }
        Some((0..n).map(|i| f(at(a, i), at(b, i))).collect())
    };
    match node.op_type.as_str() {
        "Unsqueeze" | "Squeeze" | "Cast" => inputs.first().map(|v| (*v).clone()),
        "Concat" => Some(inputs.iter().flat_map(|v| v.iter().copied()).collect()),
        "Add" => binary(|a, b| a + b),
        "Sub" => binary(|a, b| a - b),
        "Mul" => binary(|a, b| a * b),
        // Integer division, as the exporter's shapes are integers.
        "Div" => binary(|a, b| if b == 0.0 { f64::NAN } else { (a / b).floor() }),
        "Floor" => inputs
            .first()
            .map(|v| v.iter().map(|x| x.floor()).collect()),
        "Ceil" => inputs.first().map(|v| v.iter().map(|x| x.ceil()).collect()),
        "Gather" => {
            let [data, indices] = inputs else { return None };
            let mut out = Vec::new();
            for &index in indices.iter() {
                let len = data.len() as f64;
                let at = if index < 0.0 { index + len } else { index };
                if at < 0.0 || at >= len {
                    return None;
                }
                out.push(data[at as usize]);
            }
            Some(out)
        }
        "Slice" => {
            let [data, starts, ends, ..] = inputs else {
                return None;
            };
            let len = data.len() as f64;
            let clamp = |v: f64| (if v < 0.0 { v + len } else { v }).clamp(0.0, len) as usize;
            let (start, end) = (clamp(*starts.first()?), clamp(*ends.first()?));
            Some(data.get(start..end.max(start))?.to_vec())
        }
        _ => None,
    }
}
