//! How a layer's description is built: a kind with the language's
//! defaults, then one option at a time, as the parser and the
//! importer read them (each a `const fn`, so tables are built in
//! `const`).

use crate::layer::standardise::Standardise;
use crate::layer::LayerSpec;
use crate::{Axes, Eps, Kind, Padding, Shape};

impl LayerSpec {
    /// A layer of `kind` with the language's defaults: window 1x1, count 1,
    /// default stride, no padding, dilation 1, one group, multiplier 1, bias.
    pub const fn new(kind: Kind) -> LayerSpec {
        LayerSpec {
            kind,
            shape: Shape::Flat(1),
            window: Axes::unwritten(1),
            count: 1,
            stride: None,
            padding: Padding::Valid,
            dilation: Axes::unwritten(1),
            groups: 1,
            multiplier: 1,
            bias: true,
            ceil: false,
            outpad: Axes::unwritten(0),
            bilinear: false,
            eps: Eps::DEFAULT,
            standardise: Standardise::None,
            factor: Eps::DEFAULT,
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
        self.window = Axes::two(height, width);
        self
    }

    /// The same layer with a window of any rank, as written.
    pub const fn window_axes(mut self, window: Axes) -> LayerSpec {
        self.window = window;
        self
    }

    /// `slice start..end`: channels `start` to `end` (not included), which
    /// the layer keeps as its count (`end - start`) and, in its window,
    /// its first channel. `end` before `start` gives an empty slice,
    /// which `validate` refuses as a zero count.
    pub const fn channels(mut self, start: u64, end: u64) -> LayerSpec {
        self.window = Axes::unwritten(start);
        self.count = end.saturating_sub(start);
        self
    }

    /// A `slice`'s first channel (see [`LayerSpec::channels`]).
    pub const fn slice_start(&self) -> u64 {
        self.window.values()[0]
    }

    /// The same layer with `count` filters or units.
    pub const fn count(mut self, count: u64) -> LayerSpec {
        self.count = count;
        self
    }

    /// The same layer with stride `height x width`.
    pub const fn stride(mut self, height: u64, width: u64) -> LayerSpec {
        self.stride = Some(Axes::two(height, width));
        self
    }

    /// The same layer with a stride of any rank, as written.
    pub const fn stride_axes(mut self, stride: Axes) -> LayerSpec {
        self.stride = Some(stride);
        self
    }

    /// The same layer with `padding`.
    pub const fn padding(mut self, padding: Padding) -> LayerSpec {
        self.padding = padding;
        self
    }

    /// The same layer with dilation `height x width`.
    pub const fn dilation(mut self, height: u64, width: u64) -> LayerSpec {
        self.dilation = Axes::two(height, width);
        self
    }

    /// The same layer with a dilation of any rank, as written.
    pub const fn dilation_axes(mut self, dilation: Axes) -> LayerSpec {
        self.dilation = dilation;
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
        self.outpad = Axes::two(height, width);
        self
    }

    /// The same transposed convolution with an output padding of any
    /// rank, as written.
    pub const fn outpad_axes(mut self, outpad: Axes) -> LayerSpec {
        self.outpad = outpad;
        self
    }

    /// The same `upsample` or `resize`, interpolating.
    pub const fn bilinear(mut self) -> LayerSpec {
        self.bilinear = true;
        self
    }

    /// The same norm with `eps`.
    pub const fn eps(mut self, eps: f32) -> LayerSpec {
        self.eps = Eps::of(eps);
        self
    }

    /// The same conv with its weights standardised as `standardise`.
    pub const fn standardised(mut self, standardise: Standardise) -> LayerSpec {
        self.standardise = standardise;
        self
    }

    /// The same `times` (or `scaledws` conv's `gamma`) with `factor`.
    pub const fn factor(mut self, factor: f32) -> LayerSpec {
        self.factor = Eps::of(factor);
        self
    }

    /// The same `leakyrelu` with `slope` (PyTorch's `negative_slope`),
    /// kept where a norm keeps its `eps`.
    pub const fn slope(mut self, slope: f32) -> LayerSpec {
        self.eps = Eps::of(slope);
        self
    }

    /// The same pooling layer with PyTorch's `ceil_mode=True`.
    pub const fn ceil_mode(mut self) -> LayerSpec {
        self.ceil = true;
        self
    }
}
