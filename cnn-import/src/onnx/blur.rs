//! timm's `BlurPool2d` as torch's exporters write it: a Pad in mode
//! `reflect` of `((S-1) + (K-1)) / 2` on each side of each spatial axis,
//! then a Conv of one fixed filter per channel (`group` C, weight
//! `[C, 1, K, K]`, the buffer `filt`, without bias or padding) of stride
//! S: `blurpool K stride S`.

use onnx_protobuf::NodeProto;

use super::attrs::{int, ints, string};
use super::graph::Graph;
use super::tensors::inputs;
use crate::spelling::uniform;
use crate::stmt::Stmt;

/// What a pattern gives: its statements and the nodes it took, in order.
type Found = Option<(Vec<Stmt>, Vec<usize>)>;

/// `blurpool` for the Pad `node` and the Conv that alone reads it, or
/// `None` (the Pad is then read alone).
pub fn detect(graph: &Graph, node: &NodeProto) -> Found {
    if string(node, "mode").as_deref() != Some("reflect") {
        return None;
    }
    let pads: Vec<i64> = match node.input.get(1).filter(|p| !p.is_empty()) {
        Some(input) => graph
            .constants
            .get(input.as_str())?
            .values
            .as_ref()?
            .iter()
            .map(|&x| x as i64)
            .collect(),
        None => ints(node, "pads")?.to_vec(),
    };
    let conv = graph
        .only_reader(node)
        .filter(|&r| graph.nodes[r].op_type == "Conv")?;
    let conv_node = &graph.nodes[conv];
    let weight = graph.constants.get(conv_node.input.get(1)?.as_str())?;
    let [channels, 1, kernel @ ..] = weight.dims.as_slice() else {
        return None;
    };
    let rank = kernel.len();
    let strides = ints(conv_node, "strides").map_or_else(|| vec![1; rank], <[i64]>::to_vec);
    let unpadded = ints(conv_node, "pads").is_none_or(|p| p.iter().all(|&n| n == 0));
    let undilated = ints(conv_node, "dilations").is_none_or(|d| d.iter().all(|&n| n == 1));
    let unbiased = conv_node.input.get(2).is_none_or(String::is_empty);
    let depthwise = int(conv_node, "group") == Some(*channels);
    // [N, C, spatial...] before, then after: none on the batch or the
    // channels, timm's padding on each spatial axis, the same both sides.
    let expected: Vec<i64> = kernel
        .iter()
        .zip(&strides)
        .map(|(&k, &s)| ((s - 1) + (k - 1)) / 2)
        .collect();
    let side = [vec![0, 0], expected].concat();
    let reflected = pads == [side.clone(), side].concat();
    if !(unpadded && undilated && unbiased && depthwise && reflected && strides.len() == rank) {
        return None;
    }
    let to_u64 = |values: &[i64]| -> Option<Vec<u64>> {
        values.iter().map(|&v| u64::try_from(v).ok()).collect()
    };
    let mut text = format!("blurpool {}", uniform(&to_u64(kernel)?));
    let strides = to_u64(&strides)?;
    if strides.iter().any(|&s| s != 1) {
        text += &format!(" stride {}", uniform(&strides));
    }
    Some((
        vec![Stmt::weighted(None, text, inputs(conv_node, &[1]))],
        vec![conv],
    ))
}
