//! Where a layer's output can live, relative to its input: the rule the
//! memory plan of the forward pass follows, matched over every class of
//! kind.

use crate::{Class, LayerSpec, Shape};

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
    /// use cnn_core::{Activation, Kind, LayerSpec, Shape, Storage};
    /// let image = Shape::spatial(8, 8, 4);
    /// assert_eq!(LayerSpec::new(Kind::Activation(Activation::Relu)).storage(image), Storage::InPlace);
    /// assert_eq!(LayerSpec::new(Kind::Flatten).storage(image), Storage::Apart);
    /// assert_eq!(LayerSpec::new(Kind::Flatten).storage(Shape::spatial(1, 1, 4)), Storage::Passes);
    /// ```
    pub const fn storage(&self, input: Shape) -> Storage {
        match self.kind.info().class {
            Class::Input | Class::Identity => Storage::Passes,
            // Channels-last to PyTorch's (C, H, W) order moves values,
            // except where there is one position (after `gap`).
            Class::Flatten => match input.positions() {
                Some(1) => Storage::Passes,
                _ => Storage::Apart,
            },
            Class::Pointwise => Storage::InPlace,
            Class::Window
            | Class::TransposedWindow
            | Class::Global
            | Class::Dense
            | Class::Pad
            | Class::Resample
            | Class::Block => Storage::Apart,
        }
    }
}
