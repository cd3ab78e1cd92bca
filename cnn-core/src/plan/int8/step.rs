//! The int8 program's steps as the runner takes them: places and the
//! NHWC sizes of each layer's input and output, fixed-width numbers the
//! macro writes as a constant array, so that a firmware's `forward_int8`
//! decodes no program and runs no shape rule. Which kernel a layer runs
//! is the tables' entry for its step; the layer's spec is the loader's
//! business (`from_tflite` reads the program itself).

use crate::plan::program::{Op, Place};
use crate::Shape;

/// A place that is the caller's input rather than an offset in the arena.
pub const INPUT: u32 = u32::MAX;

/// One step of an int8 forward pass. Places are arena offsets in bytes,
/// or [`INPUT`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// A layer on `input`-sized values at `x`, its output (`output`-sized)
    /// at `y`; `[rows, columns, channels]`, a vector's `[1, 1, n]`.
    Layer {
        /// Its input.
        x: u32,
        /// Its output.
        y: u32,
        /// The input's rows, columns and channels.
        input: [u32; 3],
        /// The output's.
        output: [u32; 3],
        /// Its working space (a `softmax N`'s logits).
        scratch: u32,
    },
    /// [`Op::Copy`]: `positions` runs of `width` values.
    Copy {
        /// Where from.
        from: u32,
        /// Where to.
        to: u32,
        /// How many runs.
        positions: u32,
        /// Each run's values.
        width: u32,
        /// From one run to the next, in `from`.
        from_stride: u32,
        /// The first run's start in `from`.
        from_offset: u32,
        /// From one run to the next, in `to`.
        to_stride: u32,
        /// The first run's start in `to`.
        to_offset: u32,
    },
    /// [`Op::Add`].
    Add {
        /// One addend.
        a: u32,
        /// The other.
        b: u32,
        /// The sum.
        y: u32,
        /// Values.
        len: u32,
        /// Channels, for `broadcast`.
        channels: u32,
        /// `b` one position for every position of `a`.
        broadcast: bool,
    },
    /// [`Op::Mul`].
    Mul {
        /// The map.
        map: u32,
        /// The gate.
        gate: u32,
        /// The product.
        y: u32,
        /// Values.
        len: u32,
        /// Channels, for `broadcast`.
        channels: u32,
        /// The gate one position for every position of the map.
        broadcast: bool,
    },
}

impl Step {
    /// The step `op` is to the int8 runner; `None` for a kind of step an
    /// int8 program does not hold, a map of more than two spatial axes, or
    /// a number past `u32`.
    pub fn of(op: &Op) -> Option<Step> {
        let n = |v: usize| u32::try_from(v).ok();
        Some(match *op {
            Op::Layer {
                input,
                output,
                x,
                y,
                scratch,
                ..
            } => Step::Layer {
                x: place(x)?,
                y: place(y)?,
                input: nhwc(input)?,
                output: nhwc(output)?,
                scratch: n(scratch)?,
            },
            Op::Copy {
                from,
                to,
                positions,
                width,
                from_stride,
                from_offset,
                to_stride,
                to_offset,
            } => Step::Copy {
                from: place(from)?,
                to: place(to)?,
                positions: n(positions)?,
                width: n(width)?,
                from_stride: n(from_stride)?,
                from_offset: n(from_offset)?,
                to_stride: n(to_stride)?,
                to_offset: n(to_offset)?,
            },
            Op::Add {
                a,
                b,
                y,
                len,
                channels,
                broadcast,
            } => Step::Add {
                a: place(a)?,
                b: place(b)?,
                y: place(y)?,
                len: n(len)?,
                channels: n(channels)?,
                broadcast,
            },
            Op::Mul {
                map,
                gate,
                y,
                len,
                channels,
                broadcast,
            } => Step::Mul {
                map: place(map)?,
                gate: place(gate)?,
                y: place(y)?,
                len: n(len)?,
                channels: n(channels)?,
                broadcast,
            },
            Op::Sub { .. } | Op::Softmax { .. } | Op::Weigh { .. } | Op::Fused { .. } => {
                return None
            }
        })
    }
}

/// `place` as a step's: [`INPUT`], or its offset (below `u32::MAX`).
fn place(place: Place) -> Option<u32> {
    match place {
        Place::Input => Some(INPUT),
        Place::Arena(at) => u32::try_from(at).ok().filter(|&at| at != INPUT),
    }
}

/// `shape` as rows, columns and channels; `None` past two spatial axes.
fn nhwc(shape: Shape) -> Option<[u32; 3]> {
    let [h, w, d] = shape.axes();
    if shape.rank() > 2 && d != 1 {
        return None;
    }
    let n = |v: u64| u32::try_from(v).ok();
    Some([n(h)?, n(w)?, n(shape.channels())?])
}

/// The hash an image of a network's tables records of the int8 program
/// they were read for (FNV-1a, 32 bits): enough to tell an image made for
/// another declaration, in a few instructions of a microcontroller's
/// flash. The macro writes each network's as a constant.
pub const fn program_hash(program: &[u8]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < program.len() {
        hash = (hash ^ program[i] as u32).wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}
