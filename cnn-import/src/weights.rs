//! `cnn import --weights`: the graph's initializers as a safetensors file
//! under the keys the printed declaration gives its tensors.
//!
//! The keys come from `cnn_lang::tensors` on the very declaration that
//! is printed, the table `NameWeights::from_safetensors` looks its
//! tensors up in, so the file and the declaration cannot disagree. The
//! statements list the graph's tensors of each layer in the order of its
//! layout, and the table lists the layers' tensors in the order of the
//! statements, every round of a `repeat` on its own; so the two lists
//! are read side by side, each pair checked to hold as many values.

use std::collections::HashMap;
use std::fs;
use std::path::{Component, Path};

use onnx_protobuf::tensor_proto::DataLocation;
use onnx_protobuf::{GraphProto, NodeProto, TensorProto};

use super::ops;
use super::Stmt;

/// One tensor of a layer's parameters in the graph: the value it is
/// read from (an initializer, a Constant, or an Identity or Transpose of
/// one), and whether its matrix is stored [in, out] and must be
/// transposed to PyTorch's [out, in].
#[derive(Clone)]
pub struct Source {
    pub value: String,
    pub transpose: bool,
}

impl Source {
    pub fn new(value: &str, transpose: bool) -> Source {
        Source {
            value: value.to_string(),
            transpose,
        }
    }
}

/// Every layer's sources, in the order of the statements as written
/// before runs fold into `repeat` (one entry a round).
pub fn sources(stmts: &[Stmt], out: &mut Vec<Source>) {
    for stmt in stmts {
        match stmt {
            Stmt::Layer { origin, .. } => out.extend(origin.tensors.iter().cloned()),
            Stmt::Block(_, branches) => branches.iter().for_each(|b| sources(b, out)),
            Stmt::Residual(body) | Stmt::Repeat(_, body) => sources(body, out),
            Stmt::Slice { .. } => {}
        }
    }
}

/// The safetensors file of `network`'s weights, read from `graph` (whose
/// external data files are in `dir`) through `sources`.
pub fn write(
    network: &cnn_lang::Network,
    sources: &[Source],
    graph: &GraphProto,
    dir: &Path,
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
    let mut store = Store::new(graph, dir);
    let mut tensors = Vec::new();
    for (tensor, source) in table.iter().zip(sources) {
        let (dims, mut values) = store.read(&source.value)?;
        if source.transpose {
            values = transposed(&source.value, &dims, &values)?;
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

/// A matrix's values, [rows, columns] to [columns, rows].
fn transposed(name: &str, dims: &[i64], values: &[f32]) -> Result<Vec<f32>, String> {
    let [rows, columns] = dims else {
        return Err(format!(
            "`{name}` has dims {dims:?}: a fully connected layer's matrix has two"
        ));
    };
    let (rows, columns) = (*rows as usize, *columns as usize);
    let mut out = vec![0.0; values.len()];
    for row in 0..rows {
        for column in 0..columns {
            out[column * rows + row] = values[row * columns + column];
        }
    }
    Ok(out)
}

/// The graph's tensors by name, with the external data files they are in.
struct Store<'m> {
    tensors: HashMap<&'m str, &'m TensorProto>,
    /// The Identity, Transpose, Unsqueeze and Squeeze nodes that write a
    /// value from another.
    derived: HashMap<&'m str, &'m NodeProto>,
    dir: &'m Path,
    files: HashMap<String, Vec<u8>>,
}

// TensorProto.DataType: FLOAT, DOUBLE.
const FLOAT: i32 = 1;
const DOUBLE: i32 = 11;

impl<'m> Store<'m> {
    fn new(graph: &'m GraphProto, dir: &'m Path) -> Store<'m> {
        let mut tensors: HashMap<&str, &TensorProto> = graph
            .initializer
            .iter()
            .map(|tensor| (tensor.name.as_str(), tensor))
            .collect();
        let mut derived = HashMap::new();
        for node in &graph.node {
            let Some(out) = node.output.first() else {
                continue;
            };
            match node.op_type.as_str() {
                "Constant" => {
                    let value = ops::attribute(node, "value").and_then(|a| a.t.as_ref());
                    if let Some(tensor) = value {
                        tensors.insert(out.as_str(), tensor);
                    }
                }
                "Identity" | "Transpose" | "Unsqueeze" | "Squeeze" => {
                    derived.insert(out.as_str(), node);
                }
                _ => {}
            }
        }
        Store {
            tensors,
            derived,
            dir,
            files: HashMap::new(),
        }
    }

    /// The dims and values of the value `name`.
    fn read(&mut self, name: &str) -> Result<(Vec<i64>, Vec<f32>), String> {
        if let Some(tensor) = self.tensors.get(name).copied() {
            let values = self.values(tensor)?;
            let count: i64 = tensor.dims.iter().product();
            if values.len() as i64 != count {
                return Err(format!(
                    "the tensor `{name}` has dims {:?} but {} values",
                    tensor.dims,
                    values.len()
                ));
            }
            return Ok((tensor.dims.clone(), values));
        }
        let Some(node) = self.derived.get(name).copied() else {
            return Err(format!(
                "`{name}` is not a tensor of the graph: the importer reads weights from \
                 initializers, Constants, and Identity or Transpose nodes of those"
            ));
        };
        let source = node.input.first().map(String::as_str).unwrap_or("");
        let (dims, values) = self.read(source)?;
        if node.op_type != "Transpose" {
            // Identity, Unsqueeze and Squeeze keep the values as they are;
            // what counts is how many, checked against the declaration.
            return Ok((dims, values));
        }
        // Transpose: only of a matrix, as exporters write for a Linear.
        match ops::ints(node, "perm") {
            None | Some([1, 0]) if dims.len() == 2 => {
                let values = transposed(name, &dims, &values)?;
                Ok((vec![dims[1], dims[0]], values))
            }
            perm => Err(format!(
                "{} transposes `{source}` (dims {dims:?}) by {perm:?}: the importer \
                 transposes only matrices of weights",
                super::graph::describe(node)
            )),
        }
    }

    /// The numbers of `tensor`, from the file or its external data.
    fn values(&mut self, tensor: &TensorProto) -> Result<Vec<f32>, String> {
        let external = tensor.data_location.enum_value() == Ok(DataLocation::EXTERNAL);
        let raw: &[u8] = if external {
            self.external(tensor)?
        } else {
            &tensor.raw_data
        };
        let name = &tensor.name;
        match tensor.data_type {
            FLOAT if !tensor.float_data.is_empty() => Ok(tensor.float_data.clone()),
            DOUBLE if !tensor.double_data.is_empty() => {
                Ok(tensor.double_data.iter().map(|&v| v as f32).collect())
            }
            FLOAT if raw.len().is_multiple_of(4) => Ok(raw
                .chunks_exact(4)
                .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .collect()),
            DOUBLE if raw.len().is_multiple_of(8) => Ok(raw
                .chunks_exact(8)
                .map(|b| {
                    let mut bytes = [0; 8];
                    bytes.copy_from_slice(b);
                    f64::from_le_bytes(bytes) as f32
                })
                .collect()),
            FLOAT | DOUBLE => Err(format!(
                "the tensor `{name}` has {} bytes of data, not whole numbers",
                raw.len()
            )),
            other => Err(format!(
                "the tensor `{name}` is of ONNX data type {other}: the importer writes \
                 weights stored as float (1) or double (11)"
            )),
        }
    }

    /// The bytes of `tensor` in its external data file.
    fn external(&mut self, tensor: &TensorProto) -> Result<&[u8], String> {
        let entry = |key: &str| {
            tensor
                .external_data
                .iter()
                .find(|e| e.key == key)
                .map(|e| e.value.as_str())
        };
        let name = &tensor.name;
        let location = entry("location").unwrap_or("");
        let number = |key: &str| -> Result<Option<usize>, String> {
            entry(key)
                .map(|text| {
                    text.parse::<usize>().map_err(|_| {
                        format!("the tensor `{name}`'s external data has {key} `{text}`")
                    })
                })
                .transpose()
        };
        let (offset, length) = (number("offset")?.unwrap_or(0), number("length")?);
        // The data lies beside the model; a location that leaves its
        // folder is not followed.
        let inside = !location.is_empty()
            && Path::new(location)
                .components()
                .all(|c| matches!(c, Component::Normal(_)));
        if !inside {
            return Err(format!(
                "the tensor `{name}`'s external data is at `{location}`: the importer reads \
                 data files in the model's folder only"
            ));
        }
        if !self.files.contains_key(location) {
            let path = self.dir.join(location);
            let bytes = fs::read(&path).map_err(|error| {
                let why = match error.kind() {
                    std::io::ErrorKind::NotFound => "which is not there".to_string(),
                    _ => format!("which cannot be read ({error})"),
                };
                format!(
                    "the weights are not in the file: `{name}` is in `{}`, {why}; export \
                     with the weights, or import without --weights",
                    path.display()
                )
            })?;
            self.files.insert(location.to_string(), bytes);
        }
        let bytes = &self.files[location];
        let length = length.unwrap_or(bytes.len().saturating_sub(offset));
        offset
            .checked_add(length)
            .and_then(|end| bytes.get(offset..end))
            .ok_or_else(|| {
                format!(
                    "the tensor `{name}`'s data, {length} bytes at {offset}, lies past the end \
                     of `{location}` ({} bytes)",
                    bytes.len()
                )
            })
    }
}
