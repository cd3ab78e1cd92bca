//! A convolution's weight standardisation (`conv 3x3x64 ws`,
//! `conv 3x3x64 scaledws gamma 1.7139 eps 1e-5`): its weights, per
//! filter, less their mean over the filter's fan-in and divided by the
//! square root of their (biased) variance plus `eps`, as timm's
//! `StdConv2d` and `ScaledStdConv2d` compute them in every forward call.

/// Whether and how a `conv` standardises its weights.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Standardise {
    /// Its weights as they are.
    None,
    /// `ws`: standardised (timm's `StdConv2d`, BiT's ResNet-V2).
    Plain,
    /// `scaledws`: standardised, then times a learnt gain per filter
    /// (one more parameter per filter, after the bias in torch's
    /// `state_dict`) and `gamma / sqrt(fan-in)` (timm's `ScaledStdConv2d`,
    /// NF-ResNet and NFNet).
    Scaled,
}

impl Standardise {
    /// timm's `eps` for both, when none is written.
    pub const DEFAULT_EPS: f32 = 1e-6;

    /// Whether the weights are standardised.
    pub const fn is_on(self) -> bool {
        match self {
            Standardise::None => false,
            Standardise::Plain | Standardise::Scaled => true,
        }
    }

    /// The learnt parameters it adds to a conv of `filters` filters: a
    /// gain per filter for `scaledws`.
    pub const fn gains(self, filters: u64) -> u64 {
        match self {
            Standardise::None | Standardise::Plain => 0,
            Standardise::Scaled => filters,
        }
    }
}
