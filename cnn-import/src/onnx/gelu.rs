//! GELU's tanh approximation, 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))),
//! as torch's legacy exporter writes `approximate="tanh"`: nine nodes
//! forking at `x`, read as the language's `gelu tanh`.

use onnx_protobuf::NodeProto;

use super::graph::Graph;
use crate::stmt::Stmt;

/// √(2/π), the factor inside the tanh.
const ROOT_TWO_OVER_PI: f64 = 0.797_884_560_802_865_4;
/// The cube's coefficient.
const CUBIC: f64 = 0.044_715;

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

/// Whether `a` is `b` to f32's precision (the file stores f32 constants).
fn near(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * b.abs()
}

/// The Tanh of GELU's tanh approximation in the branches of a fork, if
/// they hold one: a Tanh, a few nodes on, of a Mul by √(2/π).
pub fn tanh_node(graph: &Graph, readers: &[usize]) -> Option<usize> {
    let mut frontier: Vec<usize> = readers.to_vec();
    for _ in 0..5 {
        let mut next = Vec::new();
        for at in frontier {
            let node = &graph.nodes[at];
            if node.op_type == "Tanh" {
                let input = node.input.first()?;
                let scaled = graph.writer(input).map(|w| &graph.nodes[w]);
                let factor = scaled
                    .filter(|m| m.op_type == "Mul")
                    .and_then(|m| scalar(graph, m));
                if factor.is_some_and(|f| (f - ROOT_TWO_OVER_PI).abs() < 1e-4) {
                    return Some(at);
                }
            }
            if let Some(out) = node.output.first() {
                next.extend_from_slice(graph.readers(out));
            }
        }
        frontier = next;
    }
    None
}

/// The fork at `value` when its branches are exactly GELU's tanh
/// approximation of it: x·x, x·x², 0.044715·x³, x + that, √(2/π)·that,
/// Tanh, 1 + that, x·that, 0.5·that (the cube may be a Pow by 3, and the
/// half may scale x first). Gives `gelu tanh` and the nodes taken, in the
/// graph's order.
pub fn tanh_gelu(graph: &Graph, value: &str, readers: &[usize]) -> Option<(Vec<Stmt>, Vec<usize>)> {
    let node = |at: usize| &graph.nodes[at];
    let out = |at: usize| node(at).output.first().map(String::as_str);
    let writer_of = |name: &str, op: &str| graph.writer(name).filter(|&w| node(w).op_type == op);
    // The other data input of `at`, beside `value` (or a constant's).
    let other = |at: usize, this: &str| -> Option<String> {
        let inputs = graph.data_inputs(node(at));
        match inputs.as_slice() {
            [a, b] if *a == this => Some((*b).to_string()),
            [a, b] if *b == this => Some((*a).to_string()),
            [a] if *a == this => Some(this.to_string()),
            _ => None,
        }
    };
    let tanh = tanh_node(graph, readers)?;
    let argument = writer_of(node(tanh).input.first()?, "Mul")?;
    if !near(scalar(graph, node(argument))?, ROOT_TWO_OVER_PI) {
        return None;
    }
    let [inner_value] = graph.data_inputs(node(argument))[..] else {
        return None;
    };
    let inner = writer_of(inner_value, "Add")?;
    let scaled_cube = other(inner, value)?;
    let scaled = writer_of(&scaled_cube, "Mul")?;
    if !near(scalar(graph, node(scaled))?, CUBIC) {
        return None;
    }
    let [cube_value] = graph.data_inputs(node(scaled))[..] else {
        return None;
    };
    let mut taken = vec![tanh, argument, inner, scaled];
    // x·(x·x), or Pow(x, 3).
    if let Some(cube) = writer_of(cube_value, "Mul") {
        let square_value = other(cube, value)?;
        let square = writer_of(&square_value, "Mul")?;
        if graph.data_inputs(node(square)) != [value, value] {
            return None;
        }
        taken.extend([cube, square]);
    } else {
        let pow = writer_of(cube_value, "Pow")?;
        if graph.data_inputs(node(pow)) != [value] || scalar(graph, node(pow)) != Some(3.0) {
            return None;
        }
        taken.push(pow);
    }
    let one_plus = graph
        .only_reader(node(tanh))
        .filter(|&a| node(a).op_type == "Add" && scalar(graph, node(a)) == Some(1.0))?;
    let product = graph
        .only_reader(node(one_plus))
        .filter(|&m| node(m).op_type == "Mul")?;
    taken.extend([one_plus, product]);
    let half = |at: usize| node(at).op_type == "Mul" && scalar(graph, node(at)) == Some(0.5);
    let last = match other(product, out(one_plus)?)?.as_str() {
        // x·(1 + tanh), then half of it.
        x if x == value => {
            let last = graph.only_reader(node(product)).filter(|&h| half(h))?;
            taken.push(last);
            last
        }
        // (0.5·x)·(1 + tanh).
        scaled_x => {
            let first = graph.writer(scaled_x).filter(|&h| half(h))?;
            if graph.data_inputs(node(first)) != [value] {
                return None;
            }
            taken.push(first);
            product
        }
    };
    // Every branch of the fork is in it, and nothing else reads its inner
    // values.
    let mut branches: Vec<usize> = readers.to_vec();
    branches.sort_unstable();
    branches.dedup();
    let reads_value = |at: &usize| node(*at).input.iter().any(|i| i == value);
    let mut inside: Vec<usize> = taken.iter().copied().filter(reads_value).collect();
    inside.sort_unstable();
    if inside != branches {
        return None;
    }
    for &at in &taken {
        let readers = graph.readers(out(at)?);
        if at != last && !readers.iter().all(|r| taken.contains(r)) {
            return None;
        }
    }
    taken.sort_unstable();
    // The fork's last node, whose output goes on, ends the list.
    taken.retain(|&at| at != last);
    taken.push(last);
    Some((vec![Stmt::layer(None, "gelu tanh".into())], taken))
}
