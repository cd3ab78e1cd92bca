//! The shape of a tensor flowing between layers: `HxWxC` or a flat `N`.

use core::fmt;

/// The shape of one sample between two layers, channels last as the
/// article writes it.
///
/// ```
/// use cnn::Shape;
/// let shape = Shape::spatial(28, 28, 8);
/// assert_eq!(shape.elements(), Some(6_272));
/// assert_eq!(format!("{shape}"), "28x28x8");
/// assert_eq!(format!("{}", Shape::Flat(120)), "120");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shape {
    /// A feature map: height, width and channels.
    Spatial {
        /// Rows.
        height: u64,
        /// Columns.
        width: u64,
        /// Channels (feature maps).
        channels: u64,
    },
    /// A flat vector of `N` values, as after `flatten` or `fc`.
    Flat(u64),
}

impl Shape {
    /// A feature map of `height x width x channels`.
    pub const fn spatial(height: u64, width: u64, channels: u64) -> Shape {
        Shape::Spatial {
            height,
            width,
            channels,
        }
    }

    /// The number of channels; a flat vector's length counts as its channels
    /// (as for `BatchNorm1d` or `PReLU` on a vector).
    pub const fn channels(&self) -> u64 {
        match *self {
            Shape::Spatial { channels, .. } => channels,
            Shape::Flat(n) => n,
        }
    }

    /// The same shape with `channels` channels (a vector: `channels`
    /// values).
    pub const fn with_channels(&self, channels: u64) -> Shape {
        match *self {
            Shape::Spatial { height, width, .. } => Shape::spatial(height, width, channels),
            Shape::Flat(_) => Shape::Flat(channels),
        }
    }

    /// `[height, width]` of a feature map, `None` for a flat vector.
    pub const fn spatial_size(&self) -> Option<[u64; 2]> {
        match *self {
            Shape::Spatial { height, width, .. } => Some([height, width]),
            Shape::Flat(_) => None,
        }
    }

    /// Whether this is a feature map rather than a flat vector.
    pub const fn is_spatial(&self) -> bool {
        matches!(self, Shape::Spatial { .. })
    }

    /// The number of values in one sample (`H*W*C` or `N`), `None` if that
    /// overflows `u64`.
    pub const fn elements(&self) -> Option<u64> {
        match *self {
            Shape::Spatial {
                height,
                width,
                channels,
            } => match height.checked_mul(width) {
                Some(area) => area.checked_mul(channels),
                None => None,
            },
            Shape::Flat(n) => Some(n),
        }
    }

    /// Equality usable in `const` code (`PartialEq` is not yet `const`).
    ///
    /// ```
    /// use cnn::Shape;
    /// const SAME: bool = Shape::spatial(5, 5, 16).same_as(&Shape::spatial(5, 5, 16));
    /// assert!(SAME);
    /// ```
    pub const fn same_as(&self, other: &Shape) -> bool {
        match (*self, *other) {
            (
                Shape::Spatial {
                    height: h1,
                    width: w1,
                    channels: c1,
                },
                Shape::Spatial {
                    height: h2,
                    width: w2,
                    channels: c2,
                },
            ) => h1 == h2 && w1 == w2 && c1 == c2,
            (Shape::Flat(a), Shape::Flat(b)) => a == b,
            _ => false,
        }
    }
}

/// A stack buffer long enough for any shape's text
/// (`18446744073709551615x18446744073709551615x18446744073709551615`).
struct ShapeText {
    bytes: [u8; 64],
    len: usize,
}

impl fmt::Write for ShapeText {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let end = self.len + text.len();
        let slot = self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?;
        slot.copy_from_slice(text.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Shapes print as the language writes them, and honour width and
/// alignment (`{:>10}`), so they line up in tables.
impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = ShapeText {
            bytes: [0; 64],
            len: 0,
        };
        match self {
            Shape::Spatial {
                height,
                width,
                channels,
            } => fmt::write(&mut text, format_args!("{height}x{width}x{channels}"))?,
            Shape::Flat(n) => fmt::write(&mut text, format_args!("{n}"))?,
        }
        // Only ASCII digits and `x` were written.
        let text = core::str::from_utf8(&text.bytes[..text.len]).map_err(|_| fmt::Error)?;
        f.pad(text)
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::format;

    use super::Shape;

    #[test]
    fn shapes_pad_like_strings() {
        assert_eq!(format!("[{:>8}]", Shape::spatial(28, 28, 8)), "[ 28x28x8]");
        assert_eq!(format!("[{:<5}]", Shape::Flat(10)), "[10   ]");
        let widest = Shape::spatial(u64::MAX, u64::MAX, u64::MAX);
        assert_eq!(format!("{widest}").len(), 62);
    }
}
