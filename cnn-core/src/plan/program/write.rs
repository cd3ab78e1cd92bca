//! [`Writer`]: a program into the compact form, as the macro emits it.

use super::{Header, Op, Place};
use crate::arith::digits;
use crate::{Axes, Kind, LayerSpec, Padding, Shape};

/// Writes a program through a sink of bytes: [`Writer::header`], then
/// each step.
#[derive(Default)]
pub struct Writer {
    bytes: [u8; digits::MAX_DIGITS],
}

impl Writer {
    fn number(&mut self, n: u64, sink: &mut dyn FnMut(&[u8])) {
        let end = digits::write(n, &mut self.bytes, 0);
        sink(&self.bytes[..end]);
    }

    fn size(&mut self, n: usize, sink: &mut dyn FnMut(&[u8])) {
        self.number(n as u64, sink);
    }

    fn place(&mut self, place: Place, sink: &mut dyn FnMut(&[u8])) {
        match place {
            Place::Input => self.number(0, sink),
            Place::Arena(at) => self.number((at as u64).saturating_add(1), sink),
        }
    }

    fn axes(&mut self, axes: Axes, sink: &mut dyn FnMut(&[u8])) {
        self.size(axes.written(), sink);
        let values = axes.values();
        let count = axes.written().max(1);
        for value in &values[..count] {
            self.number(*value, sink);
        }
    }

    fn shape(&mut self, shape: Shape, sink: &mut dyn FnMut(&[u8])) {
        let rank = shape.rank();
        self.size(rank, sink);
        for axis in &shape.axes()[..rank] {
            self.number(*axis, sink);
        }
        self.number(shape.channels(), sink);
    }

    fn spec(&mut self, spec: &LayerSpec, sink: &mut dyn FnMut(&[u8])) {
        self.number(u64::from(spec.kind.code()), sink);
        if let Some(rounds) = spec.kind.rounds() {
            self.number(rounds, sink);
        }
        self.shape(spec.shape, sink);
        self.axes(spec.window, sink);
        self.number(spec.count, sink);
        match spec.stride {
            None => self.number(0, sink),
            Some(stride) => {
                self.number(1, sink);
                self.axes(stride, sink);
            }
        }
        match spec.padding {
            Padding::Valid => self.number(0, sink),
            Padding::Same => self.number(1, sink),
            Padding::Explicit(axes) => {
                self.number(2, sink);
                self.axes(axes, sink);
            }
        }
        self.axes(spec.dilation, sink);
        self.number(spec.groups, sink);
        self.number(spec.multiplier, sink);
        let standardise = match spec.standardise {
            crate::Standardise::None => 0,
            crate::Standardise::Plain => 1,
            crate::Standardise::Scaled => 2,
        };
        let flags = u64::from(spec.bias)
            | u64::from(spec.ceil) << 1
            | u64::from(spec.bilinear) << 2
            | standardise << 3;
        self.number(flags, sink);
        self.axes(spec.outpad, sink);
        // 0, one digit, unless an `eps` is written; so is the factor.
        self.number(u64::from(spec.eps.bits()), sink);
        self.number(u64::from(spec.factor.bits()), sink);
    }

    /// Writes the header.
    pub fn header(&mut self, header: &Header, sink: &mut dyn FnMut(&[u8])) {
        for n in [
            header.input_len,
            header.arena_len,
            header.output,
            header.output_len,
            header.steps,
        ] {
            self.size(n, sink);
        }
    }

    /// Writes one step.
    pub fn op(&mut self, op: &Op, sink: &mut dyn FnMut(&[u8])) {
        match *op {
            Op::Layer {
                spec,
                input,
                output,
                x,
                y,
                weights,
                scratch,
            } => {
                self.number(0, sink);
                self.spec(&spec, sink);
                self.shape(input, sink);
                self.shape(output, sink);
                self.place(x, sink);
                self.place(y, sink);
                self.size(weights, sink);
                self.size(scratch, sink);
            }
            Op::Add {
                a,
                b,
                y,
                len,
                channels,
                broadcast,
            } => {
                self.number(1, sink);
                self.place(a, sink);
                self.place(b, sink);
                self.place(y, sink);
                self.size(len, sink);
                self.size(channels, sink);
                self.number(u64::from(broadcast), sink);
            }
            Op::Sub { a, b, y, len } => {
                self.number(5, sink);
                self.place(a, sink);
                self.place(b, sink);
                self.place(y, sink);
                self.size(len, sink);
            }
            Op::Mul {
                map,
                gate,
                y,
                len,
                channels,
                broadcast,
            } => {
                self.number(2, sink);
                self.place(map, sink);
                self.place(gate, sink);
                self.place(y, sink);
                self.size(len, sink);
                self.size(channels, sink);
                self.number(u64::from(broadcast), sink);
            }
            // `mix`'s opcodes are its kind codes, 49 and 50, so that they
            // stay apart from steps other blocks add.
            Op::Softmax {
                x,
                y,
                positions,
                paths,
                channels,
            } => {
                self.number(49, sink);
                self.place(x, sink);
                self.place(y, sink);
                for n in [positions, paths, channels] {
                    self.size(n, sink);
                }
            }
            Op::Weigh {
                x,
                w,
                y,
                len,
                channels,
                stride,
                offset,
                broadcast,
                accumulate,
            } => {
                self.number(50, sink);
                self.place(x, sink);
                self.place(w, sink);
                self.place(y, sink);
                for n in [len, channels, stride, offset] {
                    self.size(n, sink);
                }
                self.number(u64::from(broadcast), sink);
                self.number(u64::from(accumulate), sink);
            }
            Op::Copy {
                from,
                to,
                positions,
                width,
                from_stride,
                from_offset,
                to_stride,
                to_offset,
            } => {
                self.number(3, sink);
                self.place(from, sink);
                self.place(to, sink);
                for n in [
                    positions,
                    width,
                    from_stride,
                    from_offset,
                    to_stride,
                    to_offset,
                ] {
                    self.size(n, sink);
                }
            }
            Op::Fused {
                spec,
                input,
                x,
                y,
                scratch,
                weights,
                prepared,
                norm,
                residual,
                activation,
                winograd,
            } => {
                self.number(4, sink);
                self.spec(&spec, sink);
                self.shape(input, sink);
                self.place(x, sink);
                self.place(y, sink);
                self.size(scratch, sink);
                self.size(weights, sink);
                self.size(prepared, sink);
                match norm {
                    None => self.number(0, sink),
                    Some(at) => self.number((at as u64).saturating_add(1), sink),
                }
                match residual {
                    None => self.number(0, sink),
                    Some(place) => {
                        self.number(1, sink);
                        self.place(place, sink);
                    }
                }
                // The activation's kind code, so that one table says both.
                match activation {
                    None => self.number(0, sink),
                    Some(activation) => {
                        let code = Kind::Activation(activation).code();
                        self.number(u64::from(code) + 1, sink);
                    }
                }
                self.size(winograd, sink);
            }
        }
    }

    /// Writes the length of the prepared parameters a prepared program
    /// needs, which comes before its header.
    pub fn prepared_len(&mut self, len: usize, sink: &mut dyn FnMut(&[u8])) {
        self.size(len, sink);
    }
}
