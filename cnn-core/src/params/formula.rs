//! The article's formula for a layer's parameters, written out with the
//! layer's own numbers: `((5*5*3)+1)*8 = 608`.

use core::fmt;

use crate::{Kind, LayerSpec, Shape};

/// A layer's parameter formula with its numbers, for the summary's last
/// column. Displays nothing for a layer without parameters.
///
/// ```
/// use cnn_core::{Formula, Kind, LayerSpec, Shape};
/// let fc = LayerSpec::new(Kind::Dense).count(120);
/// let formula = Formula::new(fc, Shape::spatial(5, 5, 16));
/// assert_eq!(formula.to_string(), "120*400+120 = 48120");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Formula {
    spec: LayerSpec,
    input: Shape,
}

impl Formula {
    /// The formula of `spec` applied to `input`.
    pub const fn new(spec: LayerSpec, input: Shape) -> Formula {
        Formula { spec, input }
    }
}

impl fmt::Display for Formula {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let spec = &self.spec;
        let Ok(step) = spec.apply(self.input) else {
            return Ok(());
        };
        let Ok(axes) = spec.on_axes(self.input) else {
            return Ok(());
        };
        // `5*5` (or `9`, or `3*3*3`): the kernel's positions.
        let k = Kernel(axes.window, axes.rank);
        let c = self.input.channels();
        let n = spec.count;
        let m = spec.multiplier;
        let total = step.params;
        match spec.kind {
            Kind::Conv => {
                let groups = spec.groups;
                let per_group = if groups > 1 { "/" } else { "" };
                let shown_groups = Groups(groups);
                // `scaledws`'s gains, one per filter, after the rest.
                let gains = match spec.standardise {
                    crate::Standardise::Scaled => Gains(n),
                    crate::Standardise::None | crate::Standardise::Plain => Gains(0),
                };
                if spec.bias {
                    write!(
                        f,
                        "(({k}*{c}{per_group}{shown_groups})+1)*{n}{gains} = {total}"
                    )
                } else {
                    write!(f, "({k}*{c}{per_group}{shown_groups})*{n}{gains} = {total}")
                }
            }
            Kind::DepthwiseConv => {
                let mc = Multiplied(m, c);
                if spec.bias {
                    write!(f, "{k}*{mc}+{mc} = {total}")
                } else {
                    write!(f, "{k}*{mc} = {total}")
                }
            }
            Kind::SeparableConv => {
                let mc = Multiplied(m, c);
                if spec.bias {
                    write!(f, "{k}*{mc}+{mc}*{n}+{n} = {total}")
                } else {
                    write!(f, "{k}*{mc}+{mc}*{n} = {total}")
                }
            }
            Kind::Dense | Kind::Softmax => {
                let p = self.input.elements().unwrap_or(0);
                if spec.bias {
                    write!(f, "{n}*{p}+{n} = {total}")
                } else {
                    write!(f, "{n}*{p} = {total}")
                }
            }
            Kind::ConvTranspose => {
                let groups = spec.groups;
                let per_group = if groups > 1 { "/" } else { "" };
                let shown_groups = Groups(groups);
                if spec.bias {
                    write!(f, "{k}*{c}*{n}{per_group}{shown_groups}+{n} = {total}")
                } else {
                    write!(f, "{k}*{c}*{n}{per_group}{shown_groups} = {total}")
                }
            }
            Kind::LayerNorm | Kind::GroupNorm | Kind::Grn => write!(f, "2*{c} = {total}"),
            Kind::PRelu | Kind::Scale => write!(f, "{c} (one per channel)"),
            Kind::Eca => write!(f, "{n} (the kernel, shared by the channels)"),
            Kind::Affine => write!(f, "1+1 = {total} (a scale and a bias)"),
            Kind::Gain => write!(f, "1 (one learnt scalar)"),
            Kind::ContextPool => write!(f, "{c}+1 = {total} (a 1x1 conv to one logit)"),
            Kind::BlurPool => write!(
                f,
                "0 (+{k}*{c} = {} fixed, a buffer)",
                step.non_trainable_params
            ),
            Kind::BatchNorm => write!(
                f,
                "2*{c} = {total} (+{} non-trainable)",
                step.non_trainable_params
            ),
            Kind::Input
            | Kind::MaxPool
            | Kind::AvgPool
            | Kind::GlobalAvgPool
            | Kind::GlobalMaxPool
            | Kind::AdaptiveAvgPool
            | Kind::Flatten
            | Kind::Activation(_)
            | Kind::Dropout
            | Kind::ZeroPad
            | Kind::Upsample
            | Kind::Resize
            | Kind::Shuffle
            | Kind::SpaceToDepth
            | Kind::Slice
            | Kind::Times
            | Kind::Block(_)
            | Kind::From => Ok(()),
        }
    }
}

/// Writes a kernel's sizes joined by `*`: `5*5`, `9`, `3*3*3`.
struct Kernel([u64; 3], usize);

impl fmt::Display for Kernel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for axis in 0..self.1.max(1) {
            if axis > 0 {
                f.write_str("*")?;
            }
            write!(f, "{}", self.0[axis])?;
        }
        Ok(())
    }
}

/// Writes `+F`, a `scaledws` conv's gains, or nothing for 0.
struct Gains(u64);

impl fmt::Display for Gains {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            0 => Ok(()),
            n => write!(f, "+{n}"),
        }
    }
}

/// Writes `G` after the `/` of `C/G`, nothing for one group.
struct Groups(u64);

impl fmt::Display for Groups {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 > 1 {
            write!(f, "{}", self.0)
        } else {
            Ok(())
        }
    }
}

/// Writes `M*C`, or `C` for a multiplier of 1.
struct Multiplied(u64, u64);

impl fmt::Display for Multiplied {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 > 1 {
            write!(f, "{}*{}", self.0, self.1)
        } else {
            write!(f, "{}", self.1)
        }
    }
}
