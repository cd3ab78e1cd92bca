//! One declared layer ([`LayerSpec`]) and what it does to its input: the
//! output shape and the parameter counts ([`Step`]), every formula here once.

use crate::{Error, Field, Kind, Shape};

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

/// `a * b`, or an overflow error about `field`.
pub(crate) const fn mul(a: u64, b: u64, field: Field) -> Result<u64, Error> {
    match a.checked_mul(b) {
        Some(product) => Ok(product),
        None => Err(Error::Overflow { field }),
    }
}

/// `per_position` multiply-accumulates at each of `output`'s values.
const fn per_output(output: Shape, per_position: u64) -> Result<u64, Error> {
    match output.elements() {
        Some(n) => mul(n, per_position, Field::Macs),
        None => Err(Error::Overflow {
            field: Field::Shape,
        }),
    }
}

/// `a + b`, or an overflow error about `field`.
pub(crate) const fn add(a: u64, b: u64, field: Field) -> Result<u64, Error> {
    match a.checked_add(b) {
        Some(sum) => Ok(sum),
        None => Err(Error::Overflow { field }),
    }
}

/// How a windowed layer pads its input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Padding {
    /// No padding (`pad valid`, the default).
    Valid,
    /// Keras/TensorFlow `same`: the output is `ceil(input / stride)`.
    Same,
    /// PyTorch-style symmetric padding, `[height, width]` on each side.
    Explicit([u64; 2]),
}

/// One layer as declared: its kind and every option, defaults filled in.
///
/// ```
/// use cnn_core::{Kind, LayerSpec, Shape};
/// let conv = LayerSpec::new(Kind::Conv).window(5, 5).count(8);
/// let step = conv.apply(Shape::spatial(32, 32, 3)).unwrap();
/// assert_eq!(step.output, Shape::spatial(28, 28, 8));
/// assert_eq!(step.params, 608); // ((5*5*3)+1)*8, the article's CONV1
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LayerSpec {
    /// What the layer does.
    pub kind: Kind,
    /// For `input`: the declared shape.
    pub shape: Shape,
    /// Kernel or pooling window `[height, width]`; for `adaptivepool` the
    /// output size, for `zeropad` the padding.
    pub window: [u64; 2],
    /// Filters (`conv`, `sepconv`) or units (`fc`, `softmax N`).
    pub count: u64,
    /// The stride; `None` is the default (1, or the window for pooling).
    pub stride: Option<[u64; 2]>,
    /// The padding.
    pub padding: Padding,
    /// The dilation `[height, width]`.
    pub dilation: [u64; 2],
    /// Convolution groups.
    pub groups: u64,
    /// Depth multiplier (`dwconv`, `sepconv`).
    pub multiplier: u64,
    /// Whether the layer has a bias (`nobias` clears it).
    pub bias: bool,
    /// PyTorch's `ceil_mode=True` for pooling.
    pub ceil: bool,
}

/// What one layer does to its input: the output shape and its counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Step {
    /// The output shape.
    pub output: Shape,
    /// Learnable parameters (PyTorch's `sum(p.numel())`).
    pub params: u64,
    /// Non-trainable parameters (batch norm's running mean and variance).
    pub non_trainable_params: u64,
    /// Multiply-accumulates for one input, by torchvision's rule: a conv
    /// `Hout*Wout*Cout*KH*KW*Cin/groups`, a fully connected layer `in*out`,
    /// everything else 0 (bias, batch norm, activations, pooling).
    pub macs: u64,
}

/// How a layer's parameters are laid out as arrays, in PyTorch's
/// `state_dict` order: the numbers a weight type's const generics take.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layout {
    /// A convolution's weight `[outputs][inputs][kernel h][kernel w]`, then
    /// its bias `[outputs]` if it has one. A depthwise convolution has one
    /// input per output.
    Conv {
        /// Kernel `[height, width]`.
        kernel: [u64; 2],
        /// Input channels each filter sees (`C / groups`).
        inputs: u64,
        /// Filters.
        outputs: u64,
        /// Whether a bias follows.
        bias: bool,
    },
    /// A separable convolution: the depthwise weight
    /// `[middle][1][kernel h][kernel w]`, then the pointwise weight
    /// `[outputs][middle][1][1]` and its bias.
    Separable {
        /// Kernel `[height, width]`.
        kernel: [u64; 2],
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
}

/// The output size along one axis of a window sliding over `input`:
/// `floor((I + 2P - D*(K-1) - 1)/S) + 1`, or with `ceil` PyTorch's
/// `ceil_mode` (rounded up, but the last window must start inside the input
/// or its left padding). `None` if the window does not fit in the padded
/// input, a number is zero, or the arithmetic overflows.
///
/// ```
/// use cnn_core::output_size;
/// assert_eq!(output_size(32, 5, 1, 0, 1, false), Some(28));
/// assert_eq!(output_size(55, 3, 2, 0, 1, true), Some(27));
/// assert_eq!(output_size(4, 5, 1, 0, 1, false), None);
/// ```
pub const fn output_size(
    input: u64,
    kernel: u64,
    stride: u64,
    padding: u64,
    dilation: u64,
    ceil: bool,
) -> Option<u64> {
    if input == 0 || kernel == 0 || stride == 0 || dilation == 0 {
        return None;
    }
    let extent = match dilation.checked_mul(kernel - 1) {
        Some(span) => match span.checked_add(1) {
            Some(extent) => extent,
            None => return None,
        },
        None => return None,
    };
    let padded = match padding.checked_mul(2) {
        Some(both) => match input.checked_add(both) {
            Some(padded) => padded,
            None => return None,
        },
        None => return None,
    };
    if extent > padded {
        return None;
    }
    let room = padded - extent;
    // `room < u64::MAX` since `extent >= 1`, so neither `+ 1` overflows.
    let floor = room / stride + 1;
    if !ceil {
        return Some(floor);
    }
    let rounded_up = room.div_ceil(stride) + 1;
    // PyTorch drops the extra window that rounding up adds when it would
    // start in the right padding (`(out - 1) * stride >= input + padding`);
    // `input + padding <= padded` cannot overflow.
    if rounded_up > floor {
        let starts_in_right_padding = match (rounded_up - 1).checked_mul(stride) {
            Some(start) => start >= input + padding,
            None => true,
        };
        if starts_in_right_padding {
            return Some(floor);
        }
    }
    Some(rounded_up)
}

impl LayerSpec {
    /// A layer of `kind` with the language's defaults: window 1x1, count 1,
    /// default stride, no padding, dilation 1, one group, multiplier 1, bias.
    pub const fn new(kind: Kind) -> LayerSpec {
        LayerSpec {
            kind,
            shape: Shape::Flat(1),
            window: [1, 1],
            count: 1,
            stride: None,
            padding: Padding::Valid,
            dilation: [1, 1],
            groups: 1,
            multiplier: 1,
            bias: true,
            ceil: false,
        }
    }

    /// `input shape`.
    pub const fn input(shape: Shape) -> LayerSpec {
        let mut spec = LayerSpec::new(Kind::Input);
        spec.shape = shape;
        spec
    }

    /// The same layer with window `height x width`.
    pub const fn window(mut self, height: u64, width: u64) -> LayerSpec {
        self.window = [height, width];
        self
    }

    /// The same layer with `count` filters or units.
    pub const fn count(mut self, count: u64) -> LayerSpec {
        self.count = count;
        self
    }

    /// The same layer with stride `height x width`.
    pub const fn stride(mut self, height: u64, width: u64) -> LayerSpec {
        self.stride = Some([height, width]);
        self
    }

    /// The same layer with `padding`.
    pub const fn padding(mut self, padding: Padding) -> LayerSpec {
        self.padding = padding;
        self
    }

    /// The same layer with dilation `height x width`.
    pub const fn dilation(mut self, height: u64, width: u64) -> LayerSpec {
        self.dilation = [height, width];
        self
    }

    /// The same layer with `groups`.
    pub const fn groups(mut self, groups: u64) -> LayerSpec {
        self.groups = groups;
        self
    }

    /// The same layer with depth `multiplier`.
    pub const fn multiplier(mut self, multiplier: u64) -> LayerSpec {
        self.multiplier = multiplier;
        self
    }

    /// The same layer without bias.
    pub const fn no_bias(mut self) -> LayerSpec {
        self.bias = false;
        self
    }

    /// The same pooling layer with PyTorch's `ceil_mode=True`.
    pub const fn ceil_mode(mut self) -> LayerSpec {
        self.ceil = true;
        self
    }

    /// The stride in effect: the declared one, else the window for pooling
    /// and 1 for everything else.
    pub const fn effective_stride(&self) -> [u64; 2] {
        match self.stride {
            Some(stride) => stride,
            None if self.kind.is_pooling() => self.window,
            None => [1, 1],
        }
    }

    /// The output channels of a convolution-like layer given `channels` in.
    const fn filters(&self, channels: u64) -> Result<u64, Error> {
        match self.kind {
            Kind::DepthwiseConv => mul(self.multiplier, channels, Field::Multiplier),
            Kind::Conv | Kind::SeparableConv => Ok(self.count),
            _ => Ok(channels),
        }
    }

    /// Checks the numbers that must not be zero, whatever the input: the
    /// errors [`LayerSpec::apply`] gives before it looks at its input.
    pub const fn validate(&self) -> Result<(), Error> {
        let kind = self.kind;
        if let Kind::Input = kind {
            return match self.shape {
                Shape::Spatial {
                    height,
                    width,
                    channels,
                } if height == 0 || width == 0 || channels == 0 => Err(Error::Zero {
                    field: Field::Shape,
                }),
                Shape::Flat(0) => Err(Error::Zero {
                    field: Field::Shape,
                }),
                _ => Ok(()),
            };
        }
        let uses_window = kind.is_windowed() || matches!(kind, Kind::AdaptiveAvgPool);
        if uses_window && (self.window[0] == 0 || self.window[1] == 0) {
            return Err(Error::Zero {
                field: Field::Window,
            });
        }
        let counted = matches!(
            kind,
            Kind::Conv | Kind::SeparableConv | Kind::Dense | Kind::Softmax
        );
        if counted && self.count == 0 {
            return Err(Error::Zero {
                field: Field::Count,
            });
        }
        if kind.is_windowed() {
            let [sh, sw] = self.effective_stride();
            if sh == 0 || sw == 0 {
                return Err(Error::Zero {
                    field: Field::Stride,
                });
            }
            if self.dilation[0] == 0 || self.dilation[1] == 0 {
                return Err(Error::Zero {
                    field: Field::Dilation,
                });
            }
        }
        if self.groups == 0 {
            return Err(Error::Zero {
                field: Field::Groups,
            });
        }
        if self.multiplier == 0 {
            return Err(Error::Zero {
                field: Field::Multiplier,
            });
        }
        Ok(())
    }

    /// The output of a sliding window over a `height x width` input.
    const fn slide(&self, input: Shape, channels_out: u64) -> Result<Shape, Error> {
        let [height, width] = match input.spatial_size() {
            Some(size) => size,
            None => return Err(Error::NeedsSpatial { input }),
        };
        let [sh, sw] = self.effective_stride();
        let (out_h, out_w) = match self.padding {
            Padding::Same => (height.div_ceil(sh), width.div_ceil(sw)),
            Padding::Valid | Padding::Explicit(_) => {
                let [ph, pw] = match self.padding {
                    Padding::Explicit(pad) => pad,
                    _ => [0, 0],
                };
                let extent_h = tri!(add(
                    tri!(mul(self.dilation[0], self.window[0] - 1, Field::Dilation)),
                    1,
                    Field::Dilation
                ));
                let extent_w = tri!(add(
                    tri!(mul(self.dilation[1], self.window[1] - 1, Field::Dilation)),
                    1,
                    Field::Dilation
                ));
                if self.kind.is_pooling() && (ph > extent_h / 2 || pw > extent_w / 2) {
                    return Err(Error::PoolPaddingTooLarge {
                        padding: [ph, pw],
                        window: [extent_h, extent_w],
                    });
                }
                let padded_h = tri!(add(
                    height,
                    tri!(mul(ph, 2, Field::Padding)),
                    Field::Padding
                ));
                let padded_w = tri!(add(width, tri!(mul(pw, 2, Field::Padding)), Field::Padding));
                if padded_h < extent_h || padded_w < extent_w {
                    return Err(Error::WindowTooLarge {
                        window: [extent_h, extent_w],
                        padding: [ph, pw],
                        padded: [padded_h, padded_w],
                        input,
                    });
                }
                let h = output_size(height, self.window[0], sh, ph, self.dilation[0], self.ceil);
                let w = output_size(width, self.window[1], sw, pw, self.dilation[1], self.ceil);
                match (h, w) {
                    (Some(h), Some(w)) => (h, w),
                    // The window fits and nothing overflowed above, so
                    // `output_size` cannot fail; say so rather than panic.
                    _ => {
                        return Err(Error::Overflow {
                            field: Field::Shape,
                        })
                    }
                }
            }
        };
        Ok(Shape::spatial(out_h, out_w, channels_out))
    }

    /// How the layer's parameters are laid out on `input`, or `None` for a
    /// layer without parameters. Call it after [`LayerSpec::apply`]
    /// succeeded on the same input.
    ///
    /// ```
    /// use cnn_core::{Kind, LayerSpec, Layout, Shape};
    /// let conv = LayerSpec::new(Kind::Conv).window(3, 3).count(32).groups(4);
    /// assert_eq!(
    ///     conv.layout(Shape::spatial(8, 8, 16)),
    ///     Some(Layout::Conv { kernel: [3, 3], inputs: 4, outputs: 32, bias: true })
    /// );
    /// ```
    pub const fn layout(&self, input: Shape) -> Option<Layout> {
        let channels = input.channels();
        match self.kind {
            Kind::Conv if self.groups > 0 => Some(Layout::Conv {
                kernel: self.window,
                inputs: channels / self.groups,
                outputs: self.count,
                bias: self.bias,
            }),
            Kind::DepthwiseConv => match self.multiplier.checked_mul(channels) {
                Some(outputs) => Some(Layout::Conv {
                    kernel: self.window,
                    inputs: 1,
                    outputs,
                    bias: self.bias,
                }),
                None => None,
            },
            Kind::SeparableConv => match self.multiplier.checked_mul(channels) {
                Some(middle) => Some(Layout::Separable {
                    kernel: self.window,
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
            _ => None,
        }
    }

    /// Applies the layer to `input`: its output shape and parameter counts,
    /// or why it cannot be applied. For [`Kind::Input`] the input is ignored
    /// and the declared shape comes out.
    pub const fn apply(&self, input: Shape) -> Result<Step, Error> {
        tri!(self.validate());
        let empty_input = match input {
            Shape::Spatial {
                height,
                width,
                channels,
            } => height == 0 || width == 0 || channels == 0,
            Shape::Flat(n) => n == 0,
        };
        if empty_input && !matches!(self.kind, Kind::Input) {
            return Err(Error::Zero {
                field: Field::Shape,
            });
        }
        // A spatial layer on a vector is the first thing wrong with it,
        // whatever its groups or window.
        let spatial_only = self.kind.is_windowed()
            || matches!(
                self.kind,
                Kind::GlobalAvgPool | Kind::GlobalMaxPool | Kind::AdaptiveAvgPool | Kind::ZeroPad
            );
        if spatial_only && !input.is_spatial() {
            return Err(Error::NeedsSpatial { input });
        }
        let channels = input.channels();
        let bias = if self.bias { 1 } else { 0 };
        let (output, params, non_trainable_params, macs) = match self.kind {
            Kind::Input => (self.shape, 0, 0, 0),
            Kind::Conv => {
                if channels % self.groups != 0 {
                    return Err(Error::GroupsInput {
                        groups: self.groups,
                        channels,
                    });
                }
                if self.count % self.groups != 0 {
                    return Err(Error::GroupsFilters {
                        groups: self.groups,
                        filters: self.count,
                    });
                }
                let output = tri!(self.slide(input, self.count));
                // ((KH*KW*C/groups) + 1) * F
                let area = tri!(mul(self.window[0], self.window[1], Field::Params));
                let per_filter = tri!(mul(area, channels / self.groups, Field::Params));
                let macs = tri!(per_output(output, per_filter));
                let per_filter = tri!(add(per_filter, bias, Field::Params));
                (
                    output,
                    tri!(mul(per_filter, self.count, Field::Params)),
                    0,
                    macs,
                )
            }
            Kind::DepthwiseConv => {
                let filters = tri!(self.filters(channels));
                let output = tri!(self.slide(input, filters));
                // KH*KW*M*C + M*C
                let area = tri!(mul(self.window[0], self.window[1], Field::Params));
                let weights = tri!(mul(area, filters, Field::Params));
                let macs = tri!(per_output(output, area));
                (
                    output,
                    tri!(add(weights, bias * filters, Field::Params)),
                    0,
                    macs,
                )
            }
            Kind::SeparableConv => {
                let depthwise = tri!(mul(self.multiplier, channels, Field::Multiplier));
                let output = tri!(self.slide(input, self.count));
                // KH*KW*M*C + M*C*F + F
                let area = tri!(mul(self.window[0], self.window[1], Field::Params));
                let depthwise_weights = tri!(mul(area, depthwise, Field::Params));
                let pointwise = tri!(mul(depthwise, self.count, Field::Params));
                let weights = tri!(add(depthwise_weights, pointwise, Field::Params));
                let params = tri!(add(weights, bias * self.count, Field::Params));
                // The depthwise part at every output position, then the
                // pointwise part: `Hout*Wout*(KH*KW*M*C + M*C*F)`.
                let positions = match output.spatial_size() {
                    Some([h, w]) => tri!(mul(h, w, Field::Macs)),
                    None => 0,
                };
                let macs = tri!(mul(positions, weights, Field::Macs));
                (output, params, 0, macs)
            }
            Kind::MaxPool | Kind::AvgPool => (tri!(self.slide(input, channels)), 0, 0, 0),
            Kind::GlobalAvgPool | Kind::GlobalMaxPool => match input {
                Shape::Spatial { .. } => (Shape::spatial(1, 1, channels), 0, 0, 0),
                Shape::Flat(_) => return Err(Error::NeedsSpatial { input }),
            },
            Kind::AdaptiveAvgPool => match input {
                Shape::Spatial { .. } => (
                    Shape::spatial(self.window[0], self.window[1], channels),
                    0,
                    0,
                    0,
                ),
                Shape::Flat(_) => return Err(Error::NeedsSpatial { input }),
            },
            Kind::ZeroPad => match input {
                Shape::Spatial {
                    height,
                    width,
                    channels,
                } => {
                    let h = tri!(add(
                        height,
                        tri!(mul(self.window[0], 2, Field::Shape)),
                        Field::Shape
                    ));
                    let w = tri!(add(
                        width,
                        tri!(mul(self.window[1], 2, Field::Shape)),
                        Field::Shape
                    ));
                    (Shape::spatial(h, w, channels), 0, 0, 0)
                }
                Shape::Flat(_) => return Err(Error::NeedsSpatial { input }),
            },
            Kind::Flatten => match input.elements() {
                Some(n) => (Shape::Flat(n), 0, 0, 0),
                None => {
                    return Err(Error::Overflow {
                        field: Field::Shape,
                    })
                }
            },
            Kind::Dense | Kind::Softmax => {
                // N*P + N, flattening a spatial input first.
                let inputs = match input.elements() {
                    Some(n) => n,
                    None => {
                        return Err(Error::Overflow {
                            field: Field::Shape,
                        })
                    }
                };
                let weights = tri!(mul(self.count, inputs, Field::Params));
                let params = tri!(add(weights, bias * self.count, Field::Params));
                (Shape::Flat(self.count), params, 0, weights)
            }
            Kind::PRelu => (input, channels, 0, 0),
            Kind::BatchNorm => {
                let both = tri!(mul(2, channels, Field::Params));
                (input, both, both, 0)
            }
            Kind::Activation(_) | Kind::Dropout | Kind::Block(_) => (input, 0, 0, 0),
        };
        // Every activation must be countable, or its memory and compute are.
        if output.elements().is_none() {
            return Err(Error::Overflow {
                field: Field::Shape,
            });
        }
        Ok(Step {
            output,
            params,
            non_trainable_params,
            macs,
        })
    }
}
