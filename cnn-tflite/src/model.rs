//! The model: its parts found and every index between them checked once,
//! then its one subgraph's operators and tensors read on demand.

use crate::array::{Array, I32s};
use crate::error::Error;
use crate::flat::{Table, Tables};
use crate::operator::{Code, Operator};
use crate::options;
use crate::tensor::{self, Tensor};

/// The fields read, by their number in the schema's tables (`Model`,
/// `SubGraph`, `OperatorCode`, `Operator`, `Buffer`).
mod field {
    pub const MODEL_VERSION: usize = 0;
    pub const MODEL_OPERATOR_CODES: usize = 1;
    pub const MODEL_SUBGRAPHS: usize = 2;
    pub const MODEL_DESCRIPTION: usize = 3;
    pub const MODEL_BUFFERS: usize = 4;
    pub const SUBGRAPH_TENSORS: usize = 0;
    pub const SUBGRAPH_INPUTS: usize = 1;
    pub const SUBGRAPH_OUTPUTS: usize = 2;
    pub const SUBGRAPH_OPERATORS: usize = 3;
    pub const CODE_DEPRECATED_BUILTIN: usize = 0;
    pub const CODE_VERSION: usize = 2;
    pub const CODE_BUILTIN: usize = 3;
    pub const OPERATOR_OPCODE_INDEX: usize = 0;
    pub const OPERATOR_INPUTS: usize = 1;
    pub const OPERATOR_OUTPUTS: usize = 2;
    pub const BUFFER_DATA: usize = 0;
    pub const BUFFER_OFFSET: usize = 1;
    pub const BUFFER_SIZE: usize = 2;
}

/// A TFLite model of one subgraph, borrowing the file's bytes.
#[derive(Clone, Copy)]
pub struct Model<'a> {
    bytes: &'a [u8],
    codes: Tables<'a>,
    buffers: Tables<'a>,
    tensors: Tables<'a>,
    operators: Tables<'a>,
    inputs: I32s<'a>,
    outputs: I32s<'a>,
    description: &'a str,
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
    /// Reads `bytes` as a model: the identifier `TFL3`, schema version 3,
    /// one subgraph, and every index between its parts (an operator's
    /// tensors and operator code, a tensor's buffer, a buffer stored past
    /// the flatbuffer). Every offset and length is checked as it is
    /// followed, here and later, so nothing read reaches outside `bytes`.
    /// An operator's options and a tensor's shape, data size and
    /// quantisation are checked when [`Model::operator`] and
    /// [`Model::tensor`] read them.
    ///
    /// Nothing is copied or allocated.
    pub fn parse(bytes: &'a [u8]) -> Result<Model<'a>, Error> {
        if bytes.get(4..8) != Some(b"TFL3") {
            return Err(Error::NotTflite);
        }
        let model = Table::root(bytes)?;
        let version = model.u32(field::MODEL_VERSION, 0)?;
        if version != 3 {
            return Err(Error::Version(version));
        }
        let subgraphs = model.tables(field::MODEL_SUBGRAPHS)?;
        let subgraph = match subgraphs.get(0) {
            Some(subgraph) if subgraphs.len() == 1 => subgraph?,
            _ => return Err(Error::Subgraphs(subgraphs.len())),
        };
        let parsed = Model {
            bytes,
            codes: model.tables(field::MODEL_OPERATOR_CODES)?,
            buffers: model.tables(field::MODEL_BUFFERS)?,
            tensors: subgraph.tables(field::SUBGRAPH_TENSORS)?,
            operators: subgraph.tables(field::SUBGRAPH_OPERATORS)?,
            inputs: ints(&subgraph, field::SUBGRAPH_INPUTS)?,
            outputs: ints(&subgraph, field::SUBGRAPH_OUTPUTS)?,
            description: model.string(field::MODEL_DESCRIPTION)?,
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
        let codes = self.codes.len();
        for i in 0..self.operators.len() {
            let op = table(self.operators, i)?;
            in_range(ints(&op, field::OPERATOR_INPUTS)?, Some(i))?;
            in_range(ints(&op, field::OPERATOR_OUTPUTS)?, Some(i))?;
            let index = op.u32(field::OPERATOR_OPCODE_INDEX, 0)?;
            if usize::try_from(index).map_or(true, |index| index >= codes) {
                return Err(Error::OperatorCode {
                    operator: i,
                    index,
                    codes,
                });
            }
        }
        let buffers = self.buffers.len();
        for i in 0..tensors {
            let buffer = table(self.tensors, i)?.u32(tensor::BUFFER, 0)?;
            if usize::try_from(buffer).map_or(true, |b| b >= buffers) {
                return Err(Error::BufferIndex {
                    tensor: i,
                    buffer,
                    buffers,
                });
            }
        }
        for i in 0..buffers {
            self.outside(i, &table(self.buffers, i)?)?;
        }
        Ok(())
    }

    /// The data of a buffer stored past the flatbuffer (`offset` and
    /// `size`, which TFLite reads when `offset` is over 1), if it is one.
    fn outside(&self, index: usize, buffer: &Table<'a>) -> Result<&'a [u8], Error> {
        let offset = buffer.u64(field::BUFFER_OFFSET, 0)?;
        if offset <= 1 {
            return Ok(&[]);
        }
        let size = buffer.u64(field::BUFFER_SIZE, 0)?;
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
        self.operators.len()
    }

    /// How many tensors.
    pub fn tensors(&self) -> usize {
        self.tensors.len()
    }

    /// The model's input tensors, by index.
    pub fn inputs(&self) -> I32s<'a> {
        self.inputs
    }

    /// The model's output tensors, by index.
    pub fn outputs(&self) -> I32s<'a> {
        self.outputs
    }

    /// The model's description, as the converter wrote it (`""` if none).
    pub fn description(&self) -> &'a str {
        self.description
    }

    /// Operator `i`: its code (the larger of the operator code's
    /// `builtin_code` and `deprecated_builtin_code`, as TFLite reads it:
    /// files from before code 127 set only the second), its options,
    /// checked, and its tensors.
    pub fn operator(&self, i: usize) -> Result<Operator<'a>, Error> {
        let op = self.operators.get(i).ok_or(Error::NoOperator {
            index: i,
            operators: self.operators(),
        })??;
        let index = op.u32(field::OPERATOR_OPCODE_INDEX, 0)?;
        let opcode = self.codes.get(index as usize).ok_or(Error::OperatorCode {
            operator: i,
            index,
            codes: self.codes.len(),
        })??;
        let number = opcode
            .i32(field::CODE_BUILTIN, 0)?
            .max(i32::from(opcode.i8(field::CODE_DEPRECATED_BUILTIN, 0)?));
        let code = Code::from_number(number);
        Ok(Operator {
            code,
            version: opcode.i32(field::CODE_VERSION, 1)?,
            options: options::read(&op, i, code)?,
            inputs: ints(&op, field::OPERATOR_INPUTS)?,
            outputs: ints(&op, field::OPERATOR_OUTPUTS)?,
        })
    }

    /// Tensor `i`, its shape, quantisation and data checked.
    pub fn tensor(&self, i: usize) -> Result<Tensor<'a>, Error> {
        let t = self.tensors.get(i).ok_or(Error::NoTensor {
            index: i,
            tensors: self.tensors(),
        })??;
        let index = t.u32(tensor::BUFFER, 0)?;
        let buffer = self
            .buffers
            .get(index as usize)
            .ok_or(Error::BufferIndex {
                tensor: i,
                buffer: index,
                buffers: self.buffers.len(),
            })??;
        let inside = buffer.scalars(field::BUFFER_DATA, 1)?;
        let data = match inside.is_empty() {
            true => self.outside(index as usize, &buffer)?,
            false => inside,
        };
        tensor::read(&t, i, data)
    }
}

/// Table `i` of `tables`, which has it.
fn table<'a>(tables: Tables<'a>, i: usize) -> Result<Table<'a>, Error> {
    tables.get(i).unwrap_or(Err(crate::flat::RANGE))
}

/// A vector of `int`s the file may leave out.
fn ints<'a>(table: &Table<'a>, id: usize) -> Result<I32s<'a>, Error> {
    table.scalars(id, 4).map(Array::new)
}
