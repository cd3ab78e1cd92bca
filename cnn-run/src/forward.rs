//! The runner of a planned forward pass: each step of the program on its
//! places in the arena. Every place is checked against the arena and
//! against the others a step touches, so a program the planner did not
//! write is an error, never a wrong read.

use core::ops::Range;

use super::{layer, layer_in_place, size, RunError};
use crate::gemm::Finish;
use crate::mix;
use crate::{conv, dense, depthwise, elementwise, stem, winograd, Grid, Slide};
use cnn_core::plan::prepared::prepared_len_in;
use cnn_core::program::{Header, Op, Place, Reader};
use cnn_core::{scratch_len, Form};

/// Runs the forward pass `program` (the planner's, as `cnn!` writes it for
/// a network marked `#[cnn(weights)]`) on `input` with the network's flat
/// `weights`, in `arena`: the output, which lives in the arena.
///
/// The generated `Net::forward` calls this with arrays of the right sizes;
/// here every length is checked instead.
pub fn forward<'a>(
    program: &[u8],
    weights: &[f32],
    input: &[f32],
    arena: &'a mut [f32],
) -> Result<&'a mut [f32], RunError> {
    let mut reader = Reader::new(program);
    steps(
        &mut reader,
        Params::Plain(weights),
        input,
        arena,
        &mut |_| {},
    )
}

/// Runs the prepared program `program` (what `cnn!` writes as
/// `Net::forward_prepared`'s) on `input` with the parameters [`prepare`](crate::prepare)
/// made from it, in `arena`: the output, which lives in the arena. The
/// same values as [`forward`], within the rounding of the folded batch
/// norms.
pub fn forward_prepared<'a>(
    program: &[u8],
    prepared: &[f32],
    input: &[f32],
    arena: &'a mut [f32],
) -> Result<&'a mut [f32], RunError> {
    forward_prepared_each(program, prepared, input, arena, &mut |_| {})
}

/// [`forward_prepared`], calling `each` after every step with it: what
/// the benchmark's table of time per step measures by. Not an API.
#[doc(hidden)]
pub fn forward_prepared_each<'a>(
    program: &[u8],
    prepared: &[f32],
    input: &[f32],
    arena: &'a mut [f32],
    each: &mut dyn FnMut(&Op),
) -> Result<&'a mut [f32], RunError> {
    let mut reader = Reader::new(program);
    let needed = reader
        .prepared_len()
        .map_err(|_| RunError::Program { step: 0 })?;
    if prepared.len() != needed {
        return Err(RunError::Length {
            buffer: super::Buffer::Weights,
            expected: needed,
            found: prepared.len(),
        });
    }
    steps(&mut reader, Params::Prepared(prepared), input, arena, each)
}

/// The parameters a program's layers read.
#[derive(Clone, Copy)]
enum Params<'a> {
    /// The network's flat weights, for [`Op::Layer`].
    Plain(&'a [f32]),
    /// The prepared ones, for [`Op::Fused`].
    Prepared(&'a [f32]),
}

/// The header and steps from `reader`.
fn steps<'a>(
    reader: &mut Reader,
    params: Params,
    input: &[f32],
    arena: &'a mut [f32],
    each: &mut dyn FnMut(&Op),
) -> Result<&'a mut [f32], RunError> {
    let malformed = |step| move |_| RunError::Program { step };
    let header: Header = reader.header().map_err(malformed(0))?;
    if input.len() != header.input_len {
        return Err(RunError::Length {
            buffer: super::Buffer::Input,
            expected: header.input_len,
            found: input.len(),
        });
    }
    if arena.len() < header.arena_len {
        return Err(RunError::Length {
            buffer: super::Buffer::Scratch,
            expected: header.arena_len,
            found: arena.len(),
        });
    }
    for step in 0..header.steps {
        let op = reader.op().map_err(malformed(step))?;
        run(&op, params, input, arena).map_err(|error| match error {
            RunError::Program { .. } => RunError::Program { step },
            other => other,
        })?;
        each(&op);
    }
    let output =
        span(header.output, header.output_len).ok_or(RunError::Program { step: header.steps })?;
    arena
        .get_mut(output)
        .ok_or(RunError::Program { step: header.steps })
}

/// The error of a step whose places do not hold.
const BAD: RunError = RunError::Program { step: 0 };

/// `len` values from `at`.
fn span(at: usize, len: usize) -> Option<Range<usize>> {
    Some(at..at.checked_add(len)?)
}

/// The arena around two disjoint ranges written by one step, and the
/// shared rest, from which the step reads.
struct Carved<'a> {
    first: &'a mut [f32],
    second: &'a mut [f32],
    /// The pieces between, each with the offset it starts at.
    rest: [(usize, &'a [f32]); 3],
    input: &'a [f32],
}

impl<'a> Carved<'a> {
    /// Writes to `first` and `second` (disjoint; an empty one anywhere).
    fn new(
        arena: &'a mut [f32],
        input: &'a [f32],
        first: Range<usize>,
        second: Range<usize>,
    ) -> Result<Carved<'a>, RunError> {
        let second = if second.is_empty() {
            first.end..first.end
        } else {
            second
        };
        let swap = second.start < first.start;
        let (low, high) = if swap {
            (second, first)
        } else {
            (first, second)
        };
        if low.end > high.start || high.end > arena.len() {
            return Err(BAD);
        }
        let (before, rest) = arena.split_at_mut(low.start);
        let (low_part, rest) = rest.split_at_mut(low.end - low.start);
        let (between, rest) = rest.split_at_mut(high.start - low.end);
        let (high_part, after) = rest.split_at_mut(high.end - high.start);
        let rest = [(0, &*before), (low.end, &*between), (high.end, &*after)];
        let (first, second) = if swap {
            (high_part, low_part)
        } else {
            (low_part, high_part)
        };
        Ok(Carved {
            first,
            second,
            rest,
            input,
        })
    }

    /// The `len` values at `place`, which must not overlap what is written.
    fn read(&self, place: Place, len: usize) -> Result<&'a [f32], RunError> {
        match place {
            Place::Input => self.input.get(..len).ok_or(BAD),
            Place::Arena(at) => {
                let wanted = span(at, len).ok_or(BAD)?;
                self.rest
                    .iter()
                    .find_map(|&(start, piece)| {
                        let from = wanted.start.checked_sub(start)?;
                        piece.get(from..from.checked_add(len)?)
                    })
                    .ok_or(BAD)
            }
        }
    }
}

/// The arena range at `place`, which must be in the arena.
fn arena_span(place: Place, len: usize) -> Result<Range<usize>, RunError> {
    match place {
        Place::Arena(at) => span(at, len).ok_or(BAD),
        Place::Input => Err(BAD),
    }
}

fn run(op: &Op, params: Params, input: &[f32], arena: &mut [f32]) -> Result<(), RunError> {
    match *op {
        Op::Layer {
            spec,
            input: shape,
            x,
            y,
            weights: from,
            scratch,
            ..
        } => {
            let Params::Plain(weights) = params else {
                return Err(BAD);
            };
            let step = spec.apply(shape).map_err(RunError::Layer)?;
            let count = step
                .params
                .checked_add(step.non_trainable_params)
                .ok_or(RunError::TooLarge)?;
            let params = weights
                .get(from..from.checked_add(size(count)?).ok_or(BAD)?)
                .ok_or(BAD)?;
            let x_len = size(shape.elements().ok_or(RunError::TooLarge)?)?;
            let y_len = size(step.output.elements().ok_or(RunError::TooLarge)?)?;
            let out = arena_span(y, y_len)?;
            let work = span(scratch, scratch_len(&spec, shape)).ok_or(BAD)?;
            if x == y {
                let carved = Carved::new(arena, input, out, work)?;
                return layer_in_place(&spec, shape, carved.first, params, carved.second);
            }
            let carved = Carved::new(arena, input, out, work)?;
            let x = carved.read(x, x_len)?;
            layer(&spec, shape, x, params, carved.first, carved.second)
        }
        Op::Fused {
            spec,
            input: shape,
            x,
            y,
            scratch,
            prepared: from,
            residual,
            activation,
            winograd: rows,
            ..
        } => {
            let Params::Prepared(prepared) = params else {
                return Err(BAD);
            };
            let len = prepared_len_in(&spec, shape, rows);
            let params = prepared
                .get(from..from.checked_add(len).ok_or(BAD)?)
                .ok_or(BAD)?;
            let step = spec.apply(shape).map_err(RunError::Layer)?;
            let x_len = size(shape.elements().ok_or(RunError::TooLarge)?)?;
            let y_len = size(step.output.elements().ok_or(RunError::TooLarge)?)?;
            let out = arena_span(y, y_len)?;
            let form = cnn_core::plan::prepared::form_in(&spec, shape, rows);
            let work_len = match form {
                Form::Winograd => winograd::scratch_len(&spec, shape, rows)?,
                _ => scratch_len(&spec, shape),
            };
            let work = span(scratch, work_len).ok_or(BAD)?;
            let carved = Carved::new(arena, input, out, work)?;
            if let Form::ChannelsLast = form {
                if residual.is_some() || activation.is_some() {
                    return Err(BAD);
                }
                // The columns in the data's order: one vector of inputs.
                let flat = Grid {
                    dims: [1; 3],
                    channels: x_len,
                };
                let x = carved.read(x, x_len)?;
                let units = size(step.output.channels())?;
                dense::dense(&flat, units, spec.bias, x, params, carved.first);
                return Ok(());
            }
            if let Form::AsIs = form {
                if residual.is_some() || activation.is_some() {
                    return Err(BAD);
                }
                if x == y {
                    return layer_in_place(&spec, shape, carved.first, params, carved.second);
                }
                let x = carved.read(x, x_len)?;
                return layer(&spec, shape, x, params, carved.first, carved.second);
            }
            let finish = Finish {
                residual: match residual {
                    Some(place) => Some(carved.read(place, y_len)?),
                    None => None,
                },
                activation,
            };
            let x = carved.read(x, x_len)?;
            let (from, to) = (Grid::of(shape)?, Grid::of(step.output)?);
            let axes = spec.on_axes(shape).map_err(RunError::Layer)?;
            let slide = Slide::new(&axes, &from, &to)?;
            let y = carved.first;
            match form {
                Form::Packed { groups } => {
                    let groups = size(groups)?;
                    conv::packed(
                        &slide,
                        &from,
                        &to,
                        groups,
                        x,
                        params,
                        y,
                        carved.second,
                        &finish,
                    );
                }
                Form::Direct => stem::direct(&slide, &from, &to, x, params, y, &finish),
                Form::Winograd => {
                    winograd::conv(
                        &slide,
                        &from,
                        &to,
                        rows,
                        x,
                        params,
                        y,
                        carved.second,
                        &finish,
                    );
                }
                Form::ChannelsLast => return Err(BAD),
                Form::Depthwise | Form::AsIs => {
                    let per_group = to.channels / from.channels;
                    // The activation comes after the residual: into the
                    // lines only when there is none.
                    let (lines, after) = match finish.residual {
                        Some(_) => (None, activation),
                        None => (activation, None),
                    };
                    let layout = match form {
                        Form::Depthwise => depthwise::Layout::Taps,
                        Form::AsIs
                        | Form::Packed { .. }
                        | Form::Direct
                        | Form::Winograd
                        | Form::ChannelsLast => depthwise::Layout::Filters,
                    };
                    depthwise::depthwise_in(
                        &slide, &from, &to, per_group, true, x, params, layout, y, lines,
                    );
                    if let Some(residual) = finish.residual {
                        for (value, &add) in y.iter_mut().zip(residual) {
                            *value += add;
                        }
                    }
                    if let Some(activation) = after {
                        elementwise::by_positions(to.channels, y, &|values| {
                            elementwise::activate(activation, values)
                        });
                    }
                }
            }
            Ok(())
        }
        Op::Add {
            a,
            b,
            y,
            len,
            channels,
            broadcast: true,
        } => {
            // GCNet's context: `b`, one value per channel, at every
            // position of `a`.
            if channels == 0 || len % channels != 0 || b == y {
                return Err(BAD);
            }
            let carved = Carved::new(arena, input, arena_span(y, len)?, 0..0)?;
            let b = carved.read(b, channels)?;
            if a == y {
                for values in carved.first.chunks_exact_mut(channels) {
                    for (sum, &addend) in values.iter_mut().zip(b) {
                        *sum += addend;
                    }
                }
            } else {
                let a = carved.read(a, len)?;
                for (sums, values) in carved
                    .first
                    .chunks_exact_mut(channels)
                    .zip(a.chunks_exact(channels))
                {
                    for ((sum, &value), &addend) in sums.iter_mut().zip(values).zip(b) {
                        *sum = value + addend;
                    }
                }
            }
            Ok(())
        }
        Op::Add {
            a,
            b,
            y,
            len,
            broadcast: false,
            ..
        } => {
            let out = arena_span(y, len)?;
            if a == y || b == y {
                let other = if a == y { b } else { a };
                let carved = Carved::new(arena, input, out, 0..0)?;
                if other == y {
                    // `add { {} {} }`: twice the same values.
                    carved.first.iter_mut().for_each(|v| *v += *v);
                    return Ok(());
                }
                let other = carved.read(other, len)?;
                for (sum, &addend) in carved.first.iter_mut().zip(other) {
                    *sum += addend;
                }
            } else {
                let carved = Carved::new(arena, input, out, 0..0)?;
                let (a, b) = (carved.read(a, len)?, carved.read(b, len)?);
                for ((sum, &a), &b) in carved.first.iter_mut().zip(a).zip(b) {
                    *sum = a + b;
                }
            }
            Ok(())
        }
        Op::Sub { a, b, y, len } => {
            let out = arena_span(y, len)?;
            let carved = Carved::new(arena, input, out, 0..0)?;
            if a == y && b == y {
                // `sub { {} {} }`: the values less themselves.
                carved.first.iter_mut().for_each(|v| *v -= *v);
            } else if a == y {
                let b = carved.read(b, len)?;
                for (difference, &b) in carved.first.iter_mut().zip(b) {
                    *difference -= b;
                }
            } else if b == y {
                let a = carved.read(a, len)?;
                for (difference, &a) in carved.first.iter_mut().zip(a) {
                    *difference = a - *difference;
                }
            } else {
                let (a, b) = (carved.read(a, len)?, carved.read(b, len)?);
                for ((difference, &a), &b) in carved.first.iter_mut().zip(a).zip(b) {
                    *difference = a - b;
                }
            }
            Ok(())
        }
        Op::Mul {
            map,
            gate,
            y,
            len,
            channels,
            broadcast,
        } => {
            if channels == 0 || len % channels != 0 {
                return Err(BAD);
            }
            let gate_len = if broadcast { channels } else { len };
            let out = arena_span(y, len)?;
            let carved = Carved::new(arena, input, out, 0..0)?;
            if map == y && gate == y {
                carved.first.iter_mut().for_each(|v| *v *= *v);
            } else if map == y && broadcast {
                // A gate per channel (squeeze-and-excitation): position by
                // position, with no index arithmetic per value (a
                // remainder per value cost a fifth of EfficientNet-B0's
                // prepared pass), split across threads like an activation.
                let gate = carved.read(gate, gate_len)?;
                elementwise::by_positions(channels, carved.first, &|values| {
                    elementwise::scale_channels(values, gate)
                });
            } else if map == y {
                let gate = carved.read(gate, gate_len)?;
                for (value, &g) in carved.first.iter_mut().zip(gate) {
                    *value *= g;
                }
            } else if gate == y && !broadcast {
                let map = carved.read(map, len)?;
                for (value, &m) in carved.first.iter_mut().zip(map) {
                    *value *= m;
                }
            } else if broadcast {
                let (map, gate) = (carved.read(map, len)?, carved.read(gate, gate_len)?);
                for (out, map) in carved
                    .first
                    .chunks_exact_mut(channels)
                    .zip(map.chunks_exact(channels))
                {
                    for ((value, &m), &g) in out.iter_mut().zip(map).zip(gate) {
                        *value = m * g;
                    }
                }
            } else {
                let (map, gate) = (carved.read(map, len)?, carved.read(gate, len)?);
                for ((value, &m), &g) in carved.first.iter_mut().zip(map).zip(gate) {
                    *value = m * g;
                }
            }
            Ok(())
        }
        Op::Softmax {
            x,
            y,
            positions,
            paths,
            channels,
        } => {
            let len = positions
                .checked_mul(paths)
                .and_then(|n| n.checked_mul(channels))
                .ok_or(BAD)?;
            let carved = Carved::new(arena, input, arena_span(y, len)?, 0..0)?;
            if x != y {
                carved.first.copy_from_slice(carved.read(x, len)?);
            }
            mix::softmax(carved.first, paths, channels);
            Ok(())
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
            // Checked: a program from elsewhere may hold any numbers.
            let fits = offset
                .checked_add(channels)
                .is_some_and(|end| end <= stride);
            if channels == 0 || len % channels != 0 || !fits || (x == y && accumulate) {
                return Err(BAD);
            }
            let w_len = if broadcast {
                stride
            } else {
                (len / channels).checked_mul(stride).ok_or(BAD)?
            };
            let carved = Carved::new(arena, input, arena_span(y, len)?, 0..0)?;
            let weights = mix::Weights {
                values: carved.read(w, w_len)?,
                channels,
                stride,
                offset,
                broadcast,
            };
            if x == y {
                mix::weigh_in_place(carved.first, weights);
            } else {
                mix::weigh(carved.first, carved.read(x, len)?, weights, accumulate);
            }
            Ok(())
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
            // Checked: a program from elsewhere may hold any numbers.
            let fits = |offset: usize, stride: usize| {
                offset.checked_add(width).is_some_and(|end| end <= stride)
            };
            if width == 0 || !fits(from_offset, from_stride) || !fits(to_offset, to_stride) {
                return Err(BAD);
            }
            let from_len = positions.checked_mul(from_stride).ok_or(BAD)?;
            let to_len = positions.checked_mul(to_stride).ok_or(BAD)?;
            let carved = Carved::new(arena, input, arena_span(to, to_len)?, 0..0)?;
            let source = carved.read(from, from_len)?;
            for (target, source) in carved
                .first
                .chunks_exact_mut(to_stride)
                .zip(source.chunks_exact(from_stride))
            {
                target[to_offset..to_offset + width]
                    .copy_from_slice(&source[from_offset..from_offset + width]);
            }
            Ok(())
        }
    }
}
