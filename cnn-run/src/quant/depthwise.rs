//! DEPTHWISE_CONV_2D: TFLM's `reference_integer_ops::DepthwiseConvPerChannel`.
//! Output channel `c * multiplier + m` filters input channel `c` with the
//! filter's column `c * multiplier + m` (`[1, kh, kw, channels *
//! multiplier]`). As in [`super::conv`], a window wholly inside the input
//! takes `input_offset * sum(filter)` once per channel.

use super::conv::{requant_of, Params};
use super::requant::{bias_at, Channels};
use super::window::{inside, Nhwc, Window};

/// A depthwise convolution of `input` (NHWC) with `filter` (`[1, kh, kw,
/// c * multiplier]`, given as `[kh, kw]`) and the optional little-endian
/// `i32` `bias` into `output` (NHWC with `c * multiplier` channels),
/// requantised per output channel (`requant`: one each, or one for all).
/// `p` is the convolution's [`Params`].
///
/// # Panics
///
/// If a length disagrees with the shapes.
#[allow(clippy::too_many_arguments)]
pub fn depthwise(
    p: &Params,
    input: &[i8],
    input_shape: Nhwc,
    filter: &[i8],
    filter_hw: [usize; 2],
    bias: Option<&[u8]>,
    requant: impl Channels,
    output: &mut [i8],
    output_shape: Nhwc,
) {
    let [kh, kw] = filter_hw;
    let Nhwc { n, h, w, c } = input_shape;
    let (oh, ow, out_c) = (output_shape.h, output_shape.w, output_shape.c);
    assert_eq!(input.len(), input_shape.len(), "depthwise input length");
    assert_eq!(output.len(), output_shape.len(), "depthwise output length");
    assert!(
        c > 0 && out_c % c == 0 && output_shape.n == n,
        "depthwise channels"
    );
    assert_eq!(filter.len(), kh * kw * out_c, "depthwise filter length");
    assert!(
        requant.len() == 1 || requant.len() == out_c,
        "depthwise multipliers"
    );
    if let Some(bias) = bias {
        assert!(bias.len() >= out_c * 4, "depthwise bias length");
    }
    assert!(kh == p.window.kh && kw == p.window.kw, "depthwise window");
    if output.is_empty() {
        return;
    }
    let multiplier = out_c / c;
    let win = &p.window;
    let image_len = h * w * c;
    let taps_len = kh * kw;
    let rows = inside(oh, win.stride_h, win.pad_top, win.dilation_h, kh, h);
    let cols = inside(ow, win.stride_w, win.pad_left, win.dilation_w, kw, w);
    for oc in 0..out_c {
        let ic = oc / multiplier;
        // The channel's taps (strided by the output channels in the
        // filter) and where each reads, from the window's first value.
        let mut taps = Taps::<MAX_TAPS>::default();
        let tabled = taps_len <= MAX_TAPS;
        let mut wsum = 0i32;
        for (k, &v) in filter[oc..].iter().step_by(out_c).enumerate() {
            wsum = wsum.wrapping_add(i32::from(v));
            if tabled {
                let (ky, kx) = (k / kw, k % kw);
                taps.offsets[k] = (ky * win.dilation_h * w + kx * win.dilation_w) * c;
                taps.weights[k] = i32::from(v);
            }
        }
        let b = bias.map_or(0, |bias| bias_at(bias, oc));
        let inside_base = b.wrapping_add(p.input_offset.wrapping_mul(wsum));
        let rq = requant_of(requant, oc);
        let finish = |acc: i32| p.range.clamp(rq.apply(acc).wrapping_add(p.output_offset));
        for batch in 0..n {
            let image = &input[batch * image_len + ic..];
            // A window reaching past the input: TFLM's loop as written.
            let border = |oy: usize, ox: usize| {
                let (y0, fy, ey) =
                    Window::taps(oy, win.stride_h, win.pad_top, win.dilation_h, kh, h);
                let (x0, fx, ex) =
                    Window::taps(ox, win.stride_w, win.pad_left, win.dilation_w, kw, w);
                let mut acc = b;
                if tabled {
                    // The tap table's offsets from the window's (perhaps
                    // outside) first value.
                    let origin = (y0 * w as isize + x0) * c as isize;
                    for ky in fy..ey {
                        for k in ky * kw + fx..ky * kw + ex {
                            let x = image[(origin + taps.offsets[k] as isize) as usize];
                            acc = acc.wrapping_add(
                                (i32::from(x) + p.input_offset).wrapping_mul(taps.weights[k]),
                            );
                        }
                    }
                    return finish(acc);
                }
                for ky in fy..ey {
                    let iy = (y0 + (ky * win.dilation_h) as isize) as usize;
                    for kx in fx..ex {
                        let ix = (x0 + (kx * win.dilation_w) as isize) as usize;
                        let x = image[(iy * w + ix) * c];
                        let f = filter[(ky * kw + kx) * out_c + oc];
                        acc = acc.wrapping_add(
                            (i32::from(x) + p.input_offset).wrapping_mul(i32::from(f)),
                        );
                    }
                }
                finish(acc)
            };
            for oy in 0..oh {
                let row = ((batch * oh + oy) * ow) * out_c + oc;
                let rows_inside = tabled && (rows.0..rows.1).contains(&oy);
                let (lo, hi) = if rows_inside { cols } else { (ow, ow) };
                for ox in (0..lo).chain(hi.max(lo)..ow) {
                    output[row + ox * out_c] = border(oy, ox);
                }
                if lo >= hi {
                    continue;
                }
                // The windows of columns lo..hi lie inside the input.
                let y0 = oy * win.stride_h - win.pad_top;
                let mut first = (y0 * w + lo * win.stride_w - win.pad_left) * c;
                let step = win.stride_w * c;
                for ox in lo..hi {
                    let acc = inside_base.wrapping_add(if taps_len == 9 {
                        // SAFETY: the window is inside the input (`inside`):
                        // every tap reads (iy * w + ix) * c with iy < h and
                        // ix < w, below image.len() (the input's length was
                        // checked against its shape).
                        unsafe { interior::<9>(image, first, &taps, 9) }
                    } else {
                        // SAFETY: as above.
                        unsafe { interior::<MAX_TAPS>(image, first, &taps, taps_len) }
                    });
                    output[row + ox * out_c] = finish(acc);
                    first += step;
                }
            }
        }
    }
}

/// The most taps a channel's table holds (7x7 and below); larger windows
/// take the checked path.
const MAX_TAPS: usize = 49;

/// One channel's taps: where each reads from the window's first value,
/// and its weight.
struct Taps<const T: usize> {
    offsets: [usize; T],
    weights: [i32; T],
}

impl<const T: usize> Default for Taps<T> {
    fn default() -> Self {
        Taps {
            offsets: [0; T],
            weights: [0; T],
        }
    }
}

/// `sum(image[first + offset] * weight)` over the first `len` taps (at
/// most `N`, of a table of at least `N`); `N = 9` unrolls a 3x3 window.
///
/// # Safety
///
/// `first + offsets[k]` is in bounds of `image` for every `k < len`.
#[inline(always)]
unsafe fn interior<const N: usize>(
    image: &[i8],
    first: usize,
    taps: &Taps<MAX_TAPS>,
    len: usize,
) -> i32 {
    let len = len.min(N);
    // SAFETY: `first` is in bounds (it is the first tap's index).
    let window = unsafe { image.as_ptr().add(first) };
    let mut acc = 0i32;
    for (&offset, &weight) in taps.offsets[..len].iter().zip(&taps.weights[..len]) {
        debug_assert!(first + offset < image.len());
        // SAFETY: the caller guarantees `first + offset` is in bounds.
        let x = unsafe { *window.add(offset) };
        acc = acc.wrapping_add(i32::from(x) * weight);
    }
    acc
}
