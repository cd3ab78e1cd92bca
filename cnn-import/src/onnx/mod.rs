//! `cnn import FILE.onnx`: the declaration of a trained model.
//!
//! The file is read with `onnx-protobuf`, the ONNX schema's messages
//! generated once by rust-protobuf 3 and published as a crate: no
//! protoc and no build script on the user's machine, and a decoder that
//! is maintained with the schema rather than written by hand here.
//!
//! The graph becomes blocks in [`graph`], each node a statement in
//! [`ops`]; the text is then checked by `cnn_lang::check` as any `.cnn`
//! file is, and printed only if it checks and its output shape is the
//! graph's.

mod dense;
mod fold;
mod graph;
mod layers;
mod ops;
mod patterns;
mod shapes;
pub mod weights;

use std::collections::HashSet;
use std::fs;
use std::io::ErrorKind;
use std::path::Path;

use onnx_protobuf::{Message, ModelProto, ValueInfoProto};

use crate::failure::Failure;

/// A statement of the declaration.
#[derive(Clone)]
pub enum Stmt {
    /// A layer: its name, if the graph gives one, its text, and where in
    /// the graph it comes from.
    Layer {
        name: Option<String>,
        text: String,
        origin: Origin,
    },
    /// `add`, `concat` or `mul` of branches.
    Block(&'static str, Vec<Vec<Stmt>>),
    /// `residual { ... }`: the input added to the body's output.
    Residual(Vec<Stmt>),
    /// A Slice of channels `start..end`, which only a `split` block may
    /// hold (as the first statement of each branch); `node` names it.
    Slice {
        start: u64,
        end: u64,
        channels: u64,
        node: String,
    },
    /// `repeat N { ... }`.
    Repeat(usize, Vec<Stmt>),
}

/// Where a layer is in the graph: what its weights are read from and
/// the value it writes, which the declaration's are checked against.
#[derive(Clone, Default)]
pub struct Origin {
    /// The graph's tensors of its parameters, in the order of its layout
    /// (PyTorch's `state_dict` order: a conv's weight, then its bias).
    pub tensors: Vec<weights::Source>,
    /// The value the layer's last node writes (channels first, as the
    /// graph's shapes give it) and that node, as errors name it; `None`
    /// inside a section the graph holds channels-last.
    pub value: Option<(String, String)>,
}

impl Stmt {
    fn layer(name: Option<String>, text: String) -> Stmt {
        Stmt::Layer {
            name,
            text,
            origin: Origin::default(),
        }
    }

    /// A layer whose parameters are the graph's `tensors`.
    fn weighted(name: Option<String>, text: String, tensors: Vec<weights::Source>) -> Stmt {
        Stmt::Layer {
            name,
            text,
            origin: Origin {
                tensors,
                value: None,
            },
        }
    }

    /// Whether `self` and `other` declare the same: their text, not where
    /// in the graph they come from (the rounds of a `repeat` read
    /// different tensors).
    fn declares_same(&self, other: &Stmt) -> bool {
        let all = |a: &[Stmt], b: &[Stmt]| {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| a.declares_same(b))
        };
        match (self, other) {
            (
                Stmt::Layer { name, text, .. },
                Stmt::Layer {
                    name: other_name,
                    text: other_text,
                    ..
                },
            ) => name == other_name && text == other_text,
            (Stmt::Block(kind, branches), Stmt::Block(other_kind, others)) => {
                kind == other_kind
                    && branches.len() == others.len()
                    && branches.iter().zip(others).all(|(a, b)| all(a, b))
            }
            (Stmt::Residual(body), Stmt::Residual(other)) => all(body, other),
            (Stmt::Repeat(count, body), Stmt::Repeat(other_count, other)) => {
                count == other_count && all(body, other)
            }
            (
                Stmt::Slice {
                    start,
                    end,
                    channels,
                    ..
                },
                Stmt::Slice {
                    start: other_start,
                    end: other_end,
                    channels: other_channels,
                    ..
                },
            ) => start == other_start && end == other_end && channels == other_channels,
            _ => false,
        }
    }
}

/// What `cnn import` is asked for.
pub struct Request<'a> {
    /// The ONNX file.
    pub file: &'a Path,
    /// `--rust NAME`: a whole `cnn!` block of that struct name.
    pub rust: Option<&'a str>,
    /// `--weights OUT`: where to write the weights, as safetensors.
    pub weights: Option<&'a Path>,
}

/// The declaration imported from `request.file`, checked: the text of a
/// `.cnn` file, or a `cnn!` block.
pub fn import(request: &Request) -> Result<String, Failure> {
    let path = request.file.display().to_string();
    let cannot = |why: String| Failure::usage(format!("cannot import `{path}`: {why}"));
    let bytes = fs::read(request.file).map_err(|error| {
        Failure::usage(match error.kind() {
            ErrorKind::NotFound => format!("cannot read `{path}`: no such file"),
            ErrorKind::IsADirectory => format!("cannot read `{path}`: it is a directory"),
            _ => format!("cannot read `{path}`: {error}"),
        })
    })?;
    let model = ModelProto::parse_from_bytes(&bytes).map_err(|error| {
        Failure::usage(format!(
            "`{path}` is not an ONNX model: it does not decode as one ({error})"
        ))
    })?;
    let Some(graph) = model.graph.as_ref() else {
        return Err(Failure::usage(format!(
            "`{path}` is not an ONNX model: it holds no graph"
        )));
    };
    if graph.node.is_empty() {
        return Err(Failure::usage(format!(
            "`{path}` is not an ONNX model: its graph has no node"
        )));
    }
    let nested = dense::nest(graph);
    let graph = &nested;
    let initializers: HashSet<&str> = graph.initializer.iter().map(|t| t.name.as_str()).collect();
    // Older exporters list the initializers among the inputs too.
    let inputs: Vec<&ValueInfoProto> = graph
        .input
        .iter()
        .filter(|input| !initializers.contains(input.name.as_str()))
        .collect();
    let input = match inputs.as_slice() {
        [input] => *input,
        _ => {
            return Err(cannot(format!(
                "the graph has {} inputs ({}): the language declares a network of one input",
                inputs.len(),
                names(inputs.iter().map(|i| i.name.as_str()))
            )))
        }
    };
    let output = match graph.output.as_slice() {
        [output] => output,
        outputs => {
            return Err(cannot(format!(
                "the graph has {} outputs ({}): the language declares a network of one output",
                outputs.len(),
                names(outputs.iter().map(|o| o.name.as_str()))
            )))
        }
    };
    let input_shape = channels_last(input).map_err(&cannot)?;
    let mut walk = graph::Graph::new(graph, &output.name).map_err(&cannot)?;
    let unfolded = walk.statements(&input.name).map_err(&cannot)?;
    if let Some(slice) = stray_slice(&unfolded) {
        return Err(cannot(slice));
    }
    let input_line = format!("input {};", axes(&input_shape));
    // Every statement's shape against the graph's, on the declaration as
    // the graph has it (one statement per layer), before runs fold.
    shapes::check(&unfolded, &input_line, &walk.shapes).map_err(&cannot)?;
    let body = fold_repeats(unfolded.clone());

    let statements = text(&input_line, &body);

    let name = request.rust.unwrap_or("Imported");
    let checked = cnn_lang::check(&statements, Some(name));
    let Some(network) = checked.network else {
        let first = checked
            .diagnostics
            .iter()
            .find(|d| d.is_error())
            .map_or(String::new(), |d| format!(": {}", d.message));
        return Err(cannot(format!(
            "the declaration read from the graph does not check{first}"
        )));
    };
    // The graph's own output shape, where it gives one, must be the one
    // the language works out.
    if let Ok(shape) = channels_last(output) {
        let ours = network.output.to_string();
        if axes(&shape) != ours {
            return Err(cannot(format!(
                "the graph's output `{}` is {} but the declaration's is {ours}",
                output.name,
                axes(&shape)
            )));
        }
    }
    if let Some(out) = request.weights {
        let mut sources = Vec::new();
        weights::sources(&unfolded, &mut sources);
        let dir = request.file.parent().unwrap_or(Path::new("."));
        let bytes = weights::write(&network, &sources, graph, dir).map_err(&cannot)?;
        fs::write(out, bytes).map_err(|error| {
            Failure::usage(format!("cannot write `{}`: {error}", out.display()))
        })?;
    }
    let producer = if model.producer_name.is_empty() {
        String::new()
    } else {
        format!(" ({} {})", model.producer_name, model.producer_version)
    };
    let header = format!("// Imported from {path}{producer} by `cnn import`.\n");
    Ok(match request.rust {
        None => header + &statements,
        Some(name) => {
            let mut text = format!("cnn! {{\n    {header}    pub struct {name} {{\n");
            for line in statements.lines() {
                text += &format!("        {line}\n");
            }
            text + "    }\n}\n"
        }
    })
}

/// The static shape of `value`, channels last: NCHW is HxWxC, NC is C.
/// The batch axis may be symbolic; no other may.
fn channels_last(value: &ValueInfoProto) -> Result<Vec<u64>, String> {
    use onnx_protobuf::tensor_shape_proto::dimension::Value;
    let tensor = value.type_.as_ref().map(|t| t.tensor_type());
    let shape = tensor.and_then(|t| t.shape.as_ref());
    let Some(shape) = shape else {
        return Err(format!("the graph's input `{}` has no shape", value.name));
    };
    let mut dims = Vec::new();
    for (axis, dim) in shape.dim.iter().enumerate().skip(1) {
        match &dim.value {
            Some(Value::DimValue(size)) if *size > 0 => dims.push(*size as u64),
            other => {
                let size = match other {
                    Some(Value::DimParam(name)) => format!("`{name}`"),
                    Some(Value::DimValue(size)) => size.to_string(),
                    _ => "unknown".to_string(),
                };
                return Err(format!(
                    "axis {axis} of `{}` is {size}: the language needs a fixed size \
                     on every axis but the batch",
                    value.name
                ));
            }
        }
    }
    if dims.is_empty() {
        return Err(format!(
            "`{}` has no axis but the batch: the language's input is a vector or a map",
            value.name
        ));
    }
    dims.rotate_left(1);
    Ok(dims)
}

/// The text of `stmts` after `input`, every name kept where the printed
/// declaration keeps it.
fn text(input: &str, stmts: &[Stmt]) -> String {
    let mut lines = vec![input.to_string()];
    render(stmts, 0, &mut HashSet::new(), &mut lines);
    lines.join("\n") + "\n"
}

/// Appends the lines of `stmts`, `depth` levels in. A name already given
/// (or one whose constant would clash) is left off.
fn render(stmts: &[Stmt], depth: usize, seen: &mut HashSet<String>, lines: &mut Vec<String>) {
    let pad = "    ".repeat(depth);
    for stmt in stmts {
        match stmt {
            Stmt::Layer { name, text, .. } => {
                let name = name.as_ref().filter(|n| seen.insert(n.to_uppercase()));
                match name {
                    Some(name) => lines.push(format!("{pad}{name}: {text};")),
                    None => lines.push(format!("{pad}{text};")),
                }
            }
            Stmt::Residual(body) => {
                lines.push(format!("{pad}residual {{"));
                render(body, depth + 1, seen, lines);
                lines.push(format!("{pad}}}"));
            }
            Stmt::Slice { .. } => {}
            Stmt::Repeat(count, body) => {
                lines.push(format!("{pad}repeat {count} {{"));
                render(body, depth + 1, seen, lines);
                lines.push(format!("{pad}}}"));
            }
            Stmt::Block(kind, branches) => {
                lines.push(format!("{pad}{kind} {{"));
                for branch in branches {
                    if branch.is_empty() {
                        lines.push(format!("{pad}    {{}}"));
                    } else {
                        lines.push(format!("{pad}    {{"));
                        render(branch, depth + 2, seen, lines);
                        lines.push(format!("{pad}    }}"));
                    }
                }
                lines.push(format!("{pad}}}"));
            }
        }
    }
}

/// Folds runs of equal statements, or of equal sequences of them, into
/// `repeat N { ... }`. Only statements that hold no layer name fold: a
/// name belongs to one layer of the graph, and a repeated body would give
/// it to several (so a preserve export, named, folds only its unnamed
/// runs, while an eval export folds whole stages).
fn fold_repeats(stmts: Vec<Stmt>) -> Vec<Stmt> {
    let stmts: Vec<Stmt> = stmts
        .into_iter()
        .map(|stmt| match stmt {
            Stmt::Block(kind, branches) => {
                Stmt::Block(kind, branches.into_iter().map(fold_repeats).collect())
            }
            Stmt::Residual(body) => Stmt::Residual(fold_repeats(body)),
            other => other,
        })
        .collect();
    let mut out = Vec::new();
    let mut at = 0;
    while at < stmts.len() {
        // The longest stretch from `at` made of one body repeated.
        let mut best: Option<(usize, usize)> = None;
        for period in 1..=(stmts.len() - at) / 2 {
            let unit = &stmts[at..at + period];
            if !unit.iter().all(unnamed) {
                break;
            }
            let mut count = 1;
            while stmts.len() >= at + (count + 1) * period
                && stmts[at + count * period..at + (count + 1) * period]
                    .iter()
                    .zip(unit)
                    .all(|(a, b)| a.declares_same(b))
            {
                count += 1;
            }
            if count > 1 && best.is_none_or(|(p, c)| period * count > p * c) {
                best = Some((period, count));
            }
        }
        match best {
            Some((period, count)) => {
                out.push(Stmt::Repeat(count, stmts[at..at + period].to_vec()));
                at += period * count;
            }
            None => {
                out.push(stmts[at].clone());
                at += 1;
            }
        }
    }
    out
}

/// Whether `stmt` gives no layer a name (and holds no stray slice).
fn unnamed(stmt: &Stmt) -> bool {
    match stmt {
        Stmt::Layer { name, .. } => name.is_none(),
        Stmt::Block(_, branches) => branches.iter().flatten().all(unnamed),
        Stmt::Residual(body) | Stmt::Repeat(_, body) => body.iter().all(unnamed),
        Stmt::Slice { .. } => false,
    }
}

/// The error for a Slice left outside a `split` block.
fn stray_slice(stmts: &[Stmt]) -> Option<String> {
    stmts.iter().find_map(|stmt| match stmt {
        Stmt::Slice {
            start, end, node, ..
        } => Some(format!(
            "{node} takes channels {start}..{end}: the language slices channels only in a \
             `split` block, whose branches take equal slices in order and are joined by a \
             Concat"
        )),
        Stmt::Block(_, branches) => branches.iter().find_map(|b| stray_slice(b)),
        Stmt::Residual(body) | Stmt::Repeat(_, body) => stray_slice(body),
        Stmt::Layer { .. } => None,
    })
}

/// `224x224x3`.
fn axes(dims: &[u64]) -> String {
    let texts: Vec<String> = dims.iter().map(u64::to_string).collect();
    texts.join("x")
}

/// `a`, `b`, `c`.
fn names<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let quoted: Vec<String> = names.map(|name| format!("`{name}`")).collect();
    if quoted.is_empty() {
        "none".to_string()
    } else {
        quoted.join(", ")
    }
}
