//! HGNetV2's learnable scalar affine (timm's `LearnableAffineBlock`,
//! `self.scale * x + self.bias`) as torch's exporters write it: a Mul by
//! one learnt value, then an Add of another, each a `[1]` initializer of
//! the graph (not a Constant node, which an exporter writes for a number
//! in the code, as `x * 0.5`): `affine`.

use onnx_protobuf::NodeProto;

use super::graph::Graph;
use super::tensors::layer_name;
use crate::stmt::{Source, Stmt};

/// What a pattern gives: its statements and the nodes it took, in order.
type Found = Option<(Vec<Stmt>, Vec<usize>)>;

/// `affine` for the Mul `node` and the Add that alone reads it.
pub fn detect(graph: &Graph, node: &NodeProto) -> Found {
    let scale = learnt_scalar(graph, node)?;
    let add = graph
        .only_reader(node)
        .filter(|&r| graph.nodes[r].op_type == "Add")?;
    let bias = learnt_scalar(graph, &graph.nodes[add])?;
    // Named as a layer whose weight were `stem.weight`.
    let name = graph
        .weight_name(scale)
        .strip_suffix(".scale")
        .and_then(|stem| layer_name(&format!("{stem}.weight")));
    let tensors = vec![Source::new(scale, false), Source::new(bias, false)];
    Some((
        vec![Stmt::weighted(name, "affine".to_string(), tensors)],
        vec![add],
    ))
}

/// The input of `node` that is one learnt value, `[1]`, when its other
/// input is data.
fn learnt_scalar<'m>(graph: &Graph<'m>, node: &'m NodeProto) -> Option<&'m str> {
    if graph.data_inputs(node).len() != 1 || node.input.len() != 2 {
        return None;
    }
    node.input.iter().map(String::as_str).find(|input| {
        let one = graph
            .constants
            .get(input)
            .is_some_and(|constant| constant.dims == [1]);
        one && graph.written_by(input).is_empty()
    })
}
