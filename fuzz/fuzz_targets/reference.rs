//! An independent model of the language's arithmetic in `u128` (and
//! `i128` for receptive fields), written apart from `cnn-core`'s from the
//! language's contract and PyTorch's formulas, which the target checks
//! `cnn-core` against.

use cnn_core::{Kind, LayerSpec, Padding, Shape, Standardise};

use crate::MAX;

/// The output size along one axis, written from PyTorch's
/// `pooling_output_shape` in `u128` (see the ceil note below); `None` if the window does not fit.
pub(crate) fn reference_size(
    input: u64,
    kernel: u64,
    stride: u64,
    pad: u64,
    dilation: u64,
    ceil: bool,
) -> Option<u128> {
    let (i, k, s, p, d) = (
        input as u128,
        kernel as u128,
        stride as u128,
        pad as u128,
        dilation as u128,
    );
    let extent = d * (k - 1) + 1;
    if extent > i + 2 * p {
        return None;
    }
    let room = i + 2 * p - extent;
    let floor = room / s + 1;
    let rounded_up = room.div_ceil(s) + 1;
    // As PyTorch, ceil mode drops the window that rounding up adds when it
    // would start in the right padding; the project (and its brute-force
    // test) never lets ceil mode give fewer windows than floor mode, which
    // differs from PyTorch only with padding beyond half the window, where
    // PyTorch's pooling refuses to run.
    if ceil && rounded_up > floor && (rounded_up - 1) * s < i + p {
        Some(rounded_up)
    } else {
        Some(floor)
    }
}

pub(crate) fn elements(shape: Shape) -> u128 {
    shape_vec(shape)
        .iter()
        .fold(1u128, |total, &n| total.saturating_mul(n))
}

pub(crate) fn has_zero(shape: Shape) -> bool {
    shape_vec(shape).contains(&0)
}

/// What the language says a layer gives, in `u128`: the output's
/// `[height, width, channels]` (or `[n]` flat) and the learnable and
/// non-trainable parameters. `None` when the layer cannot be applied for a
/// reason other than size (checked separately).
pub(crate) struct Expected {
    pub(crate) output: Option<Vec<u128>>,
    pub(crate) params: u128,
    pub(crate) non_trainable: u128,
    /// Multiply-accumulates by torchvision's rule.
    pub(crate) macs: u128,
}

pub(crate) fn expected(spec: &LayerSpec, input: Shape) -> Expected {
    let [kh, kw, _] = spec.window.values().map(u128::from);
    let c = input.channels() as u128;
    let f = spec.count as u128;
    let m = spec.multiplier as u128;
    let g = spec.groups as u128;
    let bias = u128::from(spec.bias);
    let spatial = |channels_out: u128| -> Option<Vec<u128>> {
        let [h, w] = input.spatial_size()?;
        let [sh, sw, _] = spec.effective_stride().values();
        let (oh, ow) = match spec.padding {
            Padding::Same => (h.div_ceil(sh) as u128, w.div_ceil(sw) as u128),
            Padding::Valid | Padding::Explicit(_) => {
                let [ph, pw, _] = match spec.padding {
                    Padding::Explicit(pad) => pad.values(),
                    _ => [0, 0, 0],
                };
                (
                    reference_size(
                        h,
                        spec.window.values()[0],
                        sh,
                        ph,
                        spec.dilation.values()[0],
                        spec.ceil,
                    )?,
                    reference_size(
                        w,
                        spec.window.values()[1],
                        sw,
                        pw,
                        spec.dilation.values()[1],
                        spec.ceil,
                    )?,
                )
            }
        };
        Some(vec![oh, ow, channels_out])
    };
    let same = || Some(shape_vec(input));
    // Saturating, so that four factors near `u64::MAX` stay "too big".
    let p = |factors: &[u128]| factors.iter().fold(1u128, |a, &b| a.saturating_mul(b));
    let (output, params, non_trainable) = match spec.kind {
        Kind::Input => (Some(shape_vec(spec.shape)), 0, 0),
        // ((KH*KW*C/groups) + 1) * F, and timm's ScaledStdConv2d's gain,
        // one per filter.
        Kind::Conv => (
            spatial(f),
            p(&[p(&[kh, kw, c / g]).saturating_add(bias), f]).saturating_add(
                match spec.standardise {
                    Standardise::Scaled => f,
                    Standardise::None | Standardise::Plain => 0,
                },
            ),
            0,
        ),
        // KH*KW*M*C + M*C
        Kind::DepthwiseConv => (
            spatial(m * c),
            p(&[kh, kw, m, c]).saturating_add(p(&[bias, m, c])),
            0,
        ),
        // KH*KW*M*C + M*C*F + F
        Kind::SeparableConv => (
            spatial(f),
            p(&[kh, kw, m, c])
                .saturating_add(p(&[m, c, f]))
                .saturating_add(bias * f),
            0,
        ),
        Kind::MaxPool | Kind::AvgPool => (spatial(c), 0, 0),
        // timm's BlurPool2d: reflect padding ((S-1) + (K-1)) / 2, shorter
        // than the axis, no dilation; the filter a buffer of C*KH*KW.
        Kind::BlurPool => (
            input.spatial_size().and_then(|[h, w]| {
                let [sh, sw, _] = spec.effective_stride().values().map(u128::from);
                let size = |i: u64, s: u128, k: u128, axis: usize| -> Option<u128> {
                    let (i, pad) = (i as u128, blur_padding(spec, axis));
                    (pad < i && k <= i + 2 * pad).then(|| (i + 2 * pad - k) / s + 1)
                };
                Some(vec![size(h, sh, kh, 0)?, size(w, sw, kw, 1)?, c])
            }),
            0,
            p(&[c, kh, kw]),
        ),
        Kind::GlobalAvgPool | Kind::GlobalMaxPool => (Some(vec![1, 1, c]), 0, 0),
        // timm's GlobalContext `conv_attn`, `Conv2d(C, 1, 1)`: C weights
        // and a bias.
        Kind::ContextPool => (Some(vec![1, 1, c]), c + 1, 0),
        Kind::AdaptiveAvgPool => (Some(vec![kh, kw, c]), 0, 0),
        Kind::ZeroPad => (
            input
                .spatial_size()
                .map(|[h, w]| vec![h as u128 + 2 * kh, w as u128 + 2 * kw, c]),
            0,
            0,
        ),
        Kind::Flatten => (Some(vec![elements(input)]), 0, 0),
        // N*P + N
        Kind::Dense | Kind::Softmax => (
            Some(vec![f]),
            p(&[f, elements(input)]).saturating_add(bias * f),
            0,
        ),
        // (I-1)*S - 2P + D*(K-1) + 1 per axis (`pad same`: I*S); every
        // input channel has F/groups filters of its own, plus the bias.
        Kind::ConvTranspose => (
            input.spatial_size().and_then(|[h, w]| {
                let [sh, sw, _] = spec.effective_stride().values().map(u128::from);
                let [dh, dw, _] = spec.dilation.values().map(u128::from);
                let (ph, pw) = match spec.padding {
                    Padding::Explicit(pad) => (pad.values()[0] as u128, pad.values()[1] as u128),
                    Padding::Valid | Padding::Same => (0, 0),
                };
                let back = |i: u64, s: u128, d: u128, k: u128, pad: u128| -> Option<u128> {
                    if spec.padding == Padding::Same {
                        return Some(i as u128 * s);
                    }
                    // Saturating: a sum past u128 is past u64 after any crop.
                    ((i as u128 - 1) * s)
                        .saturating_add(d * (k - 1))
                        .saturating_add(1)
                        .checked_sub(2 * pad)
                        .filter(|&n| n > 0)
                };
                Some(vec![back(h, sh, dh, kh, ph)?, back(w, sw, dw, kw, pw)?, f])
            }),
            p(&[kh, kw, c, f / g.max(1)]).saturating_add(bias * f),
            0,
        ),
        Kind::Upsample => (
            input
                .spatial_size()
                .map(|[h, w]| vec![h as u128 * kh, w as u128 * kw, c]),
            0,
            0,
        ),
        Kind::Resize => (Some(vec![kh, kw, c]), 0, 0),
        // timm's GlobalResponseNorm: a weight and a bias per channel.
        Kind::LayerNorm | Kind::GroupNorm | Kind::Grn => (same(), 2 * c, 0),
        Kind::Scale => (same(), c, 0),
        // timm's EcaModule conv: `Conv1d(1, 1, K, bias=False)`, K weights.
        Kind::Eca => (same(), f, 0),
        // timm's LearnableAffineBlock: a scale and a bias.
        Kind::Affine => (same(), 2, 0),
        // NF nets' `x * c`: nothing learnt.
        Kind::Times => (same(), 0, 0),
        // NFNet's `skipinit_gain`: one learnt scalar.
        Kind::Gain => (same(), 1, 0),
        Kind::Shuffle => (same(), 0, 0),
        // timm's SpaceToDepth: a view of each axis as (S/B, B), which B
        // must divide, the B*B offsets moved into the channels.
        Kind::SpaceToDepth => {
            let output = input.spatial_size().and_then(|[h, w]| {
                let (h, w) = (h as u128, w as u128);
                (f > 0 && h % f == 0 && w % f == 0).then(|| vec![h / f, w / f, p(&[c, f, f])])
            });
            (output, 0, 0)
        }
        // x[:, A:B]: B - A channels, if they are all in the input.
        Kind::Slice => {
            let start = spec.slice_start() as u128;
            let taken = spec.count as u128;
            let output = (start + taken <= c).then(|| {
                let mut shape = shape_vec(input);
                if let Some(last) = shape.last_mut() {
                    *last = taken;
                }
                shape
            });
            (output, 0, 0)
        }
        Kind::PRelu => (same(), c, 0),
        Kind::BatchNorm => (same(), 2 * c, 2 * c),
        Kind::Activation(_) | Kind::Dropout | Kind::Block(_) | Kind::From => (same(), 0, 0),
    };
    // Hout*Wout*Cout*KH*KW*Cin/groups for a conv (the depthwise part at
    // each position, then the pointwise part, for sepconv), in*out for fc.
    let positions = output
        .as_ref()
        .map_or(0, |o| if o.len() == 3 { p(&[o[0], o[1]]) } else { 0 });
    let out_values = output.as_ref().map_or(0, |o| p(o));
    let macs = match spec.kind {
        Kind::Conv => p(&[out_values, kh, kw, c / g]),
        Kind::DepthwiseConv => p(&[out_values, kh, kw]),
        Kind::SeparableConv => p(&[positions, p(&[kh, kw, m, c]).saturating_add(p(&[m, c, f]))]),
        Kind::Dense | Kind::Softmax => p(&[f, elements(input)]),
        // Every input position, as PyTorch's counter does.
        Kind::ConvTranspose => p(&[elements(input), f / g.max(1), kh, kw]),
        // K taps for each channel at each position.
        Kind::Eca => p(&[elements(input), f]),
        Kind::BlurPool => p(&[out_values, kh, kw]),
        // The 1x1 conv to one logit per position, then `x @ attn`: C per
        // position each, as PyTorch's counter counts the conv and the bmm.
        Kind::ContextPool => p(&[elements(input), 2]),
        Kind::Input
        | Kind::MaxPool
        | Kind::AvgPool
        | Kind::GlobalAvgPool
        | Kind::GlobalMaxPool
        | Kind::AdaptiveAvgPool
        | Kind::Flatten
        | Kind::Activation(_)
        | Kind::PRelu
        | Kind::BatchNorm
        | Kind::Dropout
        | Kind::ZeroPad
        | Kind::Upsample
        | Kind::Resize
        | Kind::LayerNorm
        | Kind::GroupNorm
        | Kind::Scale
        | Kind::Shuffle
        | Kind::SpaceToDepth
        | Kind::Slice
        | Kind::Grn
        | Kind::Affine
        | Kind::Times
        | Kind::Gain
        | Kind::Block(_)
        | Kind::From => 0,
    };
    Expected {
        output,
        params,
        non_trainable,
        macs,
    }
}

pub(crate) fn shape_vec(shape: Shape) -> Vec<u128> {
    let mut dims: Vec<u128> = shape.axes()[..shape.rank()]
        .iter()
        .map(|&n| n as u128)
        .collect();
    dims.push(shape.channels() as u128);
    dims
}

/// Whether the (dilated) window fails to fit the (padded) input along
/// some axis, in `u128`.
pub(crate) fn window_does_not_fit(spec: &LayerSpec, input: Shape) -> bool {
    let Some([h, w]) = input.spatial_size() else {
        return false;
    };
    let blur = spec.kind == Kind::BlurPool;
    let pad = |axis: usize| -> u128 {
        match spec.padding {
            _ if blur => blur_padding(spec, axis),
            Padding::Explicit(pad) => pad.values()[axis] as u128,
            Padding::Valid | Padding::Same => 0,
        }
    };
    [h, w].iter().zip(0..2).any(|(&size, axis)| {
        let dilation = if blur {
            1
        } else {
            spec.dilation.values()[axis] as u128
        };
        let extent = dilation * (spec.window.values()[axis] as u128 - 1) + 1;
        extent > size as u128 + 2 * pad(axis)
    })
}

/// `blurpool`'s reflect padding on `axis`: timm's `((S-1) + (K-1)) / 2`.
pub(crate) fn blur_padding(spec: &LayerSpec, axis: usize) -> u128 {
    let stride = spec.effective_stride().values()[axis] as u128;
    let window = spec.window.values()[axis] as u128;
    (stride - 1 + window - 1) / 2
}

pub(crate) fn m_times_c(spec: &LayerSpec, input: Shape) -> u128 {
    spec.multiplier as u128 * input.channels() as u128
}

/// The receptive field by the standard arithmetic, in `u128` and `i128`,
/// written apart from `cnn-core`'s.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Field128 {
    pub(crate) size: [u128; 2],
    pub(crate) jump: [u128; 2],
    pub(crate) start: [i128; 2],
}

impl Field128 {
    pub(crate) const INPUT: Field128 = Field128 {
        size: [1, 1],
        jump: [1, 1],
        start: [0, 0],
    };

    pub(crate) fn too_big(&self) -> bool {
        self.size.iter().chain(&self.jump).any(|&n| n > MAX)
            || self.start.iter().any(|&n| n < i64::MIN as i128)
    }

    /// One axis through a window of `extent` with `stride`, padded before
    /// by `padding`.
    pub(crate) fn window(
        mut self,
        axis: usize,
        extent: u128,
        stride: u128,
        padding: u128,
    ) -> Field128 {
        // Saturating: past `u64` (and so `too_big`), exact values no longer
        // matter.
        let jump = self.jump[axis];
        self.size[axis] = self.size[axis].saturating_add((extent - 1).saturating_mul(jump));
        let back = padding.saturating_mul(jump).min(i128::MAX as u128) as i128;
        self.start[axis] = self.start[axis].saturating_sub(back);
        self.jump[axis] = jump.saturating_mul(stride);
        self
    }

    pub(crate) fn through(self, spec: &LayerSpec, input: Shape) -> Field128 {
        if spec.kind == Kind::Input {
            return Field128::INPUT;
        }
        let Some([h, w]) = input.spatial_size() else {
            return self;
        };
        let sizes = [h as u128, w as u128];
        let mut next = self;
        match spec.kind {
            Kind::Conv
            | Kind::DepthwiseConv
            | Kind::SeparableConv
            | Kind::MaxPool
            | Kind::AvgPool => {
                let stride = spec.effective_stride().values().map(u128::from);
                for axis in 0..2 {
                    let extent = spec.dilation.values()[axis] as u128
                        * (spec.window.values()[axis] as u128 - 1)
                        + 1;
                    let padding = match spec.padding {
                        Padding::Valid => 0,
                        Padding::Explicit(pad) => pad.values()[axis] as u128,
                        Padding::Same => {
                            let out = sizes[axis].div_ceil(stride[axis]);
                            ((out - 1) * stride[axis] + extent).saturating_sub(sizes[axis]) / 2
                        }
                    };
                    next = next.window(axis, extent, stride[axis], padding);
                }
            }
            Kind::ZeroPad => {
                for axis in 0..2 {
                    next = next.window(axis, 1, 1, spec.window.values()[axis] as u128);
                }
            }
            Kind::BlurPool => {
                let stride = spec.effective_stride().values().map(u128::from);
                for axis in 0..2 {
                    let extent = spec.window.values()[axis] as u128;
                    next = next.window(axis, extent, stride[axis], blur_padding(spec, axis));
                }
            }
            // Each output position holds a block of B per axis.
            Kind::SpaceToDepth => {
                for axis in 0..2 {
                    next = next.window(axis, spec.count as u128, spec.count as u128, 0);
                }
            }
            Kind::GlobalAvgPool
            | Kind::GlobalMaxPool
            | Kind::ContextPool
            | Kind::Flatten
            | Kind::Dense
            | Kind::Softmax => {
                // Sees the whole map; a single output has no neighbour, so
                // the jump stays.
                for axis in 0..2 {
                    next.size[axis] = next.size[axis]
                        .saturating_add((sizes[axis] - 1).saturating_mul(next.jump[axis]));
                }
            }
            Kind::AdaptiveAvgPool => {
                for axis in 0..2 {
                    let (i, o) = (sizes[axis], spec.window.values()[axis] as u128);
                    // One output per axis has no neighbour: the jump stays.
                    let stride = if o == 1 { 1 } else { (i / o).max(1) };
                    let extent = if i % o == 0 {
                        i / o
                    } else {
                        (i / o + 2).min(i)
                    };
                    next = next.window(axis, extent, stride, 0);
                }
            }
            // Grows as a stride-1 conv; upsampling keeps the jump (the
            // documented upper bound).
            Kind::ConvTranspose => {
                for axis in 0..2 {
                    let extent = spec.dilation.values()[axis] as u128
                        * (spec.window.values()[axis] as u128 - 1)
                        + 1;
                    next = next.window(axis, extent, 1, 0);
                }
            }
            Kind::Input
            | Kind::Upsample
            | Kind::Resize
            | Kind::Activation(_)
            | Kind::PRelu
            | Kind::BatchNorm
            | Kind::Dropout
            | Kind::LayerNorm
            | Kind::GroupNorm
            | Kind::Scale
            | Kind::Shuffle
            | Kind::Slice
            | Kind::Grn
            | Kind::Eca
            | Kind::Affine
            | Kind::Times
            | Kind::Gain
            | Kind::Block(_)
            | Kind::From => {}
        }
        next
    }
}
