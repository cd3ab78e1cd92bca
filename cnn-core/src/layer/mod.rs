//! One declared layer ([`LayerSpec`]) and what it does to its input: the
//! output shape and the parameter counts ([`Step`]), every formula here once.

pub mod axes;
pub mod block;
mod build;
pub mod eps;
pub mod receptive;
pub mod recover;
pub mod standardise;
pub mod window;

use crate::arith::{add, mul, per_output, tri};
use crate::layer::axes::{product, Resolved};
use crate::layer::standardise::Standardise;
use crate::layer::window::Window;
use crate::{Axes, Eps, Error, Field, Kind, Padding, Shape};

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
    /// Kernel or pooling window per spatial axis; for `adaptivepool` and
    /// `resize` the output size, for `upsample` the factor, for `zeropad`
    /// the padding, for `slice` its first channel.
    pub window: Axes,
    /// Filters (`conv`, `sepconv`), units (`fc`, `softmax N`) or the
    /// channels a `slice` takes.
    pub count: u64,
    /// The stride; `None` is the default (1, or the window for pooling).
    pub stride: Option<Axes>,
    /// The padding.
    pub padding: Padding,
    /// The dilation.
    pub dilation: Axes,
    /// Convolution groups.
    pub groups: u64,
    /// Depth multiplier (`dwconv`, `sepconv`).
    pub multiplier: u64,
    /// Whether the layer has a bias (`nobias` clears it).
    pub bias: bool,
    /// PyTorch's `ceil_mode=True` for pooling.
    pub ceil: bool,
    /// A transposed convolution's output padding (`outpad`), added to
    /// one side of the output.
    pub outpad: Axes,
    /// Whether `upsample` or `resize` interpolates (`bilinear`) rather than
    /// repeating the nearest value. It changes no count.
    pub bilinear: bool,
    /// A norm's `eps`, a weight-standardised conv's, or `leakyrelu`'s
    /// `slope`: the one real number a layer takes (no kind takes two); it
    /// changes no count.
    pub eps: Eps,
    /// A conv's weight standardisation (`ws`, `scaledws`).
    pub standardise: Standardise,
    /// The constant a layer multiplies by: `times X`'s `X`, a `scaledws`
    /// conv's `gamma` ([`Eps::DEFAULT`], standing for 1, if none is
    /// written). It changes no count.
    pub factor: Eps,
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
    /// The stride in effect: the declared one, else the window for pooling
    /// and 1 for everything else.
    pub const fn effective_stride(&self) -> Axes {
        match self.stride {
            Some(stride) => stride,
            None if self.kind.is_pooling() => self.window,
            None => Axes::unwritten(1),
        }
    }

    /// The window, stride, padding, dilation and output padding laid over
    /// the `rank` axes of an input, or the error that names which of them
    /// does not have that many axes. A kernel (`conv 3x3x64`) must give
    /// every axis; a window, size or option may give one number for all.
    pub const fn on_axes(&self, input: Shape) -> Result<Resolved, Error> {
        let rank = input.rank();
        let info = self.kind.info();
        let exact = matches!(info.argument, crate::Argument::KernelFilters);
        let uses_window = info.uses_window || matches!(self.kind, Kind::ZeroPad);
        let window = if uses_window {
            match self.window.on(rank, !exact, 1) {
                Some(window) => window,
                None => {
                    return Err(Error::Rank {
                        field: Field::Window,
                        written: self.window.written() as u8,
                        input,
                    })
                }
            }
        } else {
            [1; 3]
        };
        // Only what the kind takes: a stride set through the API on a
        // layer that has none (a `relu`) does not have to fit.
        let windowed = info.windowed;
        let stride_axes = self.effective_stride();
        let stride = match stride_axes.on(rank, true, 1) {
            _ if !windowed => [1; 3],
            Some(stride) => stride,
            None if self.stride.is_none() => window,
            None => {
                return Err(Error::Rank {
                    field: Field::Stride,
                    written: stride_axes.written() as u8,
                    input,
                })
            }
        };
        let dilation = match self.dilation.on(rank, true, 1) {
            // A blur's filter is dense: it takes no dilation.
            _ if !windowed || matches!(self.kind, Kind::BlurPool) => [1; 3],
            Some(dilation) => dilation,
            None => {
                return Err(Error::Rank {
                    field: Field::Dilation,
                    written: self.dilation.written() as u8,
                    input,
                })
            }
        };
        let padding = match self.padding {
            _ if !windowed => Some([0; 3]),
            // timm's `get_padding(K, S)`, `((S-1) + (K-1)) / 2` per axis,
            // never written.
            _ if matches!(self.kind, Kind::BlurPool) => {
                let mut padding = [0; 3];
                let mut axis = 0;
                while axis < rank {
                    // Halved without overflow: (a + b) / 2 for any a, b.
                    let (a, b) = (
                        stride[axis].saturating_sub(1),
                        window[axis].saturating_sub(1),
                    );
                    padding[axis] = a / 2 + b / 2 + (a % 2 + b % 2) / 2;
                    axis += 1;
                }
                Some(padding)
            }
            Padding::Same => None,
            Padding::Valid => Some([0; 3]),
            Padding::Explicit(padding) => match padding.on(rank, true, 0) {
                Some(padding) => Some(padding),
                None => {
                    return Err(Error::Rank {
                        field: Field::Padding,
                        written: padding.written() as u8,
                        input,
                    })
                }
            },
        };
        let outpad = match self.outpad.on(rank, true, 0) {
            // `zeropad`'s `end Q` lives here too.
            _ if !matches!(self.kind, Kind::ConvTranspose | Kind::ZeroPad) => [0; 3],
            Some(outpad) => outpad,
            None => {
                return Err(Error::Rank {
                    field: Field::OutPad,
                    written: self.outpad.written() as u8,
                    input,
                })
            }
        };
        Ok(Resolved {
            rank,
            window,
            stride,
            dilation,
            padding,
            outpad,
        })
    }

    /// The layer's window as it slides over axes laid out as `axes`.
    const fn sliding(&self, axes: &Resolved) -> Window {
        Window {
            kernel: axes.window,
            stride: axes.stride,
            padding: axes.padding,
            dilation: axes.dilation,
            ceil: self.ceil,
            pooling: self.kind.is_pooling(),
        }
    }

    /// Checks the numbers that must not be zero, whatever the input: the
    /// errors [`LayerSpec::apply`] gives before it looks at its input.
    pub const fn validate(&self) -> Result<(), Error> {
        let info = self.kind.info();
        if info.is_input {
            let shape = self.shape;
            let axes = shape.axes();
            let empty = shape.channels() == 0 || axes[0] == 0 || axes[1] == 0 || axes[2] == 0;
            return if empty {
                Err(Error::Zero {
                    field: Field::Shape,
                })
            } else {
                Ok(())
            };
        }
        if info.uses_window && self.window.has_zero() {
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
            if self.effective_stride().has_zero() {
                return Err(Error::Zero {
                    field: Field::Stride,
                });
            }
            if self.dilation.has_zero() {
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
        let info = self.kind.info();
        // Any size of 0 (past the rank the axes are 1), even where the
        // product of the others overflows.
        let sizes = input.axes();
        let empty_input = input.channels() == 0 || sizes[0] == 0 || sizes[1] == 0 || sizes[2] == 0;
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
        let axes = if info.is_input {
            Resolved::NONE
        } else {
            tri!(self.on_axes(input))
        };
        let rank = axes.rank;
        let channels = input.channels();
        let bias = if self.bias { 1 } else { 0 };
        let (output, params, non_trainable_params, macs) = match self.kind {
            Kind::Input => (self.shape, 0, 0, 0),
            Kind::Conv => {
                if !channels.is_multiple_of(self.groups) {
                    return Err(Error::GroupsInput {
                        groups: self.groups,
                        channels,
                    });
                }
                if !self.count.is_multiple_of(self.groups) {
                    return Err(Error::GroupsFilters {
                        groups: self.groups,
                        filters: self.count,
                    });
                }
                let output = tri!(self.sliding(&axes).slide(input, self.count));
                // The kernel's positions: KH*KW (or K, or KD*KH*KW).
                let kernel = tri!(product(axes.window, rank, Field::Params));
                // ((KH*KW*C/groups) + 1) * F
                let per_filter = tri!(mul(kernel, channels / self.groups, Field::Params));
                // Standardised over one weight, every weight is 0.
                if self.standardise.is_on() && per_filter == 1 {
                    return Err(Error::StandardiseOne {
                        channels: channels / self.groups,
                    });
                }
                // The standardisation is not a multiply-accumulate
                // (PyTorch's counter counts the conv alone).
                let macs = tri!(per_output(output, per_filter));
                let per_filter = tri!(add(per_filter, bias, Field::Params));
                let per_filter = tri!(add(per_filter, self.standardise.gains(1), Field::Params));
                (
                    output,
                    tri!(mul(per_filter, self.count, Field::Params)),
                    0,
                    macs,
                )
            }
            Kind::DepthwiseConv => {
                let kernel = tri!(product(axes.window, rank, Field::Params));
                let filters = tri!(mul(self.multiplier, channels, Field::Multiplier));
                let output = tri!(self.sliding(&axes).slide(input, filters));
                // KH*KW*M*C + M*C
                let weights = tri!(mul(kernel, filters, Field::Params));
                let macs = tri!(per_output(output, kernel));
                (
                    output,
                    tri!(add(weights, bias * filters, Field::Params)),
                    0,
                    macs,
                )
            }
            Kind::SeparableConv => {
                let kernel = tri!(product(axes.window, rank, Field::Params));
                let depthwise = tri!(mul(self.multiplier, channels, Field::Multiplier));
                let output = tri!(self.sliding(&axes).slide(input, self.count));
                // KH*KW*M*C + M*C*F + F
                let depthwise_weights = tri!(mul(kernel, depthwise, Field::Params));
                let pointwise = tri!(mul(depthwise, self.count, Field::Params));
                let weights = tri!(add(depthwise_weights, pointwise, Field::Params));
                let params = tri!(add(weights, bias * self.count, Field::Params));
                // The depthwise part at every output position, then the
                // pointwise part: `Hout*Wout*(KH*KW*M*C + M*C*F)`.
                let positions = match output.positions() {
                    Some(positions) => positions,
                    None => return Err(Error::Overflow { field: Field::Macs }),
                };
                let macs = tri!(mul(positions, weights, Field::Macs));
                (output, params, 0, macs)
            }
            Kind::MaxPool | Kind::AvgPool => {
                (tri!(self.sliding(&axes).slide(input, channels)), 0, 0, 0)
            }
            Kind::GlobalAvgPool | Kind::GlobalMaxPool => {
                (Shape::of_axes([1; 3], rank, channels), 0, 0, 0)
            }
            Kind::AdaptiveAvgPool | Kind::Resize => {
                (Shape::of_axes(axes.window, rank, channels), 0, 0, 0)
            }
            Kind::ZeroPad => {
                let sizes = input.axes();
                let mut out = [1; 3];
                let mut axis = 0;
                while axis < rank {
                    // `end Q` pads Q after each axis; without it, the
                    // padding before.
                    let after = if self.outpad.written() > 0 {
                        axes.outpad[axis]
                    } else {
                        axes.window[axis]
                    };
                    let before = tri!(add(sizes[axis], axes.window[axis], Field::Shape));
                    out[axis] = tri!(add(before, after, Field::Shape));
                    axis += 1;
                }
                (Shape::of_axes(out, rank, channels), 0, 0, 0)
            }
            Kind::Upsample => {
                let sizes = input.axes();
                let mut out = [1; 3];
                let mut axis = 0;
                while axis < rank {
                    out[axis] = tri!(mul(sizes[axis], axes.window[axis], Field::Shape));
                    axis += 1;
                }
                (Shape::of_axes(out, rank, channels), 0, 0, 0)
            }
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
                if !channels.is_multiple_of(self.groups) {
                    return Err(Error::GroupsInput {
                        groups: self.groups,
                        channels,
                    });
                }
                if !self.count.is_multiple_of(self.groups) {
                    return Err(Error::GroupsFilters {
                        groups: self.groups,
                        filters: self.count,
                    });
                }
                let output = tri!(self
                    .sliding(&axes)
                    .slide_back(input, self.count, axes.outpad));
                // The kernel's positions: KH*KW (or K, or KD*KH*KW).
                let kernel = tri!(product(axes.window, rank, Field::Params));
                // KH*KW*C*(F/groups) + F: each input channel has F/groups
                // filters of its own.
                let per_input = tri!(mul(kernel, self.count / self.groups, Field::Params));
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
            Kind::LayerNorm => {
                // Weight and bias over the channels at each position, or
                // over a vector's values.
                (input, tri!(mul(2, channels, Field::Params)), 0, 0)
            }
            Kind::GroupNorm => {
                if !channels.is_multiple_of(self.count) {
                    return Err(Error::GroupsChannels {
                        groups: self.count,
                        channels,
                    });
                }
                (input, tri!(mul(2, channels, Field::Params)), 0, 0)
            }
            Kind::Scale => (input, channels, 0, 0),
            // Weight and bias per channel (timm's `GlobalResponseNorm`);
            // the norms and their mean are not multiply-accumulates.
            Kind::Grn => (input, tri!(mul(2, channels, Field::Params)), 0, 0),
            Kind::Eca => {
                if self.count.is_multiple_of(2) {
                    return Err(Error::EvenKernel { kernel: self.count });
                }
                // timm's `Conv1d(1, 1, K, padding=(K-1)/2, bias=False)` over
                // the C channels of each position: K weights, and as
                // PyTorch's counter, C outputs of K taps each.
                (input, self.count, 0, tri!(per_output(input, self.count)))
            }
            // timm's `LearnableAffineBlock`: one scale and one bias for the
            // whole map.
            Kind::Affine => (input, 2, 0, 0),
            // NFNet's `skipinit_gain`: one learnt multiplier for the whole
            // map; PyTorch's counter counts no multiply by a scalar.
            Kind::Gain => (input, 1, 0, 0),
            Kind::ContextPool => {
                // timm's `GlobalContext`: `Conv2d(C, 1, 1)` (C weights and a
                // bias, C MACs at each position), then the weighted sum
                // `x @ attn`, a matmul PyTorch's counter counts at C*H*W;
                // the softmax counts none.
                let per_position = tri!(add(channels, 1, Field::Params));
                let output = Shape::of_axes([1; 3], rank, channels);
                (output, per_position, 0, tri!(per_output(input, 2)))
            }
            Kind::BlurPool => {
                // Reflection mirrors the input about its edges, so each
                // side's padding must be shorter than the axis, as
                // PyTorch's `F.pad(mode='reflect')` requires.
                let padding = match axes.padding {
                    Some(padding) => padding,
                    None => [0; 3],
                };
                let sizes = input.axes();
                let mut axis = 0;
                while axis < rank {
                    if padding[axis] >= sizes[axis] {
                        return Err(Error::ReflectPadding { padding, input });
                    }
                    axis += 1;
                }
                // Every window starts and ends inside the padded input:
                // no `ceil`, which a blur does not take.
                let window = Window {
                    ceil: false,
                    ..self.sliding(&axes)
                };
                let output = tri!(window.slide(input, channels));
                // The filter, `[C, 1, K, K]`, is a buffer (timm registers
                // `filt`); PyTorch's counter counts the depthwise conv it
                // runs: every output value, the filter's taps each.
                let kernel = tri!(product(axes.window, rank, Field::Params));
                let buffer = tri!(mul(kernel, channels, Field::Params));
                (output, 0, buffer, tri!(per_output(output, kernel)))
            }
            Kind::SpaceToDepth => {
                // Each axis of `S` becomes `S / B`, and the channels gain a
                // factor of `B` per axis: no value is added or lost.
                let block = self.count;
                let sizes = input.axes();
                let spatial = input.rank();
                let mut out = [1; 3];
                let mut grown = channels;
                let mut axis = 0;
                while axis < spatial {
                    if !sizes[axis].is_multiple_of(block) {
                        return Err(Error::SpaceBlock { block, input });
                    }
                    out[axis] = sizes[axis] / block;
                    grown = tri!(mul(grown, block, Field::Shape));
                    axis += 1;
                }
                (Shape::of_axes(out, spatial, grown), 0, 0, 0)
            }
            Kind::Shuffle => {
                if !channels.is_multiple_of(self.count) {
                    return Err(Error::GroupsChannels {
                        groups: self.count,
                        channels,
                    });
                }
                (input, 0, 0, 0)
            }
            Kind::Slice => {
                let start = self.slice_start();
                let end = tri!(add(start, self.count, Field::Count));
                if end > channels {
                    return Err(Error::SliceOutside {
                        start,
                        end,
                        channels,
                    });
                }
                // A copy: PyTorch's counter counts no multiply for it.
                (input.with_channels(self.count), 0, 0, 0)
            }
            Kind::PRelu => (input, channels, 0, 0),
            Kind::BatchNorm => {
                let both = tri!(mul(2, channels, Field::Params));
                (input, both, both, 0)
            }
            Kind::Activation(_) | Kind::Dropout | Kind::Times | Kind::Block(_) | Kind::From => {
                (input, 0, 0, 0)
            }
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
