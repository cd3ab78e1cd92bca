//! What blocks do to shapes: how the branches of `add`, `concat` and `mul`
//! join.

use crate::{Block, Error, Field, Shape};

/// The shape that `block` makes of two branch outputs, `first` and `other`,
/// or [`Error::Mismatch`] when they cannot join.
///
/// - `add` and `residual`: the same shape.
/// - `concat` and `split`: the same height and width, channels added (or
///   two vectors, lengths added).
/// - `mul`: the same shape, or `1x1xC` against `HxWxC` (broadcast, as a
///   squeeze-excite gate multiplies its input).
///
/// ```
/// use cnn::{join, Block, Shape};
/// let a = Shape::spatial(28, 28, 64);
/// let b = Shape::spatial(28, 28, 32);
/// assert_eq!(join(Block::Concat, a, b), Ok(Shape::spatial(28, 28, 96)));
/// assert!(join(Block::Add, a, b).is_err());
/// let gate = Shape::spatial(1, 1, 64);
/// assert_eq!(join(Block::Mul, a, gate), Ok(a));
/// ```
pub const fn join(block: Block, first: Shape, other: Shape) -> Result<Shape, Error> {
    let mismatch = Err(Error::Mismatch {
        block,
        first,
        other,
    });
    match block {
        Block::Concat | Block::Split => match (first, other) {
            (
                Shape::Spatial {
                    height,
                    width,
                    channels,
                },
                Shape::Spatial {
                    height: other_height,
                    width: other_width,
                    channels: other_channels,
                },
            ) => {
                if height != other_height || width != other_width {
                    return mismatch;
                }
                match channels.checked_add(other_channels) {
                    Some(sum) => match Shape::spatial(height, width, sum).elements() {
                        Some(_) => Ok(Shape::spatial(height, width, sum)),
                        None => Err(Error::Overflow {
                            field: Field::Shape,
                        }),
                    },
                    None => Err(Error::Overflow {
                        field: Field::Shape,
                    }),
                }
            }
            (Shape::Flat(a), Shape::Flat(b)) => match a.checked_add(b) {
                Some(sum) => Ok(Shape::Flat(sum)),
                None => Err(Error::Overflow {
                    field: Field::Shape,
                }),
            },
            _ => mismatch,
        },
        Block::Mul => {
            if first.same_as(&other) {
                return Ok(first);
            }
            match (first, other) {
                (
                    Shape::Spatial {
                        height: 1,
                        width: 1,
                        channels,
                    },
                    Shape::Spatial {
                        channels: other_channels,
                        ..
                    },
                ) if channels == other_channels => Ok(other),
                (
                    Shape::Spatial { channels, .. },
                    Shape::Spatial {
                        height: 1,
                        width: 1,
                        channels: other_channels,
                    },
                ) if channels == other_channels => Ok(first),
                _ => mismatch,
            }
        }
        Block::Add | Block::Residual | Block::Sequence | Block::Branch | Block::Repeat(_) => {
            if first.same_as(&other) {
                Ok(first)
            } else {
                mismatch
            }
        }
    }
}
