//! What a layer gives when it cannot be applied, where that is still
//! known: so that a checker can go on after one error and report the next
//! independent one, and never one that the first caused.

use crate::Standardise;
use crate::{Class, Error, LayerSpec, Shape};

impl LayerSpec {
    /// The output shape whatever the input is, for the layers whose output
    /// does not depend on it: `fc N` and `softmax N` give `N` values.
    /// `None` for every other layer.
    ///
    /// ```
    /// use cnn_core::{Kind, LayerSpec, Shape};
    /// let fc = LayerSpec::new(Kind::Dense).count(10);
    /// assert_eq!(fc.output_whatever_input(), Some(Shape::Flat(10)));
    /// assert_eq!(LayerSpec::new(Kind::Flatten).output_whatever_input(), None);
    /// ```
    pub const fn output_whatever_input(&self) -> Option<Shape> {
        match self.kind.info().class {
            Class::Dense => Some(Shape::Flat(self.count)),
            Class::Input => Some(self.shape),
            // `resize`'s input gives only the channels, which an error
            // leaves unknown.
            Class::Window
            | Class::TransposedWindow
            | Class::Global
            | Class::Flatten
            | Class::Pointwise
            | Class::Identity
            | Class::Pad
            | Class::Resample
            | Class::Block => None,
        }
    }

    /// The output shape the layer would give on `input` although applying
    /// it failed with `error`, where that is known: a convolution whose
    /// `groups` do not divide its channels or filters still has its output
    /// size, and `fc N` still gives `N` values. `None` where the error
    /// leaves the output unknown (a window that does not fit).
    ///
    /// ```
    /// use cnn_core::{Kind, LayerSpec, Shape};
    /// let conv = LayerSpec::new(Kind::Conv).window(3, 3).count(8).groups(3);
    /// let input = Shape::spatial(32, 32, 3);
    /// let error = conv.apply(input).unwrap_err();
    /// assert_eq!(conv.output_despite(&error, input), Some(Shape::spatial(30, 30, 8)));
    /// ```
    pub const fn output_despite(&self, error: &Error, input: Shape) -> Option<Shape> {
        if let Some(output) = self.output_whatever_input() {
            return Some(output);
        }
        match error {
            Error::GroupsInput { .. } | Error::GroupsFilters { .. } => {
                // Groups change the parameters, not the output's size.
                match self.groups(1).apply(input) {
                    Ok(step) => Some(step.output),
                    Err(_) => None,
                }
            }
            // Groups that do not divide keep the shape: a norm or a
            // shuffle passes it through; so does `eca` of an even kernel.
            Error::GroupsChannels { .. } | Error::EvenKernel { .. } => Some(input),
            // Standardised or not, the conv's output is the same shape.
            Error::StandardiseOne { .. } => match self.standardised(Standardise::None).apply(input)
            {
                Ok(step) => Some(step.output),
                Err(_) => None,
            },
            // What it would take has its count of channels.
            Error::SliceOutside { .. } => Some(input.with_channels(self.count)),
            Error::Zero { .. }
            | Error::OutPadTooLarge { .. }
            | Error::Rank { .. }
            | Error::PaddingCropsAll { .. }
            | Error::ReflectPadding { .. }
            | Error::SpaceBlock { .. }
            | Error::NeedsSpatial { .. }
            | Error::WindowTooLarge { .. }
            | Error::PoolPaddingTooLarge { .. }
            | Error::Mismatch { .. }
            | Error::Overflow { .. } => None,
        }
    }
}
