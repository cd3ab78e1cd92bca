//! A layer's tensors in the graph, and the layer name their names give.

use onnx_protobuf::NodeProto;

use super::graph::Graph;
use crate::stmt::{Source, Stmt};

/// A layer name from a weight's state_dict name: `layer1.0.conv1.weight`
/// is `layer1_0_conv1`. None for the exporter's own (`onnx::Conv_538`).
pub fn layer_name(tensor: &str) -> Option<String> {
    let stem = tensor.strip_suffix(".weight")?;
    let name: String = stem
        .chars()
        .map(|c| if c == '.' { '_' } else { c })
        .collect();
    let first = name.chars().next()?;
    let ident = (first.is_ascii_alphabetic() || first == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    ident.then_some(name)
}

/// The inputs of `node` at `positions` that it has, as tensors read as
/// they are.
pub fn inputs(node: &NodeProto, positions: &[usize]) -> Vec<Source> {
    positions
        .iter()
        .filter_map(|&at| node.input.get(at).filter(|input| !input.is_empty()))
        .map(|input| Source::new(input, false))
        .collect()
}

/// Gives each layer of `stmts` whose parameters the graph names by
/// torch's `state_dict` keys its module path (`layer1.0.conv1` for
/// `layer1.0.conv1.weight`; a `scale` layer's one tensor is keyed by the
/// path itself), read through the nodes before a weight
/// (`Graph::weight_name`).
pub fn paths(stmts: &mut [Stmt], graph: &Graph) {
    for stmt in stmts {
        match stmt {
            Stmt::Layer { text, origin, .. } => {
                // A `scale`'s or a `gain`'s one tensor is the parameter
                // itself, keyed by its path.
                let scale = matches!(text.split(' ').next(), Some("scale" | "gain"));
                // The first name on the way to the initializer that is a
                // key: an Identity's own (the legacy exporter shares one
                // initializer among equal parameters through Identities
                // named for each), else the initializer's behind a
                // Transpose.
                let key = |value: &str| -> Option<(Vec<String>, String)> {
                    graph.alias_chain(value).into_iter().find_map(|name| {
                        let module = if scale {
                            Some(name)
                        } else {
                            name.strip_suffix(".weight")
                        };
                        let path: Vec<String> = module?
                            .split('.')
                            .map(|c| component(c).then(|| c.to_string()))
                            .collect::<Option<_>>()?;
                        // A scale's key is the parameter's own name within
                        // its module: one component is the exporter's name
                        // for a folded constant (`view_10`), not torch's.
                        (!scale || path.len() > 1).then(|| (path, name.to_string()))
                    })
                };
                let Some(first) = origin.tensors.first() else {
                    continue;
                };
                // Else the module the default exporter records for the
                // layer's last node (its weights folded into constants of
                // the exporter's names, `val_27`): not for a `scale`, whose
                // key is the parameter's own name.
                let recorded = || {
                    let (value, _) = origin.value.as_ref()?;
                    let node = &graph.nodes[graph.writer(value)?];
                    let module = recorded_module(node)?;
                    let path: Option<Vec<String>> = module
                        .split('.')
                        .map(|c| component(c).then(|| c.to_string()))
                        .collect();
                    (!scale).then_some((path?, format!("{module}.weight")))
                };
                let Some((path, name)) = key(&first.value).or_else(recorded) else {
                    continue;
                };
                let mut keys = vec![name];
                keys.extend(origin.tensors.iter().skip(1).map(|s| s.value.clone()));
                origin.path = Some((path, keys));
            }
            Stmt::Block(_, branches) => branches.iter_mut().for_each(|b| paths(b, graph)),
            Stmt::Named(_, block) => paths(std::slice::from_mut(block.as_mut()), graph),
            Stmt::Residual(body) | Stmt::Repeat(_, body) | Stmt::Module(_, body) => {
                paths(body, graph)
            }
            Stmt::Slice { .. } | Stmt::From(_) => {}
        }
    }
}

/// Whether `c` can be a name in the language: an identifier, or digits
/// (as `nn.Sequential` numbers its children).
fn component(c: &str) -> bool {
    let Some(first) = c.chars().next() else {
        return false;
    };
    let ident = (first.is_ascii_alphabetic() || first == '_')
        && c.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_');
    ident || c.chars().all(|ch| ch.is_ascii_digit())
}

/// The module path the default exporter records for `node` in its
/// `namespace` metadata (`: EfficientNet/bn1: GroupNormAct/group_norm:
/// aten.group_norm.default`: the module is the segment before the
/// operator's, `bn1`).
fn recorded_module(node: &NodeProto) -> Option<&str> {
    let namespace = node.metadata_props.iter().find(|p| p.key == "namespace")?;
    let segments: Vec<&str> = namespace.value.split('/').collect();
    let [.., module, _op] = segments.as_slice() else {
        return None;
    };
    let name = module.split(':').next()?.trim();
    (!name.is_empty()).then_some(name)
}
