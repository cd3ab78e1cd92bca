//! Each value's shape worked out from the graph's input and its
//! constants, operator by operator, as ONNX defines them: the importer's
//! own shape inference. Exporters do not all write `value_info`
//! (torch's `dynamo=False` exporter writes none), so a file's shapes are
//! only a cross-check on these (`graph`).
//!
//! A shape is batch first, an axis not known (a symbolic batch) -1. An
//! operator this does not read, or options that are not constants,
//! leave the node's outputs without a shape.

use std::collections::HashMap;

use onnx_protobuf::NodeProto;

use super::attrs::{int, ints};
use super::constant::Constant;
use super::sizes::{
    add, axis, broadcast, conv, conv_transpose, matmul, pool, product, reshape, sum,
};

/// The values' shapes so far, and the constants.
pub struct Known<'a, 'm> {
    pub shapes: &'a HashMap<&'m str, Vec<i64>>,
    pub constants: &'a HashMap<&'m str, Constant>,
}

impl Known<'_, '_> {
    /// The shape of `value`: worked out, or a constant's dims.
    fn shape(&self, value: &str) -> Option<Vec<i64>> {
        if let Some(dims) = self.shapes.get(value) {
            return Some(dims.clone());
        }
        self.constants.get(value).map(|c| c.dims.clone())
    }

    /// The values of the constant `value`, as integers.
    fn ints(&self, value: &str) -> Option<Vec<i64>> {
        let values = self.constants.get(value)?.values.as_ref()?;
        Some(values.iter().map(|&v| v as i64).collect())
    }

    /// The `at`th input of `node`, if it is there and not empty.
    fn input<'n>(&self, node: &'n NodeProto, at: usize) -> Option<&'n str> {
        node.input
            .get(at)
            .map(String::as_str)
            .filter(|i| !i.is_empty())
    }

    /// The integer options of `node` from its input `at` (later opsets)
    /// or else its attribute `name` (earlier ones).
    fn option(&self, node: &NodeProto, at: usize, name: &str) -> Option<Vec<i64>> {
        match self.input(node, at) {
            Some(input) => self.ints(input),
            None => ints(node, name).map(<[i64]>::to_vec),
        }
    }
}

/// Operators whose output has their first input's shape.
const SAME: &[&str] = &[
    "Relu",
    "Sigmoid",
    "Tanh",
    "HardSwish",
    "HardSigmoid",
    "LeakyRelu",
    "Elu",
    "Selu",
    "Celu",
    "PRelu",
    "Clip",
    "Erf",
    "Gelu",
    "Identity",
    // A softmax mix of paths (`mix`): the shape of each path.
    "Mix",
    "Dropout",
    "Softmax",
    "LogSoftmax",
    "BatchNormalization",
    "InstanceNormalization",
    "LayerNormalization",
    "GroupNormalization",
    "Cast",
    "Sqrt",
    "Exp",
    "Log",
    "Neg",
    "Abs",
    "Reciprocal",
    "Floor",
    "Ceil",
    "Softplus",
    "Softsign",
    "Mish",
    "Sign",
    "Not",
    "Round",
    "LRN",
    "Shrink",
    "ThresholdedRelu",
];

/// Operators that broadcast their inputs, numpy's way.
const BROADCAST: &[&str] = &[
    "Add", "Sub", "Mul", "Div", "Pow", "Max", "Min", "Sum", "Mean", "Equal", "Less", "Greater",
    "And", "Or", "Where",
];

/// The shape of each output of `node`, where its inputs' shapes and
/// options say; `None` where they do not.
pub fn outputs(node: &NodeProto, known: &Known) -> Option<Vec<Vec<i64>>> {
    let op = node.op_type.as_str();
    let first = || known.input(node, 0).and_then(|i| known.shape(i));
    let one = |shape: Option<Vec<i64>>| shape.map(|s| vec![s]);
    if SAME.contains(&op) {
        // The first output only: the others (Dropout's mask,
        // BatchNormalization's running statistics in training mode,
        // LayerNormalization's mean) are other shapes, never read by a
        // network the language declares.
        return one(first());
    }
    if BROADCAST.contains(&op) {
        let mut shape: Vec<i64> = Vec::new();
        for input in node.input.iter().filter(|i| !i.is_empty()) {
            shape = broadcast(&shape, &known.shape(input)?)?;
        }
        return Some(vec![shape]);
    }
    match op {
        "Conv" => one(conv(node, &first()?, &known.shape(known.input(node, 1)?)?)),
        "ConvTranspose" => one(conv_transpose(
            node,
            &first()?,
            &known.shape(known.input(node, 1)?)?,
        )),
        "MaxPool" | "AveragePool" | "LpPool" => {
            let shape = pool(node, &first()?)?;
            Some(vec![shape; node.output.len()])
        }
        // `context`'s node: the map pooled to one position.
        "GlobalAveragePool" | "GlobalMaxPool" | "GlobalLpPool" | "ContextPool" => {
            let mut shape = first()?;
            shape.iter_mut().skip(2).for_each(|d| *d = 1);
            one(Some(shape))
        }
        "Gemm" => {
            let a = first()?;
            let b = known.shape(known.input(node, 1)?)?;
            let [m, _] = a.as_slice() else {
                return None;
            };
            let [_, n] = b.as_slice() else {
                return None;
            };
            let m = if int(node, "transA").unwrap_or(0) != 0 {
                a[1]
            } else {
                *m
            };
            let n = if int(node, "transB").unwrap_or(0) != 0 {
                b[0]
            } else {
                *n
            };
            one(Some(vec![m, n]))
        }
        "MatMul" => one(matmul(&first()?, &known.shape(known.input(node, 1)?)?)),
        "Concat" => {
            let shapes: Option<Vec<Vec<i64>>> = node
                .input
                .iter()
                .filter(|i| !i.is_empty())
                .map(|i| known.shape(i))
                .collect();
            let shapes = shapes?;
            let axis = axis(int(node, "axis")?, shapes.first()?.len())?;
            let mut out = shapes[0].clone();
            out[axis] = sum(shapes.iter().map(|s| s.get(axis).copied().unwrap_or(-1)));
            one(Some(out))
        }
        "Split" => split(node, known, first()?),
        "Slice" => one(slice(node, known, first()?)),
        "Reshape" => one(reshape(
            node,
            &first()?,
            &known.ints(known.input(node, 1)?)?,
        )),
        "Flatten" => {
            let shape = first()?;
            let at = axis(int(node, "axis").unwrap_or(1), shape.len() + 1)?;
            one(Some(vec![product(&shape[..at]), product(&shape[at..])]))
        }
        "Transpose" => {
            let shape = first()?;
            let perm: Vec<i64> = match ints(node, "perm") {
                Some(perm) => perm.to_vec(),
                None => (0..shape.len() as i64).rev().collect(),
            };
            let out: Option<Vec<i64>> = perm
                .iter()
                .map(|&p| shape.get(usize::try_from(p).ok()?).copied())
                .collect();
            one(out)
        }
        "ReduceMean" | "ReduceSum" | "ReduceMax" | "ReduceMin" | "ReduceProd" | "ReduceL2"
        | "ReduceL1" | "ReduceSumSquare" | "ReduceLogSumExp" => one(reduce(node, known, first()?)),
        "ArgMax" | "ArgMin" => {
            let mut shape = first()?;
            let at = axis(int(node, "axis").unwrap_or(0), shape.len())?;
            match int(node, "keepdims").unwrap_or(1) {
                0 => drop(shape.remove(at)),
                _ => shape[at] = 1,
            }
            one(Some(shape))
        }
        "Pad" => {
            let shape = first()?;
            let pads = known.option(node, 1, "pads")?;
            let rank = shape.len();
            let axes: Vec<usize> = match known.input(node, 3) {
                Some(axes) => known
                    .ints(axes)?
                    .iter()
                    .map(|&a| axis(a, rank))
                    .collect::<Option<_>>()?,
                None => (0..rank).collect(),
            };
            if pads.len() != 2 * axes.len() {
                return None;
            }
            let mut out = shape;
            for (i, &a) in axes.iter().enumerate() {
                out[a] = add(out[a], pads[i] + pads[i + axes.len()]);
            }
            one(Some(out))
        }
        "Resize" | "Upsample" => one(resize(node, known, first()?)),
        "SpaceToDepth" => {
            let mut shape = first()?;
            let block = int(node, "blocksize").filter(|&b| b > 0)?;
            let [_, channels, axes @ ..] = shape.as_mut_slice() else {
                return None;
            };
            for axis in axes {
                *axis /= block;
                *channels = channels.checked_mul(block)?;
            }
            one(Some(shape))
        }
        "Squeeze" => {
            let shape = first()?;
            let rank = shape.len();
            let given = known.input(node, 1).is_some() || ints(node, "axes").is_some();
            let out = match known.option(node, 1, "axes") {
                None if given => return None,
                Some(axes) => {
                    let axes: Vec<usize> =
                        axes.iter().map(|&a| axis(a, rank)).collect::<Option<_>>()?;
                    (0..rank)
                        .filter(|a| !axes.contains(a))
                        .map(|a| shape[a])
                        .collect()
                }
                None => shape.into_iter().filter(|&d| d != 1).collect(),
            };
            one(Some(out))
        }
        "Unsqueeze" => {
            let mut shape = first()?;
            let axes = known.option(node, 1, "axes")?;
            let rank = shape.len() + axes.len();
            let mut axes: Vec<usize> =
                axes.iter().map(|&a| axis(a, rank)).collect::<Option<_>>()?;
            axes.sort_unstable();
            for a in axes {
                (a <= shape.len()).then(|| shape.insert(a, 1))?;
            }
            one(Some(shape))
        }
        "Shape" => one(Some(vec![first()?.len() as i64])),
        "Expand" => one(broadcast(&first()?, &known.ints(known.input(node, 1)?)?)),
        "Gather" => {
            let data = first()?;
            let indices = known.shape(known.input(node, 1)?)?;
            let at = axis(int(node, "axis").unwrap_or(0), data.len())?;
            let mut out = data[..at].to_vec();
            out.extend(indices);
            out.extend(&data[at + 1..]);
            one(Some(out))
        }
        _ => None,
    }
}

fn slice(node: &NodeProto, known: &Known, mut shape: Vec<i64>) -> Option<Vec<i64>> {
    let starts = known.option(node, 1, "starts")?;
    let ends = known.option(node, 2, "ends")?;
    let rank = shape.len();
    let axes: Vec<i64> = match known.option(node, 3, "axes") {
        Some(axes) => axes,
        None => (0..starts.len() as i64).collect(),
    };
    let steps = match known.input(node, 4) {
        Some(steps) => known.ints(steps)?,
        None => vec![1; starts.len()],
    };
    if ends.len() != starts.len() || axes.len() != starts.len() || steps.len() != starts.len() {
        return None;
    }
    for i in 0..starts.len() {
        let a = axis(axes[i], rank)?;
        let size = shape[a];
        if size < 0 {
            continue;
        }
        let step = steps[i];
        let clamp = |v: i64, low: i64, high: i64| {
            let v = if v < 0 { v.saturating_add(size) } else { v };
            v.clamp(low, high)
        };
        shape[a] = if step > 0 {
            let (s, e) = (clamp(starts[i], 0, size), clamp(ends[i], 0, size));
            ((e - s).max(0) + step - 1) / step
        } else if step < 0 {
            let (s, e) = (clamp(starts[i], -1, size - 1), clamp(ends[i], -1, size - 1));
            ((s - e).max(0) + -step - 1) / -step
        } else {
            return None;
        };
    }
    Some(shape)
}

fn reduce(node: &NodeProto, known: &Known, shape: Vec<i64>) -> Option<Vec<i64>> {
    let rank = shape.len();
    let keep = int(node, "keepdims").unwrap_or(1) != 0;
    let axes = match known.input(node, 1) {
        Some(axes) => Some(known.ints(axes)?),
        None => ints(node, "axes").map(<[i64]>::to_vec),
    };
    let axes: Vec<usize> = match axes.filter(|a| !a.is_empty()) {
        Some(axes) => axes.iter().map(|&a| axis(a, rank)).collect::<Option<_>>()?,
        None if int(node, "noop_with_empty_axes").unwrap_or(0) != 0 => return Some(shape),
        None => (0..rank).collect(),
    };
    let mut out = Vec::new();
    for (a, &d) in shape.iter().enumerate() {
        match (axes.contains(&a), keep) {
            (false, _) => out.push(d),
            (true, true) => out.push(1),
            (true, false) => {}
        }
    }
    Some(out)
}

fn resize(node: &NodeProto, known: &Known, shape: Vec<i64>) -> Option<Vec<i64>> {
    // Upsample, and Resize of opset 10, read (X, scales); Resize from
    // opset 11 reads (X, roi, scales, sizes).
    let (scales_at, sizes_at) = if node.op_type == "Upsample" || node.input.len() == 2 {
        (1, usize::MAX)
    } else {
        (2, 3)
    };
    if let Some(sizes) = known.input(node, sizes_at) {
        let sizes = known.ints(sizes)?;
        return (sizes.len() == shape.len()).then_some(sizes);
    }
    let scales = known.input(node, scales_at)?;
    let scales = known.constants.get(scales)?.values.as_ref()?;
    if scales.len() != shape.len() {
        return None;
    }
    let out = shape
        .iter()
        .zip(scales)
        .map(|(&d, &s)| {
            if d < 0 {
                -1
            } else {
                (d as f64 * s).floor() as i64
            }
        })
        .collect();
    Some(out)
}

fn split(node: &NodeProto, known: &Known, shape: Vec<i64>) -> Option<Vec<Vec<i64>>> {
    let at = axis(int(node, "axis").unwrap_or(0), shape.len())?;
    let size = shape[at];
    let parts = node.output.len() as i64;
    let given = known.input(node, 1).is_some() || ints(node, "split").is_some();
    let sizes = match known.option(node, 1, "split") {
        Some(sizes) => sizes,
        None if given => return None,
        None if size < 0 => vec![-1; parts as usize],
        None => {
            // Equal parts, the last smaller if they do not divide (opset
            // 18's num_outputs).
            let each = (size + parts - 1) / parts;
            (0..parts).map(|i| each.min(size - i * each)).collect()
        }
    };
    if sizes.len() != node.output.len() {
        return None;
    }
    let out = sizes
        .into_iter()
        .map(|s| {
            let mut part = shape.clone();
            part[at] = s;
            part
        })
        .collect();
    Some(out)
}
