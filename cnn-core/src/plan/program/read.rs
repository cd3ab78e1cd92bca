//! [`Reader`]: the compact form back into steps, one at a time, as the
//! runners decode it.

use super::{Header, Op, Place};
use crate::arith::digits;
use crate::{Activation, Axes, Kind, LayerSpec, Padding, Shape};

/// Why a program could not be read: it is not one [`Writer`](super::Writer) wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Malformed {
    /// The byte where reading failed.
    pub at: usize,
}

/// Reads a program, step by step.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `bytes`.
    pub const fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0 }
    }

    // Out of line: a step's fields are read once a step, and inlined at
    // each of their dozens of reads they cost a microcontroller KBs of
    // flash for nothing.
    #[inline(never)]
    fn number(&mut self) -> Result<u64, Malformed> {
        match digits::read(self.bytes, self.at) {
            Some((n, next)) => {
                self.at = next;
                Ok(n)
            }
            None => Err(Malformed { at: self.at }),
        }
    }

    fn size(&mut self) -> Result<usize, Malformed> {
        let at = self.at;
        usize::try_from(self.number()?).map_err(|_| Malformed { at })
    }

    fn place(&mut self) -> Result<Place, Malformed> {
        Ok(match self.size()? {
            0 => Place::Input,
            n => Place::Arena(n - 1),
        })
    }

    fn axes(&mut self) -> Result<Axes, Malformed> {
        let at = self.at;
        let written = self.size()?;
        let mut values = [0; 3];
        for value in values.iter_mut().take(written.max(1)) {
            *value = self.number()?;
        }
        match written {
            0 => Ok(Axes::unwritten(values[0])),
            1..=3 => Axes::written_as(&values[..written]).ok_or(Malformed { at }),
            _ => Err(Malformed { at }),
        }
    }

    fn shape(&mut self) -> Result<Shape, Malformed> {
        let at = self.at;
        let rank = self.size()?;
        if rank > 3 {
            return Err(Malformed { at });
        }
        let mut axes = [1; 3];
        for axis in axes.iter_mut().take(rank) {
            *axis = self.number()?;
        }
        let channels = self.number()?;
        Ok(Shape::of_axes(axes, rank, channels))
    }

    fn spec(&mut self) -> Result<LayerSpec, Malformed> {
        let at = self.at;
        let code = u8::try_from(self.number()?).map_err(|_| Malformed { at })?;
        let mut kind = Kind::from_code(code).ok_or(Malformed { at })?;
        if kind.rounds().is_some() {
            kind = Kind::Block(crate::Block::Repeat(self.number()?));
        }
        let mut spec = LayerSpec::new(kind);
        spec.shape = self.shape()?;
        spec.window = self.axes()?;
        spec.count = self.number()?;
        spec.stride = match self.number()? {
            0 => None,
            _ => Some(self.axes()?),
        };
        let at = self.at;
        spec.padding = match self.number()? {
            0 => Padding::Valid,
            1 => Padding::Same,
            2 => Padding::Explicit(self.axes()?),
            _ => return Err(Malformed { at }),
        };
        spec.dilation = self.axes()?;
        spec.groups = self.number()?;
        spec.multiplier = self.number()?;
        let flags = self.number()?;
        spec.bias = flags & 1 != 0;
        spec.ceil = flags & 2 != 0;
        spec.bilinear = flags & 4 != 0;
        spec.standardise = match flags >> 3 & 3 {
            0 => crate::Standardise::None,
            1 => crate::Standardise::Plain,
            2 => crate::Standardise::Scaled,
            _ => return Err(Malformed { at: self.at }),
        };
        spec.outpad = self.axes()?;
        let at = self.at;
        let eps = u32::try_from(self.number()?).map_err(|_| Malformed { at })?;
        spec.eps = crate::Eps::from_bits(eps);
        let at = self.at;
        let factor = u32::try_from(self.number()?).map_err(|_| Malformed { at })?;
        spec.factor = crate::Eps::from_bits(factor);
        Ok(spec)
    }

    /// The header.
    pub fn header(&mut self) -> Result<Header, Malformed> {
        Ok(Header {
            input_len: self.size()?,
            arena_len: self.size()?,
            output: self.size()?,
            output_len: self.size()?,
            steps: self.size()?,
        })
    }

    /// The length of the prepared parameters, before a prepared
    /// program's header.
    pub fn prepared_len(&mut self) -> Result<usize, Malformed> {
        self.size()
    }

    fn activation(&mut self) -> Result<Option<Activation>, Malformed> {
        let at = self.at;
        match self.number()? {
            0 => Ok(None),
            n => {
                let code = u8::try_from(n - 1).map_err(|_| Malformed { at })?;
                if let Some(Kind::Activation(activation)) = Kind::from_code(code) {
                    Ok(Some(activation))
                } else {
                    Err(Malformed { at })
                }
            }
        }
    }

    /// The next step.
    // Out of line: inlined into a caller that keeps the step (the int8
    // loader), its temporaries stay in that caller's frame below every
    // call it makes, 900 B of a microcontroller's stack.
    #[inline(never)]
    pub fn op(&mut self) -> Result<Op, Malformed> {
        let at = self.at;
        Ok(match self.number()? {
            0 => Op::Layer {
                spec: self.spec()?,
                input: self.shape()?,
                output: self.shape()?,
                x: self.place()?,
                y: self.place()?,
                weights: self.size()?,
                scratch: self.size()?,
            },
            1 => Op::Add {
                a: self.place()?,
                b: self.place()?,
                y: self.place()?,
                len: self.size()?,
                channels: self.size()?,
                broadcast: self.number()? != 0,
            },
            2 => Op::Mul {
                map: self.place()?,
                gate: self.place()?,
                y: self.place()?,
                len: self.size()?,
                channels: self.size()?,
                broadcast: self.number()? != 0,
            },
            3 => Op::Copy {
                from: self.place()?,
                to: self.place()?,
                positions: self.size()?,
                width: self.size()?,
                from_stride: self.size()?,
                from_offset: self.size()?,
                to_stride: self.size()?,
                to_offset: self.size()?,
            },
            4 => Op::Fused {
                spec: self.spec()?,
                input: self.shape()?,
                x: self.place()?,
                y: self.place()?,
                scratch: self.size()?,
                weights: self.size()?,
                prepared: self.size()?,
                norm: match self.size()? {
                    0 => None,
                    n => Some(n - 1),
                },
                residual: match self.number()? {
                    0 => None,
                    _ => Some(self.place()?),
                },
                activation: self.activation()?,
                winograd: self.size()?,
            },
            5 => Op::Sub {
                a: self.place()?,
                b: self.place()?,
                y: self.place()?,
                len: self.size()?,
            },
            49 => Op::Softmax {
                x: self.place()?,
                y: self.place()?,
                positions: self.size()?,
                paths: self.size()?,
                channels: self.size()?,
            },
            50 => Op::Weigh {
                x: self.place()?,
                w: self.place()?,
                y: self.place()?,
                len: self.size()?,
                channels: self.size()?,
                stride: self.size()?,
                offset: self.size()?,
                broadcast: self.number()? != 0,
                accumulate: self.number()? != 0,
            },
            _ => return Err(Malformed { at }),
        })
    }
}
