//! The ONNX front end: `cnn import FILE.onnx`, the declaration of a
//! trained model.
//!
//! The file is read with `onnx-protobuf`, the ONNX schema's messages
//! generated once by rust-protobuf 3 and published as a crate: no
//! protoc and no build script on the user's machine, and a decoder that
//! is maintained with the schema rather than written by hand here.
//!
//! The graph is indexed (`graph`: its constants, with the shape
//! arithmetic exporters write worked out in `fold`, and every value's
//! shape worked out in `infer`, the file's own shapes only a check),
//! then walked (`walk`) into the language's blocks, each node a statement (`ops`, `layers`,
//! and `patterns` for layers written as several nodes); a graph that is
//! not series-parallel is read in the named form instead (`named`: the
//! nodes in order, `from name` where one reads an earlier value). The text is then
//! checked by `cnn_lang::check` as any `.cnn` file is, and printed only
//! if it checks and its shapes are the graph's.
//!
//! The modules, each importing only those before it: `attrs` (a node's
//! attributes, a node's name in errors), `constant`, `fold`, `sizes`,
//! `infer` (each value's shape), `dense`, `graph`, `split` (a Split as
//! the Slices it is), `standardise` (a conv's weight standardised in
//! the graph, timm's `StdConv2d`), `canon` (canonical forms: an Add of zero, a Pad
//! moved into its Conv), `erf` (GELU's Div, Erf, Add, Mul, Mul as one
//! Gelu), `context` (GCNet's attention pooling as one
//! node), `mix` (a softmax mix of paths as one node), `tensors`, `window`,
//! `layers`, `ops`, `patterns`, `walk`, `named`, and `store` (the tensors'
//! numbers, for the weights).

mod affine;
mod attrs;
mod average;
mod blur;
mod broadcast;
mod canon;
mod constant;
mod context;
mod dense;
mod depth;
mod eca;
mod erf;
mod fold;
mod gelu;
mod graph;
mod infer;
mod layers;
mod mix;
mod named;
mod ops;
mod patterns;
mod sizes;
mod split;
mod standardise;
mod store;
mod tensors;
mod walk;
mod window;

use std::collections::HashSet;
use std::fs;
use std::path::Path;

use onnx_protobuf::{Message, ModelProto, ValueInfoProto};

use crate::declare::declare;
use crate::error::Error;
use crate::options::{Imported, Options};
use crate::spelling::axes;
use crate::{modules, print, shapes, weights};

/// Imports the ONNX model in the file `path`. Its external data files,
/// if its weights are wanted, are read from [`Options::data_dir`] or
/// else the model's own folder; errors and the declaration's header name
/// the model by `path`.
pub fn import_file(path: &Path, options: &Options) -> Result<Imported, Error> {
    let file = path.display().to_string();
    let bytes = fs::read(path).map_err(|error| Error::Read {
        file: file.clone(),
        error,
    })?;
    let dir = options
        .data_dir
        .as_deref()
        .unwrap_or_else(|| path.parent().unwrap_or(Path::new(".")));
    convert(&bytes, &file, Some(dir), options)
}

/// Imports the ONNX model `bytes`, which errors and the declaration's
/// header call `name`. External data files are read from
/// [`Options::data_dir`]; without one, a model whose weights are outside
/// it imports only without [`Options::weights`].
pub fn import(bytes: &[u8], name: &str, options: &Options) -> Result<Imported, Error> {
    convert(bytes, name, options.data_dir.as_deref(), options)
}

/// [`import`], the external data in `dir`.
fn convert(
    bytes: &[u8],
    file: &str,
    dir: Option<&Path>,
    options: &Options,
) -> Result<Imported, Error> {
    let not_onnx = |why: String| Error::NotOnnx {
        file: file.to_string(),
        why,
    };
    let cannot = |why: String| Error::Refused {
        file: file.to_string(),
        why,
    };
    let model = ModelProto::parse_from_bytes(bytes)
        .map_err(|error| not_onnx(format!("it does not decode as one ({error})")))?;
    let Some(graph) = model.graph.as_ref() else {
        return Err(not_onnx("it holds no graph".to_string()));
    };
    if graph.node.is_empty() {
        return Err(not_onnx("its graph has no node".to_string()));
    }
    let nested = dense::nest(graph);
    let graph = &nested;
    let inlined = store::inline_small(graph, dir);
    let graph = inlined.as_ref().unwrap_or(graph);
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
    let input_shape = channels_last(input).map_err(cannot)?;
    // A Split is read as the Slices it is, once the shapes give its parts.
    let sliced = split::slices(graph, &graph::Graph::new(graph).map_err(cannot)?);
    let graph = sliced.as_ref().unwrap_or(graph);
    // A conv's weight standardised in the graph read as the weight.
    let standardised = standardise::rewrite(graph, &graph::Graph::new(graph).map_err(cannot)?);
    let graph = standardised.as_ref().unwrap_or(graph);
    // Canonical forms (an Add of zero, a Pad before a Conv) rewritten.
    let canonical = canon::rewrite(graph, &graph::Graph::new(graph).map_err(cannot)?);
    let graph = canonical.as_ref().unwrap_or(graph);
    // GELU's five nodes as the one Gelu they are, whatever else reads
    // their input.
    let gelus = erf::rewrite(graph, &graph::Graph::new(graph).map_err(cannot)?);
    let graph = gelus.as_ref().unwrap_or(graph);
    // GCNet's attention pooling, several nodes, as the one it is.
    let pooled = context::rewrite(graph, &graph::Graph::new(graph).map_err(cannot)?);
    let graph = pooled.as_ref().unwrap_or(graph);
    // A softmax mix of paths as the one `Mix` node the walk reads as `mix`.
    // Before opset 13 a Softmax runs over every axis from its own on,
    // not across the paths alone: no mix is read from such a file.
    let opset = model
        .opset_import
        .iter()
        .find(|o| o.domain.is_empty() || o.domain == "ai.onnx")
        .map_or(0, |o| o.version);
    let mixed = match opset >= 13 {
        true => mix::rewrite(graph, &graph::Graph::new(graph).map_err(cannot)?).map_err(cannot)?,
        false => None,
    };
    let graph = mixed.as_ref().unwrap_or(graph);
    let index = graph::Graph::new(graph).map_err(cannot)?;
    // Nested blocks where the graph is series-parallel; else the named
    // form, whose refusal is the one to report when the blocks' was only
    // that the graph does not nest.
    let (mut unfolded, input_name) =
        match walk::Walk::new(&index, &output.name).statements(&input.name) {
            Ok(stmts) => (stmts, None),
            Err(why) => match named::statements(&index, &input.name, &output.name) {
                Ok(named) => named,
                Err(named) if walk::does_not_nest(&why) => return Err(cannot(named)),
                Err(_) => return Err(cannot(why)),
            },
        };
    // torch's module paths as named sequences, where the blocks nest: the
    // named form's `from`s take statements by name, which sequences would
    // hide.
    if input_name.is_none() {
        tensors::paths(&mut unfolded, &index);
    }
    let input_line = match input_name {
        Some(name) => format!("{name}: input {};", axes(&input_shape)),
        None => format!("input {};", axes(&input_shape)),
    };
    // Every statement's shape against the graph's, on the declaration as
    // the graph has it (one statement per layer), before runs fold.
    shapes::check(&unfolded, &input_line, &index.shapes).map_err(cannot)?;
    let name = options.rust.as_deref().unwrap_or("Imported");
    let flat = declare(&unfolded, &input_line, name).map_err(cannot)?;
    // torch's module paths as named sequences, where the graph gives them
    // and the keys they make are its names (`modules`); else the flat
    // names.
    let nested = modules::nest(&unfolded).and_then(|nested| {
        let mut keys = Vec::new();
        modules::graph_keys(&nested, &mut keys);
        if keys.iter().all(Option::is_none) {
            return None;
        }
        let (statements, network) = declare(&nested, &input_line, name).ok()?;
        let table = cnn_lang::tensors(&network).ok()?;
        let same = table.len() == keys.len()
            && table
                .iter()
                .zip(&keys)
                .all(|(tensor, key)| key.as_ref().is_none_or(|k| *k == tensor.key));
        same.then_some((nested, statements, network))
    });
    let (unfolded, statements, network) = match nested {
        Some(nested) => nested,
        None => (unfolded, flat.0, flat.1),
    };
    // The graph's own output shape, where it gives one, must be the one
    // the language works out.
    if let Ok(mut shape) = channels_last(output) {
        let ours = network.output.to_string();
        // Written channels-last by the graph itself (M5's permute before
        // its classifier): its dims, less the batch, are the language's.
        if patterns::channels_last_value(&index, &output.name) && shape.len() > 1 {
            shape.rotate_right(1);
        }
        if axes(&shape) != ours {
            return Err(cannot(format!(
                "the graph's output `{}` is {} but the declaration's is {ours}",
                output.name,
                axes(&shape)
            )));
        }
    }
    let weights = match options.weights {
        false => None,
        true => {
            let mut sources = Vec::new();
            weights::sources(&unfolded, &mut sources);
            let mut store = store::Store::new(graph, dir);
            Some(weights::write(&network, &sources, &mut store).map_err(cannot)?)
        }
    };
    let producer = if model.producer_name.is_empty() {
        String::new()
    } else {
        format!(" ({} {})", model.producer_name, model.producer_version)
    };
    Ok(Imported {
        declaration: print::declaration(
            &statements,
            file,
            &producer,
            options.rust.as_deref(),
            None,
        ),
        weights,
        int8: None,
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

/// `a`, `b`, `c`.
fn names<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let quoted: Vec<String> = names.map(|name| format!("`{name}`")).collect();
    if quoted.is_empty() {
        "none".to_string()
    } else {
        quoted.join(", ")
    }
}
