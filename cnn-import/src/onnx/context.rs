//! GCNet's attention pooling (timm's `GlobalContext`, the language's
//! `contextpool`) as both of torch's exporters write it, rewritten into
//! one node before the walk:
//!
//! ```text
//! x ─ Conv C→1 (1x1, bias) ─ reshapes ─ Softmax over the H*W positions ─ reshapes ─┐
//! x ─ reshapes to [.., C, H*W] ──────────────────────────────────────────── MatMul ─ reshapes to [1, C, 1, 1]
//! ```
//!
//! A reshape keeps its values in order, so whatever reshapes an exporter
//! writes (`Reshape`, `Unsqueeze`, `Squeeze`, `Flatten`, merged or not by
//! `canon`), the MatMul sums each channel's positions weighted by the
//! softmax of the Conv's logits exactly when its operands are `x` as
//! `[C, H*W]` and the weights as `[H*W, 1]`, which the shapes say. The node
//! it becomes, `ContextPool` (inputs: `x`, the Conv's weight and bias;
//! output: the last reshape's), is what `ops` reads as `contextpool`.

use onnx_protobuf::{GraphProto, NodeProto};

use super::attrs::{int, ints};
use super::graph::Graph;

/// The op type of the node the pattern becomes (in the domain below, so
/// that no ONNX operator is taken for it).
pub const OP: &str = "ContextPool";
const DOMAIN: &str = "cnn.import";

/// `graph` with each attention pooling as one `ContextPool` node; `None`
/// if it has none.
pub fn rewrite(graph: &GraphProto, index: &Graph) -> Option<GraphProto> {
    let mut rewritten = graph.clone();
    let mut dropped = vec![false; graph.node.len()];
    let mut any = false;
    for (at, node) in graph.node.iter().enumerate() {
        if node.op_type != "MatMul" || dropped[at] {
            continue;
        }
        let Some(found) = detect(at, index) else {
            continue;
        };
        let conv = &index.nodes[found.conv];
        let mut pooled = NodeProto::new();
        pooled.op_type = OP.to_string();
        pooled.domain = DOMAIN.to_string();
        pooled.name = conv.name.clone();
        pooled.input = vec![found.x, conv.input[1].clone(), conv.input[2].clone()];
        pooled.output = vec![found.output];
        // In the place of the last node, whose output it writes: every
        // reader comes after it.
        rewritten.node[found.last] = pooled;
        for taken in found.taken {
            if taken != found.last {
                dropped[taken] = true;
            }
        }
        any = true;
    }
    if !any {
        return None;
    }
    let nodes = rewritten.node.drain(..).enumerate();
    let kept: Vec<NodeProto> = nodes
        .filter(|(at, _)| !dropped[*at])
        .map(|(_, n)| n)
        .collect();
    rewritten.node = kept;
    Some(rewritten)
}

/// An attention pooling found at a MatMul.
struct Found {
    /// The map pooled.
    x: String,
    /// The Conv to one logit per position.
    conv: usize,
    /// Its nodes (Conv, Softmax, MatMul and the reshapes).
    taken: Vec<usize>,
    /// The last of them, and the `[1, C, 1, ...]` value it writes.
    last: usize,
    output: String,
}

/// Whether `node` only reshapes its data input (keeps its values in
/// order).
fn reshapes(node: &NodeProto) -> bool {
    matches!(
        node.op_type.as_str(),
        "Reshape" | "Flatten" | "Squeeze" | "Unsqueeze"
    )
}

/// The value `value` is a reshape of, through reshapes each read only by
/// the next (and by nothing else), with the nodes passed.
fn before_reshapes(index: &Graph, value: &str, taken: &mut Vec<usize>) -> Option<String> {
    let mut value = value.to_string();
    while let Some(writer) = index.writer(&value) {
        let node = &index.nodes[writer];
        if !reshapes(node) || index.only_reader(node).is_none() {
            break;
        }
        taken.push(writer);
        value = node.input.first()?.clone();
    }
    Some(value)
}

fn product(dims: &[i64]) -> Option<i64> {
    dims.iter()
        .try_fold(1i64, |p, &d| if d > 0 { p.checked_mul(d) } else { None })
}

/// The attention pooling whose MatMul is node `at`, if it is one.
fn detect(at: usize, index: &Graph) -> Option<Found> {
    let matmul = &index.nodes[at];
    let shape = |value: &str| index.shapes.get(value).cloned();
    let [a, b] = matmul.input.as_slice() else {
        return None;
    };
    let mut taken = vec![at];
    // The map's side: `x` as [.., C, H*W].
    let x = before_reshapes(index, a, &mut taken)?;
    let x_shape = shape(&x)?;
    let [1, channels, spatial @ ..] = x_shape.as_slice() else {
        return None;
    };
    let positions = product(spatial)?;
    if spatial.is_empty() || *channels < 1 {
        return None;
    }
    let ones_then = |dims: &[i64], tail: &[i64]| {
        dims.len() >= tail.len()
            && dims[dims.len() - tail.len()..] == *tail
            && dims[..dims.len() - tail.len()].iter().all(|&d| d == 1)
    };
    if !ones_then(&shape(a)?, &[*channels, positions]) {
        return None;
    }
    // The weights' side: a Softmax over every position, as [.., H*W, 1].
    if !ones_then(&shape(b)?, &[positions, 1]) {
        return None;
    }
    let softmaxed = before_reshapes(index, b, &mut taken)?;
    let softmax_at = index.writer(&softmaxed)?;
    let softmax = &index.nodes[softmax_at];
    if softmax.op_type != "Softmax" || index.only_reader(softmax).is_none() {
        return None;
    }
    let logits_shape = shape(softmax.input.first()?)?;
    let rank = logits_shape.len() as i64;
    let axis = int(softmax, "axis").unwrap_or(-1);
    let axis = usize::try_from(if axis < 0 { axis + rank } else { axis }).ok()?;
    // Every value on the softmax's axis, one row: so under opset 13's
    // one-axis softmax and the older flattening one alike.
    let row = logits_shape
        .iter()
        .enumerate()
        .all(|(i, &d)| d == if i == axis { positions } else { 1 });
    if !row {
        return None;
    }
    taken.push(softmax_at);
    let logits = before_reshapes(index, softmax.input.first()?, &mut taken)?;
    let conv_at = index.writer(&logits)?;
    let conv = &index.nodes[conv_at];
    if conv.op_type != "Conv"
        || conv.input.first() != Some(&x)
        || index.only_reader(conv).is_none()
        || !projection(conv, index, *channels, spatial.len())
    {
        return None;
    }
    taken.push(conv_at);
    // The context: reshapes after the MatMul to [1, C, 1, ...].
    let mut last = at;
    let mut wanted = vec![1, *channels];
    wanted.extend(std::iter::repeat_n(1, spatial.len()));
    loop {
        let node = &index.nodes[last];
        let out = node.output.first()?;
        if last != at && shape(out)? == wanted {
            return Some(Found {
                x,
                conv: conv_at,
                taken,
                last,
                output: out.clone(),
            });
        }
        let next = index.only_reader(node)?;
        if !reshapes(&index.nodes[next]) {
            return None;
        }
        taken.push(next);
        last = next;
    }
}

/// Whether `conv` is timm's `conv_attn`: one filter over the `channels`,
/// a kernel of 1 on each of the `rank` axes, with a bias, no stride,
/// dilation, padding or groups.
fn projection(conv: &NodeProto, index: &Graph, channels: i64, rank: usize) -> bool {
    let weight = conv
        .input
        .get(1)
        .and_then(|w| index.constants.get(w.as_str()));
    let bias = conv.input.get(2).filter(|b| !b.is_empty());
    let bias = bias.and_then(|b| index.constants.get(b.as_str()));
    let (Some(weight), Some(bias)) = (weight, bias) else {
        return false;
    };
    let mut dims = vec![1, channels];
    dims.extend(std::iter::repeat_n(1, rank));
    let ones = |name: &str| ints(conv, name).is_none_or(|v| v.iter().all(|&n| n == 1));
    let zeros = ints(conv, "pads").is_none_or(|v| v.iter().all(|&n| n == 0));
    weight.dims == dims
        && bias.dims == [1]
        && int(conv, "group").unwrap_or(1) == 1
        && ones("strides")
        && ones("dilations")
        && zeros
}
