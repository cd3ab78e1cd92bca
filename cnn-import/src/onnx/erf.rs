//! GELU as the legacy exporter writes it, `x·(Erf(x/√2) + 1)·0.5` (Div,
//! Erf, Add, Mul, Mul), rewritten into one ONNX `Gelu` node before the
//! walk, whatever else reads `x`.
//!
//! The walk also reads the five nodes as `gelu` where `x` has no other
//! reader (a fork of two branches, `patterns::fork`); a pre-activation
//! block (NFNet's `act1(x)` beside its shortcut `x`) gives `x` a third
//! reader, and a fork of three branches is not that pattern. As one node,
//! GELU is a layer like any other, whichever values fork around it.

use onnx_protobuf::{GraphProto, NodeProto};

use super::graph::Graph;

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

/// `graph` with each `x·(Erf(x/√2) + 1)·0.5` as one `Gelu` node; `None`
/// if it has none.
pub fn rewrite(graph: &GraphProto, index: &Graph) -> Option<GraphProto> {
    let mut rewritten = graph.clone();
    let mut dropped = vec![false; graph.node.len()];
    let mut any = false;
    for (erf, node) in graph.node.iter().enumerate() {
        if node.op_type != "Erf" || dropped[erf] {
            continue;
        }
        let Some((x, taken, half)) = detect(index, erf) else {
            continue;
        };
        let mut gelu = NodeProto::new();
        gelu.op_type = "Gelu".to_string();
        gelu.name = graph.node[half].name.clone();
        gelu.input = vec![x];
        gelu.output = graph.node[half].output.clone();
        // In the place of the last node, whose output it writes: every
        // reader comes after it, and `x` was written before the first.
        rewritten.node[half] = gelu;
        for at in taken {
            if at != half {
                dropped[at] = true;
            }
        }
        any = true;
    }
    if !any {
        return None;
    }
    let nodes = rewritten.node.drain(..).enumerate();
    rewritten.node = nodes
        .filter(|(at, _)| !dropped[*at])
        .map(|(_, n)| n)
        .collect();
    Some(rewritten)
}

/// The GELU around the Erf at `erf`: its input `x`, its five nodes and
/// the last of them (the Mul by 0.5). Each inner value has one reader, so
/// nothing else sees what the rewrite removes.
fn detect(index: &Graph, erf: usize) -> Option<(String, Vec<usize>, usize)> {
    let nodes = index.nodes;
    let erf_node = &nodes[erf];
    let divided = erf_node.input.first()?;
    let div = index.writer(divided)?;
    let div_node = &nodes[div];
    let is_root_two = |v: f64| (v - 2f64.sqrt()).abs() <= 1e-4;
    if div_node.op_type != "Div" || !scalar(index, div_node).is_some_and(is_root_two) {
        return None;
    }
    let [x] = index.data_inputs(div_node)[..] else {
        return None;
    };
    if index.only_reader(div_node) != Some(erf) {
        return None;
    }
    let add = index.only_reader(erf_node)?;
    let add_node = &nodes[add];
    if add_node.op_type != "Add" || scalar(index, add_node) != Some(1.0) {
        return None;
    }
    let times = index.only_reader(add_node)?;
    let times_node = &nodes[times];
    let inputs = index.data_inputs(times_node);
    let add_out = add_node.output.first()?.as_str();
    if times_node.op_type != "Mul" || !(inputs == [x, add_out] || inputs == [add_out, x]) {
        return None;
    }
    let half = index.only_reader(times_node)?;
    let half_node = &nodes[half];
    if half_node.op_type != "Mul" || scalar(index, half_node) != Some(0.5) {
        return None;
    }
    Some((x.to_string(), vec![div, erf, add, times, half], half))
}
