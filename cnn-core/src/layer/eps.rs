//! A norm's `eps` (`bn eps 1e-3`): the number PyTorch adds to the variance
//! before its square root, kept as the bits of the `f32` PyTorch adds.

/// A norm's `eps`, as the bits of an `f32` so that a [`LayerSpec`]
/// stays `Eq` and `Hash`; [`Eps::DEFAULT`] when none is written, which
/// stands for the kind's own default (PyTorch's 1e-5 for batch, layer and
/// group norm, timm's 1e-6 for `grn`).
///
/// ```
/// use cnn_core::Eps;
/// assert_eq!(Eps::DEFAULT.value_or(1e-5), 1e-5);
/// assert_eq!(Eps::of(1e-3).value_or(1e-5), 1e-3);
/// ```
///
/// [`LayerSpec`]: crate::LayerSpec
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Eps(u32);

impl Eps {
    /// None written: the kind's default. Its bits, 0, are those of +0.0,
    /// which no written `eps` can be (it must be positive).
    pub const DEFAULT: Eps = Eps(0);

    /// `value`, as written (positive: the parser refuses any other).
    pub const fn of(value: f32) -> Eps {
        Eps(value.to_bits())
    }

    /// From the bits [`Eps::bits`] gave.
    pub const fn from_bits(bits: u32) -> Eps {
        Eps(bits)
    }

    /// The bits of the written `f32`; 0 for [`Eps::DEFAULT`].
    pub const fn bits(self) -> u32 {
        self.0
    }

    /// Whether one was written.
    pub const fn is_written(self) -> bool {
        self.0 != 0
    }

    /// The written value, or `default`, the kind's.
    pub const fn value_or(self, default: f32) -> f32 {
        if self.is_written() {
            f32::from_bits(self.0)
        } else {
            default
        }
    }
}
