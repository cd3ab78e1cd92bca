//! The layers added with shapes of any rank (DSL.md, "Shapes of any rank,
//! and the layers modern networks need"), one ONNX node each; the
//! patterns of several nodes are in [`super::patterns`].

use onnx_protobuf::NodeProto;

use super::attrs::{describe, epsilon, float, int, ints, positive, string};
use super::graph::Graph;
use super::tensors::{inputs, layer_name};
use super::window::window_options;
use crate::spelling::{axes, uniform, NORM_EPS};
use crate::stmt::{Source, Stmt};

/// The operators [`convert`] reads.
pub fn known(op: &str) -> bool {
    matches!(
        op,
        "ConvTranspose"
            | "Softmax"
            | "LogSoftmax"
            | "LeakyRelu"
            | "Elu"
            | "PRelu"
            | "Gelu"
            | "Pad"
            | "Resize"
            | "Upsample"
            | "LayerNormalization"
            | "GroupNormalization"
            | "ReduceMean"
            | "Slice"
            | "Mul"
            | "SpaceToDepth"
    )
}

/// The statements for `node`, one of [`known`]'s operators.
pub fn convert(node: &NodeProto, graph: &Graph) -> Result<Vec<Stmt>, String> {
    let layer = |text: &str| Ok(vec![Stmt::layer(None, text.to_string())]);
    match node.op_type.as_str() {
        "ConvTranspose" => convtranspose(node, graph),
        "Softmax" => match int(node, "axis").unwrap_or(-1) {
            1 | -1 if rank(node, graph).is_none_or(|r| r == 2) => layer("softmax"),
            axis => Err(format!(
                "{} takes the softmax along axis {axis}: the language's softmax is over a \
                 vector's values",
                describe(node)
            )),
        },
        // Over the channels (axis 1, or the last of a vector), at each
        // position.
        "LogSoftmax" => match int(node, "axis").unwrap_or(-1) {
            1 => layer("logsoftmax"),
            -1 if rank(node, graph).is_none_or(|r| r == 2) => layer("logsoftmax"),
            axis => Err(format!(
                "{} takes the log-softmax along axis {axis}: the language's logsoftmax is \
                 over the channels at each position (axis 1), or a vector's values",
                describe(node)
            )),
        },
        "LeakyRelu" => match float(node, "alpha").unwrap_or(0.01) {
            alpha if (alpha - 0.01).abs() < 1e-7 => layer("leakyrelu"),
            // `{:e}` of an `f32` is the shortest text that reads back as it.
            alpha if alpha > 0.0 && alpha.is_finite() => {
                layer(&format!("leakyrelu slope {alpha:e}"))
            }
            alpha => Err(format!(
                "{} has slope {alpha}: the language's leakyrelu slope is a positive number \
                 (0.01, PyTorch's default, unless `slope A` is written)",
                describe(node)
            )),
        },
        "Elu" => match float(node, "alpha").unwrap_or(1.0) {
            1.0 => layer("elu"),
            alpha => Err(format!(
                "{} has alpha {alpha}: the language's elu has alpha 1 and no option for it",
                describe(node)
            )),
        },
        "Gelu" => match string(node, "approximate").as_deref() {
            None | Some("none") => layer("gelu"),
            Some("tanh") => layer("gelu tanh"),
            Some(other) => Err(format!(
                "{} is GELU with approximate={other}: the language's gelu is the exact one",
                describe(node)
            )),
        },
        "PRelu" => {
            let slope = node.input.get(1).map(String::as_str).unwrap_or("");
            let dims = graph.constants.get(slope).map(|c| c.dims.clone());
            let size: Option<i64> = dims.as_ref().map(|d| d.iter().product());
            match (size, channels(node, graph)) {
                (Some(size), Some(c)) if size == c as i64 => Ok(vec![Stmt::weighted(
                    layer_name(graph.weight_name(slope)),
                    "prelu".to_string(),
                    inputs(node, &[1]),
                )]),
                _ => Err(format!(
                    "{}'s slope `{slope}` has dims {:?}: the language's prelu has one \
                     learnt slope per channel",
                    describe(node),
                    dims.unwrap_or_default()
                )),
            }
        }
        "Pad" => pad(node, graph),
        "Resize" | "Upsample" => resize(node, graph),
        "LayerNormalization" => match (int(node, "axis").unwrap_or(-1), rank(node, graph)) {
            (1 | -1, Some(2)) => Ok(vec![Stmt::weighted(
                weight_name(node),
                format!("layernorm{}", epsilon(node, NORM_EPS)?),
                inputs(node, &[1, 2]),
            )]),
            (axis, _) => Err(format!(
                "{} normalises from axis {axis} of a channels-first map: the language's \
                 layernorm normalises the channels at each position (a LayerNormalization \
                 between Transposes to and from channels-last)",
                describe(node)
            )),
        },
        "GroupNormalization" => {
            let groups = int(node, "num_groups").unwrap_or(0);
            Ok(vec![Stmt::weighted(
                weight_name(node),
                format!("groupnorm {groups}{}", epsilon(node, NORM_EPS)?),
                inputs(node, &[1, 2]),
            )])
        }
        "ReduceMean" => reduce_mean(node, graph),
        "SpaceToDepth" => match int(node, "blocksize") {
            Some(block) if block > 0 => layer(&format!("spacetodepth {block}")),
            block => Err(format!(
                "{} has block size {block:?}: the language's spacetodepth takes a block of at \
                 least 1",
                describe(node)
            )),
        },
        "Slice" => slice(node, graph),
        _ => scale(node, graph),
    }
}

/// The rank of `node`'s data input, as the graph gives it.
fn rank(node: &NodeProto, graph: &Graph) -> Option<usize> {
    let input = node.input.first()?;
    graph.shapes.get(input.as_str()).map(Vec::len)
}

/// The channels of `node`'s data input (axis 1), as the graph gives them.
fn channels(node: &NodeProto, graph: &Graph) -> Option<u64> {
    let data = graph.data_inputs(node);
    let dims = graph.shapes.get(data.first()?)?;
    dims.get(1).and_then(|&c| u64::try_from(c).ok())
}

fn weight_name(node: &NodeProto) -> Option<String> {
    node.input.get(1).and_then(|w| layer_name(w))
}

/// ConvTranspose: `convtranspose KxF` with stride, pad, outpad, groups.
fn convtranspose(node: &NodeProto, graph: &Graph) -> Result<Vec<Stmt>, String> {
    let weight = node.input.get(1).map(String::as_str).unwrap_or("");
    let Some(constant) = graph.constants.get(weight) else {
        return Err(format!(
            "{}'s weights `{weight}` are computed, not an initializer",
            describe(node)
        ));
    };
    let dims = positive(node, &constant.dims)?;
    // ConvTranspose's weights are [C, F/groups, kernel...].
    let [_, per_group, kernel @ ..] = dims.as_slice() else {
        return Err(format!(
            "{}'s weights have dims {:?}: a transposed conv needs [channels, filters, \
             kernel...]",
            describe(node),
            constant.dims
        ));
    };
    if kernel.is_empty() || kernel.len() > 3 {
        return Err(format!(
            "{} is a {}-D transposed convolution: the language has 1-D, 2-D and 3-D ones",
            describe(node),
            kernel.len()
        ));
    }
    if ints(node, "output_shape").is_some() {
        return Err(format!(
            "{} gives an output_shape: the language's convtranspose takes `outpad`",
            describe(node)
        ));
    }
    let group = u64::try_from(int(node, "group").unwrap_or(1))
        .ok()
        .filter(|&g| g > 0)
        .ok_or_else(|| format!("{} has group 0 or less", describe(node)))?;
    let mut text = format!("convtranspose {}x{}", axes(kernel), per_group * group);
    if group > 1 {
        text += &format!(" groups {group}");
    }
    text += &window_options(node, kernel, &[1], None)?;
    if let Some(outpad) = ints(node, "output_padding") {
        let outpad: Vec<u64> = outpad.iter().map(|&p| p.max(0) as u64).collect();
        if outpad.iter().any(|&p| p != 0) {
            text += &format!(" outpad {}", uniform(&outpad));
        }
    }
    if let Some(dilations) = ints(node, "dilations") {
        let dilations = positive(node, dilations)?;
        if dilations.iter().any(|&d| d != 1) {
            text += &format!(" dilation {}", uniform(&dilations));
        }
    }
    if node.input.get(2).is_none_or(|b| b.is_empty()) {
        text += " nobias";
    }
    // ONNX's [C, F/groups, k...] is PyTorch's layout.
    Ok(vec![Stmt::weighted(
        layer_name(weight),
        text,
        inputs(node, &[1, 2]),
    )])
}

/// Pad with zeros, the same on both sides of each spatial axis, none on
/// the batch and channels: `zeropad P`.
fn pad(node: &NodeProto, graph: &Graph) -> Result<Vec<Stmt>, String> {
    let mode = string(node, "mode").unwrap_or_else(|| "constant".to_string());
    if mode != "constant" {
        return Err(format!(
            "{} pads in mode {mode}: the language's zeropad pads with zeros",
            describe(node)
        ));
    }
    let value = node.input.get(2).filter(|v| !v.is_empty());
    if let Some(value) = value {
        let values = graph
            .constants
            .get(value.as_str())
            .and_then(|c| c.values.clone());
        if values
            .as_deref()
            .is_none_or(|v| v.iter().any(|&x| x != 0.0))
        {
            return Err(format!(
                "{} pads with `{value}`, not zero: the language's zeropad pads with zeros",
                describe(node)
            ));
        }
    }
    let pads: Option<Vec<i64>> = match node.input.get(1).filter(|p| !p.is_empty()) {
        Some(input) => graph
            .constants
            .get(input.as_str())
            .and_then(|c| c.values.as_ref())
            .map(|v| v.iter().map(|&x| x as i64).collect()),
        None => ints(node, "pads").map(<[i64]>::to_vec),
    };
    let Some(pads) = pads else {
        return Err(format!(
            "{}'s pads are computed, not constants",
            describe(node)
        ));
    };
    let rank = pads.len() / 2;
    let (begin, end) = pads.split_at(rank);
    if rank < 3 || begin[..2] != [0, 0] || end[..2] != [0, 0] || pads.iter().any(|&p| p < 0) {
        return Err(format!(
            "{} has pads {pads:?}: the language's zeropad pads the spatial axes with zeros \
             (`zeropad P`, or `zeropad P end Q` for Q after), never the batch or the \
             channels, and never crops",
            describe(node)
        ));
    }
    let spatial = |pads: &[i64]| -> Vec<u64> { pads[2..].iter().map(|&p| p as u64).collect() };
    let mut text = format!("zeropad {}", uniform(&spatial(begin)));
    // `F.pad(x, (0, 1, 0, 1))`: more after than before (HGNetV2's stem).
    if begin != end {
        text += &format!(" end {}", uniform(&spatial(end)));
    }
    Ok(vec![Stmt::layer(None, text)])
}

/// Resize or Upsample, nearest or linear: `upsample S` for one integer
/// scale per axis, `resize HxW` for sizes.
fn resize(node: &NodeProto, graph: &Graph) -> Result<Vec<Stmt>, String> {
    let mode = string(node, "mode").unwrap_or_else(|| "nearest".to_string());
    let bilinear = match mode.as_str() {
        "nearest" => "",
        "linear" | "bilinear" | "trilinear" => " bilinear",
        other => {
            return Err(format!(
                "{} resizes in mode {other}: the language's upsample and resize are nearest \
                 or linear",
                describe(node)
            ))
        }
    };
    let value = |position: usize| {
        let input = node.input.get(position).filter(|i| !i.is_empty())?;
        let constant = graph.constants.get(input.as_str())?;
        constant.values.clone().filter(|v| !v.is_empty())
    };
    // Resize: X, roi, scales, sizes; Upsample: X, scales.
    let (scales, sizes) = if node.op_type == "Upsample" {
        (value(1), None)
    } else {
        (value(2), value(3))
    };
    let out = node
        .output
        .first()
        .and_then(|o| graph.shapes.get(o.as_str()));
    if let Some(scales) = scales.filter(|s| s.len() > 2) {
        let spatial = &scales[2..];
        if scales[..2] == [1.0, 1.0] && spatial.iter().all(|&s| s >= 1.0 && s.fract() == 0.0) {
            let spatial: Vec<u64> = spatial.iter().map(|&s| s as u64).collect();
            return Ok(vec![Stmt::layer(
                None,
                format!("upsample {}{bilinear}", uniform(&spatial)),
            )]);
        }
        return Err(format!(
            "{} scales by {scales:?}: the language's upsample scales each spatial axis by an \
             integer and keeps the batch and channels",
            describe(node)
        ));
    }
    let sizes = sizes.or_else(|| out.map(|d| d.iter().map(|&v| v as f64).collect()));
    match sizes {
        Some(sizes) if sizes.len() > 2 && sizes[2..].iter().all(|&s| s >= 1.0) => {
            let spatial: Vec<u64> = sizes[2..].iter().map(|&s| s as u64).collect();
            Ok(vec![Stmt::layer(
                None,
                format!("resize {}{bilinear}", axes(&spatial)),
            )])
        }
        _ => Err(format!(
            "{}'s scales and sizes are neither constants nor in the graph's shapes",
            describe(node)
        )),
    }
}

/// ReduceMean over every spatial axis: `gap` (and `flatten` when the
/// axes are not kept).
fn reduce_mean(node: &NodeProto, graph: &Graph) -> Result<Vec<Stmt>, String> {
    let axes: Option<Vec<i64>> = match node.input.get(1).filter(|a| !a.is_empty()) {
        Some(input) => graph
            .constants
            .get(input.as_str())
            .and_then(|c| c.values.as_ref())
            .map(|v| v.iter().map(|&x| x as i64).collect()),
        None => ints(node, "axes").map(<[i64]>::to_vec),
    };
    let rank = rank(node, graph);
    let spatial = match (axes, rank) {
        (Some(mut axes), Some(rank)) if rank > 2 => {
            for axis in &mut axes {
                if *axis < 0 {
                    *axis += rank as i64;
                }
            }
            axes.sort_unstable();
            (axes == (2..rank as i64).collect::<Vec<_>>()).then_some(axes)
        }
        _ => None,
    };
    if spatial.is_none() {
        return Err(format!(
            "{} averages over axes that are not every spatial axis of a map whose shape \
             the graph gives: the language's gap averages every spatial axis",
            describe(node)
        ));
    }
    let mut stmts = vec![Stmt::layer(None, "gap".to_string())];
    if int(node, "keepdims").unwrap_or(1) == 0 {
        stmts.push(Stmt::layer(None, "flatten".to_string()));
    }
    Ok(stmts)
}

/// A Slice of channels: a `split` block's, if a Concat joins equal ones
/// in order, else `slice A..B`.
fn slice(node: &NodeProto, graph: &Graph) -> Result<Vec<Stmt>, String> {
    let value = |position: usize| -> Option<Vec<f64>> {
        let input = node.input.get(position).filter(|i| !i.is_empty())?;
        graph.constants.get(input.as_str())?.values.clone()
    };
    let channels = channels(node, graph);
    let (starts, ends) = (value(1), value(2));
    let axes = value(3).unwrap_or_else(|| vec![0.0]);
    let steps = value(4).unwrap_or_else(|| vec![1.0]);
    match (starts.as_deref(), ends.as_deref(), channels) {
        (Some([start]), Some([end]), Some(c)) if axes == [1.0] && steps == [1.0] => {
            let clamp = |v: f64| (if v < 0.0 { v + c as f64 } else { v }).clamp(0.0, c as f64);
            let (start, end) = (clamp(*start) as u64, clamp(*end) as u64);
            // Every channel (GhostNet's `out[:, :out_chs]` of a map of
            // out_chs channels): the value itself, no statement.
            if (start, end) == (0, c) {
                return Ok(Vec::new());
            }
            Ok(vec![Stmt::Slice {
                start,
                end,
                channels: c,
            }])
        }
        _ => Err(format!(
            "{} is not a slice of channels with constant bounds: the language slices only \
             channels, in a `split` block",
            describe(node)
        )),
    }
}

/// Mul by a constant of one value per channel: `scale` (layer scale).
fn scale(node: &NodeProto, graph: &Graph) -> Result<Vec<Stmt>, String> {
    let constant = node
        .input
        .iter()
        .find_map(|i| graph.constants.get(i.as_str()).map(|c| (i, c)));
    if let Some(stmt) = times(node, graph, false) {
        return stmt;
    }
    let channels = channels(node, graph);
    if let (Some((name, constant)), Some(c)) = (constant, channels) {
        let real: Vec<i64> = constant.dims.iter().copied().filter(|&d| d != 1).collect();
        if real == [c as i64] {
            let name_of = name
                .strip_suffix(".layer_scale")
                .map(|stem| stem.replace('.', "_"));
            let tensors = vec![Source::new(name, false)];
            return Ok(vec![Stmt::weighted(name_of, "scale".to_string(), tensors)]);
        }
    }
    Err(format!(
        "{} multiplies by a constant that is neither one value (`times`) nor one learnt value \
         per channel (`scale`, layer scale): the language has no other multiply by a constant",
        describe(node)
    ))
}

/// `times X` for a Mul by one constant value (a Div, `divide`, by one:
/// `times 1/X`), NF nets' `x * beta` and `out * alpha`; `gain` for a Mul
/// by one learnt value (NFNet's `skipinit_gain`); `None` for any other
/// node, an error for a value the language cannot write (one not
/// positive, or a division by a learnt value).
pub fn times(node: &NodeProto, graph: &Graph, divide: bool) -> Option<Result<Vec<Stmt>, String>> {
    let [first, second] = node.input.as_slice() else {
        return None;
    };
    let constant_of = |name: &str| graph.constants.get(name);
    // A Div only by its second input: `c / x` is no multiply.
    let constant = match (constant_of(first), constant_of(second)) {
        (None, Some(c)) => c,
        (Some(c), None) if !divide => c,
        _ => return None,
    };
    // A learnt scalar keeps its `state_dict` key as its name (NFNet's
    // `stages.0.0.skipinit_gain`), where the exporters name the
    // constants they write `val_151`, `onnx::Mul_12` or
    // `/stages/.../Constant_output_0`: torch counts it, `times` would not.
    let input = if constant_of(first).is_some() {
        first
    } else {
        second
    };
    let name = graph.weight_name(input);
    let one = constant.dims.iter().product::<i64>() == 1;
    if one && name.contains('.') && !name.contains('/') && !name.contains("::") {
        if divide {
            return Some(Err(format!(
                "{} divides by `{name}`, a learnt scalar (one parameter): the language's \
                 `gain` multiplies by one, and it has no learnt scalar divisor",
                describe(node)
            )));
        }
        // Named as a layer whose weight were `stages.0.0.skipinit_gain.weight`.
        let layer = super::tensors::layer_name(&format!("{name}.weight"));
        let tensors = vec![Source::new(input, false)];
        return Some(Ok(vec![Stmt::weighted(layer, "gain".to_string(), tensors)]));
    }
    let [value] = constant.values.as_deref()? else {
        return None;
    };
    let factor = if divide { 1.0 / *value } else { *value } as f32;
    if !(factor > 0.0 && factor.is_finite()) {
        return Some(Err(format!(
            "{} multiplies by {factor}: the language's `times` takes a positive number",
            describe(node)
        )));
    }
    // Rust prints an `f32` as the shortest decimal that reads back as it.
    Some(Ok(vec![Stmt::layer(None, format!("times {factor}"))]))
}

/// The block for a Concat of `branches`: `split` when each branch begins
/// with a Slice of the input's channels and the slices divide them
/// equally in order, else `concat`.
pub fn split(branches: Vec<Vec<Stmt>>) -> Result<Stmt, String> {
    let mut channels = 0;
    let slices: Vec<Option<(u64, u64)>> = branches
        .iter()
        .map(|branch| match branch.first() {
            Some(Stmt::Slice {
                start,
                end,
                channels: c,
                ..
            }) => {
                channels = *c;
                Some((*start, *end))
            }
            _ => None,
        })
        .collect();
    if slices.iter().all(Option::is_none) {
        return Ok(Stmt::Block("concat", branches));
    }
    let bounds: Option<Vec<(u64, u64)>> = slices.into_iter().collect();
    // Unequal parts that are a finer equal split, each part larger than
    // the finest one passed on as it is (FasterNet's [C/4, 3C/4],
    // InceptionNeXt's [5g, g, g, g]): one `{}` for each finest part.
    if let Some(finer) = bounds.as_ref().and_then(|b| finer(b, &branches, channels)) {
        return Ok(Stmt::Block("split", finer));
    }
    let equal = bounds.as_ref().is_some_and(|b| {
        let size = b[0].1 - b[0].0;
        size > 0
            && b[0].0 == 0
            && b.windows(2).all(|w| w[1].0 == w[0].1)
            && b.iter().all(|&(s, e)| e - s == size)
            && b.last().is_some_and(|l| l.1 == channels)
    });
    if !equal {
        // Unequal slices, or some branches sliced and others not: each
        // branch says what it takes (`slice A..B`), and a concat joins them.
        return Ok(Stmt::Block("concat", branches));
    }
    let branches = branches
        .into_iter()
        .map(|branch| branch.into_iter().skip(1).collect())
        .collect();
    Ok(Stmt::Block("split", branches))
}

/// The branches of a split into equal parts of `channels` (each branch's
/// first statement its Slice, `bounds` their channels) whose larger parts
/// pass their channels on unchanged: those parts as several `{}` branches
/// of the finest part's size. `None` if the bounds are not consecutive
/// from 0 to `channels`, or a part larger than the finest is not passed
/// on as it is.
fn finer(bounds: &[(u64, u64)], branches: &[Vec<Stmt>], channels: u64) -> Option<Vec<Vec<Stmt>>> {
    let consecutive = bounds.first()?.0 == 0
        && bounds.windows(2).all(|w| w[1].0 == w[0].1)
        && bounds.last()?.1 == channels;
    let sizes: Vec<u64> = bounds.iter().map(|&(s, e)| e.saturating_sub(s)).collect();
    let part = sizes.iter().copied().fold(0, gcd);
    if !consecutive || part == 0 || sizes.iter().all(|&s| s == part) {
        return None;
    }
    let mut out = Vec::new();
    for (size, branch) in sizes.iter().zip(branches) {
        let body: Vec<Stmt> = branch.iter().skip(1).cloned().collect();
        if *size == part {
            out.push(body);
        } else if body.is_empty() {
            out.extend((0..size / part).map(|_| Vec::new()));
        } else {
            return None;
        }
    }
    Some(out)
}

/// The greatest common divisor.
fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}
