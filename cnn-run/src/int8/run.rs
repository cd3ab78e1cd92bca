//! The runner of an int8 program: each step's kernel on its places in
//! the arena, with the parameters `from_tflite` computed. Every place is
//! checked against the arena and the other places of its step, so a
//! program and tables that do not belong together are an error, never a
//! wrong read.

use core::ops::Range;

use cnn_core::plan::int8::{kernel, Step, INPUT};
use cnn_core::program::{Header, Place, Reader};

use super::entry::{Entry, Weighted};
use super::Quantized;
use crate::quant::{self, Compact, Nhwc};
use crate::{Buffer, RunError};

/// Runs the int8 `program` (what `cnn!` writes for a `#[cnn(int8)]`
/// network) on `input` with `tables` (read from a model for it), in
/// `arena`: the output, which lives in the arena.
pub fn forward_int8<'o, const STEPS: usize, const CHANNELS: usize>(
    program: &[u8],
    tables: &Quantized<'_, STEPS, CHANNELS>,
    input: &[i8],
    arena: &'o mut [u8],
) -> Result<&'o [i8], RunError> {
    forward::<{ kernel::ALL }, STEPS, CHANNELS>(program, tables, input, arena)
}

/// [`forward_int8`] with the kernels `KINDS` ([`kernel`]'s bits) only: a
/// step of another kernel is an error, and the others' code is not
/// linked.
fn forward<'o, const KINDS: u32, const STEPS: usize, const CHANNELS: usize>(
    program: &[u8],
    tables: &Quantized<'_, STEPS, CHANNELS>,
    input: &[i8],
    arena: &'o mut [u8],
) -> Result<&'o [i8], RunError> {
    let mut reader = Reader::new(program);
    let header = reader.header().map_err(|_| RunError::Program { step: 0 })?;
    let arena = begin::<STEPS>(&header, input, arena)?;
    for (step, entry) in tables.entries.iter().enumerate() {
        let op = reader.op().map_err(|_| RunError::Program { step })?;
        let op = Step::of(&op).ok_or(RunError::Program { step })?;
        let table = (&tables.multipliers[..], &tables.shifts[..]);
        run::<KINDS>(&op, entry, table, input, arena).ok_or(RunError::Program { step })?;
    }
    output::<STEPS>(&header, arena)
}

/// [`forward`] on the steps the macro wrote as constants
/// (`cnn_core::plan::int8::Step`), with no program to decode.
fn forward_steps<'o, const KINDS: u32, const STEPS: usize, const CHANNELS: usize>(
    header: &Header,
    steps: &[Step; STEPS],
    tables: &Quantized<'_, STEPS, CHANNELS>,
    input: &[i8],
    arena: &'o mut [u8],
) -> Result<&'o [i8], RunError> {
    let arena = begin::<STEPS>(header, input, arena)?;
    for (step, (op, entry)) in steps.iter().zip(&tables.entries).enumerate() {
        let table = (&tables.multipliers[..], &tables.shifts[..]);
        run::<KINDS>(op, entry, table, input, arena).ok_or(RunError::Program { step })?;
    }
    output::<STEPS>(header, arena)
}

/// The arena as int8 values, once the input and arena are the lengths
/// `header` says and it has `STEPS` steps.
fn begin<'o, const STEPS: usize>(
    header: &Header,
    input: &[i8],
    arena: &'o mut [u8],
) -> Result<&'o mut [i8], RunError> {
    if input.len() != header.input_len {
        return Err(RunError::Length {
            buffer: Buffer::Input,
            expected: header.input_len,
            found: input.len(),
        });
    }
    if arena.len() < header.arena_len {
        return Err(RunError::Length {
            buffer: Buffer::Scratch,
            expected: header.arena_len,
            found: arena.len(),
        });
    }
    if header.steps != STEPS {
        return Err(RunError::Program { step: 0 });
    }
    Ok(as_i8_mut(arena))
}

/// The output `header` places in the arena.
fn output<'o, const STEPS: usize>(header: &Header, arena: &'o [i8]) -> Result<&'o [i8], RunError> {
    let output = span(header.output, header.output_len).ok_or(RunError::Program { step: STEPS })?;
    arena.get(output).ok_or(RunError::Program { step: STEPS })
}

/// The kernels `KINDS` a program runs, as a type: how the macro names
/// them to [`forward_int8_array`], whose other parameters are inferred.
#[derive(Clone, Copy, Debug)]
pub struct Kernels<const KINDS: u32>;

/// [`forward_int8`] on arrays of the sizes the program was planned for,
/// with the kernels `KINDS` the program runs (the macro writes them,
/// `Plan::kernels`): what a generated `Net::forward_int8` calls.
///
/// # Panics
///
/// If `program` and `tables` are not a network's own, which a generated
/// `forward_int8` never passes.
pub fn forward_int8_array<
    'o,
    const KINDS: u32,
    const STEPS: usize,
    const CHANNELS: usize,
    const INPUT: usize,
    const ARENA: usize,
    const OUTPUT: usize,
>(
    _: Kernels<KINDS>,
    header: &Header,
    steps: &[Step; STEPS],
    tables: &Quantized<'_, STEPS, CHANNELS>,
    input: &[i8; INPUT],
    arena: &'o mut [u8; ARENA],
) -> &'o [i8; OUTPUT] {
    match forward_steps::<KINDS, STEPS, CHANNELS>(header, steps, tables, input, arena) {
        Ok(output) => match <&[i8; OUTPUT]>::try_from(output) {
            Ok(output) => output,
            Err(_) => panic!("cnn: the int8 program's output is not OUTPUT_LEN values"),
        },
        // The step alone, not the error's `Display`, which would bring a
        // microcontroller's flash the formatting of every `RunError` (the
        // f32 ones' shapes and layers): a generated `forward_int8` meets
        // only tables that are not the network's (`EMPTY`, or read for
        // another program), whose step this names.
        Err(RunError::Program { step }) => panic!(
            "cnn: the int8 forward pass failed at step {step}: the tables are not this network's (EMPTY, or read for another program)"
        ),
        Err(_) => panic!("cnn: the int8 forward pass failed: the buffers are not the program's sizes"),
    }
}

/// The arena's bytes as the int8 values they hold.
fn as_i8_mut(bytes: &mut [u8]) -> &mut [i8] {
    // SAFETY: `i8` and `u8` have the same size and alignment and every
    // bit pattern is valid for both; the slice keeps the borrow's
    // lifetime and length, and `bytes` is not used while it lives.
    unsafe { core::slice::from_raw_parts_mut(bytes.as_mut_ptr().cast::<i8>(), bytes.len()) }
}

/// `len` values from `at`.
fn span(at: usize, len: usize) -> Option<Range<usize>> {
    Some(at..at.checked_add(len)?)
}

/// The values read at `x` (`len` of them, in the caller's input or the
/// arena) and the `y_len` written at `y`, which must not overlap.
fn carve<'b>(
    input: &'b [i8],
    arena: &'b mut [i8],
    x: Place,
    x_len: usize,
    y: Place,
    y_len: usize,
) -> Option<(&'b [i8], &'b mut [i8])> {
    let Place::Arena(y) = y else { return None };
    let ys = span(y, y_len)?;
    if ys.end > arena.len() {
        return None;
    }
    match x {
        Place::Input => Some((input.get(..x_len)?, &mut arena[ys])),
        Place::Arena(x) => {
            let xs = span(x, x_len)?;
            if xs.end > arena.len()
                || (xs.start < ys.end && ys.start < xs.end && x_len > 0 && y_len > 0)
            {
                return None;
            }
            if xs.end <= ys.start {
                let (low, high) = arena.split_at_mut(ys.start);
                Some((&low[xs], &mut high[..y_len]))
            } else {
                let (low, high) = arena.split_at_mut(xs.start);
                Some((&high[..x_len], &mut low[ys]))
            }
        }
    }
}

/// A step's `[rows, columns, channels]` as the kernels' NHWC of one
/// batch, and its values.
fn nhwc([h, w, c]: [u32; 3]) -> Option<(Nhwc, usize)> {
    let (h, w, c) = (h as usize, w as usize, c as usize);
    Some((Nhwc { n: 1, h, w, c }, h.checked_mul(w)?.checked_mul(c)?))
}

/// A step's place.
fn at(place: u32) -> Place {
    match place {
        INPUT => Place::Input,
        at => Place::Arena(at as usize),
    }
}

/// The `count` multipliers of `weighted` in the table (significands,
/// shifts).
fn requants<'t>(
    table: (&'t [i32], &'t [i8]),
    weighted: &Weighted<'_>,
    count: usize,
) -> Option<Compact<'t>> {
    let range = weighted.first..weighted.first.checked_add(count)?;
    Compact::new(table.0.get(range.clone())?, table.1.get(range)?)
}

/// One step: `None` if its places or entry do not hold, or if it runs a
/// kernel not in `KINDS` (each arm tests its bit, a constant, so the
/// others' code goes). Not generic over the tables' sizes.
fn run<const KINDS: u32>(
    op: &Step,
    entry: &Entry<'_>,
    table: (&[i32], &[i8]),
    input: &[i8],
    arena: &mut [i8],
) -> Option<()> {
    match (*op, entry) {
        (
            Step::Copy {
                from,
                to,
                positions,
                width,
                from_stride,
                from_offset,
                to_stride,
                to_offset,
            },
            Entry::Copy,
        ) if KINDS & kernel::COPY != 0 => {
            let (from, to) = (at(from), at(to));
            let [positions, width, from_stride, from_offset, to_stride, to_offset] = [
                positions,
                width,
                from_stride,
                from_offset,
                to_stride,
                to_offset,
            ]
            .map(|n| n as usize);
            let from_len = positions.checked_mul(from_stride)?;
            let to_len = positions.checked_mul(to_stride)?;
            let (x, y) = carve(input, arena, from, from_len, to, to_len)?;
            for p in 0..positions {
                let source = x.get(p * from_stride + from_offset..)?.get(..width)?;
                y.get_mut(p * to_stride + to_offset..)?
                    .get_mut(..width)?
                    .copy_from_slice(source);
            }
            Some(())
        }
        (
            Step::Layer {
                input: shape, x, y, ..
            },
            Entry::Same,
        ) => {
            if x == y {
                return Some(());
            }
            let len = nhwc(shape)?.1;
            let (x, y) = carve(input, arena, at(x), len, at(y), len)?;
            y.copy_from_slice(x);
            Some(())
        }
        (
            Step::Layer {
                input: shape,
                output,
                x,
                y,
                scratch,
            },
            entry,
        ) => {
            let ((i, x_len), (o, y_len)) = (nhwc(shape)?, nhwc(output)?);
            let (x, y, scratch) = (at(x), at(y), scratch as usize);
            match entry {
                Entry::Conv { params, weighted } => {
                    if KINDS & kernel::CONV == 0 {
                        return None;
                    }
                    let (x, y) = carve(input, arena, x, x_len, y, y_len)?;
                    let requants = requants(table, weighted, o.c)?;
                    let (kh, kw) = (params.window.kh, params.window.kw);
                    let taps = o.c.checked_mul(kh)?.checked_mul(kw)?;
                    let per_group = weighted.filter.len().checked_div(taps)?;
                    quant::conv::conv(
                        params,
                        x,
                        i,
                        weighted.filter,
                        [o.c, kh, kw, per_group],
                        weighted.bias,
                        requants,
                        y,
                        o,
                    );
                }
                Entry::Depthwise { params, weighted } => {
                    if KINDS & kernel::DEPTHWISE == 0 {
                        return None;
                    }
                    let (x, y) = carve(input, arena, x, x_len, y, y_len)?;
                    let requants = requants(table, weighted, o.c)?;
                    quant::depthwise::depthwise(
                        params,
                        x,
                        i,
                        weighted.filter,
                        [params.window.kh, params.window.kw],
                        weighted.bias,
                        requants,
                        y,
                        o,
                    );
                }
                Entry::Dense {
                    params,
                    weighted,
                    softmax,
                    per_tensor,
                } => {
                    if KINDS & kernel::DENSE == 0 {
                        return None;
                    }
                    let requants = requants(table, weighted, if *per_tensor { 1 } else { o.c })?;
                    match softmax {
                        None => {
                            let (x, y) = carve(input, arena, x, x_len, y, y_len)?;
                            quant::fully_connected::fully_connected(
                                params,
                                x,
                                1,
                                weighted.filter,
                                weighted.bias,
                                requants,
                                y,
                            );
                        }
                        Some(softmax) => {
                            // The logits in the step's scratch, then
                            // their softmax at `y`.
                            let logits = Place::Arena(scratch);
                            let (x, s) = carve(input, arena, x, x_len, logits, y_len)?;
                            quant::fully_connected::fully_connected(
                                params,
                                x,
                                1,
                                weighted.filter,
                                weighted.bias,
                                requants,
                                s,
                            );
                            let (s, y) = carve(input, arena, logits, y_len, y, y_len)?;
                            quant::softmax::softmax(softmax, s, y_len, y);
                        }
                    }
                }
                Entry::MaxPool(params) => {
                    if KINDS & kernel::MAX_POOL == 0 {
                        return None;
                    }
                    let (x, y) = carve(input, arena, x, x_len, y, y_len)?;
                    quant::pool::max(params, x, i, y, o);
                }
                Entry::AvgPool(params) => {
                    if KINDS & kernel::AVG_POOL == 0 {
                        return None;
                    }
                    let (x, y) = carve(input, arena, x, x_len, y, y_len)?;
                    if !quant::pool::average(params, x, i, y, o) {
                        return None;
                    }
                }
                Entry::Softmax(params) => {
                    if KINDS & kernel::SOFTMAX == 0 {
                        return None;
                    }
                    let (x, y) = carve(input, arena, x, x_len, y, y_len)?;
                    quant::softmax::softmax(params, x, o.c, y);
                }
                Entry::TransposeConv { params, weighted } => {
                    if KINDS & kernel::TRANSPOSE_CONV == 0 {
                        return None;
                    }
                    let (x, y) = carve(input, arena, x, x_len, y, y_len)?;
                    let requants = requants(table, weighted, o.c)?;
                    quant::transpose_conv::transpose_conv(
                        params,
                        x,
                        i,
                        weighted.filter,
                        [o.c, params.window.kh, params.window.kw, i.c],
                        weighted.bias,
                        requants,
                        y,
                        o,
                    );
                }
                Entry::Mean(params) => {
                    if KINDS & kernel::MEAN == 0 {
                        return None;
                    }
                    let (x, y) = carve(input, arena, x, x_len, y, y_len)?;
                    quant::mean::mean(params, x, i.c, y);
                }
                Entry::Pad { before, value } => {
                    if KINDS & kernel::PAD == 0 {
                        return None;
                    }
                    let (x, y) = carve(input, arena, x, x_len, y, y_len)?;
                    quant::pad::pad(
                        x,
                        [1, i.h, i.w, i.c],
                        *before,
                        *value,
                        y,
                        [1, o.h, o.w, o.c],
                    );
                }
                Entry::Resize { params, bilinear } => {
                    if KINDS & kernel::RESIZE == 0 {
                        return None;
                    }
                    let (x, y) = carve(input, arena, x, x_len, y, y_len)?;
                    match bilinear {
                        true => quant::resize::bilinear(params, x, i, y, o),
                        false => quant::resize::nearest(params, x, i, y, o),
                    }
                }
                Entry::Relu(p) if KINDS & kernel::RELU != 0 => {
                    unary(input, arena, x, y, y_len, |a, b| quant::relu::relu(p, a, b))?
                }
                Entry::Relu6(p) if KINDS & kernel::RELU6 != 0 => {
                    unary(input, arena, x, y, y_len, |a, b| {
                        quant::relu::relu6(p, a, b)
                    })?
                }
                Entry::LeakyRelu(p) if KINDS & kernel::LEAKY_RELU != 0 => {
                    unary(input, arena, x, y, y_len, |a, b| {
                        quant::relu::leaky_relu(p, a, b)
                    })?
                }
                Entry::Logistic(p) if KINDS & kernel::LOGISTIC != 0 => {
                    unary(input, arena, x, y, y_len, |a, b| {
                        quant::logistic::logistic(p, a, b)
                    })?
                }
                Entry::Tanh(p) if KINDS & kernel::TANH != 0 => {
                    unary(input, arena, x, y, y_len, |a, b| {
                        quant::logistic::tanh(p, a, b)
                    })?
                }
                Entry::HardSwish(p) if KINDS & kernel::HARD_SWISH != 0 => {
                    unary(input, arena, x, y, y_len, |a, b| {
                        quant::hardswish::hardswish(p, a, b)
                    })?
                }
                Entry::Relu(_)
                | Entry::Relu6(_)
                | Entry::LeakyRelu(_)
                | Entry::Logistic(_)
                | Entry::Tanh(_)
                | Entry::HardSwish(_)
                | Entry::Same
                | Entry::Copy
                | Entry::Add { .. }
                | Entry::Mul { .. } => return None,
            }
            Some(())
        }
        (
            Step::Add {
                a,
                b,
                y,
                len,
                channels,
                broadcast,
            },
            Entry::Add { params, swapped },
        ) if KINDS & kernel::ADD != 0 => binary(
            input,
            arena,
            [at(a), at(b), at(y)],
            [len as usize, channels as usize],
            broadcast,
            *swapped,
            |x, y| params.add(x, y),
        ),
        (
            Step::Mul {
                map,
                gate,
                y,
                len,
                channels,
                broadcast,
            },
            Entry::Mul { params, swapped },
        ) if KINDS & kernel::MUL != 0 => binary(
            input,
            arena,
            [at(map), at(gate), at(y)],
            [len as usize, channels as usize],
            broadcast,
            *swapped,
            |x, y| params.mul(x, y),
        ),
        _ => None,
    }
}

/// An element-wise kernel on `len` values from `x` into `y`, which may
/// be the same place (a layer the plan runs in place): then each block of
/// values is copied aside first, so the kernel never reads what it wrote.
fn unary(
    input: &[i8],
    arena: &mut [i8],
    x: Place,
    y: Place,
    len: usize,
    kernel: impl Fn(&[i8], &mut [i8]),
) -> Option<()> {
    if x != y {
        let (x, y) = carve(input, arena, x, len, y, len)?;
        kernel(x, y);
        return Some(());
    }
    let Place::Arena(at) = y else { return None };
    let values = arena.get_mut(span(at, len)?)?;
    let mut block = [0i8; 64];
    for chunk in values.chunks_mut(block.len()) {
        let aside = &mut block[..chunk.len()];
        aside.copy_from_slice(chunk);
        kernel(aside, chunk);
    }
    Some(())
}

/// An element-wise kernel of two inputs, `f(first, second)` value by
/// value, TFLite's first input `b` when `swapped`; `b` is one position of
/// `channels` values for every position of `a` with `broadcast`. `y` may
/// be `a` or `b` (in place), each value read before it is written, but
/// may not overlap either otherwise.
fn binary(
    input: &[i8],
    arena: &mut [i8],
    [a, b, y]: [Place; 3],
    [len, channels]: [usize; 2],
    broadcast: bool,
    swapped: bool,
    f: impl Fn(i8, i8) -> i8,
) -> Option<()> {
    let Place::Arena(at) = y else { return None };
    let ys = span(at, len)?;
    let b_len = if broadcast { channels } else { len };
    for (place, n) in [(a, len), (b, b_len)] {
        let reads = match place {
            Place::Input => {
                if input.len() < n {
                    return None;
                }
                continue;
            }
            Place::Arena(from) => span(from, n)?,
        };
        let disjoint = reads.end <= ys.start || ys.end <= reads.start;
        if reads.end > arena.len() || !(disjoint || reads == ys) {
            return None;
        }
    }
    if ys.end > arena.len() || (broadcast && channels == 0) {
        return None;
    }
    let value = |arena: &[i8], place: Place, i: usize| match place {
        Place::Input => input[i],
        Place::Arena(from) => arena[from + i],
    };
    for i in 0..len {
        let first = value(arena, a, i);
        let second = value(arena, b, if broadcast { i % channels } else { i });
        arena[at + i] = if swapped {
            f(second, first)
        } else {
            f(first, second)
        };
    }
    Some(())
}

#[cfg(test)]
#[path = "run_tests.rs"]
mod tests;
