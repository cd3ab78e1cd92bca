//! The forward pass as a program: the steps a planned network runs, each
//! with the places in the arena it reads and writes, in a compact form
//! the macro writes as one byte string and the runner decodes step by
//! step (no table of struct literals for rustc to build, no decoding at
//! compile time).
//!
//! Not a stable interface: the planner (`plan::memory`), the macro and the
//! runner (`cnn_run::forward`) change together. The form: the input's length,
//! the arena's, the output's place and length, the number of steps, then
//! each step, every number in the digits of `LAYERS`' table.

use crate::{Activation, LayerSpec, Shape};

mod read;
mod write;

pub use read::{Malformed, Reader};
pub use write::Writer;

/// Where a tensor lives: the caller's input, or an offset in the arena,
/// in `f32` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    /// The input the caller passes.
    Input,
    /// From this offset in the arena.
    Arena(usize),
}

/// One step of the forward pass.
// The runner holds one step at a time and the planner a few hundred, so
// boxing the layer's spec to even out the variants would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// One layer on `input`-shaped values at `x`, its output at `y` (the
    /// same place when it runs in place), its parameters from `weights` in
    /// the flat weights, its scratch (of `run::scratch_len`) at `scratch`.
    Layer {
        /// The layer.
        spec: LayerSpec,
        /// The shape it gets.
        input: Shape,
        /// The shape it gives (`spec.apply(input)`'s, worked out when the
        /// program is planned, so that a runner needs no shape rules).
        output: Shape,
        /// Its input.
        x: Place,
        /// Its output.
        y: Place,
        /// Where its parameters start in the flat weights.
        weights: usize,
        /// Its working space in the arena.
        scratch: usize,
    },
    /// `y = a + b` over `len` values; with `broadcast`, `b` has one value
    /// per channel (`1x1xC`) for every position of `a`. `y` may be `a` (or
    /// `b`, without `broadcast`).
    Add {
        /// One addend.
        a: Place,
        /// The other.
        b: Place,
        /// The sum.
        y: Place,
        /// How many values.
        len: usize,
        /// Channels per position.
        channels: usize,
        /// Whether `b` is one position.
        broadcast: bool,
    },
    /// `y = a - b` over `len` values (`sub`); `y` may be `a` or `b`.
    Sub {
        /// The minuend: the first branch's output.
        a: Place,
        /// The subtrahend: the second branch's output.
        b: Place,
        /// The difference.
        y: Place,
        /// How many values.
        len: usize,
    },
    /// `y = map * gate` over `len` values; with `broadcast`, the gate has
    /// one value per channel (`1x1xC`) for every position of the map.
    /// `y` may be `map` (or `gate`, without `broadcast`).
    Mul {
        /// The map.
        map: Place,
        /// The gate.
        gate: Place,
        /// The product.
        y: Place,
        /// The map's values.
        len: usize,
        /// Channels per position.
        channels: usize,
        /// Whether the gate is one position.
        broadcast: bool,
    },
    /// `mix`'s weights: at each of `positions` positions, a softmax across
    /// `paths` of each of `channels` channels, the weights of path `i`
    /// at channels `i * channels ..` of the position; `y` may be `x`.
    Softmax {
        /// The weights branch's output.
        x: Place,
        /// The weights.
        y: Place,
        /// Positions of the weights (1 when one weight per channel serves
        /// every position of the paths).
        positions: usize,
        /// The paths.
        paths: usize,
        /// Channels of each path.
        channels: usize,
    },
    /// One path of a `mix` weighed and summed: `y = w * x`, or `y += w *
    /// x` with `accumulate`, over `len` values of `channels` channels per
    /// position, `w` read at `offset` of each weights' position of
    /// `stride` values (one position for all with `broadcast`). `y` may
    /// be `x` without `accumulate`.
    Weigh {
        /// The path.
        x: Place,
        /// The weights ([`Op::Softmax`]'s).
        w: Place,
        /// The mix.
        y: Place,
        /// The path's values.
        len: usize,
        /// Channels per position.
        channels: usize,
        /// The weights' values per position (the paths times `channels`).
        stride: usize,
        /// This path's first weight in each position.
        offset: usize,
        /// Whether the weights are one position for all.
        broadcast: bool,
        /// Whether to add to `y` rather than write it.
        accumulate: bool,
    },
    /// Copies `width` channels of each of `positions` positions:
    /// `to[p * to_stride + to_offset + c] = from[p * from_stride +
    /// from_offset + c]`. A `concat` gathers its branches so, a `split`
    /// hands out its slices.
    Copy {
        /// The source.
        from: Place,
        /// The destination.
        to: Place,
        /// Positions.
        positions: usize,
        /// Channels copied per position.
        width: usize,
        /// The source's channels per position.
        from_stride: usize,
        /// The first channel copied.
        from_offset: usize,
        /// The destination's channels per position.
        to_stride: usize,
        /// The first channel written.
        to_offset: usize,
    },
    /// One layer run from its prepared parameters (`run::prepare`'s, at
    /// `prepared` in them), with what the steps after it did fused into
    /// its store: a batch norm folded into its filters, then the addition
    /// of `residual`, then `activation`. A program of these is what the
    /// prepared path runs (`plan::fuse`, with `alloc`); the steps it
    /// stands for write where it writes, so its places are theirs.
    Fused {
        /// The layer.
        spec: LayerSpec,
        /// The shape it gets.
        input: Shape,
        /// Its input.
        x: Place,
        /// Its output (and that of the steps fused into it).
        y: Place,
        /// Its working space in the arena.
        scratch: usize,
        /// Where its parameters start in the flat weights.
        weights: usize,
        /// Where its prepared parameters start.
        prepared: usize,
        /// Where the parameters of a batch norm folded into it start in
        /// the flat weights.
        norm: Option<usize>,
        /// Values added to its output, as many, apart from it.
        residual: Option<Place>,
        /// An element-wise activation applied last (never softmax).
        activation: Option<Activation>,
        /// Rows of tiles in a block when it runs by Winograd
        /// (`plan::winograd`), its blocks then at `scratch` in room the
        /// memory plan found free at this step; 0 when it does not.
        winograd: usize,
    },
}

/// What a program says before its steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Header {
    /// The input's values.
    pub input_len: usize,
    /// The arena's values.
    pub arena_len: usize,
    /// Where the output is (in the arena).
    pub output: usize,
    /// The output's values.
    pub output_len: usize,
    /// How many steps follow.
    pub steps: usize,
}
