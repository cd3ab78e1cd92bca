//! Weight standardisation as the exporters write it: timm's `StdConv2d`
//! and `ScaledStdConv2d` call `F.batch_norm(w.reshape(1, F, -1), None,
//! None, weight=gain * scale, training=True, eps=eps)` on the conv's
//! weight in every forward call, which both exporters keep as a
//! `BatchNormalization` of the reshaped weight whose mean and variance are
//! `ReduceMean`s of that weight (the weight transposed, `dynamo=False`),
//! then a `Reshape` back to the conv's dims. A conv whose weight is so
//! computed is read as the weight itself, marked for `ops::conv` to write
//! `ws` (a scale of ones, `StdConv2d`) or `scaledws` (any other: the gain,
//! the scale over `1 / sqrt(fan-in)`, torch's `gain * gamma`, since both
//! exporters fold `gain * gamma * fan_in ** -0.5` into one constant).
//!
//! The statistics are checked to be the weight's own per filter: the mean
//! a `ReduceMean` of it over every axis but the filters', the variance the
//! same of the square of it less its mean (kept dims). A
//! `BatchNormalization` of a weight with any other statistics is left as
//! it is, and refused.

use onnx_protobuf::{AttributeProto, GraphProto, NodeProto};

use super::attrs::{float, int, ints};
use super::graph::Graph;

/// The attribute `ops::conv` reads on a conv whose weight was
/// standardised: 1 for `ws`, 2 for `scaledws`.
pub const MARK: &str = "cnn.standardise";
/// The attribute carrying the standardisation's `eps`.
pub const EPS: &str = "cnn.standardise_eps";

/// `graph` with each standardised conv reading its weight directly;
/// `None` if it has none.
pub fn rewrite(graph: &GraphProto, index: &Graph) -> Option<GraphProto> {
    let mut rewritten = graph.clone();
    let mut dropped = vec![false; graph.node.len()];
    let mut any = false;
    for (at, node) in graph.node.iter().enumerate() {
        if node.op_type != "Conv" {
            continue;
        }
        let Some(found) = find(node, index) else {
            continue;
        };
        // The BatchNormalization becomes the identity of its input: the
        // Reshape after it then reshapes a constant, which the index reads
        // as the weight under the conv's dims.
        let mut identity = NodeProto::new();
        identity.op_type = "Identity".to_string();
        identity.name = graph.node[found.norm].name.clone();
        identity.input = vec![found.weight.clone()];
        identity.output = vec![graph.node[found.norm].output[0].clone()];
        rewritten.node[found.norm] = identity;
        for &statistic in &found.statistics {
            dropped[statistic] = true;
        }
        let conv = &mut rewritten.node[at];
        let mut mark = AttributeProto::new();
        mark.name = MARK.to_string();
        mark.type_ = onnx_protobuf::attribute_proto::AttributeType::INT.into();
        mark.i = if found.scaled { 2 } else { 1 };
        conv.attribute.push(mark);
        let mut eps = AttributeProto::new();
        eps.name = EPS.to_string();
        eps.type_ = onnx_protobuf::attribute_proto::AttributeType::FLOAT.into();
        eps.f = found.eps;
        conv.attribute.push(eps);
        if found.scaled {
            // The gain, read by `ops::conv` as the conv's fourth input
            // through an Identity named as torch keys it where the weight
            // is (`stem.conv.gain` beside `stem.conv.weight`).
            let weight_key = index.weight_name(&found.weight).to_string();
            let gain = match weight_key.strip_suffix(".weight") {
                Some(module) => format!("{module}.gain"),
                None => format!("{}/gain", found.scale),
            };
            let mut copy = NodeProto::new();
            copy.op_type = "Identity".to_string();
            copy.name = gain.clone();
            copy.input = vec![found.scale.clone()];
            copy.output = vec![gain.clone()];
            while conv.input.len() < 3 {
                conv.input.push(String::new());
            }
            conv.input.push(gain);
            rewritten.node.push(copy);
            dropped.push(false);
        }
        any = true;
    }
    if !any {
        return None;
    }
    // The gains' Identities read constants only: first, so that every
    // node still reads what is written before it.
    let count = graph.node.len();
    let mut nodes: Vec<NodeProto> = rewritten.node.drain(count..).collect();
    for (at, node) in rewritten.node.drain(..).enumerate() {
        if !dropped[at] {
            nodes.push(node);
        }
    }
    rewritten.node = nodes;
    Some(rewritten)
}

/// A standardised conv's weight, as found.
struct Found {
    /// The BatchNormalization node.
    norm: usize,
    /// The nodes that compute its mean and variance.
    statistics: Vec<usize>,
    /// The weight it standardises, `[1, F, fan-in]`: an initializer or a
    /// Reshape of one.
    weight: String,
    /// Its scale, `[F]`.
    scale: String,
    /// Whether the scale is not all ones (`scaledws`).
    scaled: bool,
    /// Its epsilon.
    eps: f32,
}

/// The standardisation `conv`'s weight is, if it is one.
fn find(conv: &NodeProto, index: &Graph) -> Option<Found> {
    let computed = conv.input.get(1)?;
    if index.constants.contains_key(computed.as_str()) {
        return None;
    }
    let reshape = &index.nodes[index.writer(computed)?];
    if reshape.op_type != "Reshape" {
        return None;
    }
    let norm_at = index.writer(reshape.input.first()?)?;
    let norm = &index.nodes[norm_at];
    if norm.op_type != "BatchNormalization" || norm.input.len() != 5 {
        return None;
    }
    // Its other outputs (the running statistics, in training mode) unread.
    if norm
        .output
        .iter()
        .skip(1)
        .any(|o| !index.readers(o).is_empty())
    {
        return None;
    }
    let [weight, scale, bias, mean, variance] = norm.input.as_slice() else {
        return None;
    };
    let weight_dims = &index.constants.get(weight.as_str())?.dims;
    let [1, filters, fan_in] = weight_dims.as_slice() else {
        return None;
    };
    let (filters, fan_in) = (*filters, *fan_in);
    let scale_values = index.constants.get(scale.as_str())?;
    let bias_values = index.constants.get(bias.as_str())?.values.as_ref()?;
    if scale_values.dims.iter().product::<i64>() != filters
        || bias_values.len() as i64 != filters
        || bias_values.iter().any(|&b| b != 0.0)
    {
        return None;
    }
    let (data, mean_nodes) = mean_of(mean, filters, index)?;
    let (squared, variance_nodes) = mean_of(variance, filters, index)?;
    let variance_nodes = squares(squared, &data, filters, index).map(|mut nodes| {
        nodes.extend(variance_nodes);
        nodes
    })?;
    // The statistics are of the weight itself, or of an initializer the
    // legacy exporter transposed it into: the same number of values.
    let of_weight = data == *weight
        || index
            .constants
            .get(data.as_str())
            .is_some_and(|c| c.dims.iter().product::<i64>() == filters * fan_in);
    if !of_weight || fan_in < 2 {
        return None;
    }
    let ones = scale_values
        .values
        .as_ref()
        .is_some_and(|v| v.iter().all(|&s| s == 1.0));
    let mut statistics = mean_nodes;
    statistics.extend(variance_nodes);
    Some(Found {
        norm: norm_at,
        statistics,
        weight: weight.clone(),
        scale: scale.clone(),
        scaled: !ones,
        eps: float(norm, "epsilon").unwrap_or(1e-5),
    })
}

/// For `value` a ReduceMean of a value of one axis of `filters` kept and
/// the others reduced: that value and the node.
fn mean_of(value: &str, filters: i64, index: &Graph) -> Option<(String, Vec<usize>)> {
    let at = index.writer(value)?;
    let node = &index.nodes[at];
    if node.op_type != "ReduceMean" || int(node, "keepdims").unwrap_or(1) != 0 {
        return None;
    }
    let data = node.input.first()?;
    let kept = kept_axes(node, data, index)?;
    (kept == [filters]).then(|| (data.clone(), vec![at]))
}

/// For `value` the square of `data` less its mean over the same axes
/// (`Mul(d, d)` of `d = Sub(data, ReduceMean(data, keepdims=1))`), the
/// nodes that compute it.
fn squares(value: String, data: &str, filters: i64, index: &Graph) -> Option<Vec<usize>> {
    let mul_at = index.writer(&value)?;
    let mul = &index.nodes[mul_at];
    let [a, b] = mul.input.as_slice() else {
        return None;
    };
    if mul.op_type != "Mul" || a != b {
        return None;
    }
    let sub_at = index.writer(a)?;
    let sub = &index.nodes[sub_at];
    let [x, mean] = sub.input.as_slice() else {
        return None;
    };
    if sub.op_type != "Sub" || x != data {
        return None;
    }
    let kept_at = index.writer(mean)?;
    let kept = &index.nodes[kept_at];
    let same = kept.op_type == "ReduceMean"
        && kept.input.first().map(String::as_str) == Some(data)
        && int(kept, "keepdims").unwrap_or(1) == 1;
    let dims = kept_axes(kept, data, index)?;
    (same && dims == [filters]).then(|| vec![mul_at, sub_at, kept_at])
}

/// The sizes of the axes of `data` that the ReduceMean `node` keeps.
fn kept_axes(node: &NodeProto, data: &str, index: &Graph) -> Option<Vec<i64>> {
    let dims = index
        .constants
        .get(data)
        .map(|c| c.dims.clone())
        .or_else(|| index.shapes.get(data).cloned())?;
    // The axes: an attribute before opset 18, an input from it.
    let axes: Vec<i64> = match node.input.get(1).filter(|a| !a.is_empty()) {
        Some(axes) => index
            .constants
            .get(axes.as_str())?
            .values
            .as_ref()?
            .iter()
            .map(|&a| a as i64)
            .collect(),
        None => ints(node, "axes")?.to_vec(),
    };
    let rank = dims.len() as i64;
    let reduced: Vec<i64> = axes
        .iter()
        .map(|&a| if a < 0 { a + rank } else { a })
        .collect();
    Some(
        dims.iter()
            .enumerate()
            .filter(|(axis, _)| !reduced.contains(&(*axis as i64)))
            .map(|(_, &d)| d)
            .collect(),
    )
}
