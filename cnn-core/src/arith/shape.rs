//! The shape of a tensor flowing between layers: `LxC`, `HxWxC`,
//! `DxHxWxC` or a flat `N`.

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
    /// A sequence or 1-D signal, `LxC`: length, then channels.
    Sequence {
        /// Positions along the sequence.
        length: u64,
        /// Channels.
        channels: u64,
    },
    /// A volume or a clip, `DxHxWxC`: depth (or frames), height, width,
    /// channels.
    Volume {
        /// Slices or frames.
        depth: u64,
        /// Rows.
        height: u64,
        /// Columns.
        width: u64,
        /// Channels.
        channels: u64,
    },
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

    /// A sequence of `length x channels`.
    pub const fn sequence(length: u64, channels: u64) -> Shape {
        Shape::Sequence { length, channels }
    }

    /// A volume of `depth x height x width x channels`.
    pub const fn volume(depth: u64, height: u64, width: u64, channels: u64) -> Shape {
        Shape::Volume {
            depth,
            height,
            width,
            channels,
        }
    }

    /// The map of `rank` spatial axes, the first `rank` of `axes`, with
    /// `channels`; rank 0 (or more than 3) is the flat vector of
    /// `channels` values.
    ///
    /// ```
    /// use cnn::Shape;
    /// assert_eq!(Shape::of_axes([16, 112, 112], 3, 3), Shape::volume(16, 112, 112, 3));
    /// assert_eq!(Shape::of_axes([9, 1, 1], 1, 64), Shape::sequence(9, 64));
    /// ```
    pub const fn of_axes(axes: [u64; 3], rank: usize, channels: u64) -> Shape {
        match rank {
            1 => Shape::sequence(axes[0], channels),
            2 => Shape::spatial(axes[0], axes[1], channels),
            3 => Shape::volume(axes[0], axes[1], axes[2], channels),
            _ => Shape::Flat(channels),
        }
    }

    /// How many spatial axes it has: 0 for a flat vector, 1 for `LxC`, 2
    /// for `HxWxC`, 3 for `DxHxWxC`.
    pub const fn rank(&self) -> usize {
        match self {
            Shape::Flat(_) => 0,
            Shape::Sequence { .. } => 1,
            Shape::Spatial { .. } => 2,
            Shape::Volume { .. } => 3,
        }
    }

    /// The spatial sizes, outermost first, padded with 1 past the rank
    /// (all 1 for a flat vector): `[D, H, W]`, `[H, W, 1]`, `[L, 1, 1]`.
    pub const fn axes(&self) -> [u64; 3] {
        match *self {
            Shape::Flat(_) => [1, 1, 1],
            Shape::Sequence { length, .. } => [length, 1, 1],
            Shape::Spatial { height, width, .. } => [height, width, 1],
            Shape::Volume {
                depth,
                height,
                width,
                ..
            } => [depth, height, width],
        }
    }

    /// The number of channels; a flat vector's length counts as its channels
    /// (as for `BatchNorm1d` or `PReLU` on a vector).
    pub const fn channels(&self) -> u64 {
        match *self {
            Shape::Spatial { channels, .. }
            | Shape::Sequence { channels, .. }
            | Shape::Volume { channels, .. } => channels,
            Shape::Flat(n) => n,
        }
    }

    /// The same shape with `channels` channels (a vector: `channels`
    /// values).
    pub const fn with_channels(&self, channels: u64) -> Shape {
        Shape::of_axes(self.axes(), self.rank(), channels)
    }

    /// `[height, width]` of an `HxWxC` feature map, `None` for any other
    /// shape.
    pub const fn spatial_size(&self) -> Option<[u64; 2]> {
        match *self {
            Shape::Spatial { height, width, .. } => Some([height, width]),
            Shape::Flat(_) | Shape::Sequence { .. } | Shape::Volume { .. } => None,
        }
    }

    /// Whether this is a map with spatial axes (of any rank) rather than a
    /// flat vector.
    pub const fn is_spatial(&self) -> bool {
        self.rank() > 0
    }

    /// The number of positions: the product of the spatial sizes (1 for a
    /// flat vector), `None` if that overflows `u64`.
    pub const fn positions(&self) -> Option<u64> {
        let axes = self.axes();
        match axes[0].checked_mul(axes[1]) {
            Some(area) => area.checked_mul(axes[2]),
            None => None,
        }
    }

    /// The number of values in one sample (`H*W*C`, `L*C`, `D*H*W*C` or
    /// `N`), `None` if that overflows `u64`.
    pub const fn elements(&self) -> Option<u64> {
        match self.positions() {
            Some(positions) => positions.checked_mul(self.channels()),
            None => None,
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
        let (a, b) = (self.axes(), other.axes());
        self.rank() == other.rank()
            && self.channels() == other.channels()
            && a[0] == b[0]
            && a[1] == b[1]
            && a[2] == b[2]
    }
}

/// The first `rank` of `values` joined by `x` (`3x3`, `1x2x2`): how the
/// language writes numbers per axis, for messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PerAxis(pub [u64; 3], pub usize);

impl fmt::Display for PerAxis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rank = if self.1 == 0 { 1 } else { self.1.min(3) };
        let mut axis = 0;
        while axis < rank {
            if axis > 0 {
                f.write_str("x")?;
            }
            write!(f, "{}", self.0[axis])?;
            axis += 1;
        }
        Ok(())
    }
}

/// A stack buffer long enough for any shape's text (four numbers of 20
/// digits and three `x`).
struct ShapeText {
    bytes: [u8; 96],
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
            bytes: [0; 96],
            len: 0,
        };
        match self {
            Shape::Flat(n) => fmt::write(&mut text, format_args!("{n}"))?,
            Shape::Sequence { .. } | Shape::Spatial { .. } | Shape::Volume { .. } => {
                let channels = self.channels();
                let axes = PerAxis(self.axes(), self.rank());
                fmt::write(&mut text, format_args!("{axes}x{channels}"))?
            }
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
        let widest = Shape::volume(u64::MAX, u64::MAX, u64::MAX, u64::MAX);
        assert_eq!(format!("{widest}").len(), 83);
        assert_eq!(format!("{}", Shape::sequence(16000, 1)), "16000x1");
        assert_eq!(
            format!("{}", Shape::volume(16, 112, 112, 3)),
            "16x112x112x3"
        );
    }
}
