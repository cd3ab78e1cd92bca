//! Checked `u64` arithmetic for `const fn`s: every count the crate computes
//! goes through here, so an overflow is an [`Error`] naming what
//! overflowed, never a wrapped number or a panic.

pub mod digits;
pub mod error;
pub mod shape;

use crate::{Error, Field, Shape};

/// Evaluates a `Result` in a `const fn`, returning the error early (`?` is
/// not yet allowed in `const fn`).
macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(value) => value,
            Err(error) => return Err(error),
        }
    };
}
pub(crate) use tri;

/// `a * b`, or an overflow error about `field`.
pub(crate) const fn mul(a: u64, b: u64, field: Field) -> Result<u64, Error> {
    match a.checked_mul(b) {
        Some(product) => Ok(product),
        None => Err(Error::Overflow { field }),
    }
}

/// `a + b`, or an overflow error about `field`.
pub(crate) const fn add(a: u64, b: u64, field: Field) -> Result<u64, Error> {
    match a.checked_add(b) {
        Some(sum) => Ok(sum),
        None => Err(Error::Overflow { field }),
    }
}

/// `per_position` multiply-accumulates at each of `output`'s values.
pub(crate) const fn per_output(output: Shape, per_position: u64) -> Result<u64, Error> {
    match output.elements() {
        Some(n) => mul(n, per_position, Field::Macs),
        None => Err(Error::Overflow {
            field: Field::Shape,
        }),
    }
}
