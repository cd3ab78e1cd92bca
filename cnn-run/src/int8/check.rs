//! The checks of one operator's tensors against a declaration's step:
//! shape, type, quantisation, constant or computed, each failure an
//! [`Error::Tensor`] naming the operator and the tensor.

use cnn_core::Shape;
use cnn_tflite::{Array, Model, Operator, Tensor, Type};

use super::error::{Dims, Error, Mismatch, Role};

/// A tensor's per-tensor quantisation: `real = scale * (q - zero_point)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Quant {
    pub scale: f32,
    pub zero_point: i32,
}

/// One operator of the model, being matched.
pub(crate) struct At<'m, 'a> {
    pub model: &'m Model<'a>,
    pub index: usize,
    pub op: Operator<'a>,
}

/// Which of an operator's tensors.
#[derive(Clone, Copy)]
pub(crate) enum Slot {
    In(usize),
    Out(usize),
}

/// TFLite's dims of an activation of `shape`, the batch of one first:
/// `[1, H, W, C]`, `[1, L, C]`, `[1, N]`.
pub(crate) fn dims(shape: Shape) -> Dims {
    let axes = shape.axes();
    let rank = shape.rank();
    Dims::new(
        core::iter::once(1)
            .chain(axes.into_iter().take(rank).map(|a| a as i64))
            .chain(core::iter::once(shape.channels() as i64)),
    )
}

/// Whether a model's tensor of `found` dims holds an activation of
/// `shape`: the same dims, or, for one position (`gap`'s `1x1xC`),
/// `[1, C]` as a `MEAN` without `keep_dims` gives it.
fn holds(found: &Dims, shape: Shape) -> bool {
    if *found == dims(shape) {
        return true;
    }
    shape.positions() == Some(1) && *found == Dims::new([1, shape.channels() as i64])
}

impl<'a> At<'_, 'a> {
    /// The tensor in `slot`, and its index; an absent one is an error
    /// naming `role`.
    pub fn tensor(&self, slot: Slot, role: Role) -> Result<(usize, Tensor<'a>), Error<'a>> {
        let index = match slot {
            Slot::In(i) => self.op.input(i),
            Slot::Out(i) => self.op.output(i),
        };
        let Some(index) = index else {
            return Err(Error::Absent {
                operator: self.index,
                code: self.op.code,
                role,
            });
        };
        let tensor = self.model.tensor(index).map_err(Error::Model)?;
        Ok((index, tensor))
    }

    /// The error of `tensor` (index `index`) in `role`.
    pub fn error(
        &self,
        index: usize,
        tensor: &Tensor<'a>,
        role: Role,
        mismatch: Mismatch,
    ) -> Error<'a> {
        Error::Tensor {
            operator: self.index,
            code: self.op.code,
            tensor: u32::try_from(index).unwrap_or(u32::MAX),
            name: tensor.name,
            role,
            mismatch,
        }
    }

    /// An int8 activation of `shape` (computed, one scale): its index and
    /// quantisation.
    pub fn activation(
        &self,
        slot: Slot,
        role: Role,
        shape: Shape,
    ) -> Result<(usize, Quant), Error<'a>> {
        let (index, tensor) = self.tensor(slot, role)?;
        let fail = |mismatch| Err(self.error(index, &tensor, role, mismatch));
        let found = Dims::new(tensor.shape.iter().map(i64::from));
        if !holds(&found, shape) {
            return fail(Mismatch::Shape {
                expected: dims(shape),
                found,
            });
        }
        self.typed(index, &tensor, role, Type::Int8)?;
        if !tensor.data.is_empty() {
            return fail(Mismatch::Constant);
        }
        let quant = self.per_tensor(index, &tensor, role)?;
        Ok((index, quant))
    }

    /// An int8 activation of `elements` values, `channels` the last of
    /// its dims (where a step knows no more of its shape: an `add`'s
    /// operands, a concatenation's).
    pub fn values(
        &self,
        slot: Slot,
        role: Role,
        elements: usize,
        channels: usize,
    ) -> Result<(usize, Quant), Error<'a>> {
        let (index, tensor) = self.tensor(slot, role)?;
        let found = Dims::new(tensor.shape.iter().map(i64::from));
        let last = found.as_slice().last().map(|&d| i64::from(d));
        if tensor.elements() != elements || last != Some(channels as i64) {
            let expected = Dims::new([elements as i64 / channels.max(1) as i64, channels as i64]);
            return Err(self.error(index, &tensor, role, Mismatch::Shape { expected, found }));
        }
        self.typed(index, &tensor, role, Type::Int8)?;
        if !tensor.data.is_empty() {
            return Err(self.error(index, &tensor, role, Mismatch::Constant));
        }
        Ok((index, self.per_tensor(index, &tensor, role)?))
    }

    /// Its type is `dtype`.
    fn typed(
        &self,
        index: usize,
        tensor: &Tensor<'a>,
        role: Role,
        dtype: Type,
    ) -> Result<(), Error<'a>> {
        if tensor.dtype == dtype {
            return Ok(());
        }
        Err(self.error(
            index,
            tensor,
            role,
            Mismatch::Type {
                expected: dtype.name(),
                found: tensor.dtype.name(),
            },
        ))
    }

    /// One scale and zero point for the whole tensor.
    pub fn per_tensor(
        &self,
        index: usize,
        tensor: &Tensor<'a>,
        role: Role,
    ) -> Result<Quant, Error<'a>> {
        let fail = |what| Err(self.error(index, tensor, role, Mismatch::Quantization(what)));
        let Some(q) = tensor.quantization else {
            return fail("is missing: the model is not quantised to int8");
        };
        let (Some(scale), Some(zero_point)) = (q.scale(0), q.zero_point(0)) else {
            return fail("is missing: the model is not quantised to int8");
        };
        if q.len() != 1 {
            return fail("has a scale per channel where TFLite's int8 kernels take one");
        }
        if !(scale > 0.0 && scale.is_finite()) {
            return fail("has a scale that is not a positive number");
        }
        let Ok(zero_point) = i8::try_from(zero_point) else {
            return fail("has a zero point outside int8");
        };
        Ok(Quant {
            scale,
            zero_point: i32::from(zero_point),
        })
    }

    /// Constant int8 weights of `expected` dims, quantised symmetrically
    /// per output channel (`channels` scales along `axis`) or per tensor:
    /// their bytes and scales.
    pub fn weights(
        &self,
        slot: Slot,
        expected: Dims,
        channels: usize,
        axis: usize,
    ) -> Result<(&'a [i8], Array<'a, f32>), Error<'a>> {
        let role = Role::Filter;
        let (index, tensor) = self.tensor(slot, role)?;
        let fail = |mismatch| Err(self.error(index, &tensor, role, mismatch));
        let found = Dims::new(tensor.shape.iter().map(i64::from));
        if found != expected {
            return fail(Mismatch::Shape { expected, found });
        }
        self.typed(index, &tensor, role, Type::Int8)?;
        if tensor.data.len() != tensor.elements() {
            return fail(Mismatch::Constant);
        }
        let Some(q) = tensor.quantization else {
            return fail(Mismatch::Quantization(
                "is missing: the model is not quantised to int8",
            ));
        };
        if q.len() != 1 && (q.len() != channels || q.quantized_dimension != axis) {
            return fail(Mismatch::Quantization(
                "is neither per tensor nor one scale per output channel",
            ));
        }
        if q.zero_points.iter().any(|z| z != 0) {
            return fail(Mismatch::Quantization(
                "has a zero point other than 0, where TFLite's int8 weights are symmetric",
            ));
        }
        if q.scales.iter().any(|s| !(s > 0.0 && s.is_finite())) {
            return fail(Mismatch::Quantization(
                "has a scale that is not a positive number",
            ));
        }
        Ok((as_i8(tensor.data), q.scales))
    }

    /// A constant int32 bias of `channels` values, or `None` where the
    /// operator has none.
    /// Without `declared` (a `nobias` layer), a bias of zeros (which the
    /// converter may write) is none, and any other an error.
    pub fn bias(
        &self,
        slot: Slot,
        channels: usize,
        declared: bool,
    ) -> Result<Option<&'a [u8]>, Error<'a>> {
        let role = Role::Bias;
        let index = match slot {
            Slot::In(i) => self.op.input(i),
            Slot::Out(i) => self.op.output(i),
        };
        if index.is_none() {
            return Ok(None);
        }
        let (index, tensor) = self.tensor(slot, role)?;
        let fail = |mismatch| Err(self.error(index, &tensor, role, mismatch));
        let found = Dims::new(tensor.shape.iter().map(i64::from));
        let expected = Dims::new([channels as i64]);
        if found != expected {
            return fail(Mismatch::Shape { expected, found });
        }
        self.typed(index, &tensor, role, Type::Int32)?;
        if tensor.data.len() != 4 * channels {
            return fail(Mismatch::Constant);
        }
        if !declared {
            if tensor.data.iter().any(|&b| b != 0) {
                return fail(Mismatch::Bias);
            }
            return Ok(None);
        }
        Ok(Some(tensor.data))
    }

    /// The constant int32 values of the input in `slot` (a `MEAN`'s axes,
    /// a `PAD`'s paddings, a resize's size), as many as `expected` and
    /// equal to them.
    pub fn constant(&self, slot: Slot, role: Role, expected: &[i64]) -> Result<(), Error<'a>> {
        let (index, tensor) = self.tensor(slot, role)?;
        let values = Dims::new(
            tensor
                .data
                .chunks_exact(4)
                .map(|b| i64::from(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))),
        );
        if tensor.dtype != Type::Int32
            || tensor.data.is_empty()
            || values != Dims::new(expected.iter().copied())
        {
            return Err(self.error(
                index,
                &tensor,
                role,
                Mismatch::Values {
                    expected: Dims::new(expected.iter().copied()),
                    found: values,
                },
            ));
        }
        Ok(())
    }
}

/// `bytes` as the int8 values they are.
pub(crate) fn as_i8(bytes: &[u8]) -> &[i8] {
    // SAFETY: `i8` and `u8` have the same size and alignment and every
    // bit pattern is valid for both; the slice keeps `bytes`' lifetime
    // and length.
    unsafe { core::slice::from_raw_parts(bytes.as_ptr().cast::<i8>(), bytes.len()) }
}
