//! The TFLite front end: `cnn import FILE.tflite`, the declaration of a
//! TensorFlow Lite model, int8 or f32.
//!
//! The file is read with `cnn_tflite` (the schema's generated code under
//! a typed view). Each operator is lowered to its statement (`layers`):
//! one statement per operator, in the file's order, a fused activation as
//! the activation's statement right after its layer, a RESHAPE to a flat
//! vector as `flatten` (or nothing before FULLY_CONNECTED, which
//! flattens itself), QUANTIZE and DEQUANTIZE as nothing: the declaration
//! is the float model's, what `NetQuantized::from_tflite` walks in step
//! with the file. A graph of several paths is made the language's blocks
//! (`tree`). The text is then checked by `cnn_lang` as the ONNX front
//! end's is, and each statement's output shape against the tensor its
//! operator writes.
//!
//! TFLite's shapes are channels-last like the language's: `[1, H, W, C]`
//! is `HxWxC`. MEAN over the height and width is `gap`, whose output is
//! `1x1xC` whether or not the operator keeps those axes (the same values
//! in the same order). TFLite's SAME padding is `pad same` (the smaller
//! half first, as the language pads). A bilinear RESIZE of
//! `half_pixel_centers` false (TensorFlow 1's sampling, the converter's
//! default) is declared `resize HxW bilinear`, whose float forward
//! samples pixel centres as PyTorch does; the int8 path runs the file's
//! own rule.

mod layers;
mod tree;

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use cnn_core::Kind;
use cnn_tflite::{Error as ReadError, Model, Options};

use crate::declare::declare;
use crate::error::Error;
use crate::options::{Imported, Int8Program, Options as ImportOptions};
use crate::print;
use crate::stmt::Stmt;
use layers::{channels_last, lower, Where};

/// Whether `bytes` are a TFLite model: TFLite's file identifier, `TFL3`,
/// where a flatbuffer keeps it.
pub fn is_tflite(bytes: &[u8]) -> bool {
    bytes.get(4..8) == Some(b"TFL3")
}

/// Imports the TFLite model in the file `path`; errors and the
/// declaration's header name the model by `path`.
pub fn import_file(path: &Path, options: &ImportOptions) -> Result<Imported, Error> {
    let file = path.display().to_string();
    let bytes = fs::read(path).map_err(|error| Error::Read {
        file: file.clone(),
        error,
    })?;
    import(&bytes, &file, options)
}

/// Imports the TFLite model `bytes`, which errors and the declaration's
/// header call `file`.
pub fn import(bytes: &[u8], file: &str, options: &ImportOptions) -> Result<Imported, Error> {
    let cannot = |why: String| Error::Refused {
        file: file.to_string(),
        why,
    };
    let not_tflite = |why: String| Error::NotTflite {
        file: file.to_string(),
        why,
    };
    // The flatbuffers crate's generated verifier first, over the whole
    // schema; then the view, which checks again what it reads.
    let model = Model::verify(bytes)
        .and_then(|()| Model::parse(bytes))
        .map_err(|error| match error {
            ReadError::NotTflite => not_tflite(
                "it does not carry TFLite's identifier, `TFL3`, at bytes 4..8".to_string(),
            ),
            ReadError::Malformed(what) => {
                not_tflite(format!("its flatbuffer is malformed: {what}"))
            }
            // A TFLite file, of a kind the language has no declaration for.
            other => cannot(other.to_string()),
        })?;
    if options.weights {
        return Err(cannot(
            "the weights of a .tflite are not written as safetensors: they are int8 in \
             the file, which `NetQuantized::from_tflite` reads in place"
                .to_string(),
        ));
    }
    let input = one(&model, model.inputs(), "input").map_err(cannot)?;
    let output = one(&model, model.outputs(), "output").map_err(cannot)?;
    let input_tensor = model.tensor(input).map_err(|e| cannot(e.to_string()))?;
    if input_tensor.shape.get(0) != Some(1) || input_tensor.shape.len() < 2 {
        return Err(cannot(format!(
            "the model's input has shape {}: the language's input is one sample, [1, ...]",
            input_tensor.shape
        )));
    }
    let input_line = format!("input {};", channels_last(&input_tensor));

    // Every operator lowered, in the file's order, with the shape its
    // statements must give.
    let mut readers: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut operators = Vec::new();
    for i in 0..model.operators() {
        let op = model.operator(i).map_err(|e| cannot(e.to_string()))?;
        for t in op.inputs.iter().filter_map(|t| usize::try_from(t).ok()) {
            readers.entry(t).or_default().push(i);
        }
        operators.push(op);
    }
    let mut lowered = Vec::new();
    let mut outputs = Vec::new();
    let mut expected = HashMap::new();
    for (i, op) in operators.iter().enumerate() {
        let at = Where {
            index: i,
            code: op.code,
        };
        let out = match (op.outputs.len(), op.output(0)) {
            (1, Some(out)) => out,
            (count, _) => {
                return Err(cannot(at.says(format!(
                    "writes {count} tensors: the language's layers write one"
                ))))
            }
        };
        let reads = readers.get(&out).map_or(&[][..], Vec::as_slice);
        lowered.push((at, lower(&model, i, op, reads).map_err(cannot)?));
        outputs.push(out);
        let tensor = model.tensor(out).map_err(|e| cannot(e.to_string()))?;
        let shape = match op.options {
            // `gap` gives 1x1xC, kept axes or not: the same values.
            Options::Mean { keep_dims: false } => {
                format!("1x1x{}", tensor.shape.get(1).unwrap_or(0))
            }
            _ => channels_last(&tensor),
        };
        expected.insert(out.to_string(), (shape, tensor.name.to_string()));
    }
    let mut tree = tree::Tree::new(model.tensors(), &lowered, &outputs, input).map_err(cannot)?;
    let unfolded = tree.statements(output, input, 0).map_err(cannot)?;
    if let Some(at) = tree.left_out() {
        return Err(cannot(
            at.says(
                "writes a tensor the model's output is not computed from: the language's \
             network has one output"
                    .to_string(),
            ),
        ));
    }
    check_shapes(&unfolded, &input_line, &expected).map_err(cannot)?;
    let name = options.rust.as_deref().unwrap_or("Imported");
    let (statements, network) = declare(&unfolded, &input_line, name).map_err(cannot)?;
    let output_tensor = model.tensor(output).map_err(|e| cannot(e.to_string()))?;
    let theirs = match operators.last().map(|op| op.options) {
        Some(Options::Mean { keep_dims: false }) => network.output.to_string(),
        _ => channels_last(&output_tensor),
    };
    if theirs != network.output.to_string() {
        return Err(cannot(format!(
            "the model's output `{}` is {theirs} but the declaration's is {}",
            output_tensor.name, network.output
        )));
    }
    // An int8 model's program, as `cnn!` plans it for `#[cnn(int8)]`: what
    // its tables' image is made for.
    let int8 = if input_tensor.dtype == cnn_tflite::Type::Int8 {
        let plan = cnn_lang::int8(&network, &format!("`{name}`"), 0..statements.len())
            .map_err(|error| cannot(error.message))?;
        Some(Int8Program {
            program: plan.encode(),
            channels: plan.tables.channels,
        })
    } else {
        None
    };
    let producer = match model.description() {
        "" => String::new(),
        description => format!(" ({description})"),
    };
    Ok(Imported {
        declaration: print::declaration(
            &statements,
            file,
            &producer,
            options.rust.as_deref(),
            // An int8 model's declaration runs it: `forward_int8` with the
            // weights `from_tflite` reads from the same file.
            (input_tensor.dtype == cnn_tflite::Type::Int8).then_some("#[cnn(int8)]"),
        ),
        weights: None,
        int8,
    })
}

/// The model's one input or output tensor.
fn one(model: &Model, list: cnn_tflite::I32s, what: &str) -> Result<usize, String> {
    let tensors: Vec<usize> = list
        .iter()
        .filter_map(|t| usize::try_from(t).ok())
        .collect();
    match tensors[..] {
        [t] => Ok(t),
        _ => {
            let names: Vec<String> = tensors
                .iter()
                .map(|&t| {
                    let name = model.tensor(t).map(|t| t.name).unwrap_or("");
                    format!("`{name}`")
                })
                .collect();
            Err(format!(
                "the model has {} {what}s ({}): the language declares a network of one {what}",
                tensors.len(),
                names.join(", ")
            ))
        }
    }
}

/// Every layer statement's output shape against the tensor its operator
/// writes (`expected`, by the tensor's index: the shape as the language
/// writes it, and the tensor's name).
fn check_shapes(
    stmts: &[Stmt],
    input: &str,
    expected: &HashMap<String, (String, String)>,
) -> Result<(), String> {
    let text = print::text(input, stmts);
    // A declaration that does not check is reported, with its reason,
    // by `declare`.
    let Some(network) = cnn_lang::check(&text, Some("Imported")).network else {
        return Ok(());
    };
    let rows = network
        .rows
        .iter()
        .filter(|row| !matches!(row.kind, Kind::Input | Kind::Block(_) | Kind::From));
    let mut layers = Vec::new();
    layers_of(stmts, &mut layers);
    for (row, (statement, value)) in rows.zip(layers) {
        let Some((tensor, operator)) = value else {
            continue;
        };
        let Some((shape, name)) = expected.get(tensor) else {
            continue;
        };
        let ours = row.step.output.to_string();
        if *shape != ours {
            return Err(format!(
                "{operator} writes `{name}` of shape {shape}, but the declaration's \
                 `{statement}` gives {ours}: the statement does not compute what the \
                 operator does"
            ));
        }
    }
    Ok(())
}

/// A layer statement's text and the tensor it writes.
type Layer<'s> = (&'s str, Option<&'s (String, String)>);

/// The layer statements of `stmts` in the order their rows come.
fn layers_of<'s>(stmts: &'s [Stmt], out: &mut Vec<Layer<'s>>) {
    for stmt in stmts {
        match stmt {
            Stmt::Layer { text, origin, .. } => out.push((text, origin.value.as_ref())),
            Stmt::Block(_, branches) => branches.iter().for_each(|b| layers_of(b, out)),
            Stmt::Residual(body) | Stmt::Repeat(_, body) | Stmt::Module(_, body) => {
                layers_of(body, out)
            }
            Stmt::Slice { .. } => out.push(("slice", None)),
            Stmt::Named(_, block) => layers_of(std::slice::from_ref(block), out),
            Stmt::From(_) => {}
        }
    }
}
