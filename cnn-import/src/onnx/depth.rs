//! Space to depth, `spacetodepth B`: ONNX `SpaceToDepth`, or the Reshape,
//! Transpose, Reshape that torch's exporters write for timm's
//! `SpaceToDepth` (TResNet's stem), `x.view(N, C, H/B, B, W/B, B)`,
//! `.permute(0, 3, 5, 1, 2, 4)`, `.view(N, C*B*B, H/B, W/B)`: the channel
//! `(bh*B + bw)*C + c` holds offset `(bh, bw)` of channel `c`, the order
//! ONNX gives `SpaceToDepth` (and its `DepthToSpace` in mode `DCR`).

use onnx_protobuf::NodeProto;

use super::attrs::ints;
use super::graph::Graph;
use crate::stmt::Stmt;

/// What a pattern gives: its statements and the nodes it took, in order.
type Found = Option<(Vec<Stmt>, Vec<usize>)>;

/// `spacetodepth B` for the Reshape `node` that splits each spatial axis
/// into `(S/B, B)`, the Transpose that alone reads it and moves the `B`s
/// before the channels, and the Reshape that alone reads that and merges
/// them into the channels; or `None`.
pub fn detect(graph: &Graph, node: &NodeProto) -> Found {
    let shape = |n: &NodeProto| graph.shapes.get(n.output.first()?.as_str()).cloned();
    let input = graph.shapes.get(*graph.data_inputs(node).first()?)?;
    let split = shape(node)?;
    let rank = input.len().checked_sub(2).filter(|&r| r >= 1)?;
    let block = *split.get(3)?;
    let fits = split.len() == 2 + 2 * rank
        && block > 1
        && split[..2] == input[..2]
        && (0..rank).all(|i| split[3 + 2 * i] == block && split[2 + 2 * i] * block == input[2 + i]);
    if !fits {
        return None;
    }
    let transpose = graph
        .only_reader(node)
        .filter(|&r| graph.nodes[r].op_type == "Transpose")?;
    // The blocks' axes (3, 5, ...) first, then the channels, then the
    // coarse axes (2, 4, ...).
    let order: Vec<i64> = std::iter::once(0)
        .chain((0..rank as i64).map(|i| 3 + 2 * i))
        .chain([1])
        .chain((0..rank as i64).map(|i| 2 + 2 * i))
        .collect();
    if ints(&graph.nodes[transpose], "perm")? != order.as_slice() {
        return None;
    }
    let back = graph
        .only_reader(&graph.nodes[transpose])
        .filter(|&r| graph.nodes[r].op_type == "Reshape")?;
    let channels = (0..rank).try_fold(input[1], |c, _| c.checked_mul(block))?;
    let merged: Vec<i64> = [input[0], channels]
        .into_iter()
        .chain((0..rank).map(|i| split[2 + 2 * i]))
        .collect();
    if shape(&graph.nodes[back])? != merged {
        return None;
    }
    Some((
        vec![Stmt::layer(None, format!("spacetodepth {block}"))],
        vec![transpose, back],
    ))
}
