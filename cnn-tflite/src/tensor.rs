//! A tensor of the model: its shape, element type, quantisation and, for
//! a constant, its data, all borrowed from the file's bytes.

use core::fmt;

use crate::array::{Array, I32s};
use crate::error::Error;
use crate::flat::Table;
use crate::names;

/// The fields read, by their number in the schema's `Tensor` and
/// `QuantizationParameters` tables.
const SHAPE: usize = 0;
const TYPE: usize = 1;
/// The buffer's index, which the model reads too.
pub(crate) const BUFFER: usize = 2;
const NAME: usize = 3;
const QUANTIZATION: usize = 4;
const IS_VARIABLE: usize = 5;
const SPARSITY: usize = 6;
const EXTERNAL_BUFFER: usize = 10;
const SCALE: usize = 2;
const ZERO_POINT: usize = 3;
const QUANTIZED_DIMENSION: usize = 6;

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

/// Every named type, its number in the schema's `TensorType` and its
/// size in bytes.
const TYPES: [(Type, i8, usize); 9] = [
    (Type::Float32, 0, 4),
    (Type::Float16, 1, 2),
    (Type::Float64, 10, 8),
    (Type::Int8, 9, 1),
    (Type::Uint8, 3, 1),
    (Type::Int16, 7, 2),
    (Type::Int32, 2, 4),
    (Type::Int64, 4, 8),
    (Type::Bool, 6, 1),
];

impl Type {
    /// The type of the schema's number `number`.
    pub fn from_number(number: i8) -> Type {
        TYPES
            .iter()
            .find(|(_, n, _)| *n == number)
            .map_or(Type::Other(number), |(named, _, _)| *named)
    }

    /// Its number in the schema's `TensorType`.
    pub fn number(self) -> i8 {
        match self {
            Type::Other(number) => number,
            named => TYPES
                .iter()
                .find(|(t, _, _)| *t == named)
                .map_or(-1, |(_, n, _)| *n),
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
        names::name(&names::TYPES, i32::from(self.number())).unwrap_or("UNKNOWN")
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
pub(crate) fn read<'a>(t: &Table<'a>, index: usize, data: &'a [u8]) -> Result<Tensor<'a>, Error> {
    let shape = Array::new(t.scalars(SHAPE, 4)?);
    let mut elements: usize = 1;
    for dim in shape.iter() {
        let dim = usize::try_from(dim).map_err(|_| Error::Shape { tensor: index })?;
        elements = elements
            .checked_mul(dim)
            .ok_or(Error::Shape { tensor: index })?;
    }
    let dtype = Type::from_number(t.i8(TYPE, 0)?);
    if t.u32(EXTERNAL_BUFFER, 0)? != 0 {
        return Err(Error::Unsupported {
            tensor: index,
            what: "stored in an external file, which this reader does not open",
        });
    }
    if t.table(SPARSITY)?.is_some() && !data.is_empty() {
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
        name: t.string(NAME)?,
        shape,
        dtype,
        quantization: quantization(t, index, shape)?,
        data,
        is_variable: t.bool(IS_VARIABLE, false)?,
    })
}

/// The quantisation of tensor `index` of shape `shape`, checked.
fn quantization<'a>(
    t: &Table<'a>,
    index: usize,
    shape: I32s<'a>,
) -> Result<Option<Quantization<'a>>, Error> {
    let Some(q) = t.table(QUANTIZATION)? else {
        return Ok(None);
    };
    let scales: Array<'a, f32> = Array::new(q.scalars(SCALE, 4)?);
    if scales.is_empty() {
        return Ok(None);
    }
    let zero_points: Array<'a, i64> = Array::new(q.scalars(ZERO_POINT, 8)?);
    let bad = |what| {
        Err(Error::Quantization {
            tensor: index,
            what,
        })
    };
    if zero_points.len() != scales.len() {
        return bad("has a different number of scales and zero points");
    }
    let Ok(axis) = usize::try_from(q.i32(QUANTIZED_DIMENSION, 0)?) else {
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
