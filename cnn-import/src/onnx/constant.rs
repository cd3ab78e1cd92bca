//! The tensors of a graph known before the network runs, with their
//! values when the file holds them: what the converters read a node's
//! weights' dims and its constant options (Clip's bounds, Pad's pads,
//! a Reshape's shape) from.

use std::collections::HashMap;

use onnx_protobuf::{NodeProto, TensorProto};

use super::attrs;

/// A tensor known before the network runs: an initializer, the output
/// of a `Constant` node, or an `Identity` of one of those.
pub struct Constant {
    /// Its dimensions.
    pub dims: Vec<i64>,
    /// Its values, when the file holds them (not for weights stripped to
    /// external data) and they are numbers we read.
    pub values: Option<Vec<f64>>,
    /// Whether its type is a float one (Div truncates integers).
    pub float: bool,
}

/// An Unsqueeze of a constant: its dims with a 1 at each of the axes (an
/// input from opset 13 on, an attribute before), its values the same.
pub fn unsqueezed(node: &NodeProto, constants: &HashMap<&str, Constant>) -> Option<Constant> {
    let source = constants.get(node.input.first()?.as_str())?;
    let axes: Vec<i64> = match node.input.get(1).filter(|a| !a.is_empty()) {
        Some(axes) => {
            let values = constants.get(axes.as_str())?.values.as_ref()?;
            values.iter().map(|&v| v as i64).collect()
        }
        None => attrs::ints(node, "axes")?.to_vec(),
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
        float: source.float,
    })
}

/// The dimensions of `tensor`, and its values when the file holds them.
pub fn constant(tensor: &TensorProto) -> Constant {
    Constant {
        dims: tensor.dims.clone(),
        values: values(tensor),
        float: matches!(tensor.data_type, FLOAT | DOUBLE | FLOAT16 | BFLOAT16),
    }
}

// TensorProto.DataType: FLOAT, INT32, INT64, DOUBLE.
const FLOAT: i32 = 1;
const INT32: i32 = 6;
const INT64: i32 = 7;
const DOUBLE: i32 = 11;
const FLOAT16: i32 = 10;
const BFLOAT16: i32 = 16;

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
