//! The arithmetic of a window sliding over a feature map: padding, the
//! output size on each axis, and the errors when the window does not fit.

use crate::arith::{add, mul, tri};
use crate::{Axes, Error, Field, Shape};

/// How a windowed layer pads its input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Padding {
    /// No padding (`pad valid`, the default).
    Valid,
    /// Keras/TensorFlow `same`: the output is `ceil(input / stride)`.
    Same,
    /// PyTorch-style symmetric padding on each side, per axis
    /// (`pad 1`, `pad 1x2`).
    Explicit(Axes),
}

/// The output size along one axis of a window sliding over `input`:
/// `floor((I + 2P - D*(K-1) - 1)/S) + 1`, or with `ceil` PyTorch's
/// `ceil_mode` (rounded up, but the last window must start inside the input
/// or its left padding). `None` if the window does not fit in the padded
/// input, a number is zero, or the arithmetic overflows.
///
/// ```
/// use cnn_core::output_size;
/// assert_eq!(output_size(32, 5, 1, 0, 1, false), Some(28));
/// assert_eq!(output_size(55, 3, 2, 0, 1, true), Some(27));
/// assert_eq!(output_size(4, 5, 1, 0, 1, false), None);
/// ```
pub const fn output_size(
    input: u64,
    kernel: u64,
    stride: u64,
    padding: u64,
    dilation: u64,
    ceil: bool,
) -> Option<u64> {
    if input == 0 || kernel == 0 || stride == 0 || dilation == 0 {
        return None;
    }
    let extent = match dilation.checked_mul(kernel - 1) {
        Some(span) => match span.checked_add(1) {
            Some(extent) => extent,
            None => return None,
        },
        None => return None,
    };
    let padded = match padding.checked_mul(2) {
        Some(both) => match input.checked_add(both) {
            Some(padded) => padded,
            None => return None,
        },
        None => return None,
    };
    if extent > padded {
        return None;
    }
    let room = padded - extent;
    // `room < u64::MAX` since `extent >= 1`, so neither `+ 1` overflows.
    let floor = room / stride + 1;
    if !ceil {
        return Some(floor);
    }
    let rounded_up = room.div_ceil(stride) + 1;
    // PyTorch drops the extra window that rounding up adds when it would
    // start in the right padding (`(out - 1) * stride >= input + padding`);
    // `input + padding <= padded` cannot overflow.
    if rounded_up > floor {
        let starts_in_right_padding = match (rounded_up - 1).checked_mul(stride) {
            Some(start) => start >= input + padding,
            None => true,
        };
        if starts_in_right_padding {
            return Some(floor);
        }
    }
    Some(rounded_up)
}

/// A window as it slides: every number that decides where it lands,
/// defaults filled in and laid over the input's axes.
pub(crate) struct Window {
    /// Per axis, before dilation; 1 past the input's rank.
    pub(crate) kernel: [u64; 3],
    pub(crate) stride: [u64; 3],
    /// Per axis on each side; `None` for `pad same`.
    pub(crate) padding: Option<[u64; 3]>,
    pub(crate) dilation: [u64; 3],
    pub(crate) ceil: bool,
    /// Pooling refuses padding over half its window, as PyTorch does.
    pub(crate) pooling: bool,
}

impl Window {
    /// The output of the window over `input`, with `channels_out` channels.
    pub(crate) const fn slide(&self, input: Shape, channels_out: u64) -> Result<Shape, Error> {
        let rank = input.rank();
        if rank == 0 {
            return Err(Error::NeedsSpatial { input });
        }
        let sizes = input.axes();
        let Some(pad) = self.padding else {
            let mut out = [1; 3];
            let mut axis = 0;
            while axis < rank {
                out[axis] = sizes[axis].div_ceil(self.stride[axis]);
                axis += 1;
            }
            return Ok(Shape::of_axes(out, rank, channels_out));
        };
        let mut extent = [1; 3];
        let mut padded = [1; 3];
        let mut axis = 0;
        while axis < rank {
            extent[axis] = tri!(add(
                tri!(mul(
                    self.dilation[axis],
                    self.kernel[axis] - 1,
                    Field::Dilation
                )),
                1,
                Field::Dilation
            ));
            axis += 1;
        }
        let mut axis = 0;
        while axis < rank {
            if self.pooling && pad[axis] > extent[axis] / 2 {
                return Err(Error::PoolPaddingTooLarge {
                    padding: pad,
                    window: extent,
                    rank: rank as u8,
                });
            }
            axis += 1;
        }
        let mut fits = true;
        let mut axis = 0;
        while axis < rank {
            padded[axis] = tri!(add(
                sizes[axis],
                tri!(mul(pad[axis], 2, Field::Padding)),
                Field::Padding
            ));
            fits &= padded[axis] >= extent[axis];
            axis += 1;
        }
        if !fits {
            return Err(Error::WindowTooLarge {
                window: extent,
                padding: pad,
                padded,
                input,
            });
        }
        let mut out = [1; 3];
        let mut axis = 0;
        while axis < rank {
            out[axis] = match output_size(
                sizes[axis],
                self.kernel[axis],
                self.stride[axis],
                pad[axis],
                self.dilation[axis],
                self.ceil,
            ) {
                Some(size) => size,
                // The window fits and nothing overflowed above, so
                // `output_size` cannot fail; say so rather than panic.
                None => {
                    return Err(Error::Overflow {
                        field: Field::Shape,
                    })
                }
            };
            axis += 1;
        }
        Ok(Shape::of_axes(out, rank, channels_out))
    }

    /// The output of the window run backwards over `input`, as a
    /// transposed convolution does, per axis
    /// `(I-1)*S - 2P + D*(K-1) + outpad + 1`; `pad same` gives `I*S`, as
    /// Keras's `Conv2DTranspose` does.
    pub(crate) const fn slide_back(
        &self,
        input: Shape,
        channels_out: u64,
        outpad: [u64; 3],
    ) -> Result<Shape, Error> {
        let rank = input.rank();
        if rank == 0 {
            return Err(Error::NeedsSpatial { input });
        }
        let sizes = input.axes();
        let mut axis = 0;
        while axis < rank {
            // PyTorch: "output padding must be smaller than either stride
            // or dilation".
            if outpad[axis] >= self.stride[axis] && outpad[axis] >= self.dilation[axis] {
                return Err(Error::OutPadTooLarge {
                    outpad,
                    stride: self.stride,
                    dilation: self.dilation,
                    rank: rank as u8,
                });
            }
            axis += 1;
        }
        let mut out = [1; 3];
        let mut axis = 0;
        while axis < rank {
            out[axis] = match self.padding {
                None => tri!(mul(sizes[axis], self.stride[axis], Field::Shape)),
                Some(pad) => {
                    let reach = tri!(mul(
                        self.dilation[axis],
                        self.kernel[axis] - 1,
                        Field::Dilation
                    ));
                    // In u128: the uncropped output may pass u64::MAX
                    // while the cropped one fits (a huge kernel with a
                    // huge padding), and only the cropped one is a size.
                    let stretched = (sizes[axis] - 1) as u128 * self.stride[axis] as u128;
                    let full = stretched.saturating_add(reach as u128 + outpad[axis] as u128 + 1);
                    let both = 2 * pad[axis] as u128;
                    let max = u64::MAX as u128;
                    if full <= both && full <= max {
                        return Err(Error::PaddingCropsAll {
                            padding: pad[axis],
                            full: full as u64,
                        });
                    }
                    if full <= both {
                        // Cropped away, from an uncropped size past u64.
                        return Err(Error::Overflow {
                            field: Field::Padding,
                        });
                    }
                    if full - both > max {
                        return Err(Error::Overflow {
                            field: Field::Shape,
                        });
                    }
                    (full - both) as u64
                }
            };
            axis += 1;
        }
        Ok(Shape::of_axes(out, rank, channels_out))
    }
}
