//! Each statement's shape against the graph's own: what ONNX shape
//! inference wrote in the file's value_info (and its inputs' and
//! outputs' types). A disagreement means the statement does not compute
//! what the node does, and is an error naming the node, never a
//! declaration printed as if it were the model.

use std::collections::HashMap;

use cnn_core::Kind;

use crate::print;
use crate::stmt::Stmt;

/// Checks every layer of `stmts` (not yet folded into `repeat`, so one
/// statement is one row) whose graph value has a shape in `shapes`.
pub fn check(stmts: &[Stmt], input: &str, shapes: &HashMap<&str, Vec<i64>>) -> Result<(), String> {
    let text = print::text(input, stmts);
    // A declaration that does not check is reported, with its reason,
    // by the caller on the text it prints.
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
        let Some((value, node)) = value else { continue };
        let Some(dims) = shapes.get(value.as_str()) else {
            continue;
        };
        let Some(graph) = channels_last(dims) else {
            continue;
        };
        let ours = row.step.output.to_string();
        if graph != ours {
            return Err(format!(
                "{node} writes `{value}` of shape {graph} (channels last; the graph's own \
                 shape is {dims:?}), but the declaration's `{statement}` gives {ours}: the \
                 statement does not compute what the node does"
            ));
        }
    }
    Ok(())
}

/// A layer statement's text and the graph value it writes.
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

/// `[N, C, H, W]` as the language writes it, `HxWxC`; `[N, C]` as `C`.
fn channels_last(dims: &[i64]) -> Option<String> {
    let mut axes: Vec<String> = dims.iter().skip(1).map(i64::to_string).collect();
    if axes.is_empty() || dims.iter().skip(1).any(|&d| d <= 0) {
        return None;
    }
    axes.rotate_left(1);
    Some(axes.join("x"))
}
