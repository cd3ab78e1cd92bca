//! ECA's gate as torch's exporters write timm's `EcaModule`: the spatial
//! mean without its axes (`x.mean((2, 3))`), a Reshape to one sequence of
//! the channels (`.view(n, 1, -1)`), a Conv of one filter of odd kernel K
//! across them, without bias, padded `(K-1)/2` (`Conv1d(1, 1, K)`), the
//! gate's activation and a Reshape back to `[N, C, 1, 1]`: `gap; eca K;`
//! and the activation, which the Mul that follows joins as the language's
//! `mul { {} { ... } }` does its `1x1xC` gate (through the Expand of
//! `expand_as(x)`, which [`super::broadcast`] reads).

use onnx_protobuf::NodeProto;

use super::attrs::{int, ints};
use super::graph::Graph;
use super::ops;
use super::tensors::{inputs, layer_name};
use crate::stmt::Stmt;

/// What a pattern gives: its statements and the nodes it took, in order.
type Found = Option<(Vec<Stmt>, Vec<usize>)>;

/// Nodes between the Conv and the Reshape back: the gate's activation.
const MOST_BETWEEN: usize = 2;

/// ECA's gate beginning at the ReduceMean `node`, or `None` when what
/// follows it is not that pattern (the ReduceMean is then read alone).
pub fn detect(graph: &Graph, node: &NodeProto) -> Result<Found, String> {
    let next = |n: &NodeProto, op: &str| {
        graph
            .only_reader(n)
            .filter(|&r| graph.nodes[r].op_type == op)
    };
    let shape = |n: &NodeProto| {
        n.output
            .first()
            .and_then(|out| graph.shapes.get(out.as_str()))
    };
    if int(node, "keepdims").unwrap_or(1) != 0 {
        return Ok(None);
    }
    let Some(channels) = shape(node).and_then(|dims| match dims.as_slice() {
        [1, c] if *c > 0 => Some(*c),
        _ => None,
    }) else {
        return Ok(None);
    };
    let Some(view) = next(node, "Reshape") else {
        return Ok(None);
    };
    if shape(&graph.nodes[view]).map(Vec::as_slice) != Some(&[1, 1, channels][..]) {
        return Ok(None);
    }
    let Some(conv) = next(&graph.nodes[view], "Conv") else {
        return Ok(None);
    };
    let Some(kernel) = channel_conv(graph, &graph.nodes[conv]) else {
        return Ok(None);
    };
    // The spatial mean, checked as the ReduceMean alone is, without the
    // flatten its dropped axes would otherwise be.
    let mean = ops::convert(node, graph)?;
    let Some(gap) = mean.into_iter().next() else {
        return Ok(None);
    };
    let conv_node = &graph.nodes[conv];
    let weight = conv_node.input.get(1).map_or("", String::as_str);
    let name = layer_name(graph.weight_name(weight));
    let mut stmts = vec![
        gap,
        Stmt::weighted(name, format!("eca {kernel}"), inputs(conv_node, &[1])),
    ];
    let mut taken = vec![view, conv];
    let mut last = conv;
    for _ in 0..=MOST_BETWEEN {
        let Some(reader) = graph.only_reader(&graph.nodes[last]) else {
            return Ok(None);
        };
        let between = &graph.nodes[reader];
        if between.op_type == "Reshape" {
            let back = shape(between).map(Vec::as_slice);
            if back != Some(&[1, channels, 1, 1][..]) {
                return Ok(None);
            }
            taken.push(reader);
            return Ok(Some((stmts, taken)));
        }
        if graph.data_inputs(between).len() != 1 {
            return Ok(None);
        }
        stmts.extend(ops::convert(between, graph)?);
        taken.push(reader);
        last = reader;
    }
    Ok(None)
}

/// The kernel of `conv` when it is ECA's: one filter of one input channel
/// over a sequence, an odd kernel K padded `(K-1)/2` on each side, stride
/// and dilation 1, no bias.
fn channel_conv(graph: &Graph, conv: &NodeProto) -> Option<u64> {
    let weight = graph.constants.get(conv.input.get(1)?.as_str())?;
    let [1, 1, kernel] = weight.dims.as_slice() else {
        return None;
    };
    let kernel = u64::try_from(*kernel).ok().filter(|k| k % 2 == 1)?;
    let half = (kernel - 1) as i64 / 2;
    let ones = |name: &str| ints(conv, name).is_none_or(|v| v.iter().all(|&n| n == 1));
    let unbiased = conv.input.get(2).is_none_or(String::is_empty);
    let padded = ints(conv, "pads").unwrap_or(&[0, 0]) == [half, half];
    let grouped = int(conv, "group").unwrap_or(1) != 1;
    (unbiased && padded && !grouped && ones("strides") && ones("dilations")).then_some(kernel)
}
