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

use crate::arith::digits;
use crate::{Activation, Axes, Kind, LayerSpec, Padding, Shape};

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
                x,
                y,
                weights,
                scratch,
            } => {
                self.number(0, sink);
                self.spec(&spec, sink);
                self.shape(input, sink);
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

/// Why a program could not be read: it is not one [`Writer`] wrote.
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
    pub fn op(&mut self) -> Result<Op, Malformed> {
        let at = self.at;
        Ok(match self.number()? {
            0 => Op::Layer {
                spec: self.spec()?,
                input: self.shape()?,
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
