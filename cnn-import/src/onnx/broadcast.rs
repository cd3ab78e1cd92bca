//! An Expand that broadcasts a gate over the map a Mul multiplies, as
//! timm's `EcaModule` writes `y.expand_as(x)`: the language's `mul`
//! broadcasts its `1x1xC` branch itself, so the Expand is no statement.

use onnx_protobuf::NodeProto;

use super::attrs::describe;
use super::graph::Graph;
use crate::stmt::Stmt;

/// An Expand of a gate of one position per channel, `[1, C, 1, ...]`, to
/// the shape of the map that the Mul reading it multiplies
/// (`y.expand_as(x)`): no statement, as the language's `mul` broadcasts a
/// `1x1xC` branch over an `HxWxC` one itself.
pub fn expand(graph: &Graph, node: &NodeProto) -> Result<Vec<Stmt>, String> {
    let gate = graph
        .data_inputs(node)
        .first()
        .and_then(|value| graph.shapes.get(*value));
    let out = node
        .output
        .first()
        .and_then(|value| graph.shapes.get(value.as_str()));
    let broadcast = match (gate, out) {
        (Some(gate), Some(out)) => {
            gate.len() == out.len()
                && gate.len() > 2
                && gate[..2] == out[..2]
                && gate[2..].iter().all(|&n| n == 1)
        }
        _ => false,
    };
    let multiplied = graph
        .only_reader(node)
        .is_some_and(|reader| graph.nodes[reader].op_type == "Mul");
    if broadcast && multiplied {
        return Ok(Vec::new());
    }
    let dims =
        |dims: Option<&Vec<i64>>| dims.map_or("an unknown shape".to_string(), |d| format!("{d:?}"));
    Err(format!(
        "{} expands {} to {}: the language broadcasts only a gate of one position per \
         channel, [1, C, 1, 1], over the map a Mul multiplies (`mul`'s 1x1xC branch)",
        describe(node),
        dims(gate),
        dims(out)
    ))
}
