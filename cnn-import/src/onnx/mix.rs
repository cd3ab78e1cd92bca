//! A softmax mix of paths, the language's `mix`, read from what torch
//! exports for it (SKNet's `SelectiveKernel`, ResNeSt's `SplitAttn`):
//!
//! - the paths stacked on a new axis 1, `S` of `[1, n, C, H, W]`: a
//!   `Concat` on axis 1 of each path `Unsqueeze`d there (`torch.stack`),
//!   or a `Reshape` of one map of `n*C` channels (whose channel slices
//!   are then the paths);
//! - their sum, a `ReduceSum` of `S` over axis 1, from which a chain of
//!   nodes computes `A`, a map of `n*C` channels;
//! - `A`'s values moved by `Reshape`s and `Transpose`s, with one
//!   `Softmax` among them, into `W` of `[1, n, C, h, w]`;
//! - the `ReduceSum` over axis 1 of `S * W`.
//!
//! The language's `mix` weighs path `i`, channel `c` by the softmax
//! across the paths of `A`'s channel `i*C + c`, so the moves are
//! followed value by value: `W`'s weight of path `i` and channel `c` must
//! be `A`'s channel `i*C + c`, and the softmax must run across the paths.
//! Where they do, the whole is rewritten as one `Mix` node of the paths
//! (each a `Slice` where they are channels of one map), whose weights
//! branch the walk reads from the sum, a graph input of its own, to `A`;
//! where they do not (ResNeSt with a cardinality above 1 lays its
//! weights out group by group), the mix is refused, naming the softmax.

use onnx_protobuf::tensor_shape_proto::{dimension, Dimension};
use onnx_protobuf::type_proto::{Tensor, Value};
use onnx_protobuf::{
    AttributeProto, GraphProto, NodeProto, TensorProto, TensorShapeProto, TypeProto, ValueInfoProto,
};

use super::attrs::{describe, int, ints};
use super::graph::Graph;

/// The nodes that only move values: followed from `A` to `W`.
const MOVES: &[&str] = &[
    "Reshape",
    "Transpose",
    "Softmax",
    "Flatten",
    "Squeeze",
    "Unsqueeze",
    "Identity",
];

/// One mix found: what replaces its nodes.
struct Found {
    /// The nodes it replaces, by index.
    nodes: Vec<usize>,
    /// Where its new nodes go: after the paths are made.
    at: usize,
    /// The new nodes: a `Slice` per path of one map, then the `Mix`.
    made: Vec<NodeProto>,
    /// The initializers of the slices' bounds.
    tensors: Vec<TensorProto>,
    /// The sum, as a graph input of its shape.
    sum: ValueInfoProto,
}

/// `graph` with every softmax mix of paths as one `Mix` node; `None` if
/// it has none; an error naming the softmax of a mix whose weights are
/// not the language's.
pub fn rewrite(graph: &GraphProto, index: &Graph) -> Result<Option<GraphProto>, String> {
    let mut found = Vec::new();
    for (at, node) in graph.node.iter().enumerate() {
        if let Some(mix) = detect(at, node, index)? {
            found.push(mix);
        }
    }
    if found.is_empty() {
        return Ok(None);
    }
    let mut rewritten = graph.clone();
    let mut dropped = vec![false; graph.node.len()];
    let mut inserted: Vec<Vec<NodeProto>> = vec![Vec::new(); graph.node.len()];
    for mix in found {
        for node in mix.nodes {
            dropped[node] = true;
        }
        inserted[mix.at].extend(mix.made);
        rewritten.initializer.extend(mix.tensors);
        rewritten.input.push(mix.sum);
    }
    rewritten.node.clear();
    for (at, node) in graph.node.iter().enumerate() {
        if !dropped[at] {
            rewritten.node.push(node.clone());
        }
        rewritten.node.append(&mut inserted[at]);
    }
    Ok(Some(rewritten))
}

/// The mix whose last node is `node`, a `ReduceSum` over axis 1.
fn detect(at: usize, node: &NodeProto, index: &Graph) -> Result<Option<Found>, String> {
    let shape = |value: &str| index.shapes.get(value).cloned();
    if !over_paths(node, index) {
        return Ok(None);
    }
    let Some(product) = node.input.first().and_then(|v| index.writer(v)) else {
        return Ok(None);
    };
    let mul = &index.nodes[product];
    let data = index.data_inputs(mul);
    if mul.op_type != "Mul" || data.len() != 2 {
        return Ok(None);
    }
    // Which input is the stack: the one a sum over the paths also reads.
    let sum_of = |value: &str| {
        index.readers(value).iter().copied().find(|&r| {
            r != product
                && over_paths(&index.nodes[r], index)
                && index.nodes[r].input.first().is_some_and(|i| i == value)
        })
    };
    let (stack, weights, summed) = match (sum_of(data[0]), sum_of(data[1])) {
        (Some(s), None) => (data[0], data[1], s),
        (None, Some(s)) => (data[1], data[0], s),
        _ => return Ok(None),
    };
    let Some([1, n, c, h, w]) = shape(stack).and_then(|s| <[i64; 5]>::try_from(s).ok()) else {
        return Ok(None);
    };
    if index.readers(stack).len() != 2 || n < 2 || c < 1 || h < 1 || w < 1 {
        return Ok(None);
    }
    let Some(stacker) = index.writer(stack) else {
        return Ok(None);
    };
    let Some(Paths {
        values: paths,
        mut nodes,
        made,
        tensors,
    }) = paths(stacker, n, c, index)
    else {
        return Ok(None);
    };
    let Some((chain, a)) = moves(weights, index) else {
        return Ok(None);
    };
    let Some(softmax) = chain
        .iter()
        .copied()
        .find(|&i| index.nodes[i].op_type == "Softmax")
    else {
        return Ok(None);
    };
    // The weights at one position per channel, or at each of the paths'.
    let a_dims = match shape(a).as_deref() {
        Some(&[1, channels, ah, aw]) if n.checked_mul(c) == Some(channels) => [ah, aw],
        _ => return Ok(None),
    };
    let positions = [h, w];
    if a_dims != [1, 1] && a_dims != positions {
        return Ok(None);
    }
    // Followed value by value below: a map of weights larger than any
    // real attention's is left to the refusals of its nodes.
    let values = n
        .checked_mul(c)
        .and_then(|v| v.checked_mul(a_dims[0]))
        .and_then(|v| v.checked_mul(a_dims[1]));
    if values.is_none_or(|v| v > 1 << 24) {
        return Ok(None);
    }
    let (n, c) = (n as usize, c as usize);
    if !laid_out(&chain, a_dims, n, c, index) {
        return Err(format!(
            "{} weighs the {n} paths that {} stacks by a softmax whose weights \
             are not laid out path by path: the language's mix weighs path i, channel c by \
             the softmax across the paths of channel i*C + c of the weights branch's output \
             `{a}` (C = {c}), and this graph moves those values elsewhere (a ResNeSt of \
             cardinality above 1 lays them out group by group); the language would need a \
             channel permutation before the softmax to say it",
            describe(&index.nodes[softmax]),
            describe(&index.nodes[stacker]),
        ));
    }
    let Some(sum) = index.nodes[summed].output.first() else {
        return Ok(None);
    };
    nodes.extend([product, summed, at]);
    nodes.extend(chain.iter().copied());
    let mut mixed = NodeProto::new();
    mixed.op_type = "Mix".to_string();
    mixed.name = format!("{}/mix", node.name);
    mixed.input = paths;
    mixed.output = node.output.clone();
    mixed.attribute = vec![text("weights_in", sum), text("weights_out", a)];
    let mut made = made;
    made.push(mixed);
    let sum_dims = vec![1, c as i64, h, w];
    Ok(Some(Found {
        nodes,
        at,
        made,
        tensors,
        sum: input(sum, &sum_dims),
    }))
}

/// Whether `node` sums its input over axis 1, dropping it.
fn over_paths(node: &NodeProto, index: &Graph) -> bool {
    if node.op_type != "ReduceSum" || int(node, "keepdims").unwrap_or(1) != 0 {
        return false;
    }
    let axes = match node.input.get(1).filter(|v| !v.is_empty()) {
        Some(value) => index
            .constants
            .get(value.as_str())
            .and_then(|c| c.values.clone()),
        None => ints(node, "axes").map(|a| a.iter().map(|&v| v as f64).collect()),
    };
    axes.as_deref() == Some(&[1.0])
}

/// The paths of a mix and where they come from.
struct Paths {
    /// Each path's value.
    values: Vec<String>,
    /// The nodes that stack them, which the mix replaces.
    nodes: Vec<usize>,
    /// The `Slice`s made for paths that are channels of one map.
    made: Vec<NodeProto>,
    /// Their bounds.
    tensors: Vec<TensorProto>,
}

/// The paths `stacker` stacks: the values a `Concat` reads through
/// `Unsqueeze`s on axis 1, or `Slice`s of the map a `Reshape` splits.
fn paths(stacker: usize, n: i64, c: i64, index: &Graph) -> Option<Paths> {
    let node = &index.nodes[stacker];
    match node.op_type.as_str() {
        "Concat" if int(node, "axis") == Some(1) && node.input.len() == n as usize => {
            let mut paths = Vec::new();
            let mut nodes = vec![stacker];
            for value in &node.input {
                let at = index.writer(value)?;
                let unsqueeze = &index.nodes[at];
                let axes = match unsqueeze.input.get(1) {
                    Some(v) => index.constants.get(v.as_str())?.values.clone()?,
                    None => ints(unsqueeze, "axes")?.iter().map(|&v| v as f64).collect(),
                };
                if unsqueeze.op_type != "Unsqueeze"
                    || axes != [1.0]
                    || index.readers(value).len() != 1
                {
                    return None;
                }
                nodes.push(at);
                paths.push(unsqueeze.input.first()?.clone());
            }
            Some(Paths {
                values: paths,
                nodes,
                made: Vec::new(),
                tensors: Vec::new(),
            })
        }
        "Reshape" => {
            let map = index.data_inputs(node).first().copied()?;
            let [1, channels, _, _] = <[i64; 4]>::try_from(index.shapes.get(map)?.clone()).ok()?
            else {
                return None;
            };
            if channels != n * c {
                return None;
            }
            let mut paths = Vec::new();
            let mut made = Vec::new();
            let mut tensors = Vec::new();
            for i in 0..n {
                let name = format!("{}/path{i}", node.output.first()?);
                let bound = |what: &str, value: i64| {
                    let mut tensor = TensorProto::new();
                    tensor.name = format!("{name}/{what}");
                    tensor.dims = vec![1];
                    tensor.data_type = 7;
                    tensor.int64_data = vec![value];
                    tensor
                };
                let bounds = [
                    bound("starts", i * c),
                    bound("ends", (i + 1) * c),
                    bound("axes", 1),
                ];
                let mut slice = NodeProto::new();
                slice.op_type = "Slice".to_string();
                slice.name = name.clone();
                slice.input = vec![map.to_string()];
                slice.input.extend(bounds.iter().map(|t| t.name.clone()));
                slice.output = vec![name.clone()];
                tensors.extend(bounds);
                made.push(slice);
                paths.push(name);
            }
            Some(Paths {
                values: paths,
                nodes: vec![stacker],
                made,
                tensors,
            })
        }
        _ => None,
    }
}

/// The nodes that move values from `A` to `weights`, in order, and `A`:
/// a chain of [`MOVES`], each read only by the next.
fn moves<'m>(weights: &'m str, index: &Graph<'m>) -> Option<(Vec<usize>, &'m str)> {
    let mut chain = Vec::new();
    let mut value = weights;
    while let Some(at) = index.writer(value) {
        let node = &index.nodes[at];
        if !MOVES.contains(&node.op_type.as_str()) {
            break;
        }
        if index.readers(value).len() != 1 {
            return None;
        }
        chain.push(at);
        value = index.data_inputs(node).first().copied()?;
    }
    chain.reverse();
    (!chain.is_empty()).then_some((chain, value))
}

/// Whether `chain` moves the values of `A` (`[1, n*c, positions]`) to
/// `[1, n, c, positions]` in place, each value where it was, with its
/// one softmax across exactly the `n` values of each channel and
/// position: followed value by value.
fn laid_out(chain: &[usize], positions: [i64; 2], n: usize, c: usize, index: &Graph) -> bool {
    let per = (positions[0] * positions[1]) as usize;
    let len = n * c * per;
    // Which of A's values sits at each place.
    let mut values: Vec<usize> = (0..len).collect();
    let mut dims: Vec<usize> = vec![1, n * c, positions[0] as usize, positions[1] as usize];
    let mut groups: Option<Vec<usize>> = None;
    let mut softmaxes = 0;
    for &at in chain {
        let node = &index.nodes[at];
        let Some(out) = node
            .output
            .first()
            .and_then(|o| index.shapes.get(o.as_str()))
        else {
            return false;
        };
        let out: Option<Vec<usize>> = out.iter().map(|&d| usize::try_from(d).ok()).collect();
        let Some(out) = out else {
            return false;
        };
        match node.op_type.as_str() {
            "Transpose" => {
                let Some(perm) = ints(node, "perm") else {
                    return false;
                };
                let Some(moved) = transpose(&values, &dims, perm) else {
                    return false;
                };
                values = moved;
            }
            "Softmax" => {
                let rank = dims.len() as i64;
                let axis = int(node, "axis").unwrap_or(-1);
                let axis = if axis < 0 { axis + rank } else { axis };
                if !(0..rank).contains(&axis) || dims[axis as usize] != n {
                    return false;
                }
                softmaxes += 1;
                // Each value's group: its place with the axis zeroed.
                let mut group = vec![0; len];
                for (place, &value) in values.iter().enumerate() {
                    group[value] = place - along(place, &dims, axis as usize);
                }
                groups = Some(group);
            }
            _ => {}
        }
        if out.iter().product::<usize>() != len {
            return false;
        }
        dims = out;
    }
    let in_place = values
        .iter()
        .enumerate()
        .all(|(place, &value)| place == value);
    let shape_ok = dims == [1, n, c, positions[0] as usize, positions[1] as usize];
    let Some(groups) = groups.filter(|_| softmaxes == 1) else {
        return false;
    };
    // The paths of each channel and position share a group.
    let across = (0..c * per).all(|k| (1..n).all(|i| groups[i * c * per + k] == groups[k]));
    in_place && shape_ok && across
}

/// `place`'s offset along `axis` of `dims`, in values.
fn along(place: usize, dims: &[usize], axis: usize) -> usize {
    let stride: usize = dims[axis + 1..].iter().product();
    (place / stride % dims[axis]) * stride
}

/// `values` of `dims` transposed by `perm`.
fn transpose(values: &[usize], dims: &[usize], perm: &[i64]) -> Option<Vec<usize>> {
    let rank = dims.len();
    let perm: Vec<usize> = perm
        .iter()
        .map(|&p| usize::try_from(p).ok())
        .collect::<Option<_>>()?;
    if perm.len() != rank || perm.iter().any(|&p| p >= rank) {
        return None;
    }
    let out_dims: Vec<usize> = perm.iter().map(|&p| dims[p]).collect();
    let mut strides = vec![1; rank];
    for axis in (0..rank.saturating_sub(1)).rev() {
        strides[axis] = strides[axis + 1] * dims[axis + 1];
    }
    let mut out = Vec::with_capacity(values.len());
    for place in 0..values.len() {
        // The place's coordinates in the output, read back in the input.
        let mut rest = place;
        let mut from = 0;
        for axis in (0..rank).rev() {
            let coordinate = rest % out_dims[axis];
            rest /= out_dims[axis];
            from += coordinate * strides[perm[axis]];
        }
        out.push(*values.get(from)?);
    }
    Some(out)
}

/// A string attribute.
fn text(name: &str, value: &str) -> AttributeProto {
    let mut attribute = AttributeProto::new();
    attribute.name = name.to_string();
    attribute.type_ = onnx_protobuf::attribute_proto::AttributeType::STRING.into();
    attribute.s = value.as_bytes().to_vec();
    attribute
}

/// A graph input `name` of floats of `dims`.
fn input(name: &str, dims: &[i64]) -> ValueInfoProto {
    let mut shape = TensorShapeProto::new();
    shape.dim = dims
        .iter()
        .map(|&d| {
            let mut dim = Dimension::new();
            dim.value = Some(dimension::Value::DimValue(d));
            dim
        })
        .collect();
    let mut tensor = Tensor::new();
    tensor.elem_type = 1;
    tensor.shape = Some(shape).into();
    let mut ty = TypeProto::new();
    ty.value = Some(Value::TensorType(tensor));
    let mut value = ValueInfoProto::new();
    value.name = name.to_string();
    value.type_ = Some(ty).into();
    value
}

#[cfg(test)]
mod tests {
    use super::{along, transpose};

    #[test]
    fn transpose_moves_values_as_numpy_does() {
        // [[0, 1, 2], [3, 4, 5]].T, worked by hand.
        let moved = transpose(&[0, 1, 2, 3, 4, 5], &[2, 3], &[1, 0]);
        assert_eq!(moved, Some(vec![0, 3, 1, 4, 2, 5]));
        // rSoftMax's [1, 1, 2, 3] to [1, 2, 1, 3]: the same order.
        let moved = transpose(&[0, 1, 2, 3, 4, 5], &[1, 1, 2, 3], &[0, 2, 1, 3]);
        assert_eq!(moved, Some(vec![0, 1, 2, 3, 4, 5]));
        // Its cardinality 2: [1, 2, 2, 1] to [1, 2, 2, 1], groups and
        // paths swapped.
        let moved = transpose(&[0, 1, 2, 3], &[1, 2, 2, 1], &[0, 2, 1, 3]);
        assert_eq!(moved, Some(vec![0, 2, 1, 3]));
        assert_eq!(transpose(&[0, 1], &[2], &[1]), None);
    }

    #[test]
    fn along_is_the_offset_on_one_axis() {
        // Place 5 of [2, 3] is (1, 2): 3 values along axis 0, 2 along 1.
        assert_eq!(along(5, &[2, 3], 0), 3);
        assert_eq!(along(5, &[2, 3], 1), 2);
    }
}
