//! The shape of a tensor flowing between layers: `HxWxC` or a flat `N`.

use core::fmt;

/// The shape of one sample between two layers, channels last as the
/// article writes it.
///
/// ```
/// use cnn_core::Shape;
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
    /// use cnn_core::Shape;
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

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Shape::Spatial {
                height,
                width,
                channels,
            } => write!(f, "{height}x{width}x{channels}"),
            Shape::Flat(n) => write!(f, "{n}"),
        }
    }
}
