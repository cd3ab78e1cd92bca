//! Receptive fields: which input pixels one output value can see, by the
//! standard arithmetic (Araujo et al., "Computing Receptive Fields of
//! Convolutional Neural Networks", Distill 2019), on each axis:
//!
//! - size: `r_out = r_in + (K - 1) * D * j_in`
//! - jump (the distance in input pixels between neighbouring outputs):
//!   `j_out = j_in * S`
//! - start (the first input pixel the first output sees; negative where
//!   padding reaches outside the image): `start_out = start_in - P * j_in`

use crate::arith::mul;
use crate::{Class, Error, Field, Kind, LayerSpec, Shape};

/// The receptive field of a layer's outputs, per spatial axis of the
/// input (`[height, width, 1]` for an image; axes past the input's rank
/// stay 1, 1, 0).
///
/// ```
/// use cnn_core::{Kind, LayerSpec, ReceptiveField, Shape};
/// // Two 3x3 convolutions see 5x5 pixels, as VGG's paper says.
/// let conv = LayerSpec::new(Kind::Conv).window(3, 3).count(8);
/// let rf = ReceptiveField::INPUT
///     .through(&conv, Shape::spatial(32, 32, 3))
///     .and_then(|rf| rf.through(&conv, Shape::spatial(30, 30, 8)))
///     .unwrap();
/// assert_eq!(rf.size, [5, 5, 1]);
/// assert_eq!(rf.jump, [1, 1, 1]);
/// assert_eq!(rf.start, [0, 0, 0]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ReceptiveField {
    /// How many input pixels one output sees, per axis.
    pub size: [u64; 3],
    /// How many input pixels apart two neighbouring outputs are.
    pub jump: [u64; 3],
    /// The first input pixel the first output sees (its top or left edge);
    /// negative when padding reaches outside the image. Its centre is
    /// `start + (size - 1) / 2`.
    pub start: [i64; 3],
}

const fn overflow() -> Error {
    Error::Overflow {
        field: Field::ReceptiveField,
    }
}

/// `start - padding * jump`, checked: exact in `i128`, an error if the
/// result does not fit in `i64`.
const fn shift(start: i64, padding: u64, jump: u64) -> Result<i64, Error> {
    let back = match (padding as i128).checked_mul(jump as i128) {
        Some(back) => back,
        None => return Err(overflow()),
    };
    let moved = start as i128 - back;
    if moved < i64::MIN as i128 {
        Err(overflow())
    } else {
        Ok(moved as i64)
    }
}

/// `size + extra * jump`, checked.
const fn grow(size: u64, extra: u64, jump: u64) -> Result<u64, Error> {
    match extra.checked_mul(jump) {
        Some(more) => match size.checked_add(more) {
            Some(size) => Ok(size),
            None => Err(overflow()),
        },
        None => Err(overflow()),
    }
}

impl ReceptiveField {
    /// An input pixel sees itself.
    pub const INPUT: ReceptiveField = ReceptiveField {
        size: [1; 3],
        jump: [1; 3],
        start: [0; 3],
    };

    /// One axis through a window `kernel` (dilation included) with `stride`
    /// and `padding` before the first input.
    const fn window_axis(
        self,
        axis: usize,
        extent: u64,
        stride: u64,
        padding: u64,
    ) -> Result<ReceptiveField, Error> {
        let mut next = self;
        next.size[axis] = match grow(self.size[axis], extent - 1, self.jump[axis]) {
            Ok(size) => size,
            Err(error) => return Err(error),
        };
        next.jump[axis] = match mul(self.jump[axis], stride, Field::ReceptiveField) {
            Ok(jump) => jump,
            Err(error) => return Err(error),
        };
        next.start[axis] = match shift(self.start[axis], padding, self.jump[axis]) {
            Ok(start) => start,
            Err(error) => return Err(error),
        };
        Ok(next)
    }

    /// Every axis through a window: `extent` (dilation included), `stride`
    /// and `padding` before the first input, per axis; 1, 1 and 0 on the
    /// axes an input does not have, which leave them as they are.
    const fn window(
        self,
        extent: [u64; 3],
        stride: [u64; 3],
        padding: [u64; 3],
    ) -> Result<ReceptiveField, Error> {
        let mut next = self;
        let mut axis = 0;
        while axis < 3 {
            next = match next.window_axis(axis, extent[axis], stride[axis], padding[axis]) {
                Ok(next) => next,
                Err(error) => return Err(error),
            };
            axis += 1;
        }
        Ok(next)
    }

    /// The field of a layer that sees its whole input, `size` per axis
    /// (global pooling, or a vector made from a feature map). Its output has
    /// no neighbours along the map, so the jump is kept as it was: where a
    /// squeeze-excite gate joins the map it scales, the map's jump stands.
    const fn whole(self, size: [u64; 3]) -> Result<ReceptiveField, Error> {
        let mut next = self;
        let mut axis = 0;
        while axis < 3 {
            next.size[axis] = match grow(
                self.size[axis],
                size[axis].saturating_sub(1),
                self.jump[axis],
            ) {
                Ok(size) => size,
                Err(error) => return Err(error),
            };
            axis += 1;
        }
        Ok(next)
    }

    /// The receptive field after `spec`, applied to `input` (whose outputs
    /// have this field). Call it after [`LayerSpec::apply`] succeeded: the
    /// layer's errors are not repeated here, only an overflow.
    pub const fn through(self, spec: &LayerSpec, input: Shape) -> Result<ReceptiveField, Error> {
        if spec.kind.info().is_input {
            // An input starts afresh, whatever came before.
            return Ok(ReceptiveField::INPUT);
        }
        if !input.is_spatial() {
            // A vector's values already see the whole image.
            return Ok(self);
        }
        let sizes = input.axes();
        let axes = match spec.on_axes(input) {
            Ok(axes) => axes,
            // `apply` reports it; the field has nothing to add.
            Err(_) => return Ok(self),
        };
        let rank = axes.rank;
        // The window's extent, dilation included: `D*(K-1) + 1`.
        let mut extent = [1; 3];
        let mut axis = 0;
        while axis < rank {
            extent[axis] =
                match axes.dilation[axis].checked_mul(axes.window[axis].saturating_sub(1)) {
                    // With `pad same` nothing else bounds the window, so even
                    // the `+ 1` may overflow.
                    Some(span) if span < u64::MAX => span + 1,
                    _ => return Err(overflow()),
                };
            axis += 1;
        }
        match spec.kind.info().class {
            Class::Input => Ok(ReceptiveField::INPUT),
            Class::Window => {
                let padding = match axes.padding {
                    Some(padding) => padding,
                    None => {
                        let mut padding = [0; 3];
                        let mut axis = 0;
                        while axis < rank {
                            padding[axis] =
                                same_padding(sizes[axis], extent[axis], axes.stride[axis]);
                            axis += 1;
                        }
                        padding
                    }
                };
                self.window(extent, axes.stride, padding)
            }
            Class::Pad => self.window([1; 3], [1; 3], axes.window),
            Class::Flatten | Class::Dense => self.whole(sizes),
            Class::Global => {
                // `gap` and `gmp` are the case of an output of 1 (their
                // window is 1 on every axis), which sees the whole axis.
                // Output i pools inputs floor(i*I/O) to ceil((i+1)*I/O): a
                // window of I/O with stride I/O when O divides I; otherwise
                // windows of ceil(I/O) or one more, counted at the largest.
                let mut extent = [1; 3];
                let mut stride = [1; 3];
                let mut axis = 0;
                while axis < rank {
                    // A size of 0 is an error `apply` reports; here it
                    // must not divide by zero.
                    let output = if axes.window[axis] == 0 {
                        1
                    } else {
                        axes.window[axis]
                    };
                    let input = sizes[axis];
                    // One output sees the whole axis and has no neighbour,
                    // so the jump stands, as for `gap`: a squeeze-excite
                    // gate pooled to 1x1 must not multiply the jump of the
                    // map it scales (it did, and a `repeat` of such blocks
                    // overflowed u64).
                    stride[axis] = if output == 1 || input / output == 0 {
                        1
                    } else {
                        input / output
                    };
                    extent[axis] = if input.is_multiple_of(output) {
                        input / output
                    } else {
                        input / output + 2
                    };
                    if extent[axis] > input {
                        extent[axis] = input;
                    }
                    axis += 1;
                }
                self.window(extent, stride, [0; 3])
            }
            // Upsampling makes the jump a fraction of an input pixel,
            // which this field does not hold: it keeps the jump of the
            // input, so a field after an upsampling is an upper bound
            // (docs/json-schema.md says so); a shuffle moves channels, not
            // positions. A transposed convolution grows the size by its
            // kernel as a convolution does. `spacetodepth B` gathers each
            // block of B positions per axis into one: a window of B,
            // stride B.
            Class::Resample if matches!(spec.kind, Kind::SpaceToDepth) => {
                let mut block = [1; 3];
                let mut axis = 0;
                while axis < input.rank() {
                    block[axis] = spec.count;
                    axis += 1;
                }
                self.window(block, block, [0; 3])
            }
            Class::Resample => Ok(self),
            Class::TransposedWindow => self.window(extent, [1; 3], [0; 3]),
            // A norm's statistics over the map (`groupnorm`, `grn`) are
            // not counted in the field, as batch statistics are not.
            Class::Pointwise | Class::Identity | Class::Block => Ok(self),
        }
    }

    /// The field where branches join (`add`, `concat`, `mul`): an output
    /// sees what any branch sees, so the largest size and jump and the
    /// earliest start.
    pub const fn join(self, other: ReceptiveField) -> ReceptiveField {
        let mut joined = self;
        let mut axis = 0;
        while axis < 3 {
            if other.size[axis] > joined.size[axis] {
                joined.size[axis] = other.size[axis];
            }
            if other.jump[axis] > joined.jump[axis] {
                joined.jump[axis] = other.jump[axis];
            }
            if other.start[axis] < joined.start[axis] {
                joined.start[axis] = other.start[axis];
            }
            axis += 1;
        }
        joined
    }

    /// The field after `rounds` rounds of a `repeat` body that turns
    /// `before` into `after` (one round) and gives back its shape: each
    /// round grows the size and moves the start by the same multiple of the
    /// incoming jump, and multiplies the jump by the same factor, so the
    /// rounds are computed in closed form while the jump stays, and one by
    /// one (at most 64 before `u64` overflows) when it grows.
    ///
    /// ```
    /// use cnn::ReceptiveField;
    /// let before = ReceptiveField { size: [3, 3, 1], jump: [1; 3], start: [-1, -1, 0] };
    /// // A 3x3 conv with padding 1: +2 in size, start moves back by 1.
    /// let after = ReceptiveField { size: [5, 5, 1], jump: [1; 3], start: [-2, -2, 0] };
    /// let ten = before.repeat(after, 10).unwrap();
    /// assert_eq!(ten.size, [23, 23, 1]);
    /// assert_eq!(ten.start, [-11, -11, 0]);
    /// ```
    pub const fn repeat(self, after: ReceptiveField, rounds: u64) -> Result<ReceptiveField, Error> {
        let mut result = self;
        let mut axis = 0;
        while axis < 3 {
            let jump = self.jump[axis];
            // Per unit of incoming jump: what one round adds and multiplies.
            let grows = after.size[axis].abs_diff(self.size[axis]) / jump;
            let factor = after.jump[axis] / jump;
            let moves = after.start[axis].abs_diff(self.start[axis]) / jump;
            if factor == 1 {
                result.size[axis] = match grow(
                    self.size[axis],
                    grows,
                    match mul(jump, rounds, Field::ReceptiveField) {
                        Ok(total) => total,
                        Err(error) => return Err(error),
                    },
                ) {
                    Ok(size) => size,
                    Err(error) => return Err(error),
                };
                result.start[axis] = match shift(
                    self.start[axis],
                    moves,
                    match mul(jump, rounds, Field::ReceptiveField) {
                        Ok(total) => total,
                        Err(error) => return Err(error),
                    },
                ) {
                    Ok(start) => start,
                    Err(error) => return Err(error),
                };
            } else {
                let mut round = 0;
                let (mut size, mut start, mut jump) = (self.size[axis], self.start[axis], jump);
                while round < rounds {
                    size = match grow(size, grows, jump) {
                        Ok(size) => size,
                        Err(error) => return Err(error),
                    };
                    start = match shift(start, moves, jump) {
                        Ok(start) => start,
                        Err(error) => return Err(error),
                    };
                    jump = match mul(jump, factor, Field::ReceptiveField) {
                        Ok(jump) => jump,
                        Err(error) => return Err(error),
                    };
                    round += 1;
                }
                result.size[axis] = size;
                result.start[axis] = start;
                result.jump[axis] = jump;
            }
            axis += 1;
        }
        Ok(result)
    }
}

/// The padding before the first input that `pad same` adds on an axis:
/// TensorFlow pads `max((ceil(I/S) - 1) * S + K - I, 0)` in all, the
/// smaller half first. Exact in `u128`; half of it always fits in `u64`.
const fn same_padding(input: u64, extent: u64, stride: u64) -> u64 {
    let out = input.div_ceil(stride) as u128;
    let needed = (out - 1) * stride as u128 + extent as u128;
    let total = needed.saturating_sub(input as u128);
    (total / 2) as u64
}
