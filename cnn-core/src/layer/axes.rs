//! Numbers given per spatial axis, as the language writes them: one for
//! every axis (`stride 2`) or one per axis (`stride 1x2x2`). Which axes
//! they cover is known only once the layer meets its input, so a layer
//! keeps them as written and [`Axes::on`] lays them over the input's rank
//! ([`Resolved`], once per layer and input).

use crate::arith::{mul, tri};
use crate::{Error, Field};

/// Numbers for the spatial axes, as written: one number, or one per axis.
///
/// ```
/// use cnn_core::Axes;
/// // `maxpool 2` on a clip pools 2x2x2; `stride 1x2x2` is per axis.
/// assert_eq!(Axes::every(2).on(3, true, 1), Some([2, 2, 2]));
/// assert_eq!(Axes::two(1, 2).on(2, true, 1), Some([1, 2, 1]));
/// // A 2-D kernel does not fit a 3-D input.
/// assert_eq!(Axes::two(3, 3).on(3, true, 1), None);
/// // A kernel must give every axis: `conv 3x64` is 1-D.
/// assert_eq!(Axes::every(3).on(2, false, 1), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Axes {
    values: [u64; 3],
    written: u8,
}

impl Axes {
    /// A default nobody wrote: `n` on every axis, whatever the rank, even
    /// where a kernel must give each axis (`LayerSpec::new`'s 1x1 kernel).
    pub const fn unwritten(n: u64) -> Axes {
        Axes {
            values: [n, n, n],
            written: 0,
        }
    }

    /// One number, for every axis.
    pub const fn every(n: u64) -> Axes {
        Axes {
            values: [n, n, n],
            written: 1,
        }
    }

    /// Two numbers, one per axis of an image.
    pub const fn two(a: u64, b: u64) -> Axes {
        Axes {
            values: [a, b, 1],
            written: 2,
        }
    }

    /// Three numbers, one per axis of a volume.
    pub const fn three(a: u64, b: u64, c: u64) -> Axes {
        Axes {
            values: [a, b, c],
            written: 3,
        }
    }

    /// The first `count` (1 to 3) of `values`, as written; `None` for any
    /// other count.
    pub const fn written_as(values: &[u64]) -> Option<Axes> {
        match *values {
            [a] => Some(Axes::every(a)),
            [a, b] => Some(Axes::two(a, b)),
            [a, b, c] => Some(Axes::three(a, b, c)),
            _ => None,
        }
    }

    /// How many numbers were written (0 for [`Axes::unwritten`]).
    pub const fn written(&self) -> usize {
        self.written as usize
    }

    /// The numbers as written, the one number repeated when there was one.
    pub const fn values(&self) -> [u64; 3] {
        self.values
    }

    /// The number on each of `rank` axes, `neutral` past them (1 for a
    /// kernel or stride, 0 for padding, so the unused axes of a lower-rank
    /// input stay as they are): one number covers every axis if `spread`,
    /// otherwise the count must be the rank. `None` when it does not fit.
    pub const fn on(&self, rank: usize, spread: bool, neutral: u64) -> Option<[u64; 3]> {
        let fits =
            self.written == 0 || self.written as usize == rank || (spread && self.written == 1);
        if !fits || rank > 3 {
            return None;
        }
        let mut out = [neutral; 3];
        let mut axis = 0;
        while axis < rank {
            out[axis] = self.values[axis];
            axis += 1;
        }
        Some(out)
    }

    /// Whether any number written is 0.
    pub const fn has_zero(&self) -> bool {
        let written = if self.written == 0 {
            1
        } else {
            self.written as usize
        };
        let mut axis = 0;
        while axis < written {
            if self.values[axis] == 0 {
                return true;
            }
            axis += 1;
        }
        false
    }
}

/// A layer's numbers laid over the axes of its input
/// ([`LayerSpec::on_axes`](crate::LayerSpec::on_axes)): one per axis, neutral (1, or 0 for padding)
/// past the input's rank.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Resolved {
    /// The input's number of spatial axes.
    pub rank: usize,
    /// The kernel, window, size or factor.
    pub window: [u64; 3],
    /// The stride.
    pub stride: [u64; 3],
    /// The dilation.
    pub dilation: [u64; 3],
    /// The padding on each side; `None` for `pad same`.
    pub padding: Option<[u64; 3]>,
    /// A transposed convolution's output padding.
    pub outpad: [u64; 3],
}

impl Resolved {
    /// Nothing to lay out: a flat input, or the network's `input`.
    pub(crate) const NONE: Resolved = Resolved {
        rank: 0,
        window: [1; 3],
        stride: [1; 3],
        dilation: [1; 3],
        padding: Some([0; 3]),
        outpad: [0; 3],
    };
}

/// The product of the first `rank` of `values` (1 for rank 0).
pub(crate) const fn product(values: [u64; 3], rank: usize, field: Field) -> Result<u64, Error> {
    let mut total = 1;
    let mut axis = 0;
    while axis < rank {
        total = tri!(mul(total, values[axis], field));
        axis += 1;
    }
    Ok(total)
}
