//! One ONNX node as a statement of the language, or the reason it has
//! none. Options the language writes are those of PyTorch's layers:
//! symmetric padding, one stride per axis, and so on.

use onnx_protobuf::NodeProto;

use super::attrs::{describe, epsilon, float, int, ints, positive};
use super::graph::Graph;
use super::layers;
use super::standardise;
use super::tensors::{inputs, layer_name};
use super::window::window_options;
use crate::spelling::{axes, uniform, NORM_EPS};
use crate::stmt::{Source, Stmt};

/// The statements for `node`, a node that continues a chain (one data
/// input).
pub fn convert(node: &NodeProto, graph: &Graph) -> Result<Vec<Stmt>, String> {
    let layer = |text: String| Ok(vec![Stmt::layer(None, text)]);
    match node.op_type.as_str() {
        "Conv" => conv(node, graph).map(|stmt| vec![stmt]),
        "BatchNormalization" => {
            let name = node.input.get(1).and_then(|scale| layer_name(scale));
            // Scale, bias, mean, variance: PyTorch's weight, bias,
            // running_mean, running_var.
            let tensors = inputs(node, &[1, 2, 3, 4]);
            let text = format!("bn{}", epsilon(node, NORM_EPS)?);
            Ok(vec![Stmt::weighted(name, text, tensors)])
        }
        "Relu" => layer("relu".to_string()),
        "Sigmoid" => layer("sigmoid".to_string()),
        "Tanh" => layer("tanh".to_string()),
        "HardSwish" => layer("hardswish".to_string()),
        "HardSigmoid" => {
            // PyTorch's Hardsigmoid is relu6(x + 3) / 6: alpha 1/6, beta 1/2
            // (ONNX's defaults, 0.2 and 0.5, are another function).
            let alpha = float(node, "alpha").unwrap_or(0.2);
            let beta = float(node, "beta").unwrap_or(0.5);
            if (alpha - 1.0 / 6.0).abs() > 1e-6 || (beta - 0.5).abs() > 1e-6 {
                return Err(format!(
                    "{} has alpha {alpha} and beta {beta}: the language's hardsigmoid is \
                     PyTorch's, alpha 1/6 and beta 1/2",
                    describe(node)
                ));
            }
            layer("hardsigmoid".to_string())
        }
        "Clip" => clip(node, graph),
        "MaxPool" | "AveragePool" => pool(node, graph).map(|stmt| vec![stmt]),
        "GlobalAveragePool" => layer("gap".to_string()),
        "GlobalMaxPool" => layer("gmp".to_string()),
        // `context`'s node: the map, then the 1x1 Conv's weight and bias.
        "ContextPool" => {
            let weight = node.input.get(1).map_or("", String::as_str);
            let name = layer_name(graph.weight_name(weight));
            let tensors = inputs(node, &[1, 2]);
            Ok(vec![Stmt::weighted(
                name,
                "contextpool".to_string(),
                tensors,
            )])
        }
        "Flatten" => match int(node, "axis").unwrap_or(1) {
            1 => layer("flatten".to_string()),
            axis => Err(format!(
                "{} flattens from axis {axis}: the language's flatten keeps only the batch axis",
                describe(node)
            )),
        },
        "Reshape" => reshape(node, graph),
        "Gemm" => gemm(node, graph).map(|stmt| vec![stmt]),
        "MatMul" => matmul(node, graph, None).map(|stmt| vec![stmt]),
        // Eval mode: both pass their input on.
        "Dropout" | "Identity" => Ok(vec![]),
        "Expand" => super::broadcast::expand(graph, node),
        op if layers::known(op) => layers::convert(node, graph),
        "Div" if layers::times(node, graph, true).is_some() => {
            layers::times(node, graph, true).unwrap_or_else(|| Ok(vec![]))
        }
        "Add" | "Sub" | "Mul" | "Div" => Err(format!(
            "{} combines a value with a constant: the language has no layer that {} \
             a constant (only `fc` and `conv` biases, and blocks that join branches)",
            describe(node),
            match node.op_type.as_str() {
                "Add" => "adds",
                "Sub" => "subtracts",
                "Mul" => "multiplies by",
                _ => "divides by",
            }
        )),
        op => Err(format!(
            "{} has no statement in the language: {}",
            describe(node),
            lacks(op)
        )),
    }
}

/// The block for `node`, which joins `branches` (in the order of its
/// inputs).
pub fn join(node: &NodeProto, branches: Vec<Vec<Stmt>>) -> Result<Stmt, String> {
    let mut branches = flatten(node, branches);
    match node.op_type.as_str() {
        "Add" => {
            let empty = branches.iter().filter(|branch| branch.is_empty()).count();
            if branches.len() == 2 && empty == 1 {
                branches.retain(|branch| !branch.is_empty());
                return Ok(Stmt::Residual(branches.remove(0)));
            }
            Ok(Stmt::Block("add", branches))
        }
        "Mul" => Ok(Stmt::Block("mul", branches)),
        // Its inputs in order: the first less the second.
        "Sub" if branches.len() == 2 => Ok(Stmt::Block("sub", branches)),
        "Sum" => Ok(Stmt::Block("add", branches)),
        "Concat" => match int(node, "axis") {
            Some(1) => layers::split(branches),
            axis => Err(format!(
                "{} concatenates along axis {}: the language's concat joins channels (axis 1 \
                 of NCHW)",
                describe(node),
                axis.map_or("(none)".to_string(), |a| a.to_string())
            )),
        },
        op => Err(format!(
            "{} joins {} branches: the language joins branches by add, concat, mul and sub \
             (of two) only, and has no `{op}`",
            describe(node),
            branches.len()
        )),
    }
}

/// `branches` with each that is one block of `node`'s kind (a join of
/// the same fork nested in this one, `(a + b) + c`) spliced in: its
/// branches read the same input, so they are this block's own.
fn flatten(node: &NodeProto, branches: Vec<Vec<Stmt>>) -> Vec<Vec<Stmt>> {
    let kind = match node.op_type.as_str() {
        "Add" | "Sum" => "add",
        "Mul" => "mul",
        "Concat" => "concat",
        _ => return branches,
    };
    let mut flat = Vec::new();
    for mut branch in branches {
        match branch.as_mut_slice() {
            [Stmt::Block(inner, nested)] if *inner == kind => flat.append(nested),
            [Stmt::Residual(body)] if kind == "add" => {
                flat.push(Vec::new());
                flat.push(std::mem::take(body));
            }
            _ => flat.push(branch),
        }
    }
    flat
}

/// What the language lacks for an operator it has no statement for.
fn lacks(op: &str) -> String {
    match op {
        "LSTM" | "GRU" | "RNN" => "the language has no recurrent layers".to_string(),
        "Einsum" | "MatMul" | "Gemm" => {
            "the language has no product of two computed tensors".to_string()
        }
        "Transpose" => "the language's shapes are channels-last and have no transpose".to_string(),
        "LogSoftmax" => "the language has softmax and no log-softmax".to_string(),
        _ => format!("the importer knows no statement for the operator `{op}`"),
    }
}

/// A convolution: `conv`, `conv ... groups G`, or `dwconv` when every
/// channel has its own filters.
fn conv(node: &NodeProto, graph: &Graph) -> Result<Stmt, String> {
    let weight = node.input.get(1).map(String::as_str).unwrap_or("");
    let Some(constant) = graph.constants.get(weight) else {
        return Err(format!(
            "{}'s weights `{weight}` are computed, not an initializer: the language's conv \
             has learnt weights",
            describe(node)
        ));
    };
    let dims = positive(node, &constant.dims)?;
    let [filters, per_group, kernel @ ..] = dims.as_slice() else {
        return Err(format!(
            "{}'s weights have dims {:?}: a conv needs [filters, channels, kernel...]",
            describe(node),
            constant.dims
        ));
    };
    if kernel.is_empty() || kernel.len() > 3 {
        return Err(format!(
            "{} is a {}-D convolution: the language has 1-D, 2-D and 3-D ones",
            describe(node),
            kernel.len()
        ));
    }
    if let Some(shape) = ints(node, "kernel_shape") {
        if shape.iter().map(|&k| k as u64).ne(kernel.iter().copied()) {
            return Err(format!(
                "{} has kernel_shape {shape:?} but weights of dims {:?}",
                describe(node),
                constant.dims
            ));
        }
    }
    let group = int(node, "group").unwrap_or(1);
    let group = u64::try_from(group)
        .ok()
        .filter(|&g| g > 0)
        .ok_or_else(|| format!("{} has group {group}", describe(node)))?;
    let bias = node.input.get(2).is_some_and(|b| !b.is_empty());
    let mut text = if *per_group == 1 && group > 1 && filters % group == 0 {
        let mut text = format!("dwconv {}", axes(kernel));
        if filters / group > 1 {
            text += &format!(" multiplier {}", filters / group);
        }
        text
    } else {
        let mut text = format!("conv {}x{filters}", axes(kernel));
        if group > 1 {
            text += &format!(" groups {group}");
        }
        text
    };
    text += &window_options(node, kernel, &[1], spatial(node, graph))?;
    if let Some(dilations) = ints(node, "dilations") {
        let dilations = positive(node, dilations)?;
        if dilations.iter().any(|&d| d != 1) {
            text += &format!(" dilation {}", uniform(&dilations));
        }
    }
    if !bias {
        text += " nobias";
    }
    // ONNX's [F, C/groups, k...] is PyTorch's layout.
    let mut tensors = inputs(node, &[1, 2]);
    // A weight standardised in the graph (`standardise`).
    if let Some(mark @ (1 | 2)) = int(node, standardise::MARK) {
        text += if mark == 1 { " ws" } else { " scaledws" };
        let eps = float(node, standardise::EPS).unwrap_or(1e-5);
        text += &crate::spelling::eps(eps, cnn_core::Standardise::DEFAULT_EPS)
            .map_err(|problem| format!("{} standardises with {problem}", describe(node)))?;
        if let Some(gain) = node.input.get(3).filter(|_| mark == 2) {
            let fan_in = per_group * kernel.iter().product::<u64>();
            tensors.push(Source::scaled(gain, (fan_in as f64).sqrt()));
        }
    }
    Ok(Stmt::weighted(layer_name(weight), text, tensors))
}

/// MaxPool or AveragePool, with PyTorch's options.
/// The spatial sizes of `node`'s data input, as the graph's shapes give
/// them.
fn spatial<'g>(node: &NodeProto, graph: &'g Graph) -> Option<&'g [i64]> {
    let dims = graph.shapes.get(node.input.first()?.as_str())?;
    dims.get(2..)
}

fn pool(node: &NodeProto, graph: &Graph) -> Result<Stmt, String> {
    let kernel = ints(node, "kernel_shape")
        .ok_or_else(|| format!("{} has no kernel_shape", describe(node)))?;
    let kernel = positive(node, kernel)?;
    let kind = if node.op_type == "MaxPool" {
        "maxpool"
    } else {
        "avgpool"
    };
    let mut text = format!("{kind} {}", uniform(&kernel));
    // ONNX's strides default to 1, the language's to the window.
    let strides = match ints(node, "strides") {
        Some(strides) => positive(node, strides)?,
        None => vec![1; kernel.len()],
    };
    if strides != kernel {
        text += &format!(" stride {}", uniform(&strides));
    }
    text += &window_options(node, &kernel, &[], spatial(node, graph))?;
    if let Some(dilations) = ints(node, "dilations") {
        let dilations = positive(node, dilations)?;
        if dilations.iter().any(|&d| d != 1) {
            text += &format!(" dilation {}", uniform(&dilations));
        }
    }
    if int(node, "ceil_mode").unwrap_or(0) != 0 {
        text += " ceil";
    }
    if kind == "avgpool" {
        text = super::average::padding_left_out(node, graph, text)?;
    }
    Ok(Stmt::layer(None, text))
}

/// Clip(0, 6) is relu6; Clip(0, +inf) is relu.
fn clip(node: &NodeProto, graph: &Graph) -> Result<Vec<Stmt>, String> {
    // Opset 11 and later give the bounds as inputs, earlier ones as
    // attributes.
    let bound = |position: usize, attribute: &str| -> Result<Option<f64>, String> {
        match node.input.get(position).filter(|input| !input.is_empty()) {
            None => Ok(float(node, attribute).map(f64::from)),
            Some(input) => {
                let values = graph
                    .constants
                    .get(input.as_str())
                    .and_then(|c| c.values.as_ref());
                match values.map(Vec::as_slice) {
                    Some([value]) => Ok(Some(*value)),
                    _ => Err(format!(
                        "{}'s bound `{input}` is not a constant number: the language's \
                         relu6 clips at 0 and 6",
                        describe(node)
                    )),
                }
            }
        }
    };
    let low = bound(1, "min")?;
    let high = bound(2, "max")?;
    match (low, high) {
        (Some(low), Some(high)) if low == 0.0 && high == 6.0 => {
            Ok(vec![Stmt::layer(None, "relu6".to_string())])
        }
        (Some(0.0), None) => Ok(vec![Stmt::layer(None, "relu".to_string())]),
        _ => Err(format!(
            "{} clips to [{}, {}]: the language has relu6 (Clip 0, 6) and relu (Clip 0)",
            describe(node),
            low.map_or("-inf".to_string(), |v| v.to_string()),
            high.map_or("inf".to_string(), |v| v.to_string())
        )),
    }
}

/// Reshape to [N, -1] (N 0 or 1: the batch kept) is a flatten; so is a
/// Reshape to the sizes that -1 would give, [1, C] of a [1, C, 1, 1]
/// input (the default exporter's `torch.flatten(x, 1)`), and a head's
/// Reshape to [-1] of a batch of one.
fn reshape(node: &NodeProto, graph: &Graph) -> Result<Vec<Stmt>, String> {
    let shape = node.input.get(1).map(String::as_str).unwrap_or("");
    let values = graph.constants.get(shape).and_then(|c| c.values.as_ref());
    let input = node
        .input
        .first()
        .and_then(|i| graph.shapes.get(i.as_str()));
    // The input's size after the batch axis, where every axis is known.
    let rest = input.and_then(|dims| {
        let rest = dims.get(1..)?;
        (!rest.is_empty() && rest.iter().all(|&d| d > 0)).then(|| rest.iter().product::<i64>())
    });
    let batch_of_one = input.and_then(|dims| dims.first()) == Some(&1);
    let flatten = match values.map(Vec::as_slice) {
        Some([batch, size]) if *batch == 0.0 || *batch == 1.0 => {
            *size == -1.0 || Some(*size as i64) == rest
        }
        Some([size]) => *size == -1.0 && batch_of_one && rest.is_some(),
        _ => false,
    };
    match values {
        _ if flatten => Ok(vec![Stmt::layer(None, "flatten".to_string())]),
        Some(values) => Err(format!(
            "{} reshapes to {:?}: the language has a flatten (a reshape to [1, -1]) \
             and no other reshape",
            describe(node),
            values.iter().map(|&v| v as i64).collect::<Vec<_>>()
        )),
        None => Err(format!(
            "{}'s shape `{shape}` is computed, not a constant: the language has a flatten \
             (a reshape to [1, -1]) and no other reshape",
            describe(node)
        )),
    }
}

/// Gemm(x, W, b), PyTorch's Linear: `fc N`.
fn gemm(node: &NodeProto, graph: &Graph) -> Result<Stmt, String> {
    if int(node, "transA").unwrap_or(0) != 0 {
        return Err(format!(
            "{} transposes its input: the language's fc reads a vector",
            describe(node)
        ));
    }
    for scale in ["alpha", "beta"] {
        let value = float(node, scale).unwrap_or(1.0);
        if value != 1.0 {
            return Err(format!(
                "{} has {scale} {value}: the language's fc computes Wx + b",
                describe(node)
            ));
        }
    }
    let weight = node.input.get(1).map(String::as_str).unwrap_or("");
    let dims = weight_dims(node, graph, weight)?;
    // PyTorch's Linear is [out, in], what Gemm reads with transB; without
    // it the matrix is [in, out].
    let transposed = int(node, "transB").unwrap_or(0) == 0;
    let outputs = if transposed { dims[1] } else { dims[0] };
    let bias = node.input.get(2).is_some_and(|b| !b.is_empty());
    let text = format!("fc {outputs}{}", if bias { "" } else { " nobias" });
    let mut tensors = vec![Source::new(weight, transposed)];
    tensors.extend(inputs(node, &[2]));
    Ok(Stmt::weighted(layer_name(weight), text, tensors))
}

/// MatMul(x, W), with the Add of a bias that follows it: `fc N`.
pub fn matmul(node: &NodeProto, graph: &Graph, bias: Option<&NodeProto>) -> Result<Stmt, String> {
    let weight = node.input.get(1).map(String::as_str).unwrap_or("");
    let dims = weight_dims(node, graph, weight)?;
    let outputs = dims[1];
    // MatMul's matrix is [in, out], PyTorch's Linear [out, in].
    let mut tensors = vec![Source::new(weight, true)];
    if let Some(add) = bias {
        let constant = add.input.iter().find_map(|input| {
            let constant = graph.constants.get(input.as_str())?;
            tensors.push(Source::new(input, false));
            Some(constant)
        });
        let size: Option<i64> = constant.map(|c| c.dims.iter().product());
        if size != Some(outputs as i64) {
            return Err(format!(
                "{} adds a constant of dims {:?} to the {outputs} outputs of {}: \
                 the language's fc has one bias per output",
                describe(add),
                constant.map(|c| c.dims.clone()).unwrap_or_default(),
                describe(node)
            ));
        }
    }
    let text = format!(
        "fc {outputs}{}",
        if bias.is_some() { "" } else { " nobias" }
    );
    Ok(Stmt::weighted(
        layer_name(graph.weight_name(weight)),
        text,
        tensors,
    ))
}

/// The dims of a fully connected layer's weight matrix `weight`.
fn weight_dims(node: &NodeProto, graph: &Graph, weight: &str) -> Result<Vec<u64>, String> {
    match graph.constants.get(weight) {
        Some(constant) if constant.dims.len() == 2 => positive(node, &constant.dims),
        Some(constant) => Err(format!(
            "{}'s weights `{weight}` have dims {:?}: the language's fc has a matrix",
            describe(node),
            constant.dims
        )),
        None => Err(format!(
            "{} multiplies two computed values: {}",
            describe(node),
            lacks("MatMul")
        )),
    }
}
