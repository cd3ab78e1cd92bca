//! The graph's tensors read as numbers, from the file or from the
//! external data files beside it: what the weights are written from.

use std::collections::HashMap;
use std::fs;
use std::path::{Component, Path};

use onnx_protobuf::tensor_proto::DataLocation;
use onnx_protobuf::{GraphProto, NodeProto, TensorProto};

use super::attrs;
use crate::stmt::{transposed, Tensors};

/// The graph's tensors by name, with the external data files they are in.
pub struct Store<'m> {
    tensors: HashMap<&'m str, &'m TensorProto>,
    /// The Identity, Transpose, Unsqueeze, Squeeze and Reshape nodes that
    /// write a value from another.
    derived: HashMap<&'m str, &'m NodeProto>,
    /// The folder of the external data files, when there is one.
    dir: Option<&'m Path>,
    files: HashMap<String, Vec<u8>>,
}

// TensorProto.DataType: FLOAT, INT32, INT64, DOUBLE.
const FLOAT: i32 = 1;
const INT32: i32 = 6;
const INT64: i32 = 7;
const DOUBLE: i32 = 11;

impl<'m> Store<'m> {
    /// The tensors of `graph`, whose external data files are in `dir`.
    pub fn new(graph: &'m GraphProto, dir: Option<&'m Path>) -> Store<'m> {
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
                    let value = attrs::attribute(node, "value").and_then(|a| a.t.as_ref());
                    if let Some(tensor) = value {
                        tensors.insert(out.as_str(), tensor);
                    }
                }
                "Identity" | "Transpose" | "Unsqueeze" | "Squeeze" | "Reshape" => {
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
    fn value(&mut self, name: &str) -> Result<(Vec<i64>, Vec<f32>), String> {
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
        let (dims, values) = self.value(source)?;
        if node.op_type != "Transpose" {
            // Identity, Unsqueeze, Squeeze and Reshape keep the values as
            // they are (in order);
            // what counts is how many, checked against the declaration.
            return Ok((dims, values));
        }
        // Transpose: only of a matrix, as exporters write for a Linear.
        match attrs::ints(node, "perm") {
            None | Some([1, 0]) if dims.len() == 2 => {
                let values = transposed(name, &dims, &values)?;
                Ok((vec![dims[1], dims[0]], values))
            }
            perm => Err(format!(
                "{} transposes `{source}` (dims {dims:?}) by {perm:?}: the importer \
                 transposes only matrices of weights",
                attrs::describe(node)
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
            let Some(dir) = self.dir else {
                return Err(format!(
                    "the weights are not in the file: `{name}` is in `{location}`, and no \
                     folder was given to read it from; import the file, or without weights"
                ));
            };
            let path = dir.join(location);
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

impl Tensors for Store<'_> {
    fn read(&mut self, name: &str) -> Result<(Vec<i64>, Vec<f32>), String> {
        self.value(name)
    }
}

/// The most values of an external tensor read into the graph before the
/// walk: the exporter's own small constants (the unit scale of group
/// norm's InstanceNormalization, a Gather's indices), never a conv's
/// weights.
const INLINED: i64 = 4096;

/// `graph` with its small float tensors kept in external data files in
/// `dir` read into it, as the shapes and patterns read constants from
/// the graph (the default exporter puts every initializer in
/// `NAME.onnx.data`); `None` if there are none, or none can be read.
pub fn inline_small(graph: &GraphProto, dir: Option<&Path>) -> Option<GraphProto> {
    dir?;
    let mut store = Store::new(graph, dir);
    let mut read = Vec::new();
    for (at, tensor) in graph.initializer.iter().enumerate() {
        let external = tensor.data_location.enum_value() == Ok(DataLocation::EXTERNAL);
        let size: i64 = tensor.dims.iter().product();
        // Integers are shape arithmetic's (a Gather's indices, a
        // Reshape's shape); floats a norm's constants (group norm's unit
        // scale has one value a group).
        let small = matches!(tensor.data_type, FLOAT | DOUBLE | INT32 | INT64) && size <= INLINED;
        if external && small {
            if let Ok(bytes) = store.external(tensor) {
                read.push((at, bytes.to_vec()));
            }
        }
    }
    if read.is_empty() {
        return None;
    }
    let mut inlined = graph.clone();
    for (at, bytes) in read {
        let tensor = &mut inlined.initializer[at];
        tensor.external_data.clear();
        tensor.data_location = DataLocation::DEFAULT.into();
        tensor.raw_data = bytes;
    }
    Some(inlined)
}
