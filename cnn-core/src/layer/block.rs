//! What blocks do to shapes: how the branches of `add`, `concat`, `mul`
//! and `sub` join.

use crate::{Block, Error, Field, Shape};

/// The shape that `block` makes of two branch outputs, `first` and `other`,
/// or [`Error::Mismatch`] when they cannot join.
///
/// - `sub` and the paths of `mix`: the same shape.
/// - `concat` and `split`: the same height and width, channels added (or
///   two vectors, lengths added).
/// - `mul`, `add` and `residual`: the same shape, or `1x1xC` against
///   `HxWxC` (broadcast, as a squeeze-excite gate multiplies its input and
///   GCNet's global context is added to it).
///
/// ```
/// use cnn_core::{join, Block, Shape};
/// let a = Shape::spatial(28, 28, 64);
/// let b = Shape::spatial(28, 28, 32);
/// assert_eq!(join(Block::Concat, a, b), Ok(Shape::spatial(28, 28, 96)));
/// assert!(join(Block::Add, a, b).is_err());
/// let gate = Shape::spatial(1, 1, 64);
/// assert_eq!(join(Block::Mul, a, gate), Ok(a));
/// assert_eq!(join(Block::Add, gate, a), Ok(a));
/// assert!(join(Block::Sub, a, gate).is_err());
/// ```
pub const fn join(block: Block, first: Shape, other: Shape) -> Result<Shape, Error> {
    let mismatch = Err(Error::Mismatch {
        block,
        first,
        other,
    });
    let same_positions = first.rank() == other.rank() && {
        let (a, b) = (first.axes(), other.axes());
        a[0] == b[0] && a[1] == b[1] && a[2] == b[2]
    };
    match block {
        Block::Concat | Block::Split => {
            if !same_positions {
                return mismatch;
            }
            let Some(sum) = first.channels().checked_add(other.channels()) else {
                return Err(Error::Overflow {
                    field: Field::Shape,
                });
            };
            let joined = first.with_channels(sum);
            match joined.elements() {
                Some(_) => Ok(joined),
                None => Err(Error::Overflow {
                    field: Field::Shape,
                }),
            }
        }
        Block::Mul | Block::Add | Block::Residual => {
            if first.same_as(&other) {
                return Ok(first);
            }
            // A gate of one position per channel scales a map of the same
            // rank and channels: `1x1xC` against `HxWxC`.
            let fits = first.rank() == other.rank() && first.channels() == other.channels();
            if fits && is_gate(first) {
                Ok(other)
            } else if fits && is_gate(other) {
                Ok(first)
            } else {
                mismatch
            }
        }
        Block::Sub | Block::Mix | Block::Sequence | Block::Branch | Block::Repeat(_) => {
            if first.same_as(&other) {
                Ok(first)
            } else {
                mismatch
            }
        }
    }
}

/// Whether `shape` is a map of one position (`1x1xC`, `1xC`, `1x1x1xC`),
/// which `mul`, `add` and `residual` broadcast.
const fn is_gate(shape: Shape) -> bool {
    shape.rank() > 0 && matches!(shape.positions(), Some(1))
}
