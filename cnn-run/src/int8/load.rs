//! `from_tflite`: the declaration's int8 program and the model's
//! operators walked in lockstep. Each step takes the operators that
//! compute it (a `softmax N` two: `FULLY_CONNECTED`, `SOFTMAX`), checks
//! every tensor against the step (shape, type, quantisation, and that it
//! is the tensor the step before wrote), borrows the weights and biases in
//! place, and computes the step's multipliers once. A `RESHAPE` is a
//! `flatten` (or an `fc`'s own), which moves no byte in NHWC; an
//! activation TFLite fused into the operator before is the declaration's
//! activation step after it.

use cnn_core::program::{Header, Op, Place, Reader};
use cnn_core::{Activation, Block, Kind, LayerSpec, Shape};
use cnn_tflite::{Activation as Fusion, Code, Model, Options, Padding};

use super::check::{At, Quant, Slot};
use super::entry::{Entry, Weighted};
use super::error::{Dims, Error, Mismatch, Value};
use super::Quantized;
use crate::quant::{self, Fused, Requant};

/// How many `RESHAPE`s the walk remembers, each an alias of a tensor:
/// more than a network chains between two steps.
const ALIASES: usize = 8;

/// The lockstep walk.
struct Walk<'m, 'a, const STEPS: usize> {
    model: &'m Model<'a>,
    /// The next operator.
    next: usize,
    /// The place each step wrote, and the model's tensor it holds.
    written: [(Place, usize); STEPS],
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

/// The tables of `program` filled from the model in `bytes`.
pub(crate) fn load<'a, const STEPS: usize, const CHANNELS: usize>(
    program: &[u8],
    bytes: &'a [u8],
) -> Result<Quantized<'a, STEPS, CHANNELS>, Error<'a>> {
    let model = Model::parse(bytes).map_err(Error::Model)?;
    let mut tables = Quantized {
        entries: [Entry::Same; STEPS],
        requants: [Requant::default(); CHANNELS],
    };
    let mut reader = Reader::new(program);
    let header = reader.header().map_err(|_| Error::Program { step: 0 })?;
    if header.steps != STEPS {
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
    let mut walk = Walk {
        model: &model,
        next: 0,
        written: [(Place::Input, 0); STEPS],
        steps: 0,
        input,
        aliases: [(usize::MAX, usize::MAX); ALIASES],
        fused: None,
        concat: None,
        channel: 0,
    };
    for step in 0..STEPS {
        let op = reader.op().map_err(|_| Error::Program { step })?;
        let entry = walk.step(step, &op, &mut tables.requants)?;
        tables.entries[step] = entry;
    }
    walk.finish(&header)?;
    if walk.channel != CHANNELS {
        return Err(Error::Program { step: STEPS });
    }
    Ok(tables)
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
struct Sliding {
    padding: Padding,
    stride: [usize; 2],
    dilation: [usize; 2],
    window: [usize; 2],
}

impl<'m, 'a, const STEPS: usize> Walk<'m, 'a, STEPS> {
    /// The model's tensor at `place` now.
    fn at(&self, place: Place) -> usize {
        match place {
            Place::Input => self.input,
            Place::Arena(_) => self.written[..self.steps]
                .iter()
                .rev()
                .find(|(written, _)| *written == place)
                .map_or(usize::MAX, |&(_, tensor)| tensor),
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
        if let Some(slot) = self.written.get_mut(self.steps) {
            *slot = (place, tensor);
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
            let (from, input) = at.tensor(Slot::In(0), "input")?;
            let (to, output) = at.tensor(Slot::Out(0), "output")?;
            if output.elements() != input.elements() {
                let found = Dims::new(output.shape.iter().map(i64::from));
                let expected = Dims::new([1, input.elements() as i64]);
                return Err(at.error(to, &output, "output", Mismatch::Shape { expected, found }));
            }
            let (qin, qout) = (
                at.per_tensor(from, &input, "input")?,
                at.per_tensor(to, &output, "output")?,
            );
            if qin != qout {
                return Err(at.error(
                    to,
                    &output,
                    "output",
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
        let (index, quant) = match at.activation(slot, "input", shape) {
            // A `FULLY_CONNECTED` reads a map as the vector it is.
            Err(Error::Tensor {
                mismatch: Mismatch::Shape { .. },
                ..
            }) if shape.rank() > 0 => {
                let flat = Shape::Flat(shape.elements().unwrap_or(0));
                at.activation(slot, "input", flat)?
            }
            other => other?,
        };
        if !self.flows(self.at(place), index) {
            let (index, tensor) = at.tensor(slot, "input")?;
            return Err(at.error(index, &tensor, "input", Mismatch::Flow));
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
        requants: &mut [Requant],
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
        match *op {
            Op::Layer {
                spec, input, x, y, ..
            } => {
                let output = spec.apply(input).map_err(|_| program)?.output;
                self.layer(step, &spec, input, output, x, y, requants)
            }
            Op::Copy {
                from,
                to,
                positions,
                width,
                to_stride,
                to_offset,
                ..
            } => self.copy(step, from, to, [positions, width, to_stride, to_offset]),
            Op::Add {
                a,
                b,
                y,
                len,
                channels,
                broadcast,
            } => self.binary(step, false, [a, b, y], len, channels, broadcast),
            Op::Mul {
                map,
                gate,
                y,
                len,
                channels,
                broadcast,
            } => self.binary(step, true, [map, gate, y], len, channels, broadcast),
            Op::Sub { .. } | Op::Softmax { .. } | Op::Weigh { .. } | Op::Fused { .. } => {
                Err(program)
            }
        }
    }

    /// A copy: the first input of a `CONCATENATION`, or a later one, or
    /// the network's input copied to its output (a network of `flatten`
    /// alone, a `RESHAPE`).
    fn copy(
        &mut self,
        step: usize,
        from: Place,
        to: Place,
        sizes: [usize; 4],
    ) -> Result<Entry<'a>, Error<'a>> {
        let [positions, width, stride, offset] = sizes;
        if from == Place::Input && self.concat.is_none() && width == stride {
            let tensor = self.input;
            self.wrote(to, tensor);
            return Ok(Entry::Copy);
        }
        let (operator, input, output) = match self.concat {
            Some((operator, input, place, output)) if place == to => (operator, input, output),
            _ if offset == 0 => {
                let kind = Kind::Block(Block::Concat);
                let at = self.operator(step, kind, Code::Concatenation)?;
                let Options::Concatenation { axis, activation } = at.op.options else {
                    return Err(wrong_options(&at));
                };
                if axis != -1 && axis != 3 {
                    return Err(Error::Option {
                        operator: at.index,
                        code: at.op.code,
                        option: "axis",
                        expected: Value::Word("-1 (the channels)"),
                        found: Value::Number(i64::from(axis)),
                    });
                }
                self.fuse(&at, activation)?;
                let (tensor, _) = at.values(Slot::Out(0), "output", positions * stride, stride)?;
                (at.index, 0, tensor)
            }
            _ => return Err(Error::Program { step }),
        };
        let op = self.model.operator(operator).map_err(Error::Model)?;
        let at = At {
            model: self.model,
            index: operator,
            op,
        };
        let (_, qout) = at.values(Slot::Out(0), "output", positions * stride, stride)?;
        let (index, qin) = at.values(Slot::In(input), "input", positions * width, width)?;
        if !self.flows(self.at(from), index) {
            let (index, tensor) = at.tensor(Slot::In(input), "input")?;
            return Err(at.error(index, &tensor, "input", Mismatch::Flow));
        }
        if qin != qout {
            let (index, tensor) = at.tensor(Slot::In(input), "input")?;
            return Err(at.error(
                index,
                &tensor,
                "input",
                Mismatch::Quantization(
                    "differs from the output's, which TFLM's int8 CONCATENATION copies into",
                ),
            ));
        }
        self.concat = Some((operator, input + 1, to, output));
        self.wrote(to, output);
        Ok(Entry::Copy)
    }

    /// An `add` or (`mul`) a `mul` of the values at `places[0]` and
    /// `places[1]` into `places[2]`.
    fn binary(
        &mut self,
        step: usize,
        mul: bool,
        places: [Place; 3],
        len: usize,
        channels: usize,
        broadcast: bool,
    ) -> Result<Entry<'a>, Error<'a>> {
        let [a, b, y] = places;
        let (kind, code) = match mul {
            false => (Kind::Block(Block::Add), Code::Add),
            true => (Kind::Block(Block::Mul), Code::Mul),
        };
        let at = self.operator(step, kind, code)?;
        let activation = match at.op.options {
            Options::Add { activation } | Options::Mul { activation } => activation,
            _ => return Err(wrong_options(&at)),
        };
        let (first, _) = at.tensor(Slot::In(0), "input")?;
        let (second, _) = at.tensor(Slot::In(1), "input")?;
        let (ta, tb) = (self.at(a), self.at(b));
        let swapped = !(self.flows(ta, first) && self.flows(tb, second));
        if swapped && !(self.flows(ta, second) && self.flows(tb, first)) {
            let (index, tensor) = at.tensor(Slot::In(0), "input")?;
            return Err(at.error(index, &tensor, "input", Mismatch::Flow));
        }
        let b_len = if broadcast { channels } else { len };
        let lens = if swapped { [b_len, len] } else { [len, b_len] };
        let (_, q1) = at.values(Slot::In(0), "input", lens[0], channels)?;
        let (_, q2) = at.values(Slot::In(1), "input", lens[1], channels)?;
        let (tensor, qout) = at.values(Slot::Out(0), "output", len, channels)?;
        let fused = self.fuse(&at, activation)?;
        self.wrote(y, tensor);
        Ok(match mul {
            false => Entry::Add {
                params: quant::add::Params::new(
                    q1.scale,
                    q1.zero_point,
                    q2.scale,
                    q2.zero_point,
                    qout.scale,
                    qout.zero_point,
                    fused,
                ),
                swapped,
            },
            true => Entry::Mul {
                params: quant::mul::Params::new(
                    q1.scale,
                    q1.zero_point,
                    q2.scale,
                    q2.zero_point,
                    qout.scale,
                    qout.zero_point,
                    fused,
                ),
                swapped,
            },
        })
    }

    /// A layer's step.
    #[allow(clippy::too_many_arguments)]
    fn layer(
        &mut self,
        step: usize,
        spec: &LayerSpec,
        input: Shape,
        output: Shape,
        x: Place,
        y: Place,
        requants: &mut [Requant],
    ) -> Result<Entry<'a>, Error<'a>> {
        let kind = spec.kind;
        let program = Error::Program { step };
        let axes = spec.on_axes(input).map_err(|_| program)?;
        // TFLite's windows pad SAME or VALID; explicit padding is a PAD
        // before (a `zeropad`), but a transposed convolution's, which its
        // output's size turns into SAME or VALID.
        let explicit = matches!(axes.padding, Some(pads) if pads != [0; 3]);
        if explicit
            && matches!(
                kind,
                Kind::Conv | Kind::DepthwiseConv | Kind::MaxPool | Kind::AvgPool
            )
        {
            return Err(Error::Padding { step });
        }
        let sliding = Sliding {
            padding: match axes.padding {
                None => Padding::Same,
                Some(_) => Padding::Valid,
            },
            stride: [axes.stride[0] as usize, axes.stride[1] as usize],
            dilation: [axes.dilation[0] as usize, axes.dilation[1] as usize],
            window: [axes.window[0] as usize, axes.window[1] as usize],
        };
        let [h, w, _] = input.axes().map(|a| a as usize);
        let c = input.channels() as usize;
        let out_c = output.channels() as usize;
        let quant_padding = match sliding.padding {
            Padding::Same => quant::Padding::Same,
            Padding::Valid => quant::Padding::Valid,
        };
        let entry = match kind {
            Kind::Conv | Kind::DepthwiseConv => {
                let depthwise = kind == Kind::DepthwiseConv;
                let code = if depthwise {
                    Code::DepthwiseConv2d
                } else {
                    Code::Conv2d
                };
                let at = self.operator(step, kind, code)?;
                let (found, fusion) = match at.op.options {
                    Options::Conv {
                        padding,
                        stride_h,
                        stride_w,
                        dilation_h,
                        dilation_w,
                        activation,
                    } if !depthwise => (
                        (
                            padding,
                            [stride_h, stride_w],
                            [dilation_h, dilation_w],
                            None,
                        ),
                        activation,
                    ),
                    Options::DepthwiseConv {
                        padding,
                        stride_h,
                        stride_w,
                        dilation_h,
                        dilation_w,
                        depth_multiplier,
                        activation,
                    } if depthwise => {
                        let multiplier = out_c / c.max(1);
                        if depth_multiplier != 0 && depth_multiplier as usize != multiplier {
                            return Err(Error::Option {
                                operator: at.index,
                                code: at.op.code,
                                option: "depth_multiplier",
                                expected: Value::Number(multiplier as i64),
                                found: Value::Number(i64::from(depth_multiplier)),
                            });
                        }
                        (
                            (
                                padding,
                                [stride_h, stride_w],
                                [dilation_h, dilation_w],
                                None,
                            ),
                            activation,
                        )
                    }
                    _ => return Err(wrong_options(&at)),
                };
                self.window(&at, &sliding, found)?;
                let qin = self.input(&at, Slot::In(0), x, input)?;
                let [kh, kw] = sliding.window;
                let filter_dims = if depthwise {
                    Dims::new([1, kh as i64, kw as i64, out_c as i64])
                } else {
                    let groups = spec.groups.max(1) as usize;
                    Dims::new([out_c as i64, kh as i64, kw as i64, (c / groups) as i64])
                };
                let axis = if depthwise { 3 } else { 0 };
                let (filter, scales) = at.weights(Slot::In(1), filter_dims, out_c, axis)?;
                let bias = at.bias(Slot::In(2), out_c)?;
                let (tensor, qout) = at.activation(Slot::Out(0), "output", output)?;
                let fused = self.fuse(&at, fusion)?;
                let (window, _) = quant::Window::new(
                    quant_padding,
                    h,
                    w,
                    kh,
                    kw,
                    sliding.stride,
                    sliding.dilation,
                );
                let params = quant::conv::Params::new(
                    window,
                    qin.zero_point,
                    qout.scale,
                    qout.zero_point,
                    fused,
                );
                let first = self.channel;
                per_channel(
                    qin.scale,
                    scales,
                    qout.scale,
                    requants.get_mut(first..first + out_c).ok_or(program)?,
                );
                self.channel += out_c;
                self.wrote(y, tensor);
                let weighted = Weighted {
                    filter,
                    bias,
                    first,
                    count: out_c,
                };
                if depthwise {
                    Entry::Depthwise {
                        params,
                        weighted,
                        window: [kh, kw],
                    }
                } else {
                    let groups = spec.groups.max(1) as usize;
                    Entry::Conv {
                        params,
                        weighted,
                        shape: [out_c, kh, kw, c / groups],
                    }
                }
            }
            Kind::Dense | Kind::Softmax => {
                let at = self.operator(step, kind, Code::FullyConnected)?;
                let Options::FullyConnected { activation, .. } = at.op.options else {
                    return Err(wrong_options(&at));
                };
                let qin = self.input(&at, Slot::In(0), x, input)?;
                let depth = input.elements().unwrap_or(0) as usize;
                let filter_dims = Dims::new([out_c as i64, depth as i64]);
                let (filter, scales) = at.weights(Slot::In(1), filter_dims, out_c, 0)?;
                let bias = at.bias(Slot::In(2), out_c)?;
                let (tensor, qout) =
                    at.activation(Slot::Out(0), "output", Shape::Flat(out_c as u64))?;
                if kind == Kind::Softmax && activation != Fusion::None {
                    return Err(Error::Option {
                        operator: at.index,
                        code: at.op.code,
                        option: "fused_activation_function",
                        expected: Value::Word("NONE (a SOFTMAX follows)"),
                        found: Value::Word(fusion_name(activation)),
                    });
                }
                let fused = self.fuse(&at, activation)?;
                let params = quant::fully_connected::Params::new(
                    qin.zero_point,
                    qout.scale,
                    qout.zero_point,
                    fused,
                );
                let first = self.channel;
                let table = requants.get_mut(first..first + out_c).ok_or(program)?;
                let count = if scales.len() == 1 {
                    // TFLM's per-tensor multiplier, its own rounding.
                    table[0] = quant::fully_connected::per_tensor(
                        qin.scale,
                        scales.get(0).unwrap_or(0.0),
                        qout.scale,
                    );
                    1
                } else {
                    per_channel(qin.scale, scales, qout.scale, table);
                    out_c
                };
                self.channel += out_c;
                let weighted = Weighted {
                    filter,
                    bias,
                    first,
                    count,
                };
                let softmax = if kind == Kind::Softmax {
                    let at = self.operator(step, kind, Code::Softmax)?;
                    let Options::Softmax { beta } = at.op.options else {
                        return Err(wrong_options(&at));
                    };
                    let (index, fc) = at.tensor(Slot::In(0), "input")?;
                    if index != tensor {
                        return Err(at.error(index, &fc, "input", Mismatch::Flow));
                    }
                    let (tensor, qsoft) = at.activation(Slot::Out(0), "output", output)?;
                    softmax_output(&at, tensor, qsoft)?;
                    self.wrote(y, tensor);
                    Some(quant::softmax::Params::new(qout.scale, beta))
                } else {
                    self.wrote(y, tensor);
                    None
                };
                Entry::Dense {
                    params,
                    weighted,
                    softmax,
                }
            }
            Kind::MaxPool | Kind::AvgPool => {
                let code = if kind == Kind::MaxPool {
                    Code::MaxPool2d
                } else {
                    Code::AveragePool2d
                };
                let at = self.operator(step, kind, code)?;
                let Options::Pool {
                    padding,
                    stride_h,
                    stride_w,
                    filter_h,
                    filter_w,
                    activation,
                } = at.op.options
                else {
                    return Err(wrong_options(&at));
                };
                self.window(
                    &at,
                    &sliding,
                    (
                        padding,
                        [stride_h, stride_w],
                        [1, 1],
                        Some([filter_h, filter_w]),
                    ),
                )?;
                let qin = self.input(&at, Slot::In(0), x, input)?;
                let (tensor, qout) = at.activation(Slot::Out(0), "output", output)?;
                same_quant(&at, tensor, qin, qout)?;
                let fused = self.fuse(&at, activation)?;
                let [kh, kw] = sliding.window;
                let (window, _) =
                    quant::Window::new(quant_padding, h, w, kh, kw, sliding.stride, [1, 1]);
                let params = quant::pool::Params::new(window, qout.scale, qout.zero_point, fused);
                self.wrote(y, tensor);
                if kind == Kind::MaxPool {
                    Entry::MaxPool(params)
                } else {
                    Entry::AvgPool(params)
                }
            }
            Kind::Activation(Activation::Softmax) => {
                let at = self.operator(step, kind, Code::Softmax)?;
                let Options::Softmax { beta } = at.op.options else {
                    return Err(wrong_options(&at));
                };
                let qin = self.input(&at, Slot::In(0), x, input)?;
                let (tensor, qout) = at.activation(Slot::Out(0), "output", output)?;
                softmax_output(&at, tensor, qout)?;
                self.wrote(y, tensor);
                Entry::Softmax(quant::softmax::Params::new(qin.scale, beta))
            }
            Kind::GlobalAvgPool => {
                let code = match self.peek() {
                    Some(Code::AveragePool2d) => Code::AveragePool2d,
                    _ => Code::Mean,
                };
                let at = self.operator(step, kind, code)?;
                let qin = self.input(&at, Slot::In(0), x, input)?;
                let (tensor, qout) = at.activation(Slot::Out(0), "output", output)?;
                self.wrote(y, tensor);
                if code == Code::AveragePool2d {
                    // Keras's AveragePooling2D over the whole map.
                    let Options::Pool {
                        padding,
                        stride_h,
                        stride_w,
                        filter_h,
                        filter_w,
                        activation,
                    } = at.op.options
                    else {
                        return Err(wrong_options(&at));
                    };
                    let whole = Sliding {
                        padding: Padding::Valid,
                        stride: [stride_h as usize, stride_w as usize],
                        dilation: [1, 1],
                        window: [h, w],
                    };
                    self.window(
                        &at,
                        &whole,
                        (
                            padding,
                            [stride_h, stride_w],
                            [1, 1],
                            Some([filter_h, filter_w]),
                        ),
                    )?;
                    same_quant(&at, tensor, qin, qout)?;
                    let fused = self.fuse(&at, activation)?;
                    let (window, _) =
                        quant::Window::new(quant::Padding::Valid, h, w, h, w, whole.stride, [1, 1]);
                    Entry::AvgPool(quant::pool::Params::new(
                        window,
                        qout.scale,
                        qout.zero_point,
                        fused,
                    ))
                } else {
                    at.constant(Slot::In(1), "axis", &[1, 2])?;
                    Entry::Mean(quant::mean::Params::new(
                        qin.scale,
                        qin.zero_point,
                        qout.scale,
                        qout.zero_point,
                        h * w,
                    ))
                }
            }
            Kind::ZeroPad => {
                let at = self.operator(step, kind, Code::Pad)?;
                let qin = self.input(&at, Slot::In(0), x, input)?;
                let [oh, ow, _] = output.axes().map(|a| a as usize);
                let (top, left) = (sliding.window[0], sliding.window[1]);
                let pads = [0, 0, top, oh - h - top, left, ow - w - left, 0, 0].map(|p| p as i64);
                at.constant(Slot::In(1), "paddings", &pads)?;
                let (tensor, qout) = at.activation(Slot::Out(0), "output", output)?;
                same_quant(&at, tensor, qin, qout)?;
                self.wrote(y, tensor);
                Entry::Pad {
                    before: [0, top, left, 0],
                    value: qout.zero_point as i8,
                }
            }
            Kind::ConvTranspose => {
                let at = self.operator(step, kind, Code::TransposeConv)?;
                let Options::TransposeConv {
                    padding,
                    stride_h,
                    stride_w,
                    activation,
                } = at.op.options
                else {
                    return Err(wrong_options(&at));
                };
                let [kh, kw] = sliding.window;
                let [oh, ow, _] = output.axes().map(|a| a as usize);
                // TFLite's SAME gives `I * S`, VALID `(I - 1) * S + K`:
                // the declaration's output says which.
                let declared = if oh == h * sliding.stride[0] && ow == w * sliding.stride[1] {
                    Padding::Same
                } else {
                    Padding::Valid
                };
                let transposed = Sliding {
                    padding: declared,
                    ..sliding
                };
                self.window(
                    &at,
                    &transposed,
                    (padding, [stride_h, stride_w], [1, 1], None),
                )?;
                at.constant(
                    Slot::In(0),
                    "output_shape",
                    &[1, oh as i64, ow as i64, out_c as i64],
                )?;
                let qin = self.input(&at, Slot::In(2), x, input)?;
                let filter_dims = Dims::new([out_c as i64, kh as i64, kw as i64, c as i64]);
                let (filter, scales) = at.weights(Slot::In(1), filter_dims, out_c, 0)?;
                let bias = at.bias(Slot::In(3), out_c)?;
                let (tensor, qout) = at.activation(Slot::Out(0), "output", output)?;
                let fused = self.fuse(&at, activation)?;
                let quant_padding = match declared {
                    Padding::Same => quant::Padding::Same,
                    Padding::Valid => quant::Padding::Valid,
                };
                let window =
                    quant::transpose_conv::window(quant_padding, oh, ow, kh, kw, transposed.stride);
                let params = quant::conv::Params::new(
                    window,
                    qin.zero_point,
                    qout.scale,
                    qout.zero_point,
                    fused,
                );
                let first = self.channel;
                per_channel(
                    qin.scale,
                    scales,
                    qout.scale,
                    requants.get_mut(first..first + out_c).ok_or(program)?,
                );
                self.channel += out_c;
                self.wrote(y, tensor);
                let weighted = Weighted {
                    filter,
                    bias,
                    first,
                    count: out_c,
                };
                Entry::TransposeConv {
                    params,
                    weighted,
                    shape: [out_c, kh, kw, c],
                }
            }
            Kind::Upsample | Kind::Resize => {
                let code = if spec.bilinear {
                    Code::ResizeBilinear
                } else {
                    Code::ResizeNearestNeighbor
                };
                let at = self.operator(step, kind, code)?;
                let Options::Resize {
                    align_corners,
                    half_pixel_centers,
                } = at.op.options
                else {
                    return Err(wrong_options(&at));
                };
                let qin = self.input(&at, Slot::In(0), x, input)?;
                let [oh, ow, _] = output.axes().map(|a| a as i64);
                at.constant(Slot::In(1), "size", &[oh, ow])?;
                let (tensor, qout) = at.activation(Slot::Out(0), "output", output)?;
                same_quant(&at, tensor, qin, qout)?;
                self.wrote(y, tensor);
                Entry::Resize {
                    params: quant::resize::Params {
                        align_corners,
                        half_pixel_centers,
                    },
                    bilinear: spec.bilinear,
                }
            }
            Kind::Activation(activation) => {
                let code = match activation {
                    Activation::Relu => Code::Relu,
                    Activation::Relu6 => Code::Relu6,
                    Activation::LeakyRelu => Code::LeakyRelu,
                    Activation::Sigmoid => Code::Logistic,
                    Activation::Tanh => Code::Tanh,
                    Activation::HardSwish => Code::HardSwish,
                    Activation::Softmax
                    | Activation::Elu
                    | Activation::Gelu
                    | Activation::GeluTanh
                    | Activation::Silu
                    | Activation::HardSigmoid
                    | Activation::LogSoftmax => return Err(Error::Unsupported { step }),
                };
                let at = self.operator(step, kind, code)?;
                let qin = self.input(&at, Slot::In(0), x, input)?;
                let (tensor, qout) = at.activation(Slot::Out(0), "output", output)?;
                self.wrote(y, tensor);
                match activation {
                    Activation::Relu => Entry::Relu(quant::relu::Relu::new(
                        qin.scale,
                        qin.zero_point,
                        qout.scale,
                        qout.zero_point,
                    )),
                    Activation::Relu6 => {
                        Entry::Relu6(quant::relu::Relu6::new(qin.scale, qin.zero_point))
                    }
                    Activation::LeakyRelu => {
                        let Options::LeakyRelu { alpha } = at.op.options else {
                            return Err(wrong_options(&at));
                        };
                        Entry::LeakyRelu(quant::relu::LeakyRelu::new(
                            qin.scale,
                            qin.zero_point,
                            qout.scale,
                            qout.zero_point,
                            alpha,
                        ))
                    }
                    Activation::Sigmoid => {
                        fixed_output(&at, tensor, qout, 1.0 / 256.0, -128)?;
                        Entry::Logistic(quant::logistic::Params::new(qin.scale, qin.zero_point))
                    }
                    Activation::Tanh => {
                        fixed_output(&at, tensor, qout, 1.0 / 128.0, 0)?;
                        Entry::Tanh(quant::logistic::Params::new(qin.scale, qin.zero_point))
                    }
                    _ => Entry::HardSwish(quant::hardswish::Params::new(
                        qin.scale,
                        qin.zero_point,
                        qout.scale,
                        qout.zero_point,
                    )),
                }
            }
            _ => return Err(Error::Unsupported { step }),
        };
        Ok(entry)
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

/// TFLM's int8 `SOFTMAX` writes on the scale `1/256` from -128.
fn softmax_output<'a>(at: &At<'_, 'a>, index: usize, quant: Quant) -> Result<(), Error<'a>> {
    fixed_output(at, index, quant, 1.0 / 256.0, -128)
}

/// The output quantisation TFLM's int8 kernel fixes (`SOFTMAX`,
/// `LOGISTIC`: 1/256 from -128; `TANH`: 1/128 from 0).
fn fixed_output<'a>(
    at: &At<'_, 'a>,
    index: usize,
    quant: Quant,
    scale: f32,
    zero_point: i32,
) -> Result<(), Error<'a>> {
    if quant.zero_point == zero_point && quant.scale == scale {
        return Ok(());
    }
    let tensor = at.model.tensor(index).map_err(Error::Model)?;
    let what = if zero_point == 0 {
        "is not TFLM's for an int8 TANH: scale 1/128, zero point 0"
    } else {
        "is not TFLM's for an int8 SOFTMAX or LOGISTIC: scale 1/256, zero point -128"
    };
    Err(at.error(index, &tensor, "output", Mismatch::Quantization(what)))
}

/// The error of options of another operator's type.
fn wrong_options<'a>(at: &At<'_, 'a>) -> Error<'a> {
    Error::Model(cnn_tflite::Error::WrongOptions {
        operator: at.index,
        code: at.op.code,
    })
}

/// TFLM's int8 pooling keeps the input's scale and zero point.
fn same_quant<'a>(
    at: &At<'_, 'a>,
    index: usize,
    input: Quant,
    output: Quant,
) -> Result<(), Error<'a>> {
    if input == output {
        return Ok(());
    }
    let tensor = at.model.tensor(index).map_err(Error::Model)?;
    Err(at.error(
        index,
        &tensor,
        "output",
        Mismatch::Quantization("differs from the input's, which TFLM's int8 kernel keeps"),
    ))
}

/// The per-channel multipliers of `out`, through the kernels' own
/// `per_channel`, the scales copied from the file a block at a time
/// (they are little-endian at any alignment).
fn per_channel(
    input_scale: f32,
    scales: cnn_tflite::Array<'_, f32>,
    output_scale: f32,
    out: &mut [Requant],
) {
    const BLOCK: usize = 32;
    let mut block = [0f32; BLOCK];
    for (at, chunk) in out.chunks_mut(BLOCK).enumerate() {
        let scales = if scales.len() == 1 {
            block[0] = scales.get(0).unwrap_or(0.0);
            &block[..1]
        } else {
            for (i, scale) in block.iter_mut().enumerate().take(chunk.len()) {
                *scale = scales.get(at * BLOCK + i).unwrap_or(0.0);
            }
            &block[..chunk.len()]
        };
        quant::per_channel(input_scale, scales, output_scale, chunk);
    }
}
