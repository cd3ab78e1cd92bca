//! Layers that exporters write as several nodes: a MatMul and the Add of
//! its bias (`fc`), ShuffleNet's Reshape, Transpose, Reshape (`shuffle`),
//! ConvNeXt's channels-last section between two Transposes (`layernorm`,
//! `conv 1x1xN` for its Linear layers, `gelu`), x·Sigmoid(x) (`silu`),
//! GELU as Div, Erf, Add, Mul, Mul (`gelu`), LayerNorm decomposed before
//! opset 17 (`layernorm`) and ConvNeXt V2's global response norm (`grn`),
//! each with its module's `eps`; TResNet's Reshape, Transpose, Reshape
//! (`spacetodepth`, in [`super::depth`]); and GELU's tanh approximation
//! (`gelu tanh`, in gelu.rs).

use onnx_protobuf::NodeProto;

use super::attrs::{describe, epsilon, int, ints};
use super::graph::Graph;
use super::ops;
use super::tensors::{inputs, layer_name};
use crate::spelling::{self, NORM_EPS, RESPONSE_EPS};
use crate::stmt::{Source, Stmt};

/// What a pattern gives: its statements and the nodes it took, in order.
type Found = Option<(Vec<Stmt>, Vec<usize>)>;

/// A pattern that begins at node `index` of a chain: its statements and
/// the nodes it takes after `index`, the last one's output going on.
pub fn detect(graph: &Graph, index: usize) -> Result<Found, String> {
    let node = &graph.nodes[index];
    match node.op_type.as_str() {
        "MatMul" => match bias(graph, node) {
            Some(add) => {
                let stmt = ops::matmul(node, graph, Some(&graph.nodes[add]))?;
                Ok(Some((vec![stmt], vec![add])))
            }
            None => Ok(None),
        },
        "Reshape" => match group_norm(graph, node)? {
            Some(found) => Ok(Some(found)),
            None => Ok(shuffle(graph, node).or_else(|| super::depth::detect(graph, node))),
        },
        "Transpose" => channels_last(graph, node).map(Some),
        "ReduceMean" => super::eca::detect(graph, node),
        "Mul" => Ok(super::affine::detect(graph, node)),
        "Pad" => Ok(super::blur::detect(graph, node)),
        _ => Ok(None),
    }
}

/// The Add of a constant that is the only reader of `node`'s output.
fn bias(graph: &Graph, node: &NodeProto) -> Option<usize> {
    let add = graph.only_reader(node)?;
    let is_bias =
        graph.nodes[add].op_type == "Add" && graph.data_inputs(&graph.nodes[add]).len() == 1;
    is_bias.then_some(add)
}

/// The value `node` reads as data, when it reads one.
fn data(graph: &Graph, node: &NodeProto) -> Option<String> {
    match graph.data_inputs(node).as_slice() {
        [one] => Some((*one).to_string()),
        _ => None,
    }
}

/// The one number of a constant input of `node`.
fn scalar(graph: &Graph, node: &NodeProto) -> Option<f64> {
    node.input.iter().find_map(|input| {
        let values = graph.constants.get(input.as_str())?.values.as_ref()?;
        match values.as_slice() {
            [value] => Some(*value),
            _ => None,
        }
    })
}

/// Torch's GroupNorm: Reshape to [N, G, -1], InstanceNormalization of
/// unit scale and zero bias, Reshape back, Mul by the weight and Add of
/// the bias (each unsqueezed to [C, 1, 1]): `groupnorm G`.
fn group_norm(graph: &Graph, node: &NodeProto) -> Result<Found, String> {
    let next = |n: &NodeProto, op: &str| {
        graph
            .only_reader(n)
            .filter(|&r| graph.nodes[r].op_type == op)
    };
    let Some(norm) = next(node, "InstanceNormalization") else {
        return Ok(None);
    };
    let instance = &graph.nodes[norm];
    let Some(back) = next(instance, "Reshape") else {
        return Ok(None);
    };
    let Some(mul) = next(&graph.nodes[back], "Mul") else {
        return Ok(None);
    };
    let Some(add) = next(&graph.nodes[mul], "Add") else {
        return Ok(None);
    };
    let constant = |n: usize| {
        let node = &graph.nodes[n];
        node.input
            .iter()
            .find(|i| graph.constants.contains_key(i.as_str()))
            .map(String::as_str)
    };
    let (Some(weight), Some(bias)) = (constant(mul), constant(add)) else {
        return Ok(None);
    };
    let out = node.output.first().map(String::as_str).unwrap_or("");
    let groups = graph.shapes.get(out).and_then(|dims| dims.get(1).copied());
    let Some(groups) = groups.filter(|&g| g > 0) else {
        return Err(format!(
            "{} reshapes for a group norm to a shape the graph does not give",
            describe(node)
        ));
    };
    // The instance norm must only normalise: PyTorch writes unit scale,
    // zero bias, and the module's eps.
    let values = |at: usize| {
        let input = instance.input.get(at)?;
        graph.constants.get(input.as_str())?.values.clone()
    };
    let unit = values(1).is_some_and(|v| v.iter().all(|&x| x == 1.0))
        && values(2).is_some_and(|v| v.iter().all(|&x| x == 0.0));
    if !unit {
        return Err(format!(
            "{} normalises with a scale and bias of its own: the language's groupnorm is \
             PyTorch's GroupNorm, whose instance norm has unit scale and zero bias",
            describe(instance)
        ));
    }
    let eps = epsilon(instance, NORM_EPS)?;
    let tensors = vec![Source::new(weight, false), Source::new(bias, false)];
    let name = layer_name(graph.weight_name(weight));
    Ok(Some((
        vec![Stmt::weighted(
            name,
            format!("groupnorm {groups}{eps}"),
            tensors,
        )],
        vec![norm, back, mul, add],
    )))
}

/// Reshape to [N, G, C/G, ...], Transpose of axes 1 and 2, Reshape back:
/// `shuffle G`.
fn shuffle(graph: &Graph, node: &NodeProto) -> Found {
    let out = node.output.first()?;
    let shape = graph.shapes.get(out.as_str()).cloned().or_else(|| {
        let values = graph
            .constants
            .get(node.input.get(1)?.as_str())?
            .values
            .as_ref()?;
        Some(values.iter().map(|&v| v as i64).collect())
    })?;
    let transpose = graph.only_reader(node)?;
    let perm = ints(&graph.nodes[transpose], "perm")?;
    let swapped = perm.len() == shape.len()
        && perm.len() >= 4
        && perm[..3] == [0, 2, 1]
        && perm[3..].iter().copied().eq(3..perm.len() as i64);
    let back = graph.only_reader(&graph.nodes[transpose])?;
    if !swapped
        || graph.nodes[back].op_type != "Reshape"
        || graph.nodes[transpose].op_type != "Transpose"
    {
        return None;
    }
    let groups = shape[1];
    Some((
        vec![Stmt::layer(None, format!("shuffle {groups}"))],
        vec![transpose, back],
    ))
}

/// A Transpose to channels-last, the nodes that work on the channels at
/// each position, and the Transpose back: the language's own layout.
fn channels_last(graph: &Graph, node: &NodeProto) -> Result<(Vec<Stmt>, Vec<usize>), String> {
    let perm = ints(node, "perm").unwrap_or(&[]);
    let rank = perm.len();
    let to_last: Vec<i64> = std::iter::once(0)
        .chain(2..rank as i64)
        .chain([1])
        .collect();
    if rank < 3 || perm != to_last.as_slice() {
        return Err(format!(
            "{} transposes to {perm:?}: the language's shapes are channels-last and have no \
             transpose (only a section between Transposes to and from channels-last is read)",
            describe(node)
        ));
    }
    let to_first: Vec<i64> = [0, rank as i64 - 1]
        .into_iter()
        .chain(1..rank as i64 - 1)
        .collect();
    let ones = vec!["1"; rank - 2].join("x");
    let mut stmts = Vec::new();
    let mut taken = Vec::new();
    let mut current = node;
    loop {
        let value = current.output.first().map(String::as_str).unwrap_or("");
        let readers = graph.readers(value);
        if readers.len() > 1 {
            match fork(graph, value, readers, true)? {
                Some((found, nodes)) => {
                    stmts.extend(found);
                    current = &graph.nodes[*nodes.last().unwrap_or(&readers[0])];
                    taken.extend(nodes);
                    continue;
                }
                None => {
                    return Err(format!(
                        "`{value}`, in the channels-last section after {}, forks: the \
                         importer reads only chains there",
                        describe(node)
                    ))
                }
            }
        }
        let Some(&next) = readers.first() else {
            // The graph's output, channels-last as the language's shapes
            // are (M5's `x.permute(0, 2, 1)` before its classifier).
            if !taken.is_empty() {
                return Ok((stmts, taken));
            }
            return Err(format!(
                "the channels-last section after {} does not end in a Transpose back",
                describe(node)
            ));
        };
        let step = &graph.nodes[next];
        taken.push(next);
        current = step;
        match step.op_type.as_str() {
            "Transpose" if ints(step, "perm") == Some(to_first.as_slice()) => {
                return Ok((stmts, taken));
            }
            "LayerNormalization"
                if matches!(int(step, "axis").unwrap_or(-1), -1)
                    || int(step, "axis") == Some(rank as i64 - 1) =>
            {
                let name = step.input.get(1).and_then(|w| layer_name(w));
                let tensors = inputs(step, &[1, 2]);
                let text = format!("layernorm{}", epsilon(step, NORM_EPS)?);
                stmts.push(Stmt::weighted(name, text, tensors));
            }
            "MatMul" | "Gemm" => {
                let weight = step.input.get(1).map(String::as_str).unwrap_or("");
                let dims = graph.constants.get(weight).map(|c| c.dims.clone());
                let Some([_, outputs]) = dims.as_deref() else {
                    return Err(format!(
                        "{} multiplies by `{weight}`, not a constant matrix: the language's \
                         `conv 1x1xN` is a Linear at every position",
                        describe(step)
                    ));
                };
                let mut text = format!("conv {ones}x{outputs}");
                // The matrix is [in, out]; a 1x1 conv's weight is PyTorch's
                // [out, in, 1, 1].
                let mut tensors = vec![Source::new(weight, true)];
                match bias(graph, step) {
                    Some(add) => {
                        taken.push(add);
                        current = &graph.nodes[add];
                        let constant = current
                            .input
                            .iter()
                            .find(|input| graph.constants.contains_key(input.as_str()));
                        tensors.extend(constant.map(|input| Source::new(input, false)));
                    }
                    None => text += " nobias",
                }
                let name = layer_name(graph.weight_name(weight));
                stmts.push(Stmt::weighted(name, text, tensors));
            }
            "Relu" | "Sigmoid" | "Tanh" | "Gelu" | "HardSwish" | "Dropout" | "Identity" => {
                stmts.extend(ops::convert(step, graph)?);
            }
            // Over the last axis, the channels there: at each position.
            "Softmax" | "LogSoftmax"
                if matches!(int(step, "axis").unwrap_or(-1), -1)
                    || int(step, "axis") == Some(rank as i64 - 1) =>
            {
                let text = step.op_type.to_lowercase();
                stmts.push(Stmt::layer(None, text));
            }
            _ => {
                return Err(format!(
                    "{}, in the channels-last section after {}, has no statement in the \
                     language there (it reads layernorm, Linear layers and activations)",
                    describe(step),
                    describe(node)
                ))
            }
        }
    }
}

/// Whether a pattern from `first` to `last` is a channels-last section
/// that the graph's output ends, with no Transpose back: its last value
/// is in the language's layout already, not ONNX's channels-first, so no
/// shape of the graph's is checked against it.
pub fn unturned_section(first: &NodeProto, last: &NodeProto) -> bool {
    first.op_type == "Transpose" && last.op_type != "Transpose"
}

/// Whether `value` ends a channels-last section with no Transpose back:
/// a chain of the nodes a section reads leads back to a Transpose to
/// channels-last. Its dims are the language's layout already.
pub fn channels_last_value(graph: &Graph, value: &str) -> bool {
    let mut value = value.to_string();
    for _ in 0..graph.nodes.len() {
        let Some(at) = graph.writer(&value) else {
            return false;
        };
        let node = &graph.nodes[at];
        match node.op_type.as_str() {
            "Transpose" => {
                let rank = graph.shapes.get(value.as_str()).map_or(0, Vec::len) as i64;
                let to_last: Vec<i64> = [0].into_iter().chain(2..rank).chain([1]).collect();
                return rank >= 3 && ints(node, "perm") == Some(to_last.as_slice());
            }
            "MatMul" | "Gemm" | "Add" | "LayerNormalization" | "Relu" | "Sigmoid" | "Tanh"
            | "Gelu" | "HardSwish" | "Dropout" | "Identity" | "Softmax" | "LogSoftmax" => {
                match data(graph, node) {
                    Some(input) => value = input,
                    None => return false,
                }
            }
            _ => return false,
        }
    }
    false
}

/// A fork at `value` that is one layer: x·Sigmoid(x) (`silu`), GELU as
/// x·(Erf(x/√2) + 1)·0.5 (`gelu`), or LayerNorm over the last axis as
/// the exporter writes it before opset 17 (`layernorm`; in a
/// channels-last `section`, or of a vector). Gives the nodes taken, in
/// order.
pub fn fork(graph: &Graph, value: &str, readers: &[usize], section: bool) -> Result<Found, String> {
    if let Some(found) = layer_norm(graph, value, readers, section) {
        return Ok(Some(found));
    }
    if let Some(found) = response_norm(graph, value, readers, section) {
        return Ok(Some(found));
    }
    if let Some(found) = super::gelu::tanh_gelu(graph, value, readers) {
        return Ok(Some(found));
    }
    if let Some(tanh) = super::gelu::tanh_node(graph, readers) {
        return Err(format!(
            "{} looks like GELU's tanh approximation, 0.5·x·(1 + tanh(√(2/π)·(x + \
             0.044715·x³))), but its nodes are not that formula of one value: the \
             language's `gelu tanh` is that formula, and `gelu` the exact one, x·Φ(x)",
            describe(&graph.nodes[tanh])
        ));
    }
    let [a, b] = readers else { return Ok(None) };
    for (first, second) in [(*a, *b), (*b, *a)] {
        let (f, s) = (&graph.nodes[first], &graph.nodes[second]);
        if s.op_type != "Mul" || graph.data_inputs(s).len() != 2 {
            continue;
        }
        let reads = |n: &NodeProto| data(graph, n).as_deref() == Some(value);
        if f.op_type == "Sigmoid" && reads(f) && graph.only_reader(f) == Some(second) {
            return Ok(Some((
                vec![Stmt::layer(None, "silu".into())],
                vec![first, second],
            )));
        }
        if f.op_type != "Div"
            || !reads(f)
            || scalar(graph, f).is_none_or(|v| (v - 2f64.sqrt()).abs() > 1e-4)
        {
            continue;
        }
        let Some(erf) = graph
            .only_reader(f)
            .filter(|&e| graph.nodes[e].op_type == "Erf")
        else {
            continue;
        };
        let add = graph.only_reader(&graph.nodes[erf]);
        let Some(add) = add.filter(|&a| {
            graph.nodes[a].op_type == "Add" && scalar(graph, &graph.nodes[a]) == Some(1.0)
        }) else {
            continue;
        };
        let half = graph.only_reader(s).filter(|&h| {
            graph.nodes[h].op_type == "Mul" && scalar(graph, &graph.nodes[h]) == Some(0.5)
        });
        if graph.only_reader(&graph.nodes[add]) == Some(second) {
            if let Some(half) = half {
                let stmt = Stmt::layer(None, "gelu".into());
                return Ok(Some((vec![stmt], vec![first, erf, add, second, half])));
            }
        }
    }
    Ok(None)
}

/// LayerNorm over the last axis of `value`, as ReduceMean, Sub, Pow 2,
/// ReduceMean, Add eps, Sqrt, Div, Mul by the weight, Add of the bias
/// (torch's export of `nn.LayerNorm` before opset 17): `layernorm`, when
/// the last axis is the channels (a channels-last `section`, or a
/// vector).
fn layer_norm(graph: &Graph, value: &str, readers: &[usize], section: bool) -> Found {
    let rank = graph.shapes.get(value)?.len();
    if !(section || rank == 2) {
        return None;
    }
    let node = |at: usize| &graph.nodes[at];
    let out = |at: usize| node(at).output.first().map(String::as_str);
    let last_axis = |at: usize| {
        let n = node(at);
        let axes: Option<Vec<i64>> = match n.input.get(1).filter(|a| !a.is_empty()) {
            Some(input) => graph
                .constants
                .get(input.as_str())
                .and_then(|c| c.values.as_ref())
                .map(|v| v.iter().map(|&x| x as i64).collect()),
            None => ints(n, "axes").map(<[i64]>::to_vec),
        };
        n.op_type == "ReduceMean"
            && int(n, "keepdims").unwrap_or(1) != 0
            && matches!(axes.as_deref(), Some([a]) if *a == -1 || *a == rank as i64 - 1)
    };
    let only = |at: usize, op: &str| {
        graph
            .only_reader(node(at))
            .filter(|&r| node(r).op_type == op)
    };
    let [a, b] = readers else { return None };
    let (mean, centre) = if last_axis(*a) { (*a, *b) } else { (*b, *a) };
    let sub = node(centre);
    if !last_axis(mean)
        || sub.op_type != "Sub"
        || sub.input.first().map(String::as_str) != Some(value)
        || sub.input.get(1).map(String::as_str) != out(mean)
        || graph.only_reader(node(mean)) != Some(centre)
    {
        return None;
    }
    let [p, d] = graph.readers(out(centre)?) else {
        return None;
    };
    let (pow, div) = if node(*p).op_type == "Pow" {
        (*p, *d)
    } else {
        (*d, *p)
    };
    if node(pow).op_type != "Pow"
        || scalar(graph, node(pow)) != Some(2.0)
        || node(div).op_type != "Div"
    {
        return None;
    }
    let variance = graph.only_reader(node(pow)).filter(|&v| last_axis(v))?;
    let eps = only(variance, "Add")?;
    let sqrt = only(eps, "Sqrt")?;
    let divided = node(div);
    if graph.only_reader(node(sqrt)) != Some(div)
        || divided.input.first().map(String::as_str) != out(centre)
    {
        return None;
    }
    // The added constant is the module's eps, in the f32 the graph holds;
    // one the language cannot write leaves the nodes to be refused apart.
    let added = scalar(graph, node(eps))?;
    let eps_text = spelling::eps(added as f32, NORM_EPS).ok()?;
    let mul = only(div, "Mul")?;
    let add = only(mul, "Add")?;
    let constant = |at: usize| {
        node(at)
            .input
            .iter()
            .find(|i| graph.constants.contains_key(i.as_str()))
            .map(String::as_str)
    };
    let (weight, bias) = (constant(mul)?, constant(add)?);
    let tensors = vec![Source::new(weight, false), Source::new(bias, false)];
    let stmt = Stmt::weighted(
        layer_name(graph.weight_name(weight)),
        format!("layernorm{eps_text}"),
        tensors,
    );
    Some((
        vec![stmt],
        vec![mean, centre, pow, variance, eps, sqrt, div, mul, add],
    ))
}

/// ConvNeXt V2's global response norm (timm's `GlobalResponseNorm`) of
/// `value`: each channel's L2 norm over the positions (ReduceL2), divided
/// by the channels' mean of it plus eps, multiplies `value`; then the
/// weight, the bias, and `value` itself added: `grn`. Channels are axis 1,
/// or the last axis in a channels-last `section`.
fn response_norm(graph: &Graph, value: &str, readers: &[usize], section: bool) -> Found {
    let rank = graph.shapes.get(value)?.len();
    if rank < 3 {
        return None;
    }
    let node = |at: usize| &graph.nodes[at];
    let out = |at: usize| node(at).output.first().map(String::as_str);
    let channel = if section { rank as i64 - 1 } else { 1 };
    let axes_of = |at: usize| -> Option<Vec<i64>> {
        let n = node(at);
        let axes: Vec<i64> = match n.input.get(1).filter(|a| !a.is_empty()) {
            Some(input) => {
                let values = graph.constants.get(input.as_str())?.values.as_ref()?;
                values.iter().map(|&x| x as i64).collect()
            }
            None => ints(n, "axes")?.to_vec(),
        };
        let mut axes: Vec<i64> = axes
            .iter()
            .map(|&a| if a < 0 { a + rank as i64 } else { a })
            .collect();
        axes.sort_unstable();
        (int(n, "keepdims").unwrap_or(1) != 0).then_some(axes)
    };
    let spatial: Vec<i64> = (1..rank as i64 - 1)
        .map(|a| if section { a } else { a + 1 })
        .collect();
    let l2 = *readers.iter().find(|&&r| node(r).op_type == "ReduceL2")?;
    let gate = *readers.iter().find(|&&r| node(r).op_type == "Mul")?;
    let residual = *readers.iter().find(|&&r| node(r).op_type == "Add")?;
    if readers.len() != 3 || axes_of(l2)? != spatial {
        return None;
    }
    let [a, b] = graph.readers(out(l2)?) else {
        return None;
    };
    let (mean, div) = if node(*a).op_type == "ReduceMean" {
        (*a, *b)
    } else {
        (*b, *a)
    };
    if node(mean).op_type != "ReduceMean"
        || axes_of(mean)? != [channel]
        || node(div).op_type != "Div"
    {
        return None;
    }
    let eps = graph
        .only_reader(node(mean))
        .filter(|&e| node(e).op_type == "Add")?;
    // The added constant is the module's eps (timm's 1e-6 unless given).
    let eps_text = spelling::eps(scalar(graph, node(eps))? as f32, RESPONSE_EPS).ok()?;
    let divides = node(div).input.first().map(String::as_str) == out(l2)
        && graph.only_reader(node(eps)) == Some(div)
        && graph.only_reader(node(div)) == Some(gate);
    if !divides {
        return None;
    }
    // x·N, then the weight's Mul and the bias's Add (an Identity between,
    // where the exporter multiplied by 1), into the residual Add.
    let mut taken = vec![l2, mean, eps, div, gate];
    let mut at = gate;
    let constant = |op: &str, taken: &mut Vec<usize>, at: &mut usize| -> Option<String> {
        loop {
            let next = graph.only_reader(node(*at))?;
            taken.push(next);
            *at = next;
            match node(next).op_type.as_str() {
                "Identity" => continue,
                found if found == op && graph.data_inputs(node(next)).len() == 1 => {
                    let input = node(next)
                        .input
                        .iter()
                        .find(|i| graph.constants.contains_key(i.as_str()))?;
                    return Some(input.clone());
                }
                _ => return None,
            }
        }
    };
    let weight = constant("Mul", &mut taken, &mut at)?;
    let bias = constant("Add", &mut taken, &mut at)?;
    if graph.only_reader(node(at)) != Some(residual) {
        return None;
    }
    taken.push(residual);
    let tensors = vec![Source::new(&weight, false), Source::new(&bias, false)];
    let stmt = Stmt::weighted(
        layer_name(graph.weight_name(&weight)),
        format!("grn{eps_text}"),
        tensors,
    );
    Some((vec![stmt], taken))
}
