//! The arithmetic of a window sliding over a feature map: padding, the
//! output size on each axis, and the errors when the window does not fit.

use crate::arith::{add, mul, tri};
use crate::{Error, Field, Shape};

/// How a windowed layer pads its input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Padding {
    /// No padding (`pad valid`, the default).
    Valid,
    /// Keras/TensorFlow `same`: the output is `ceil(input / stride)`.
    Same,
    /// PyTorch-style symmetric padding, `[height, width]` on each side.
    Explicit([u64; 2]),
}

/// The output size along one axis of a window sliding over `input`:
/// `floor((I + 2P - D*(K-1) - 1)/S) + 1`, or with `ceil` PyTorch's
/// `ceil_mode` (rounded up, but the last window must start inside the input
/// or its left padding). `None` if the window does not fit in the padded
/// input, a number is zero, or the arithmetic overflows.
///
/// ```
/// use cnn::output_size;
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
/// defaults already filled in.
pub(crate) struct Window {
    /// `[height, width]`, before dilation.
    pub(crate) kernel: [u64; 2],
    pub(crate) stride: [u64; 2],
    pub(crate) padding: Padding,
    pub(crate) dilation: [u64; 2],
    pub(crate) ceil: bool,
    /// Pooling refuses padding over half its window, as PyTorch does.
    pub(crate) pooling: bool,
}

impl Window {
    /// The output of the window over `input`, with `channels_out` channels.
    pub(crate) const fn slide(&self, input: Shape, channels_out: u64) -> Result<Shape, Error> {
        let [height, width] = match input.spatial_size() {
            Some(size) => size,
            None => return Err(Error::NeedsSpatial { input }),
        };
        let [sh, sw] = self.stride;
        let [ph, pw] = match self.padding {
            Padding::Same => {
                return Ok(Shape::spatial(
                    height.div_ceil(sh),
                    width.div_ceil(sw),
                    channels_out,
                ))
            }
            Padding::Valid => [0, 0],
            Padding::Explicit(pad) => pad,
        };
        let extent_h = tri!(add(
            tri!(mul(self.dilation[0], self.kernel[0] - 1, Field::Dilation)),
            1,
            Field::Dilation
        ));
        let extent_w = tri!(add(
            tri!(mul(self.dilation[1], self.kernel[1] - 1, Field::Dilation)),
            1,
            Field::Dilation
        ));
        if self.pooling && (ph > extent_h / 2 || pw > extent_w / 2) {
            return Err(Error::PoolPaddingTooLarge {
                padding: [ph, pw],
                window: [extent_h, extent_w],
            });
        }
        let padded_h = tri!(add(
            height,
            tri!(mul(ph, 2, Field::Padding)),
            Field::Padding
        ));
        let padded_w = tri!(add(width, tri!(mul(pw, 2, Field::Padding)), Field::Padding));
        if padded_h < extent_h || padded_w < extent_w {
            return Err(Error::WindowTooLarge {
                window: [extent_h, extent_w],
                padding: [ph, pw],
                padded: [padded_h, padded_w],
                input,
            });
        }
        let h = output_size(height, self.kernel[0], sh, ph, self.dilation[0], self.ceil);
        let w = output_size(width, self.kernel[1], sw, pw, self.dilation[1], self.ceil);
        match (h, w) {
            (Some(h), Some(w)) => Ok(Shape::spatial(h, w, channels_out)),
            // The window fits and nothing overflowed above, so
            // `output_size` cannot fail; say so rather than panic.
            _ => Err(Error::Overflow {
                field: Field::Shape,
            }),
        }
    }

    /// The output of the window run backwards over `input`, as a
    /// transposed convolution does, per axis
    /// `(I-1)*S - 2P + D*(K-1) + outpad + 1`; `pad same` gives `I*S`, as
    /// Keras's `Conv2DTranspose` does.
    pub(crate) const fn slide_back(
        &self,
        input: Shape,
        channels_out: u64,
        outpad: [u64; 2],
    ) -> Result<Shape, Error> {
        let sizes = match input.spatial_size() {
            Some(size) => size,
            None => return Err(Error::NeedsSpatial { input }),
        };
        let mut axis = 0;
        while axis < 2 {
            // PyTorch: "output padding must be smaller than either stride
            // or dilation".
            if outpad[axis] >= self.stride[axis] && outpad[axis] >= self.dilation[axis] {
                return Err(Error::OutPadTooLarge {
                    outpad,
                    stride: self.stride,
                    dilation: self.dilation,
                });
            }
            axis += 1;
        }
        let mut out = [0; 2];
        let mut axis = 0;
        while axis < 2 {
            let stretched = tri!(mul(sizes[axis] - 1, self.stride[axis], Field::Shape));
            out[axis] = match self.padding {
                Padding::Same => tri!(mul(sizes[axis], self.stride[axis], Field::Shape)),
                Padding::Valid | Padding::Explicit(_) => {
                    let pad = match self.padding {
                        Padding::Explicit(pad) => pad[axis],
                        Padding::Valid | Padding::Same => 0,
                    };
                    let reach = tri!(mul(
                        self.dilation[axis],
                        self.kernel[axis] - 1,
                        Field::Dilation
                    ));
                    let full = tri!(add(
                        tri!(add(stretched, reach, Field::Shape)),
                        outpad[axis] + 1,
                        Field::Shape
                    ));
                    // The padding crops the full output on both sides.
                    match full.checked_sub(2 * pad as u128 as u64) {
                        Some(size) if size > 0 && pad <= u64::MAX / 2 => size,
                        _ => {
                            return Err(Error::WindowTooLarge {
                                window: [1, 1],
                                padding: [pad, pad],
                                padded: [full, full],
                                input,
                            })
                        }
                    }
                }
            };
            axis += 1;
        }
        Ok(Shape::spatial(out[0], out[1], channels_out))
    }
}
