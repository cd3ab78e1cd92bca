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
use crate::{Error, Field, Kind, LayerSpec, Padding, Shape};

/// The receptive field of a layer's outputs, `[height, width]` on each
/// field.
///
/// ```
/// use cnn::{Kind, LayerSpec, ReceptiveField, Shape};
/// // Two 3x3 convolutions see 5x5 pixels, as VGG's paper says.
/// let conv = LayerSpec::new(Kind::Conv).window(3, 3).count(8);
/// let rf = ReceptiveField::INPUT
///     .through(&conv, Shape::spatial(32, 32, 3))
///     .and_then(|rf| rf.through(&conv, Shape::spatial(30, 30, 8)))
///     .unwrap();
/// assert_eq!(rf.size, [5, 5]);
/// assert_eq!(rf.jump, [1, 1]);
/// assert_eq!(rf.start, [0, 0]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ReceptiveField {
    /// How many input pixels one output sees, `[height, width]`.
    pub size: [u64; 2],
    /// How many input pixels apart two neighbouring outputs are.
    pub jump: [u64; 2],
    /// The first input pixel the first output sees (its top or left edge);
    /// negative when padding reaches outside the image. Its centre is
    /// `start + (size - 1) / 2`.
    pub start: [i64; 2],
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
        size: [1, 1],
        jump: [1, 1],
        start: [0, 0],
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

    /// Both axes through a window over a `height x width` input.
    const fn window(
        self,
        extent: [u64; 2],
        stride: [u64; 2],
        padding: [u64; 2],
    ) -> Result<ReceptiveField, Error> {
        match self.window_axis(0, extent[0], stride[0], padding[0]) {
            Ok(rf) => rf.window_axis(1, extent[1], stride[1], padding[1]),
            Err(error) => Err(error),
        }
    }

    /// The field of a layer that sees its whole `height x width` input
    /// (global pooling, or a vector made from a feature map). Its output has
    /// no neighbours along the map, so the jump is kept as it was: where a
    /// squeeze-excite gate joins the map it scales, the map's jump stands.
    const fn whole(self, size: [u64; 2]) -> Result<ReceptiveField, Error> {
        let mut next = self;
        let mut axis = 0;
        while axis < 2 {
            next.size[axis] = match grow(self.size[axis], size[axis] - 1, self.jump[axis]) {
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
        let [height, width] = match input.spatial_size() {
            Some(size) => size,
            // A vector's values already see the whole image.
            None => return Ok(self),
        };
        match spec.kind {
            Kind::Input => Ok(ReceptiveField::INPUT),
            Kind::Conv
            | Kind::DepthwiseConv
            | Kind::SeparableConv
            | Kind::MaxPool
            | Kind::AvgPool => {
                let stride = spec.effective_stride();
                let mut extent = [0; 2];
                let mut axis = 0;
                while axis < 2 {
                    extent[axis] = match mul(
                        spec.dilation[axis],
                        spec.window[axis] - 1,
                        Field::ReceptiveField,
                    ) {
                        // With `pad same` nothing else bounds the window,
                        // so even the `+ 1` may overflow.
                        Ok(span) => match span.checked_add(1) {
                            Some(extent) => extent,
                            None => return Err(overflow()),
                        },
                        Err(error) => return Err(error),
                    };
                    axis += 1;
                }
                let padding = match spec.padding {
                    Padding::Valid => [0, 0],
                    Padding::Explicit(padding) => padding,
                    Padding::Same => [
                        same_padding(height, extent[0], stride[0]),
                        same_padding(width, extent[1], stride[1]),
                    ],
                };
                self.window(extent, stride, padding)
            }
            Kind::ZeroPad => self.window([1, 1], [1, 1], spec.window),
            Kind::GlobalAvgPool
            | Kind::GlobalMaxPool
            | Kind::Flatten
            | Kind::Dense
            | Kind::Softmax => self.whole([height, width]),
            Kind::AdaptiveAvgPool => {
                // Output i pools inputs floor(i*I/O) to ceil((i+1)*I/O): a
                // window of I/O with stride I/O when O divides I; otherwise
                // windows of ceil(I/O) or one more, counted at the largest.
                let mut extent = [0; 2];
                let mut stride = [0; 2];
                let sizes = [height, width];
                let mut axis = 0;
                while axis < 2 {
                    let (input, output) = (sizes[axis], spec.window[axis]);
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
                    extent[axis] = if input % output == 0 {
                        input / output
                    } else {
                        input / output + 2
                    };
                    if extent[axis] > input {
                        extent[axis] = input;
                    }
                    axis += 1;
                }
                self.window(extent, stride, [0, 0])
            }
            // Upsampling makes the jump a fraction of an input pixel,
            // which this field does not hold: it keeps the jump of the
            // input, so a field after an upsampling is an upper bound
            // (docs/json-schema.md says so). A transposed convolution
            // grows the size by its kernel as a convolution does.
            Kind::Upsample | Kind::Resize => Ok(self),
            Kind::ConvTranspose => self.window(
                [
                    match spec.dilation[0].checked_mul(spec.window[0] - 1) {
                        Some(span) if span < u64::MAX => span + 1,
                        _ => return Err(overflow()),
                    },
                    match spec.dilation[1].checked_mul(spec.window[1] - 1) {
                        Some(span) if span < u64::MAX => span + 1,
                        _ => return Err(overflow()),
                    },
                ],
                [1, 1],
                [0, 0],
            ),
            Kind::Activation(_)
            | Kind::PRelu
            | Kind::BatchNorm
            | Kind::Dropout
            | Kind::LayerNorm
            | Kind::GroupNorm
            | Kind::Scale
            | Kind::Shuffle
            | Kind::Block(_) => Ok(self),
        }
    }

    /// The field where branches join (`add`, `concat`, `mul`): an output
    /// sees what any branch sees, so the largest size and jump and the
    /// earliest start.
    pub const fn join(self, other: ReceptiveField) -> ReceptiveField {
        let mut joined = self;
        let mut axis = 0;
        while axis < 2 {
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
    /// let before = ReceptiveField { size: [3, 3], jump: [1, 1], start: [-1, -1] };
    /// // A 3x3 conv with padding 1: +2 in size, start moves back by 1.
    /// let after = ReceptiveField { size: [5, 5], jump: [1, 1], start: [-2, -2] };
    /// let ten = before.repeat(after, 10).unwrap();
    /// assert_eq!(ten.size, [23, 23]);
    /// assert_eq!(ten.start, [-11, -11]);
    /// ```
    pub const fn repeat(self, after: ReceptiveField, rounds: u64) -> Result<ReceptiveField, Error> {
        let mut result = self;
        let mut axis = 0;
        while axis < 2 {
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
