//! The model: the file verified once, then its one subgraph's operators
//! and tensors read on demand.

use flatbuffers::{ForwardsUOffset, Vector};

use crate::array::{Array, I32s};
use crate::error::{malformed, Error};
use crate::operator::{Code, Operator};
use crate::options;
use crate::schema::tflite;
use crate::tensor::{self, Tensor};

/// A TFLite model of one subgraph, borrowing the file's bytes.
#[derive(Clone, Copy)]
pub struct Model<'a> {
    bytes: &'a [u8],
    model: tflite::Model<'a>,
    subgraph: tflite::SubGraph<'a>,
}

impl core::fmt::Debug for Model<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Model")
            .field("bytes", &self.bytes.len())
            .field("operators", &self.operators())
            .field("tensors", &self.tensors())
            .finish()
    }
}

impl<'a> Model<'a> {
    /// Reads `bytes` as a model: the identifier `TFL3`, the whole
    /// flatbuffer through the flatbuffers verifier (every offset and
    /// length in range, so nothing read later can reach outside `bytes`),
    /// schema version 3, one subgraph, and every index between its parts
    /// (an operator's tensors and operator code, a tensor's buffer, a
    /// buffer stored past the flatbuffer). An operator's options and a
    /// tensor's shape, data size and quantisation are checked when
    /// [`Model::operator`] and [`Model::tensor`] read them.
    ///
    /// Nothing is copied or allocated (the verifier allocates only to
    /// describe a malformed buffer).
    pub fn parse(bytes: &'a [u8]) -> Result<Model<'a>, Error> {
        // flatbuffers asserts the length before it looks.
        if bytes.len() < 8 || !tflite::model_buffer_has_identifier(bytes) {
            return Err(Error::NotTflite);
        }
        let model = tflite::root_as_model(bytes).map_err(|e| malformed(&e))?;
        if model.version() != 3 {
            return Err(Error::Version(model.version()));
        }
        let subgraphs = model.subgraphs().map_or(0, |s| s.len());
        let subgraph = match model.subgraphs() {
            Some(subgraphs) if subgraphs.len() == 1 => subgraphs.get(0),
            _ => return Err(Error::Subgraphs(subgraphs)),
        };
        let parsed = Model {
            bytes,
            model,
            subgraph,
        };
        parsed.check()?;
        Ok(parsed)
    }

    /// Every index between the parts in range.
    fn check(&self) -> Result<(), Error> {
        let tensors = self.tensors();
        let in_range = |list: I32s<'_>, operator: Option<usize>| match list
            .iter()
            .find(|&i| i != -1 && usize::try_from(i).map_or(true, |i| i >= tensors))
        {
            Some(index) => Err(Error::TensorIndex {
                operator,
                index,
                tensors,
            }),
            None => Ok(()),
        };
        in_range(self.inputs(), None)?;
        in_range(self.outputs(), None)?;
        let codes = self.model.operator_codes().map_or(0, |c| c.len());
        for (i, op) in self.subgraph.operators().into_iter().flatten().enumerate() {
            in_range(ints(op.inputs()), Some(i))?;
            in_range(ints(op.outputs()), Some(i))?;
            let index = op.opcode_index();
            if usize::try_from(index).map_or(true, |index| index >= codes) {
                return Err(Error::OperatorCode {
                    operator: i,
                    index,
                    codes,
                });
            }
        }
        let buffers = self.model.buffers().map_or(0, |b| b.len());
        for (i, t) in self.subgraph.tensors().into_iter().flatten().enumerate() {
            if usize::try_from(t.buffer()).map_or(true, |b| b >= buffers) {
                return Err(Error::BufferIndex {
                    tensor: i,
                    buffer: t.buffer(),
                    buffers,
                });
            }
        }
        for (i, buffer) in self.model.buffers().into_iter().flatten().enumerate() {
            self.outside(i, &buffer)?;
        }
        Ok(())
    }

    /// The data of a buffer stored past the flatbuffer (`offset` and
    /// `size`, which TFLite reads when `offset` is over 1), if it is one.
    fn outside(&self, index: usize, buffer: &tflite::Buffer<'a>) -> Result<&'a [u8], Error> {
        let (offset, size) = (buffer.offset(), buffer.size());
        if offset <= 1 {
            return Ok(&[]);
        }
        let range = usize::try_from(offset).ok().and_then(|start| {
            let end = start.checked_add(usize::try_from(size).ok()?)?;
            self.bytes.get(start..end)
        });
        range.ok_or(Error::BufferRange {
            buffer: index,
            offset,
            size,
            file: self.bytes.len(),
        })
    }

    /// How many operators, in execution order.
    pub fn operators(&self) -> usize {
        self.subgraph.operators().map_or(0, |o| o.len())
    }

    /// How many tensors.
    pub fn tensors(&self) -> usize {
        self.subgraph.tensors().map_or(0, |t| t.len())
    }

    /// The model's input tensors, by index.
    pub fn inputs(&self) -> I32s<'a> {
        ints(self.subgraph.inputs())
    }

    /// The model's output tensors, by index.
    pub fn outputs(&self) -> I32s<'a> {
        ints(self.subgraph.outputs())
    }

    /// The model's description, as the converter wrote it (`""` if none).
    pub fn description(&self) -> &'a str {
        self.model.description().unwrap_or("")
    }

    /// Operator `i`: its code (the larger of the operator code's
    /// `builtin_code` and `deprecated_builtin_code`, as TFLite reads it:
    /// files from before code 127 set only the second), its options,
    /// checked, and its tensors.
    pub fn operator(&self, i: usize) -> Result<Operator<'a>, Error> {
        let op = get(self.subgraph.operators(), i).ok_or(Error::NoOperator {
            index: i,
            operators: self.operators(),
        })?;
        // `check` saw every opcode index in range.
        let codes = self.model.operator_codes();
        let opcode = get(codes, op.opcode_index() as usize).ok_or(Error::OperatorCode {
            operator: i,
            index: op.opcode_index(),
            codes: codes.map_or(0, |c| c.len()),
        })?;
        let number = opcode
            .builtin_code()
            .0
            .max(i32::from(opcode.deprecated_builtin_code()));
        let code = Code::from_number(number);
        Ok(Operator {
            code,
            version: opcode.version(),
            options: options::read(&op, i, code)?,
            inputs: ints(op.inputs()),
            outputs: ints(op.outputs()),
        })
    }

    /// Tensor `i`, its shape, quantisation and data checked.
    pub fn tensor(&self, i: usize) -> Result<Tensor<'a>, Error> {
        let t = get(self.subgraph.tensors(), i).ok_or(Error::NoTensor {
            index: i,
            tensors: self.tensors(),
        })?;
        let buffers = self.model.buffers();
        let buffer = get(buffers, t.buffer() as usize).ok_or(Error::BufferIndex {
            tensor: i,
            buffer: t.buffer(),
            buffers: buffers.map_or(0, |b| b.len()),
        })?;
        let inside = buffer.data().map_or(&[][..], |d| d.bytes());
        let data = match inside.is_empty() {
            true => self.outside(t.buffer() as usize, &buffer)?,
            false => inside,
        };
        tensor::read(&t, i, data)
    }
}

/// Element `i` of a vector of tables, if there is one.
fn get<'a, T: flatbuffers::Follow<'a>>(
    vector: Option<Vector<'a, ForwardsUOffset<T>>>,
    i: usize,
) -> Option<T::Inner> {
    let vector = vector?;
    (i < vector.len()).then(|| vector.get(i))
}

/// A vector of `int`s the file may leave out.
fn ints(vector: Option<Vector<'_, i32>>) -> I32s<'_> {
    vector.map_or(Array::empty(), |v| Array::new(v.bytes()))
}
