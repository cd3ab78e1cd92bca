//! The back end's weights (`cnn import --weights`): the graph's tensors,
//! read through the front end's [`Tensors`], as a safetensors file under
//! the keys the printed declaration gives its tensors.
//!
//! The keys come from `cnn_lang::tensors` on the very declaration that
//! is printed, the table `NameWeights::from_safetensors` looks its
//! tensors up in, so the file and the declaration cannot disagree. The
//! statements list the graph's tensors of each layer in the order of its
//! layout, and the table lists the layers' tensors in the order of the
//! statements, every round of a `repeat` on its own; so the two lists
//! are read side by side, each pair checked to hold as many values.

use crate::stmt::{transposed, Source, Stmt, Tensors};

/// Every layer's sources, in the order of the statements as written
/// before runs fold into `repeat` (one entry a round).
pub fn sources(stmts: &[Stmt], out: &mut Vec<Source>) {
    for stmt in stmts {
        match stmt {
            Stmt::Layer { origin, .. } => out.extend(origin.tensors.iter().cloned()),
            Stmt::Block(_, branches) => branches.iter().for_each(|b| sources(b, out)),
            Stmt::Residual(body) | Stmt::Repeat(_, body) | Stmt::Module(_, body) => {
                sources(body, out)
            }
            Stmt::Named(_, block) => sources(std::slice::from_ref(block), out),
            Stmt::Slice { .. } | Stmt::From(_) => {}
        }
    }
}

/// The safetensors file of `network`'s weights, read from `store`
/// through `sources`.
pub fn write(
    network: &cnn_lang::Network,
    sources: &[Source],
    store: &mut impl Tensors,
) -> Result<Vec<u8>, String> {
    let table = cnn_lang::tensors(network).map_err(|d| d.message)?;
    if table.len() != sources.len() {
        return Err(format!(
            "the declaration has {} tensors but the graph's layers give {}: the importer \
             lost track of a layer's weights",
            table.len(),
            sources.len()
        ));
    }
    let mut tensors = Vec::new();
    for (tensor, source) in table.iter().zip(sources) {
        let (dims, mut values) = store.read(&source.value)?;
        if source.transpose {
            values = transposed(&source.value, &dims, &values)?;
        }
        if source.times != 1.0 {
            values = values
                .iter()
                .map(|&v| (f64::from(v) * source.times) as f32)
                .collect();
        }
        let wanted: u64 = tensor.shape.iter().product();
        if values.len() as u64 != wanted {
            return Err(format!(
                "the tensor `{}` (dims {dims:?}) does not fit `{}`, of shape {:?} in the \
                 declaration",
                source.value, tensor.key, tensor.shape
            ));
        }
        let bytes: Vec<u8> = values.iter().flat_map(|v| v.to_le_bytes()).collect();
        let shape: Vec<usize> = tensor.shape.iter().map(|&d| d as usize).collect();
        tensors.push((tensor.key.clone(), shape, bytes));
    }
    let views = tensors
        .iter()
        .map(|(key, shape, bytes)| {
            let view =
                safetensors::tensor::TensorView::new(safetensors::Dtype::F32, shape.clone(), bytes);
            view.map(|view| (key.as_str(), view))
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(|error| error.to_string())?;
    safetensors::serialize(views, None).map_err(|error| error.to_string())
}
