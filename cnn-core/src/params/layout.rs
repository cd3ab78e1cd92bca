//! How a layer's parameters are laid out as arrays ([`Layout`]), and which
//! of the weight types of `cnn_run::weights` holds them.

use crate::{Kind, LayerSpec, Shape, Standardise};

/// A kernel's sizes, one per spatial axis of the input: `rank` of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Kernel {
    /// The sizes, outermost axis first; 1 past the rank.
    pub sizes: [u64; 3],
    /// How many axes: 1, 2 or 3.
    pub rank: u8,
}

impl Kernel {
    /// A 2-D kernel, `height x width`.
    pub const fn two(height: u64, width: u64) -> Kernel {
        Kernel {
            sizes: [height, width, 1],
            rank: 2,
        }
    }

    /// The sizes that count: the first `rank`.
    pub const fn as_slice(&self) -> &[u64] {
        self.sizes.split_at(self.rank as usize).0
    }
}

/// How a layer's parameters are laid out as arrays, in PyTorch's
/// `state_dict` order: the numbers a weight type's const generics take.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layout {
    /// A convolution's weight `[outputs][inputs][kernel...]` (`[kernel h]
    /// [kernel w]` on an image), then its bias `[outputs]` if it has one. A
    /// depthwise convolution has one input per output.
    Conv {
        /// The kernel, one size per spatial axis.
        kernel: Kernel,
        /// Input channels each filter sees (`C / groups`).
        inputs: u64,
        /// Filters.
        outputs: u64,
        /// Whether a bias follows.
        bias: bool,
    },
    /// A scaled weight-standardised convolution (`conv ... scaledws`,
    /// timm's `ScaledStdConv2d`): [`Layout::Conv`]'s weight and bias, then
    /// its gain, `[outputs][1][1]...`, one per filter.
    ScaledConv {
        /// The kernel, one size per spatial axis.
        kernel: Kernel,
        /// Input channels each filter sees (`C / groups`).
        inputs: u64,
        /// Filters.
        outputs: u64,
        /// Whether a bias comes before the gain.
        bias: bool,
    },
    /// A separable convolution: the depthwise weight
    /// `[middle][1][kernel h][kernel w]`, then the pointwise weight
    /// `[outputs][middle][1][1]` and its bias.
    Separable {
        /// The depthwise kernel, one size per spatial axis.
        kernel: Kernel,
        /// Depthwise outputs (`multiplier * C`).
        middle: u64,
        /// Filters.
        outputs: u64,
        /// Whether the pointwise bias follows.
        bias: bool,
    },
    /// A fully connected weight `[outputs][inputs]`, then its bias.
    Linear {
        /// Input values (flattened).
        inputs: u64,
        /// Units.
        outputs: u64,
        /// Whether a bias follows.
        bias: bool,
    },
    /// Batch norm: weight, bias, running mean, running variance, each
    /// `[channels]`.
    BatchNorm {
        /// Channels.
        channels: u64,
    },
    /// PReLU: one slope per channel.
    PRelu {
        /// Channels.
        channels: u64,
    },
    /// A transposed convolution's weight, in PyTorch's order
    /// `[inputs][outputs / groups][kernel...]`, then its bias `[outputs]`
    /// if it has one.
    ConvTranspose {
        /// The kernel, one size per spatial axis.
        kernel: Kernel,
        /// Input channels.
        inputs: u64,
        /// Filters each input channel feeds (`F / groups`).
        outputs_per_group: u64,
        /// Filters.
        outputs: u64,
        /// Whether a bias follows.
        bias: bool,
    },
    /// Layer, group or global response norm: weight, then bias, each
    /// `[channels]`.
    Norm {
        /// Channels (a vector's values, for `layernorm` on one).
        channels: u64,
    },
    /// Layer scale: one multiplier per channel, one tensor.
    Scale {
        /// Channels.
        channels: u64,
    },
    /// `blurpool`'s fixed filter, a buffer: `filt`, `[channels][1][kernel...]`
    /// (timm's `BlurPool2d`), a depthwise convolution's weight.
    Blur {
        /// The filter, one size per spatial axis.
        kernel: Kernel,
        /// Channels.
        channels: u64,
    },
    /// A scalar scale, then a scalar bias, each `[1]` (`affine`, timm's
    /// `LearnableAffineBlock`).
    Affine,
    /// One scalar, `[]`: torch's 0-dimensional parameter (`gain`, NFNet's
    /// `skipinit_gain`).
    Gain,
}

/// The const generics of a weight type after its element type `T`, in
/// order: see [`Layout::type_args`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TypeArgs {
    values: [u64; 6],
    len: usize,
}

impl TypeArgs {
    const fn new<const N: usize>(given: [u64; N]) -> TypeArgs {
        TypeArgs::after(
            Kernel {
                sizes: [1; 3],
                rank: 0,
            },
            given,
        )
    }

    /// The kernel's sizes, then `rest`.
    const fn after<const N: usize>(kernel: Kernel, rest: [u64; N]) -> TypeArgs {
        let mut values = [0; 6];
        let rank = kernel.rank as usize;
        let mut i = 0;
        while i < rank {
            values[i] = kernel.sizes[i];
            i += 1;
        }
        let mut j = 0;
        while j < N {
            values[rank + j] = rest[j];
            j += 1;
        }
        TypeArgs {
            values,
            len: rank + N,
        }
    }

    /// The numbers, in the order the type takes them.
    pub const fn as_slice(&self) -> &[u64] {
        self.values.split_at(self.len).0
    }
}

impl Layout {
    /// The name of the type in `cnn_run::weights` that holds these
    /// parameters (`Conv2d`, `Conv2dNoBias`, `Linear`...).
    ///
    /// ```
    /// use cnn_core::Layout;
    /// let fc = Layout::Linear { inputs: 400, outputs: 120, bias: false };
    /// assert_eq!(fc.type_name(), "LinearNoBias");
    /// assert_eq!(fc.type_args().as_slice(), &[400, 120]);
    /// // So the field's type is `cnn::weights::LinearNoBias<T, 400, 120>`.
    /// ```
    pub const fn type_name(&self) -> &'static str {
        // The rank picks PyTorch's `Conv1d`, `Conv2d` or `Conv3d`.
        const fn by_rank(kernel: Kernel, names: [&'static str; 3]) -> &'static str {
            match kernel.rank {
                1 => names[0],
                3 => names[2],
                _ => names[1],
            }
        }
        match *self {
            Layout::Conv {
                bias: true, kernel, ..
            } => by_rank(kernel, ["Conv1d", "Conv2d", "Conv3d"]),
            Layout::Conv {
                bias: false,
                kernel,
                ..
            } => by_rank(kernel, ["Conv1dNoBias", "Conv2dNoBias", "Conv3dNoBias"]),
            Layout::ScaledConv {
                bias: true, kernel, ..
            } => by_rank(
                kernel,
                ["ScaledStdConv1d", "ScaledStdConv2d", "ScaledStdConv3d"],
            ),
            Layout::ScaledConv {
                bias: false,
                kernel,
                ..
            } => by_rank(
                kernel,
                [
                    "ScaledStdConv1dNoBias",
                    "ScaledStdConv2dNoBias",
                    "ScaledStdConv3dNoBias",
                ],
            ),
            Layout::Separable {
                bias: true, kernel, ..
            } => by_rank(
                kernel,
                ["SeparableConv1d", "SeparableConv2d", "SeparableConv3d"],
            ),
            Layout::Separable {
                bias: false,
                kernel,
                ..
            } => by_rank(
                kernel,
                [
                    "SeparableConv1dNoBias",
                    "SeparableConv2dNoBias",
                    "SeparableConv3dNoBias",
                ],
            ),
            Layout::Linear { bias: true, .. } => "Linear",
            Layout::Linear { bias: false, .. } => "LinearNoBias",
            Layout::BatchNorm { .. } => "BatchNorm",
            Layout::PRelu { .. } => "PRelu",
            Layout::ConvTranspose {
                bias: true, kernel, ..
            } => by_rank(
                kernel,
                ["ConvTranspose1d", "ConvTranspose2d", "ConvTranspose3d"],
            ),
            Layout::ConvTranspose {
                bias: false,
                kernel,
                ..
            } => by_rank(
                kernel,
                [
                    "ConvTranspose1dNoBias",
                    "ConvTranspose2dNoBias",
                    "ConvTranspose3dNoBias",
                ],
            ),
            Layout::Norm { .. } => "Norm",
            Layout::Scale { .. } => "Scale",
            Layout::Affine => "Affine",
            Layout::Gain => "Gain",
            // The depthwise weight's layout, under another key.
            Layout::Blur { kernel, .. } => {
                by_rank(kernel, ["Conv1dNoBias", "Conv2dNoBias", "Conv3dNoBias"])
            }
        }
    }

    /// The const generics [`type_name`](Layout::type_name)'s type takes
    /// after its element type `T`.
    pub const fn type_args(&self) -> TypeArgs {
        match *self {
            Layout::Conv {
                kernel,
                inputs,
                outputs,
                ..
            }
            | Layout::ScaledConv {
                kernel,
                inputs,
                outputs,
                ..
            } => TypeArgs::after(kernel, [inputs, outputs]),
            Layout::Separable {
                kernel,
                middle,
                outputs,
                ..
            } => TypeArgs::after(kernel, [middle, outputs]),
            Layout::Linear {
                inputs, outputs, ..
            } => TypeArgs::new([inputs, outputs]),
            Layout::ConvTranspose {
                kernel,
                inputs,
                outputs_per_group,
                outputs,
                ..
            } => TypeArgs::after(kernel, [inputs, outputs_per_group, outputs]),
            Layout::BatchNorm { channels }
            | Layout::PRelu { channels }
            | Layout::Norm { channels }
            | Layout::Scale { channels } => TypeArgs::new([channels]),
            Layout::Affine | Layout::Gain => TypeArgs::new([]),
            Layout::Blur { kernel, channels } => TypeArgs::after(kernel, [1, channels]),
        }
    }
}

impl LayerSpec {
    /// How the layer's parameters are laid out on `input`, or `None` for a
    /// layer without parameters. Call it after [`LayerSpec::apply`]
    /// succeeded on the same input.
    ///
    /// ```
    /// use cnn_core::{Kernel, Kind, LayerSpec, Layout, Shape};
    /// let conv = LayerSpec::new(Kind::Conv).window(3, 3).count(32).groups(4);
    /// assert_eq!(
    ///     conv.layout(Shape::spatial(8, 8, 16)),
    ///     Some(Layout::Conv { kernel: Kernel::two(3, 3), inputs: 4, outputs: 32, bias: true })
    /// );
    /// ```
    pub const fn layout(&self, input: Shape) -> Option<Layout> {
        let channels = input.channels();
        let kernel = match self.on_axes(input) {
            Ok(axes) => Kernel {
                sizes: axes.window,
                rank: axes.rank as u8,
            },
            Err(_) => return None,
        };
        match self.kind {
            Kind::Conv => {
                if self.groups == 0 {
                    return None;
                }
                let (inputs, outputs, bias) = (channels / self.groups, self.count, self.bias);
                Some(match self.standardise {
                    Standardise::None | Standardise::Plain => Layout::Conv {
                        kernel,
                        inputs,
                        outputs,
                        bias,
                    },
                    Standardise::Scaled => Layout::ScaledConv {
                        kernel,
                        inputs,
                        outputs,
                        bias,
                    },
                })
            }
            Kind::DepthwiseConv => match self.multiplier.checked_mul(channels) {
                Some(outputs) => Some(Layout::Conv {
                    kernel,
                    inputs: 1,
                    outputs,
                    bias: self.bias,
                }),
                None => None,
            },
            Kind::SeparableConv => match self.multiplier.checked_mul(channels) {
                Some(middle) => Some(Layout::Separable {
                    kernel,
                    middle,
                    outputs: self.count,
                    bias: self.bias,
                }),
                None => None,
            },
            Kind::Dense | Kind::Softmax => match input.elements() {
                Some(inputs) => Some(Layout::Linear {
                    inputs,
                    outputs: self.count,
                    bias: self.bias,
                }),
                None => None,
            },
            Kind::BatchNorm => Some(Layout::BatchNorm { channels }),
            Kind::PRelu => Some(Layout::PRelu { channels }),
            Kind::ConvTranspose => {
                if self.groups == 0 {
                    return None;
                }
                Some(Layout::ConvTranspose {
                    kernel,
                    inputs: channels,
                    outputs_per_group: self.count / self.groups,
                    outputs: self.count,
                    bias: self.bias,
                })
            }
            Kind::LayerNorm | Kind::GroupNorm | Kind::Grn => Some(Layout::Norm { channels }),
            Kind::Scale => Some(Layout::Scale { channels }),
            // timm's `nn.Conv1d(1, 1, K, bias=False)`: weight `[1, 1, K]`.
            Kind::Eca => Some(Layout::Conv {
                kernel: Kernel {
                    sizes: [self.count, 1, 1],
                    rank: 1,
                },
                inputs: 1,
                outputs: 1,
                bias: false,
            }),
            Kind::Affine => Some(Layout::Affine),
            Kind::Gain => Some(Layout::Gain),
            Kind::BlurPool => Some(Layout::Blur { kernel, channels }),
            // timm's `conv_attn`, `nn.Conv2d(C, 1, 1)`: weight `[1, C, 1, 1]`
            // (its window is 1 on every axis of the input) and bias `[1]`.
            Kind::ContextPool => Some(Layout::Conv {
                kernel,
                inputs: channels,
                outputs: 1,
                bias: true,
            }),
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
            | Kind::From => None,
        }
    }
}
