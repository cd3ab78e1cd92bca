//! Constants worked out before the walk: exporters compute the bounds of
//! `chunk`, the sizes of `view` and `interpolate`, and TensorFlow-style
//! "same" pads from `Shape` of a value or from constants, through Gather,
//! Div, Concat, Clip, Reshape, Transpose, ConstantOfShape and the like.
//! With the importer's own shapes those are numbers, and the nodes that
//! compute them read no data.
//!
//! Each such node is evaluated on small tensors of any rank (numpy's
//! broadcast, ONNX's semantics for each operator); a node that reads a
//! large constant whose values the file does not hold (a weight kept as
//! external data) is not ours.

use std::collections::HashMap;

use onnx_protobuf::NodeProto;

use super::attrs::{attribute, float, int, ints};
use super::constant::{constant, Constant};
use super::sizes::{axis, broadcast, reshape};

/// The operators evaluated on constants.
const ARITHMETIC: &[&str] = &[
    "Gather",
    "Unsqueeze",
    "Squeeze",
    "Reshape",
    "Flatten",
    "Concat",
    "Add",
    "Sub",
    "Mul",
    "Div",
    "Max",
    "Min",
    "Pow",
    "Mod",
    "Cast",
    "Slice",
    "Floor",
    "Ceil",
    "Neg",
    "Abs",
    "Sqrt",
    "Clip",
    "Range",
    "Equal",
    "Less",
    "Greater",
    "Not",
    "Where",
    "ConstantOfShape",
    "Transpose",
    "Expand",
];

/// The most values a folded tensor holds: shape arithmetic is small.
const LARGEST: i64 = 4096;

/// A tensor whose values are known: its dims and its values, row-major.
struct Tensor {
    dims: Vec<i64>,
    values: Vec<f64>,
    float: bool,
}

impl Tensor {
    fn new(dims: Vec<i64>, values: Vec<f64>, float: bool) -> Option<Tensor> {
        (count(&dims)? == values.len()).then_some(Tensor {
            dims,
            values,
            float,
        })
    }
}

/// The number of values of `dims`, if every one is known.
fn count(dims: &[i64]) -> Option<usize> {
    dims.iter().try_fold(1usize, |total, &d| {
        total.checked_mul(usize::try_from(d).ok()?)
    })
}

/// What `node` computes, if it only computes from constants or a shape:
/// `Some(constant)`, its values when we can work them out. `None` for a
/// node that reads data.
pub fn evaluate(
    node: &NodeProto,
    constants: &HashMap<&str, Constant>,
    shapes: &HashMap<&str, Vec<i64>>,
) -> Option<Option<Constant>> {
    let op = node.op_type.as_str();
    if op == "Shape" {
        let input = node.input.first()?;
        let dims = shapes
            .get(input.as_str())
            .or_else(|| constants.get(input.as_str()).map(|c| &c.dims));
        let Some(dims) = dims else {
            return Some(None);
        };
        // Opset 15's start and end take part of the shape.
        let rank = dims.len() as i64;
        let clamp = |v: i64| (if v < 0 { v + rank } else { v }).clamp(0, rank) as usize;
        let start = clamp(int(node, "start").unwrap_or(0));
        let end = clamp(int(node, "end").unwrap_or(rank));
        let part = dims.get(start..end.max(start))?;
        // A batch of unknown size is no number.
        if part.iter().any(|&d| d < 0) {
            return Some(None);
        }
        let values = part.iter().map(|&d| d as f64).collect();
        return Some(Some(Constant {
            dims: vec![part.len() as i64],
            values: Some(values),
            float: false,
        }));
    }
    if !ARITHMETIC.contains(&op) || node.output.len() != 1 {
        return None;
    }
    // A node that reads data computes no constant, whatever its constant
    // inputs (a Mul by a weight of one value, HGNetV2's scalar affine,
    // whose value the file may not hold).
    let data = |input: &String| !input.is_empty() && !constants.contains_key(input.as_str());
    if node.input.iter().any(data) {
        return None;
    }
    let mut inputs = Vec::new();
    for input in &node.input {
        if input.is_empty() {
            inputs.push(None);
            continue;
        }
        let constant = constants.get(input.as_str())?;
        let size = count(&constant.dims)
            .and_then(|n| i64::try_from(n).ok())
            .unwrap_or(i64::MAX);
        match &constant.values {
            // A weight's values the file does not hold, read by something
            // else than shape arithmetic: not ours.
            None if size > 64 || constant.dims.len() > 1 => return None,
            None => return Some(None),
            Some(_) if size > LARGEST => return None,
            Some(values) => inputs.push(Some(Tensor::new(
                constant.dims.clone(),
                values.clone(),
                constant.float,
            )?)),
        }
    }
    if inputs.iter().all(Option::is_none) && op != "ConstantOfShape" {
        return None;
    }
    let out = compute(node, &inputs).filter(|t| t.values.len() as i64 <= LARGEST);
    Some(out.map(|t| Constant {
        dims: t.dims,
        values: Some(t.values),
        float: t.float,
    }))
}

/// The values of `node` on known inputs (`None` for an input left out),
/// or None where we do not say.
fn compute(node: &NodeProto, inputs: &[Option<Tensor>]) -> Option<Tensor> {
    let at = |i: usize| inputs.get(i).and_then(Option::as_ref);
    let first = at(0);
    let ints_of = |i: usize| at(i).map(|t| t.values.iter().map(|&v| v as i64).collect::<Vec<_>>());
    let unary = |f: fn(f64) -> f64| {
        let x = first?;
        Tensor::new(
            x.dims.clone(),
            x.values.iter().map(|&v| f(v)).collect(),
            x.float,
        )
    };
    match node.op_type.as_str() {
        "Add" => binary(first?, at(1)?, |a, b| a + b),
        "Sub" => binary(first?, at(1)?, |a, b| a - b),
        "Mul" => binary(first?, at(1)?, |a, b| a * b),
        // Integer division truncates toward zero; the shapes it computes
        // are integers (a float Div of integers stays exact in f64).
        // Integer division truncates toward zero.
        "Div" => {
            let integer = !(first?.float || at(1)?.float);
            binary(first?, at(1)?, move |a, b| match (b == 0.0, integer) {
                (true, _) => f64::NAN,
                (false, true) => (a / b).trunc(),
                (false, false) => a / b,
            })
        }
        "Max" => inputs
            .iter()
            .flatten()
            .try_fold(None::<Tensor>, |acc, t| match acc {
                None => Tensor::new(t.dims.clone(), t.values.clone(), t.float).map(Some),
                Some(acc) => binary(&acc, t, f64::max).map(Some),
            })?,
        "Min" => inputs
            .iter()
            .flatten()
            .try_fold(None::<Tensor>, |acc, t| match acc {
                None => Tensor::new(t.dims.clone(), t.values.clone(), t.float).map(Some),
                Some(acc) => binary(&acc, t, f64::min).map(Some),
            })?,
        "Pow" => binary(first?, at(1)?, f64::powf),
        "Mod" => binary(
            first?,
            at(1)?,
            |a, b| if b == 0.0 { f64::NAN } else { a % b },
        ),
        "Equal" => boolean(binary(first?, at(1)?, |a, b| f64::from(u8::from(a == b)))),
        "Less" => boolean(binary(first?, at(1)?, |a, b| f64::from(u8::from(a < b)))),
        "Greater" => boolean(binary(first?, at(1)?, |a, b| f64::from(u8::from(a > b)))),
        "Not" => unary(|v| f64::from(u8::from(v == 0.0))),
        "Floor" => unary(f64::floor),
        "Ceil" => unary(f64::ceil),
        "Neg" => unary(|v| -v),
        "Abs" => unary(f64::abs),
        "Sqrt" => unary(f64::sqrt),
        "Cast" => {
            let x = first?;
            let (values, float): (Vec<f64>, bool) = match int(node, "to") {
                // FLOAT, DOUBLE, FLOAT16, BFLOAT16: the value as it is.
                Some(1 | 10 | 11 | 16) => (x.values.clone(), true),
                // BOOL.
                Some(9) => (
                    x.values
                        .iter()
                        .map(|&v| f64::from(u8::from(v != 0.0)))
                        .collect(),
                    false,
                ),
                // The integer types truncate.
                _ => (x.values.iter().map(|v| v.trunc()).collect(), false),
            };
            Tensor::new(x.dims.clone(), values, float)
        }
        "Clip" => {
            let x = first?;
            let low = match at(1) {
                Some(t) => *t.values.first()?,
                None => float(node, "min").map_or(f64::NEG_INFINITY, f64::from),
            };
            let high = match at(2) {
                Some(t) => *t.values.first()?,
                None => float(node, "max").map_or(f64::INFINITY, f64::from),
            };
            Tensor::new(
                x.dims.clone(),
                x.values.iter().map(|&v| v.max(low).min(high)).collect(),
                x.float,
            )
        }
        "Where" => {
            let (c, a, b) = (first?, at(1)?, at(2)?);
            let dims = broadcast(&broadcast(&c.dims, &a.dims)?, &b.dims)?;
            let (c, a, b) = (expand(c, &dims)?, expand(a, &dims)?, expand(b, &dims)?);
            let values = (0..c.len())
                .map(|i| if c[i] != 0.0 { a[i] } else { b[i] })
                .collect();
            Tensor::new(dims, values, first?.float || at(1)?.float)
        }
        "Unsqueeze" | "Squeeze" | "Reshape" | "Flatten" => {
            let x = first?;
            let dims = match node.op_type.as_str() {
                "Reshape" => reshape(node, &x.dims, &ints_of(1)?)?,
                "Flatten" => {
                    let at = axis(int(node, "axis").unwrap_or(1), x.dims.len() + 1)?;
                    let (a, b) = x.dims.split_at(at);
                    vec![a.iter().product(), b.iter().product()]
                }
                "Unsqueeze" => {
                    let axes = ints_of(1).or_else(|| ints(node, "axes").map(<[i64]>::to_vec))?;
                    let rank = x.dims.len() + axes.len();
                    let mut axes: Vec<usize> =
                        axes.iter().map(|&a| axis(a, rank)).collect::<Option<_>>()?;
                    axes.sort_unstable();
                    let mut dims = x.dims.clone();
                    for a in axes {
                        (a <= dims.len()).then(|| dims.insert(a, 1))?;
                    }
                    dims
                }
                _ => {
                    let rank = x.dims.len();
                    match ints_of(1).or_else(|| ints(node, "axes").map(<[i64]>::to_vec)) {
                        Some(axes) => {
                            let axes: Vec<usize> =
                                axes.iter().map(|&a| axis(a, rank)).collect::<Option<_>>()?;
                            (0..rank)
                                .filter(|a| !axes.contains(a))
                                .map(|a| x.dims[a])
                                .collect()
                        }
                        None => x.dims.iter().copied().filter(|&d| d != 1).collect(),
                    }
                }
            };
            Tensor::new(dims, x.values.clone(), x.float)
        }
        "Concat" => {
            let parts: Vec<&Tensor> = inputs.iter().flatten().collect();
            let rank = parts.first()?.dims.len().max(1);
            let axis = axis(int(node, "axis")?, rank)?;
            // A scalar is read as a vector of one.
            let dims_of = |t: &Tensor| {
                if t.dims.is_empty() {
                    vec![1]
                } else {
                    t.dims.clone()
                }
            };
            let outer: usize = count(&dims_of(parts[0])[..axis])?;
            let mut dims = dims_of(parts[0]);
            dims[axis] = parts.iter().map(|t| dims_of(t)[axis]).sum();
            let mut values = Vec::new();
            for o in 0..outer {
                for part in &parts {
                    let d = dims_of(part);
                    let inner = count(&d[axis..])?;
                    values.extend_from_slice(part.values.get(o * inner..(o + 1) * inner)?);
                }
            }
            Tensor::new(dims, values, parts[0].float)
        }
        "Gather" => {
            let (data, indices) = (first?, at(1)?);
            let rank = data.dims.len().max(1);
            let axis = axis(int(node, "axis").unwrap_or(0), rank)?;
            let dims = if data.dims.is_empty() {
                vec![1]
            } else {
                data.dims.clone()
            };
            let size = dims[axis];
            let outer = count(&dims[..axis])?;
            let inner = count(&dims[axis + 1..])?;
            let mut values = Vec::new();
            for o in 0..outer {
                for &index in &indices.values {
                    let i = if index < 0.0 {
                        index as i64 + size
                    } else {
                        index as i64
                    };
                    let i = usize::try_from(i).ok().filter(|&i| (i as i64) < size)?;
                    let from = (o * size as usize + i) * inner;
                    values.extend_from_slice(data.values.get(from..from + inner)?);
                }
            }
            let mut out = dims[..axis].to_vec();
            out.extend(&indices.dims);
            out.extend(&dims[axis + 1..]);
            Tensor::new(out, values, data.float)
        }
        "Slice" => slice(node, first?, inputs),
        "Transpose" => {
            let x = first?;
            let rank = x.dims.len();
            let perm: Vec<usize> = match ints(node, "perm") {
                Some(perm) => perm
                    .iter()
                    .map(|&p| usize::try_from(p).ok())
                    .collect::<Option<_>>()?,
                None => (0..rank).rev().collect(),
            };
            if perm.len() != rank {
                return None;
            }
            let dims: Vec<i64> = perm
                .iter()
                .map(|&p| x.dims.get(p).copied())
                .collect::<Option<_>>()?;
            let strides = strides(&x.dims);
            let mut values = Vec::with_capacity(x.values.len());
            for index in 0..x.values.len() {
                let position = unravel(index, &dims);
                let from: usize = position
                    .iter()
                    .zip(&perm)
                    .map(|(&i, &p)| i * strides[p])
                    .sum();
                values.push(*x.values.get(from)?);
            }
            Tensor::new(dims, values, x.float)
        }
        "ConstantOfShape" => {
            let dims: Vec<i64> = first?.values.iter().map(|&v| v as i64).collect();
            // The value attribute, a float 0 when not given.
            let given = attribute(node, "value")
                .and_then(|a| a.t.as_ref())
                .map(constant);
            let float = given.as_ref().is_none_or(|c| c.float);
            let value = given
                .and_then(|c| c.values)
                .and_then(|v| v.first().copied())
                .unwrap_or(0.0);
            let n = count(&dims)?;
            (n as i64 <= LARGEST).then_some(())?;
            Tensor::new(dims, vec![value; n], float)
        }
        "Range" => {
            let (start, limit, delta) = (
                *first?.values.first()?,
                *at(1)?.values.first()?,
                *at(2)?.values.first()?,
            );
            if delta == 0.0 {
                return None;
            }
            let n = ((limit - start) / delta).ceil().max(0.0);
            if n > LARGEST as f64 {
                return None;
            }
            let values: Vec<f64> = (0..n as usize).map(|i| start + i as f64 * delta).collect();
            Tensor::new(vec![values.len() as i64], values, first?.float)
        }
        "Expand" => {
            let x = first?;
            let dims = broadcast(&x.dims, &ints_of(1)?)?;
            let values = expand(x, &dims)?;
            Tensor::new(dims, values, x.float)
        }
        _ => None,
    }
}

/// `t` as a boolean tensor.
fn boolean(t: Option<Tensor>) -> Option<Tensor> {
    t.map(|t| Tensor { float: false, ..t })
}

/// `a` and `b` combined by `f`, broadcast numpy's way.
fn binary(a: &Tensor, b: &Tensor, f: impl Fn(f64, f64) -> f64) -> Option<Tensor> {
    let dims = broadcast(&a.dims, &b.dims)?;
    let (x, y) = (expand(a, &dims)?, expand(b, &dims)?);
    let float = a.float || b.float;
    Tensor::new(
        dims,
        x.iter().zip(&y).map(|(&p, &q)| f(p, q)).collect(),
        float,
    )
}

/// The values of `t` broadcast to `dims`.
fn expand(t: &Tensor, dims: &[i64]) -> Option<Vec<f64>> {
    let n = count(dims)?;
    let pad = dims.len().checked_sub(t.dims.len())?;
    let own = strides(&t.dims);
    (0..n)
        .map(|index| {
            let position = unravel(index, dims);
            let from: usize = t
                .dims
                .iter()
                .enumerate()
                .map(|(a, &d)| {
                    if d == 1 {
                        0
                    } else {
                        position[a + pad] * own[a]
                    }
                })
                .sum();
            t.values.get(from).copied()
        })
        .collect()
}

/// Row-major strides of `dims`.
fn strides(dims: &[i64]) -> Vec<usize> {
    let mut out = vec![1; dims.len()];
    for a in (0..dims.len().saturating_sub(1)).rev() {
        out[a] = out[a + 1] * dims[a + 1].max(0) as usize;
    }
    out
}

/// The position of the `index`th value of `dims`, row-major.
fn unravel(mut index: usize, dims: &[i64]) -> Vec<usize> {
    let mut position = vec![0; dims.len()];
    for a in (0..dims.len()).rev() {
        let d = dims[a].max(1) as usize;
        position[a] = index % d;
        index /= d;
    }
    position
}

/// ONNX's Slice (opset 10 on: starts, ends, axes, steps as inputs; before,
/// attributes) of a tensor of any rank.
fn slice(node: &NodeProto, x: &Tensor, inputs: &[Option<Tensor>]) -> Option<Tensor> {
    let list = |at: usize, name: &str| -> Option<Vec<i64>> {
        match inputs.get(at).and_then(Option::as_ref) {
            Some(t) => Some(t.values.iter().map(|&v| v as i64).collect()),
            None => ints(node, name).map(<[i64]>::to_vec),
        }
    };
    let rank = x.dims.len();
    let starts = list(1, "starts")?;
    let ends = list(2, "ends")?;
    let axes = list(3, "axes").unwrap_or_else(|| (0..starts.len() as i64).collect());
    let steps = list(4, "").unwrap_or_else(|| vec![1; starts.len()]);
    if ends.len() != starts.len() || axes.len() != starts.len() || steps.len() != starts.len() {
        return None;
    }
    // Each axis's indices, in order.
    let mut picks: Vec<Vec<usize>> = x
        .dims
        .iter()
        .map(|&d| (0..d.max(0) as usize).collect())
        .collect();
    for i in 0..starts.len() {
        let a = axis(axes[i], rank)?;
        let size = x.dims[a];
        let step = steps[i];
        let fix = |v: i64| if v < 0 { v.saturating_add(size) } else { v };
        let mut chosen = Vec::new();
        if step > 0 {
            let (s, e) = (fix(starts[i]).clamp(0, size), fix(ends[i]).clamp(0, size));
            let mut at = s;
            while at < e {
                chosen.push(at as usize);
                at += step;
            }
        } else if step < 0 {
            let (s, e) = (
                fix(starts[i]).clamp(-1, size - 1),
                fix(ends[i]).clamp(-1, size - 1),
            );
            let mut at = s;
            while at > e {
                chosen.push(at as usize);
                at += step;
            }
        } else {
            return None;
        }
        picks[a] = chosen;
    }
    let dims: Vec<i64> = picks.iter().map(|p| p.len() as i64).collect();
    let own = strides(&x.dims);
    let n = count(&dims)?;
    let values = (0..n)
        .map(|index| {
            let position = unravel(index, &dims);
            let from: usize = position
                .iter()
                .enumerate()
                .map(|(a, &i)| picks[a][i] * own[a])
                .sum();
            x.values.get(from).copied()
        })
        .collect::<Option<Vec<f64>>>()?;
    Tensor::new(dims, values, x.float)
}

#[cfg(test)]
#[path = "fold_tests.rs"]
mod tests;
