//! Where a layer's output can live, relative to its input: the rule the
//! memory plan of the forward pass follows, matched over every kind.

use crate::{Kind, LayerSpec, Shape};

/// Where a layer's output can live.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Storage {
    /// The values pass unchanged: the output is the input (`dropout` at
    /// inference, `flatten` of one position).
    Passes,
    /// The output may overwrite the input, each value computed from values
    /// not yet overwritten (activations, batch norm, layer scale).
    InPlace,
    /// The output needs memory of its own.
    Apart,
}

impl LayerSpec {
    /// Where this layer's output can live when it runs on `input`.
    ///
    /// ```
    /// use cnn::{Activation, Kind, LayerSpec, Shape, Storage};
    /// let image = Shape::spatial(8, 8, 4);
    /// assert_eq!(LayerSpec::new(Kind::Activation(Activation::Relu)).storage(image), Storage::InPlace);
    /// assert_eq!(LayerSpec::new(Kind::Flatten).storage(image), Storage::Apart);
    /// assert_eq!(LayerSpec::new(Kind::Flatten).storage(Shape::spatial(1, 1, 4)), Storage::Passes);
    /// ```
    pub const fn storage(&self, input: Shape) -> Storage {
        match self.kind {
            Kind::Input | Kind::Dropout => Storage::Passes,
            // Channels-last to PyTorch's (C, H, W) order moves values,
            // except where there is one position (after `gap`).
            Kind::Flatten => match input.positions() {
                Some(1) => Storage::Passes,
                _ => Storage::Apart,
            },
            Kind::Activation(_)
            | Kind::PRelu
            | Kind::BatchNorm
            | Kind::LayerNorm
            | Kind::GroupNorm
            | Kind::Scale => Storage::InPlace,
            Kind::Conv
            | Kind::DepthwiseConv
            | Kind::SeparableConv
            | Kind::ConvTranspose
            | Kind::MaxPool
            | Kind::AvgPool
            | Kind::GlobalAvgPool
            | Kind::GlobalMaxPool
            | Kind::AdaptiveAvgPool
            | Kind::Dense
            | Kind::Softmax
            | Kind::ZeroPad
            | Kind::Upsample
            | Kind::Resize
            | Kind::Shuffle
            | Kind::Block(_) => Storage::Apart,
        }
    }
}
