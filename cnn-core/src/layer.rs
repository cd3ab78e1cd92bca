//! One declared layer ([`LayerSpec`]) and what it does to its input: the
//! output shape and the parameter counts ([`Step`]), every formula here once.

use crate::arith::{add, mul, per_output, tri};
use crate::window::Window;
use crate::{Error, Field, Kind, Padding, Shape};

/// One layer as declared: its kind and every option, defaults filled in.
///
/// ```
/// use cnn::{Kind, LayerSpec, Shape};
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
    /// A transposed convolution's output padding `[height, width]`
    /// (`outpad`), added to one side of the output.
    pub outpad: [u64; 2],
    /// Whether `upsample` or `resize` interpolates (`bilinear`) rather than
    /// repeating the nearest value. It changes no count.
    pub bilinear: bool,
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
            outpad: [0, 0],
            bilinear: false,
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

    /// The same transposed convolution with output padding
    /// `height x width`.
    pub const fn outpad(mut self, height: u64, width: u64) -> LayerSpec {
        self.outpad = [height, width];
        self
    }

    /// The same `upsample` or `resize`, interpolating.
    pub const fn bilinear(mut self) -> LayerSpec {
        self.bilinear = true;
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

    /// The layer's window as it slides.
    const fn sliding(&self) -> Window {
        Window {
            kernel: self.window,
            stride: self.effective_stride(),
            padding: self.padding,
            dilation: self.dilation,
            ceil: self.ceil,
            pooling: self.kind.is_pooling(),
        }
    }

    /// Checks the numbers that must not be zero, whatever the input: the
    /// errors [`LayerSpec::apply`] gives before it looks at its input.
    pub const fn validate(&self) -> Result<(), Error> {
        let info = self.kind.info();
        if info.is_input {
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
                Shape::Spatial { .. } | Shape::Flat(_) => Ok(()),
            };
        }
        if info.uses_window && (self.window[0] == 0 || self.window[1] == 0) {
            return Err(Error::Zero {
                field: Field::Window,
            });
        }
        if info.has_count && self.count == 0 {
            return Err(Error::Zero {
                field: Field::Count,
            });
        }
        if info.windowed {
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
        let info = self.kind.info();
        if empty_input && !info.is_input {
            return Err(Error::Zero {
                field: Field::Shape,
            });
        }
        // A spatial layer on a vector is the first thing wrong with it,
        // whatever its groups or window.
        if info.spatial_only && !input.is_spatial() {
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
                let output = tri!(self.sliding().slide(input, self.count));
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
                let filters = tri!(mul(self.multiplier, channels, Field::Multiplier));
                let output = tri!(self.sliding().slide(input, filters));
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
                let output = tri!(self.sliding().slide(input, self.count));
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
            Kind::MaxPool | Kind::AvgPool => (tri!(self.sliding().slide(input, channels)), 0, 0, 0),
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
            Kind::ConvTranspose => {
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
                let output = tri!(self.sliding().slide_back(input, self.count, self.outpad));
                // KH*KW*C*(F/groups) + F: each input channel has F/groups
                // filters of its own.
                let area = tri!(mul(self.window[0], self.window[1], Field::Params));
                let per_input = tri!(mul(area, self.count / self.groups, Field::Params));
                let weights = tri!(mul(per_input, channels, Field::Params));
                // Every input position, as PyTorch's counter:
                // `Hin*Win*C*(F/groups)*KH*KW`.
                let macs = tri!(per_output(input, per_input));
                (
                    output,
                    tri!(add(weights, bias * self.count, Field::Params)),
                    0,
                    macs,
                )
            }
            Kind::Upsample => match input.spatial_size() {
                Some([height, width]) => (
                    Shape::spatial(
                        tri!(mul(height, self.window[0], Field::Shape)),
                        tri!(mul(width, self.window[1], Field::Shape)),
                        channels,
                    ),
                    0,
                    0,
                    0,
                ),
                None => return Err(Error::NeedsSpatial { input }),
            },
            Kind::Resize => match input {
                Shape::Spatial { .. } => (
                    Shape::spatial(self.window[0], self.window[1], channels),
                    0,
                    0,
                    0,
                ),
                Shape::Flat(_) => return Err(Error::NeedsSpatial { input }),
            },
            Kind::LayerNorm => {
                // Weight and bias over the channels at each position, or
                // over a vector's values.
                (input, tri!(mul(2, channels, Field::Params)), 0, 0)
            }
            Kind::GroupNorm => {
                if channels % self.count != 0 {
                    return Err(Error::GroupsChannels {
                        groups: self.count,
                        channels,
                    });
                }
                (input, tri!(mul(2, channels, Field::Params)), 0, 0)
            }
            Kind::Scale => (input, channels, 0, 0),
            Kind::Shuffle => {
                if channels % self.count != 0 {
                    return Err(Error::GroupsChannels {
                        groups: self.count,
                        channels,
                    });
                }
                (input, 0, 0, 0)
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
