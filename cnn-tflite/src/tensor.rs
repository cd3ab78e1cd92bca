//! A tensor of the model: its shape, element type, quantisation and, for
//! a constant, its data, all borrowed from the file's bytes.

use core::fmt;

use crate::array::{Array, I32s};
use crate::error::Error;
use crate::schema::tflite::{self, TensorType};

/// One tensor of the subgraph.
#[derive(Clone, Copy, Debug)]
pub struct Tensor<'a> {
    /// Its name in the file (`""` if it has none).
    pub name: &'a str,
    /// Its dims, outermost first (NHWC for a map): each at least 0.
    pub shape: I32s<'a>,
    /// Its element type.
    pub dtype: Type,
    /// How its integers map to reals; `None` for a tensor that is not
    /// quantised (no scales).
    pub quantization: Option<Quantization<'a>>,
    /// Its values, little-endian as the file holds them, for a constant
    /// (a weight, a bias, a shape); empty for a tensor computed at run
    /// time. Borrowed in place: a model in `include_bytes!` stays in
    /// flash, and the bytes are at any alignment (read an `i32` bias with
    /// `i32::from_le_bytes`).
    pub data: &'a [u8],
    /// Whether it is a variable (state kept across runs).
    pub is_variable: bool,
}

impl Tensor<'_> {
    /// How many elements its shape makes (1 for a scalar).
    pub fn elements(&self) -> usize {
        // Checked when the tensor was read: no dim is negative and the
        // product does not overflow.
        self.shape.iter().map(|dim| dim as usize).product()
    }
}

/// A tensor's element type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// `FLOAT32`.
    Float32,
    /// `FLOAT16`.
    Float16,
    /// `FLOAT64`.
    Float64,
    /// `INT8`.
    Int8,
    /// `UINT8`.
    Uint8,
    /// `INT16`.
    Int16,
    /// `INT32`.
    Int32,
    /// `INT64`.
    Int64,
    /// `BOOL`.
    Bool,
    /// Any other, by its number in the schema's `TensorType`.
    Other(i8),
}

/// Every named type, its number and its size in bytes.
const TYPES: [(Type, TensorType, usize); 9] = [
    (Type::Float32, TensorType::FLOAT32, 4),
    (Type::Float16, TensorType::FLOAT16, 2),
    (Type::Float64, TensorType::FLOAT64, 8),
    (Type::Int8, TensorType::INT8, 1),
    (Type::Uint8, TensorType::UINT8, 1),
    (Type::Int16, TensorType::INT16, 2),
    (Type::Int32, TensorType::INT32, 4),
    (Type::Int64, TensorType::INT64, 8),
    (Type::Bool, TensorType::BOOL, 1),
];

impl Type {
    fn from_schema(t: TensorType) -> Type {
        TYPES
            .iter()
            .find(|(_, schema, _)| *schema == t)
            .map_or(Type::Other(t.0), |(named, _, _)| *named)
    }

    fn schema(self) -> TensorType {
        match self {
            Type::Other(number) => TensorType(number),
            named => TYPES
                .iter()
                .find(|(t, _, _)| *t == named)
                .map_or(TensorType(-1), |(_, schema, _)| *schema),
        }
    }

    /// Bytes per element; `None` for a type this reader does not size
    /// (strings, packed 4-bit integers, ...).
    pub fn size(self) -> Option<usize> {
        TYPES
            .iter()
            .find(|(t, _, _)| *t == self)
            .map(|(_, _, size)| *size)
    }

    /// TFLite's name, `INT8`; `UNKNOWN` for a number the schema does not
    /// name.
    pub fn name(self) -> &'static str {
        self.schema().variant_name().unwrap_or("UNKNOWN")
    }
}

/// TFLite's name, `INT8`.
impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A tensor's affine quantisation, `real = scale * (q - zero_point)`:
/// one scale and zero point for the whole tensor, or one per index of
/// `quantized_dimension` (per-axis, a convolution's weights per output
/// channel).
#[derive(Clone, Copy, Debug)]
pub struct Quantization<'a> {
    /// The scales: one, or one per index of the quantised dimension.
    pub scales: Array<'a, f32>,
    /// The zero points, as many as the scales.
    pub zero_points: Array<'a, i64>,
    /// The axis the scales run along when there are several (checked to
    /// be one of the tensor's, of as many indices as scales).
    pub quantized_dimension: usize,
}

impl Quantization<'_> {
    /// How many scales: 1 per tensor, else the quantised dimension's
    /// size.
    pub fn len(&self) -> usize {
        self.scales.len()
    }

    /// Whether there are no scales (never, for one the reader gives).
    pub fn is_empty(&self) -> bool {
        self.scales.is_empty()
    }

    /// Whether there is a scale per index of the quantised dimension.
    pub fn per_axis(&self) -> bool {
        self.len() > 1
    }

    /// Scale `i`; `None` past the end.
    pub fn scale(&self, i: usize) -> Option<f32> {
        self.scales.get(i)
    }

    /// Zero point `i`; `None` past the end.
    pub fn zero_point(&self, i: usize) -> Option<i64> {
        self.zero_points.get(i)
    }
}

/// Tensor `index` of the file, its data `data` (the buffer it names).
pub(crate) fn read<'a>(
    t: &tflite::Tensor<'a>,
    index: usize,
    data: &'a [u8],
) -> Result<Tensor<'a>, Error> {
    let shape = t.shape().map_or(Array::empty(), |s| Array::new(s.bytes()));
    let mut elements: usize = 1;
    for dim in shape.iter() {
        let dim = usize::try_from(dim).map_err(|_| Error::Shape { tensor: index })?;
        elements = elements
            .checked_mul(dim)
            .ok_or(Error::Shape { tensor: index })?;
    }
    let dtype = Type::from_schema(t.type_());
    if t.external_buffer() != 0 {
        return Err(Error::Unsupported {
            tensor: index,
            what: "stored in an external file, which this reader does not open",
        });
    }
    if t.sparsity().is_some() && !data.is_empty() {
        return Err(Error::Unsupported {
            tensor: index,
            what: "stored sparse, which this reader does not unpack",
        });
    }
    if let (false, Some(size)) = (data.is_empty(), dtype.size()) {
        let expected = elements
            .checked_mul(size)
            .ok_or(Error::Shape { tensor: index })?;
        if data.len() != expected {
            return Err(Error::DataSize {
                tensor: index,
                expected,
                found: data.len(),
            });
        }
    }
    Ok(Tensor {
        name: t.name().unwrap_or(""),
        shape,
        dtype,
        quantization: quantization(t, index, shape)?,
        data,
        is_variable: t.is_variable(),
    })
}

/// The quantisation of tensor `index` of shape `shape`, checked.
fn quantization<'a>(
    t: &tflite::Tensor<'a>,
    index: usize,
    shape: I32s<'a>,
) -> Result<Option<Quantization<'a>>, Error> {
    let Some(q) = t.quantization() else {
        return Ok(None);
    };
    let scales: Array<'a, f32> = q.scale().map_or(Array::empty(), |s| Array::new(s.bytes()));
    if scales.is_empty() {
        return Ok(None);
    }
    let zero_points: Array<'a, i64> = q
        .zero_point()
        .map_or(Array::empty(), |z| Array::new(z.bytes()));
    let bad = |what| {
        Err(Error::Quantization {
            tensor: index,
            what,
        })
    };
    if zero_points.len() != scales.len() {
        return bad("has a different number of scales and zero points");
    }
    let Ok(axis) = usize::try_from(q.quantized_dimension()) else {
        return bad("has a negative quantized_dimension");
    };
    if scales.len() > 1 {
        match shape.get(axis) {
            None => return bad("has a quantized_dimension that is not one of its axes"),
            Some(size) if usize::try_from(size).ok() != Some(scales.len()) => {
                return bad("has a different number of scales than its quantised axis has indices")
            }
            Some(_) => {}
        }
    }
    Ok(Some(Quantization {
        scales,
        zero_points,
        quantized_dimension: axis,
    }))
}
