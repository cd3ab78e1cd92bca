//! CONV_2D: TFLM's `reference_integer_ops::ConvPerChannel` (any groups,
//! dilation, per-channel or per-tensor weights).
//!
//! TFLM skips the taps outside the input and adds `filter * (input +
//! input_offset)` over the others. Integer sums are exact, so where the
//! whole window is inside the input the kernel adds `input_offset *
//! sum(filter)` once per output channel (with the bias) and only
//! `filter * input` per tap: the same integer, one addition fewer per
//! multiply-accumulate.

use super::requant::{activation_range, bias_at, Channels, Fused, Range, Requant};
use super::window::{inside, Nhwc, Window};

/// The layer's fixed parameters (TFLM's `OpDataConv`, but the per-channel
/// multipliers, which come as a slice: [`super::per_channel`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Params {
    /// The window: taps, strides, dilations, leading padding.
    pub window: Window,
    /// Minus the input's zero point.
    pub input_offset: i32,
    /// The output's zero point.
    pub output_offset: i32,
    /// The fused activation's range.
    pub range: Range,
}

impl Params {
    /// TFLM's Prepare: the offsets from the zero points and the range of
    /// the fused activation on the output's scale.
    pub fn new(
        window: Window,
        input_zero_point: i32,
        output_scale: f32,
        output_zero_point: i32,
        fused: Fused,
    ) -> Params {
        Params {
            window,
            input_offset: input_zero_point.wrapping_neg(),
            output_offset: output_zero_point,
            range: activation_range(fused, output_scale, output_zero_point),
        }
    }
}

/// `sum(x * w)` over two equal-length slices.
#[inline(always)]
pub(crate) fn dot(x: &[i8], w: &[i8]) -> i32 {
    x.iter().zip(w).fold(0i32, |acc, (&x, &w)| {
        acc.wrapping_add(i32::from(x) * i32::from(w))
    })
}

/// `sum((x + offset) * w)`, TFLM's accumulation as written.
#[inline(always)]
pub(crate) fn dot_offset(x: &[i8], w: &[i8], offset: i32) -> i32 {
    x.iter().zip(w).fold(0i32, |acc, (&x, &w)| {
        acc.wrapping_add((i32::from(x) + offset).wrapping_mul(i32::from(w)))
    })
}

/// The sum of a filter's weights.
#[inline]
pub(crate) fn sum(w: &[i8]) -> i32 {
    w.iter()
        .fold(0i32, |acc, &w| acc.wrapping_add(i32::from(w)))
}

/// The multiplier of output channel `o` (one for all, or one each).
#[inline(always)]
pub(crate) fn requant_of(requant: impl Channels, o: usize) -> Requant {
    if requant.len() == 1 {
        requant.at(0)
    } else {
        requant.at(o)
    }
}

/// A convolution of `input` (NHWC) with `filter` (OHWI: `[out, kh, kw,
/// in / groups]`, `filter_shape`) and the optional little-endian `i32`
/// `bias` (one per output channel) into `output` (NHWC), requantised per
/// output channel by `requant` (one per output channel, or one for all).
/// The groups are the input's channels over the filter's.
///
/// # Panics
///
/// If a length disagrees with the shapes, or the channels do not divide
/// into groups.
#[allow(clippy::too_many_arguments)]
pub fn conv(
    p: &Params,
    input: &[i8],
    input_shape: Nhwc,
    filter: &[i8],
    filter_shape: [usize; 4],
    bias: Option<&[u8]>,
    requant: impl Channels,
    output: &mut [i8],
    output_shape: Nhwc,
) {
    let [out_c, kh, kw, fi] = filter_shape;
    let Nhwc { n, h, w, c } = input_shape;
    let (oh, ow) = (output_shape.h, output_shape.w);
    assert_eq!(input.len(), input_shape.len(), "conv input length");
    assert_eq!(output.len(), output_shape.len(), "conv output length");
    assert_eq!(filter.len(), out_c * kh * kw * fi, "conv filter length");
    assert!(fi > 0 && c >= fi && c % fi == 0, "conv groups");
    let groups = c / fi;
    assert!(out_c % groups == 0 && output_shape.c == out_c && output_shape.n == n);
    assert!(
        requant.len() == 1 || requant.len() == out_c,
        "conv multipliers"
    );
    if let Some(bias) = bias {
        assert!(bias.len() >= out_c * 4, "conv bias length");
    }
    assert!(kh == p.window.kh && kw == p.window.kw, "conv window");
    if output.is_empty() {
        return;
    }
    let per_group = out_c / groups;
    let win = &p.window;
    let filter_len = kh * kw * fi;
    let image_len = h * w * c;
    // One whole filter row (all taps across, all channels) is one
    // contiguous input run when the taps are adjacent and ungrouped.
    let rows_contiguous = win.dilation_w == 1 && groups == 1;
    // A 1x1 convolution with stride 1 and no padding (MobileNet's
    // pointwise layers, most of its multiply-accumulates) maps each
    // output position to the same input position.
    let pointwise = kh == 1
        && kw == 1
        && groups == 1
        && win.stride_h == 1
        && win.stride_w == 1
        && win.pad_top == 0
        && win.pad_left == 0
        && (oh, ow) == (h, w);
    let rows = inside(oh, win.stride_h, win.pad_top, win.dilation_h, kh, h);
    let cols = inside(ow, win.stride_w, win.pad_left, win.dilation_w, kw, w);
    if pointwise {
        pointwise_conv(p, input, c, filter, bias, requant, output, out_c);
        return;
    }
    for o in 0..out_c {
        let channel0 = (o / per_group) * fi;
        let f = &filter[o * filter_len..][..filter_len];
        let b = bias.map_or(0, |bias| bias_at(bias, o));
        let inside_base = b.wrapping_add(p.input_offset.wrapping_mul(sum(f)));
        let rq = requant_of(requant, o);
        let finish = |acc: i32| p.range.clamp(rq.apply(acc).wrapping_add(p.output_offset));
        for batch in 0..n {
            let image = &input[batch * image_len..][..image_len];
            // A window reaching past the input: TFLM's loop as written.
            let border = |oy: usize, ox: usize| {
                let (y0, fy, ey) =
                    Window::taps(oy, win.stride_h, win.pad_top, win.dilation_h, kh, h);
                let (x0, fx, ex) =
                    Window::taps(ox, win.stride_w, win.pad_left, win.dilation_w, kw, w);
                let mut acc = b;
                for ky in fy..ey {
                    let iy = (y0 + (ky * win.dilation_h) as isize) as usize;
                    for kx in fx..ex {
                        let ix = (x0 + (kx * win.dilation_w) as isize) as usize;
                        let start = (iy * w + ix) * c + channel0;
                        let taps = &f[(ky * kw + kx) * fi..][..fi];
                        acc = acc.wrapping_add(dot_offset(
                            &image[start..start + fi],
                            taps,
                            p.input_offset,
                        ));
                    }
                }
                finish(acc)
            };
            // A window inside the input, from the index of its first value.
            let inside_window = |first: usize| {
                let mut acc = inside_base;
                for (ky, row) in f.chunks_exact(kw * fi).enumerate() {
                    let start = first + ky * win.dilation_h * w * c;
                    if rows_contiguous {
                        acc = acc.wrapping_add(dot(&image[start..start + kw * c], row));
                    } else {
                        for (kx, taps) in row.chunks_exact(fi).enumerate() {
                            let at = start + kx * win.dilation_w * c + channel0;
                            acc = acc.wrapping_add(dot(&image[at..at + fi], taps));
                        }
                    }
                }
                finish(acc)
            };
            for oy in 0..oh {
                let row = (batch * oh + oy) * ow * out_c + o;
                let (lo, hi) = if (rows.0..rows.1).contains(&oy) {
                    cols
                } else {
                    (ow, ow)
                };
                for ox in (0..lo).chain(hi.max(lo)..ow) {
                    output[row + ox * out_c] = border(oy, ox);
                }
                if lo >= hi {
                    continue;
                }
                // The windows of columns lo..hi lie inside the input.
                let y0 = oy * win.stride_h - win.pad_top;
                let mut first = (y0 * w + lo * win.stride_w - win.pad_left) * c;
                for ox in lo..hi {
                    output[row + ox * out_c] = inside_window(first);
                    first += win.stride_w * c;
                }
            }
        }
    }
}

/// `sum(x * w)` for one input and two filters at once: each loaded input
/// serves two products (two by two would need more registers than a
/// Cortex-M4 has).
#[inline(always)]
fn dot_2(x: &[i8], w0: &[i8], w1: &[i8]) -> [i32; 2] {
    let mut acc = [0i32; 2];
    for ((&a, &b0), &b1) in x.iter().zip(w0).zip(w1) {
        let a = i32::from(a);
        acc[0] = acc[0].wrapping_add(a * i32::from(b0));
        acc[1] = acc[1].wrapping_add(a * i32::from(b1));
    }
    acc
}

/// A 1x1 convolution with stride 1 and no padding: output position `i`
/// reads input position `i`, so it is a product of the positions' rows
/// (`c` channels) with the filters' rows, two filters at a time.
#[allow(clippy::too_many_arguments)]
fn pointwise_conv(
    p: &Params,
    input: &[i8],
    c: usize,
    filter: &[i8],
    bias: Option<&[u8]>,
    requant: impl Channels,
    output: &mut [i8],
    out_c: usize,
) {
    let finish = |rq: Requant, acc: i32| p.range.clamp(rq.apply(acc).wrapping_add(p.output_offset));
    let mut o = 0;
    while o < out_c {
        // An odd last filter pairs with itself.
        let o1 = if o + 1 < out_c { o + 1 } else { o };
        let (f0, f1) = (&filter[o * c..][..c], &filter[o1 * c..][..c]);
        let base = |o: usize, f: &[i8]| {
            let b = bias.map_or(0, |bias| bias_at(bias, o));
            b.wrapping_add(p.input_offset.wrapping_mul(sum(f)))
        };
        let (base0, base1) = (base(o, f0), base(o1, f1));
        let (rq0, rq1) = (requant_of(requant, o), requant_of(requant, o1));
        for (x, out) in input.chunks_exact(c).zip(output.chunks_exact_mut(out_c)) {
            let [a0, a1] = dot_2(x, f0, f1);
            out[o] = finish(rq0, base0.wrapping_add(a0));
            out[o1] = finish(rq1, base1.wrapping_add(a1));
        }
        o += 2;
    }
}
