//! Why a network has no plan, and the bounds a plan keeps: what every
//! pass of the planner may fail with.

use crate::Shape;

/// The most steps a network may take to be planned. The program is
/// emitted as one byte string, about 30 bytes a step, and the planner
/// holds every step: the bound is the same as [`MAX_ROWS`](crate::tree::MAX_ROWS)
/// on the rows a network may list, so that a plan costs no more than a
/// table the macro could emit anyway (at most about 8 MB of program).
/// Far above any real network (DenseNet-201 takes fewer than 1,500).
pub const MAX_STEPS: usize = 250_000;

/// Why a network has no plan (and so no `forward`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unplanned {
    /// It takes this many steps, more than [`MAX_STEPS`] (`u64::MAX` for
    /// that many or more).
    Steps(u64),
    /// A number the runner counts in `usize` is beyond it.
    TooLarge(Size),
    /// It is not a network the analysis accepts.
    Invalid,
}

/// A number of the plan, in [`Unplanned::TooLarge`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    /// The values of one tensor.
    Tensor,
    /// Where a layer's parameters start in the flat weights.
    Weights,
    /// The arena's values.
    Arena,
}

/// The values of `shape` as `usize`.
pub(super) fn elements(shape: Shape) -> Result<usize, Unplanned> {
    let values = shape.elements().ok_or(Unplanned::TooLarge(Size::Tensor))?;
    count(values, Size::Tensor)
}

/// `n` as `usize`, for a number of the plan of kind `size`.
pub(super) fn count(n: u64, size: Size) -> Result<usize, Unplanned> {
    usize::try_from(n).map_err(|_| Unplanned::TooLarge(size))
}
