//! `from_tflite`: the declaration's int8 program and the model's
//! operators walked in lockstep. Each step takes the operators that
//! compute it (a `softmax N` two: `FULLY_CONNECTED`, `SOFTMAX`), checks
//! every tensor against the step (shape, type, quantisation, and that it
//! is the tensor the step before wrote), borrows the weights and biases in
//! place, and computes the step's multipliers once. A `RESHAPE` is a
//! `flatten` (or an `fc`'s own), which moves no byte in NHWC; an
//! activation TFLite fused into the operator before is the declaration's
//! activation step after it.

use cnn_core::plan::int8::kernel;
use cnn_core::program::{Header, Op, Place, Reader};
use cnn_core::{Activation, Kind, LayerSpec, Shape};
use cnn_tflite::{Activation as Fusion, Code, Model, Padding};

mod blocks;
mod layer;
mod layers;
mod rules;
mod weighted;

use rules::{fixed_output, per_channel, same_quant, softmax_output, too_large};

use super::check::{At, Quant, Slot};
use super::entry::Entry;
use super::error::{Dims, Error, Mismatch, Role, Value};
use super::ChannelsMut;
use super::Quantized;
use crate::quant::{self, Fused};

/// How many `RESHAPE`s the walk remembers, each an alias of a tensor:
/// more than a network chains between two steps.
const ALIASES: usize = 8;

/// The lockstep walk.
struct Walk<'m, 'w, 'a, const KINDS: u32> {
    model: &'m Model<'a>,
    /// The next operator.
    next: usize,
    /// The place each step wrote, and the model's tensor it holds.
    /// The arena offset each step wrote at and the model's tensor it
    /// holds, as `u32`s (half the bytes of a `Place` and a `usize`: this
    /// walk is on a microcontroller's stack while the model loads);
    /// `u32::MAX` for one that does not fit, which never matches.
    written: &'w mut [(u32, u32)],
    /// The steps so far.
    steps: usize,
    /// The model's input tensor.
    input: usize,
    /// Tensors a `RESHAPE` gave another name: (its input, its output).
    aliases: [(usize, usize); ALIASES],
    /// The activation the last operator fused, and that operator.
    fused: Option<(Fusion, usize, Code)>,
    /// The `CONCATENATION` being gathered: its operator, the input the
    /// next copy reads, where it writes, and its output tensor.
    concat: Option<(usize, usize, Place, usize)>,
    /// The next free entry of the per-channel table.
    channel: usize,
}

/// Fills `tables` for `program` from the model in `bytes`, with the
/// loaders of the kernels `KINDS` only (`cnn_core::plan::int8::kernel`'s
/// bits: each dispatch tests its bit, a constant, so the others' code
/// goes; a step of another is refused).
pub(crate) fn load<'a, const KINDS: u32, const STEPS: usize, const CHANNELS: usize>(
    program: &[u8],
    bytes: &'a [u8],
    tables: &mut Quantized<'a, STEPS, CHANNELS>,
) -> Result<(), Error<'a>> {
    // On the stack: this walk may run on a microcontroller.
    let mut written = [(u32::MAX, u32::MAX); STEPS];
    let (entries, channels) = tables.parts_mut();
    let used = load_into::<KINDS>(program, bytes, entries, channels, &mut written)?;
    if used != CHANNELS {
        return Err(Error::Program { step: STEPS });
    }
    Ok(())
}

/// [`load`] into tables of any length: `entries` one a step of
/// `program`, `channels` at least as long as the multipliers it needs,
/// `written` one a step. Returns how many multipliers it filled.
pub(crate) fn load_into<'a, const KINDS: u32>(
    program: &[u8],
    bytes: &'a [u8],
    entries: &mut [Entry<'a>],
    mut channels: ChannelsMut<'_>,
    written: &mut [(u32, u32)],
) -> Result<usize, Error<'a>> {
    let model = Model::parse(bytes).map_err(Error::Model)?;
    let mut reader = Reader::new(program);
    let header = reader.header().map_err(|_| Error::Program { step: 0 })?;
    let steps = entries.len();
    if header.steps != steps || written.len() != steps {
        return Err(Error::Program { step: 0 });
    }
    let input = match model.inputs().get(0).map(usize::try_from) {
        Some(Ok(input)) if model.inputs().len() == 1 => input,
        _ => {
            return Err(Error::Inputs {
                found: model.inputs().len(),
            })
        }
    };
    let mut walk = Walk::<'_, '_, 'a, KINDS> {
        model: &model,
        next: 0,
        written,
        steps: 0,
        input,
        aliases: [(usize::MAX, usize::MAX); ALIASES],
        fused: None,
        concat: None,
        channel: 0,
    };
    for (step, slot) in entries.iter_mut().enumerate() {
        // The step borrowed where `op` wrote it: moved out of its
        // `Result` (and through `map_err`), its 400 bytes would take a
        // microcontroller's stack two or three times over.
        let read = reader.op();
        let Ok(op) = &read else {
            return Err(Error::Program { step });
        };
        *slot = walk.step(step, op, &mut channels)?;
    }
    walk.finish(&header)?;
    Ok(walk.channel)
}

/// The shape `spec` gives `input`. Out of line: `apply`'s temporaries,
/// inlined into the walk, would stay in its frame below every later call,
/// a microcontroller's stack.
#[inline(never)]
fn output_of(spec: &LayerSpec, input: Shape) -> Option<Shape> {
    spec.apply(input).ok().map(|step| step.output)
}

/// TFLite's name of a fused activation.
fn fusion_name(fusion: Fusion) -> &'static str {
    match fusion {
        Fusion::None => "NONE",
        Fusion::Relu => "RELU",
        Fusion::ReluN1To1 => "RELU_N1_TO_1",
        Fusion::Relu6 => "RELU6",
        Fusion::Tanh => "TANH",
        Fusion::SignBit => "SIGN_BIT",
    }
}

/// TFLite's name of a padding.
fn padding_name(padding: Padding) -> &'static str {
    match padding {
        Padding::Same => "SAME",
        Padding::Valid => "VALID",
    }
}

/// The window options a step's spec says: padding, strides, dilations,
/// window, each `[height, width]`.
#[derive(Clone, Copy)]
struct Sliding {
    padding: Padding,
    stride: [usize; 2],
    dilation: [usize; 2],
    window: [usize; 2],
}

/// A layer step's facts, which its operator is checked against.
#[derive(Clone, Copy)]
struct Layer<'s> {
    step: usize,
    spec: &'s LayerSpec,
    input: Shape,
    output: Shape,
    x: Place,
    y: Place,
    sliding: Sliding,
    h: usize,
    w: usize,
    c: usize,
    out_c: usize,
    quant_padding: quant::Padding,
}

impl<'m, 'a, const KINDS: u32> Walk<'m, '_, 'a, KINDS> {
    /// The model's tensor at `place` now.
    fn at(&self, place: Place) -> usize {
        match place {
            Place::Input => self.input,
            Place::Arena(at) => match u32::try_from(at) {
                Ok(key) if key != u32::MAX => self.written[..self.steps.min(self.written.len())]
                    .iter()
                    .rev()
                    .find(|(written, _)| *written == key)
                    .filter(|&&(_, tensor)| tensor != u32::MAX)
                    .map_or(usize::MAX, |&(_, tensor)| tensor as usize),
                _ => usize::MAX,
            },
        }
    }

    /// Whether `found` is `expected`, or a `RESHAPE` of it.
    fn flows(&self, expected: usize, found: usize) -> bool {
        let mut tensor = expected;
        for _ in 0..=ALIASES {
            if tensor == found {
                return true;
            }
            match self.aliases.iter().find(|(from, _)| *from == tensor) {
                Some(&(_, to)) => tensor = to,
                None => return false,
            }
        }
        false
    }

    /// Records that the step wrote `tensor` at `place`.
    fn wrote(&mut self, place: Place, tensor: usize) {
        let key = match place {
            Place::Input => u32::MAX,
            Place::Arena(at) => u32::try_from(at).unwrap_or(u32::MAX),
        };
        if let Some(slot) = self.written.get_mut(self.steps) {
            *slot = (key, u32::try_from(tensor).unwrap_or(u32::MAX));
        }
        self.steps += 1;
    }

    /// Takes every `RESHAPE` next: each an alias of its input, the same
    /// bytes in NHWC.
    fn reshapes(&mut self) -> Result<(), Error<'a>> {
        while self.next < self.model.operators() {
            let op = self.model.operator(self.next).map_err(Error::Model)?;
            if op.code != Code::Reshape {
                return Ok(());
            }
            let at = At {
                model: self.model,
                index: self.next,
                op,
            };
            let (from, input) = at.tensor(Slot::In(0), Role::Input)?;
            let (to, output) = at.tensor(Slot::Out(0), Role::Output)?;
            if output.elements() != input.elements() {
                let found = Dims::new(output.shape.iter().map(i64::from));
                let expected = Dims::new([1, input.elements() as i64]);
                return Err(at.error(
                    to,
                    &output,
                    Role::Output,
                    Mismatch::Shape { expected, found },
                ));
            }
            let (qin, qout) = (
                at.per_tensor(from, &input, Role::Input)?,
                at.per_tensor(to, &output, Role::Output)?,
            );
            if qin != qout {
                return Err(at.error(
                    to,
                    &output,
                    Role::Output,
                    Mismatch::Quantization("differs from its input's, where a RESHAPE keeps it"),
                ));
            }
            self.aliases.rotate_right(1);
            self.aliases[0] = (from, to);
            self.next += 1;
        }
        Ok(())
    }

    /// The next operator, which must be `code` for `kind` (`expected` in
    /// words).
    fn operator(&mut self, step: usize, kind: Kind, code: Code) -> Result<At<'m, 'a>, Error<'a>> {
        if self.next >= self.model.operators() {
            return Err(Error::Missing {
                step,
                kind,
                expected: code.name(),
            });
        }
        let op = self.model.operator(self.next).map_err(Error::Model)?;
        if op.code != code {
            return Err(Error::Operator {
                index: self.next,
                found: op.code,
                kind,
                expected: code.name(),
            });
        }
        self.next += 1;
        Ok(At {
            model: self.model,
            index: self.next - 1,
            op,
        })
    }

    /// The input in `slot` of `at`: an int8 activation of `shape` that
    /// is the tensor at `place`.
    fn input(
        &self,
        at: &At<'_, 'a>,
        slot: Slot,
        place: Place,
        shape: Shape,
    ) -> Result<Quant, Error<'a>> {
        let (index, quant) = match at.activation(slot, Role::Input, shape) {
            // A `FULLY_CONNECTED` reads a map as the vector it is.
            Err(
                error @ Error::Tensor {
                    mismatch: Mismatch::Shape { .. },
                    ..
                },
            ) if shape.rank() > 0 && at.op.code == Code::FullyConnected => {
                let flat = Shape::Flat(shape.elements().unwrap_or(0));
                at.activation(slot, Role::Input, flat).map_err(|_| error)?
            }
            other => other?,
        };
        if !self.flows(self.at(place), index) {
            let (index, tensor) = at.tensor(slot, Role::Input)?;
            return Err(at.error(index, &tensor, Role::Input, Mismatch::Flow));
        }
        Ok(quant)
    }

    /// Checks a window's options against the step's.
    fn window(
        &self,
        at: &At<'_, 'a>,
        sliding: &Sliding,
        found: (Padding, [u32; 2], [u32; 2], Option<[u32; 2]>),
    ) -> Result<(), Error<'a>> {
        let (padding, stride, dilation, window) = found;
        let option = |option, expected, found| Error::Option {
            operator: at.index,
            code: at.op.code,
            option,
            expected,
            found,
        };
        if padding != sliding.padding {
            return Err(option(
                "padding",
                Value::Word(padding_name(sliding.padding)),
                Value::Word(padding_name(padding)),
            ));
        }
        let number = |n: usize| Value::Number(n as i64);
        let mut pairs = [
            ("stride_h", sliding.stride[0], stride[0]),
            ("stride_w", sliding.stride[1], stride[1]),
            ("dilation_h_factor", sliding.dilation[0], dilation[0]),
            ("dilation_w_factor", sliding.dilation[1], dilation[1]),
            ("filter_height", sliding.window[0], 0),
            ("filter_width", sliding.window[1], 0),
        ];
        match window {
            Some(window) => {
                pairs[4].2 = window[0];
                pairs[5].2 = window[1];
            }
            None => {
                pairs[4].2 = sliding.window[0] as u32;
                pairs[5].2 = sliding.window[1] as u32;
            }
        }
        for (name, expected, found) in pairs {
            if expected as u64 != u64::from(found) {
                return Err(option(name, number(expected), number(found as usize)));
            }
        }
        Ok(())
    }

    /// The activation fused into `at`: its range, and the declaration's
    /// next step must be it.
    fn fuse(&mut self, at: &At<'_, 'a>, fusion: Fusion) -> Result<Fused, Error<'a>> {
        let fused = match fusion {
            Fusion::None => return Ok(Fused::None),
            Fusion::Relu => Fused::Relu,
            Fusion::Relu6 => Fused::Relu6,
            Fusion::ReluN1To1 | Fusion::Tanh | Fusion::SignBit => {
                return Err(Error::Option {
                    operator: at.index,
                    code: at.op.code,
                    option: "fused_activation_function",
                    expected: Value::Word("NONE, RELU or RELU6"),
                    found: Value::Word(fusion_name(fusion)),
                })
            }
        };
        self.fused = Some((fusion, at.index, at.op.code));
        Ok(fused)
    }

    /// The entry of one step.
    fn step(
        &mut self,
        step: usize,
        op: &Op,
        requants: &mut ChannelsMut<'_>,
    ) -> Result<Entry<'a>, Error<'a>> {
        let program = Error::Program { step };
        if let Some((fusion, operator, code)) = self.fused.take() {
            // The activation TFLite fused into the operator before.
            let (x, y) = match *op {
                Op::Layer { spec, x, y, .. }
                    if matches!(
                        (spec.kind, fusion),
                        (Kind::Activation(Activation::Relu), Fusion::Relu)
                            | (Kind::Activation(Activation::Relu6), Fusion::Relu6)
                    ) =>
                {
                    (x, y)
                }
                _ => {
                    return Err(Error::Option {
                        operator,
                        code,
                        option: "fused_activation_function",
                        expected: Value::Word(
                            "NONE (the declaration has no such activation after it)",
                        ),
                        found: Value::Word(fusion_name(fusion)),
                    })
                }
            };
            let tensor = self.at(x);
            self.wrote(y, tensor);
            return Ok(Entry::Same);
        }
        if let Some((operator, taken, place, _)) = self.concat {
            if !matches!(*op, Op::Copy { to, .. } if to == place) {
                self.concat = None;
                let op = self.model.operator(operator).map_err(Error::Model)?;
                if op.inputs.len() != taken {
                    return Err(Error::Option {
                        operator,
                        code: op.code,
                        option: "inputs",
                        expected: Value::Number(taken as i64),
                        found: Value::Number(op.inputs.len() as i64),
                    });
                }
            }
        }
        self.reshapes()?;
        // `op` by reference: a copy of its spec would take a few hundred
        // bytes of a microcontroller's stack.
        match op {
            &Op::Layer {
                ref spec,
                input,
                output,
                x,
                y,
                ..
            } => {
                // The runner takes the program's output shape as it is:
                // one that is not the layer's is refused here.
                if output_of(spec, input) != Some(output) {
                    return Err(program);
                }
                self.layer(step, spec, input, output, x, y, requants)
            }
            &Op::Copy {
                from,
                to,
                positions,
                width,
                to_stride,
                to_offset,
                ..
            } if KINDS & kernel::COPY != 0 => {
                self.copy(step, from, to, [positions, width, to_stride, to_offset])
            }
            &Op::Add {
                a,
                b,
                y,
                len,
                channels,
                broadcast,
            } if KINDS & kernel::ADD != 0 => {
                self.binary(step, false, [a, b, y], len, channels, broadcast)
            }
            &Op::Mul {
                map,
                gate,
                y,
                len,
                channels,
                broadcast,
            } if KINDS & kernel::MUL != 0 => {
                self.binary(step, true, [map, gate, y], len, channels, broadcast)
            }
            Op::Copy { .. }
            | Op::Add { .. }
            | Op::Mul { .. }
            | Op::Sub { .. }
            | Op::Softmax { .. }
            | Op::Weigh { .. }
            | Op::Fused { .. } => Err(program),
        }
    }

    /// The code of the next operator, if any.
    fn peek(&self) -> Option<Code> {
        if self.next >= self.model.operators() {
            return None;
        }
        self.model.operator(self.next).ok().map(|op| op.code)
    }

    /// After the last step: the `RESHAPE`s left, then nothing; the
    /// output is the model's.
    fn finish(&mut self, header: &Header) -> Result<(), Error<'a>> {
        if let Some((fusion, operator, code)) = self.fused {
            return Err(Error::Option {
                operator,
                code,
                option: "fused_activation_function",
                expected: Value::Word("NONE (the declaration has no such activation after it)"),
                found: Value::Word(fusion_name(fusion)),
            });
        }
        self.reshapes()?;
        if self.next < self.model.operators() {
            let op = self.model.operator(self.next).map_err(Error::Model)?;
            return Err(Error::Extra {
                index: self.next,
                found: op.code,
            });
        }
        let outputs = self.model.outputs();
        let output = match outputs.get(0).map(usize::try_from) {
            Some(Ok(output)) if outputs.len() == 1 => output,
            _ => {
                return Err(Error::Outputs {
                    found: outputs.len(),
                })
            }
        };
        if !self.flows(self.at(Place::Arena(header.output)), output) {
            let tensor = self.model.tensor(output).map_err(Error::Model)?;
            return Err(Error::Output {
                tensor: output,
                name: tensor.name,
            });
        }
        Ok(())
    }
}

/// The error of options of another operator's type.
fn wrong_options<'a>(at: &At<'_, 'a>) -> Error<'a> {
    Error::Model(cnn_tflite::Error::WrongOptions {
        operator: at.index,
        code: at.op.code,
    })
}
