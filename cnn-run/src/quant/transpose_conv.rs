//! TRANSPOSE_CONV: TFLM's `reference_integer_ops::TransposeConv`. TFLM
//! scatters `filter * (input + input_offset)` into an int32 scratch the
//! size of the output; each output here gathers the same products (integer
//! sums do not depend on their order), so no scratch is needed.

use super::conv::{dot_offset, requant_of, Params};
use super::requant::{bias_at, Channels};
use super::window::{axis, Nhwc, Padding, Window};

/// The window of a transposed convolution to an output of `output_h x
/// output_w`: TFLM pads as for a convolution whose input is the output
/// (`ComputePaddingHeightWidth` with dilation 1).
pub fn window(
    padding: Padding,
    output_h: usize,
    output_w: usize,
    kh: usize,
    kw: usize,
    stride: [usize; 2],
) -> Window {
    let rows = axis(padding, output_h, kh, stride[0], 1);
    let cols = axis(padding, output_w, kw, stride[1], 1);
    Window {
        kh,
        kw,
        stride_h: stride[0].max(1),
        stride_w: stride[1].max(1),
        dilation_h: 1,
        dilation_w: 1,
        pad_top: rows.pad,
        pad_left: cols.pad,
    }
}

/// The input coordinates and taps that reach output `o` along an axis:
/// `(i, k)` with `i * stride - pad + k == o`.
fn sources(
    o: usize,
    stride: usize,
    pad: usize,
    taps: usize,
    input: usize,
) -> impl Iterator<Item = (usize, usize)> {
    let reach = o + pad;
    (0..taps).filter_map(move |k| {
        let at = reach.checked_sub(k)?;
        (at % stride == 0 && at / stride < input).then_some((at / stride, k))
    })
}

/// A transposed convolution of `input` (NHWC) with `filter` (`[out, kh,
/// kw, in]`) and the optional little-endian `i32` `bias` into `output`
/// (NHWC), requantised per output channel. `p.window` comes from
/// [`window`].
///
/// # Panics
///
/// If a length disagrees with the shapes.
#[allow(clippy::too_many_arguments)]
pub fn transpose_conv(
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
    let [out_c, kh, kw, ic] = filter_shape;
    let Nhwc { n, h, w, c } = input_shape;
    assert_eq!(
        input.len(),
        input_shape.len(),
        "transpose conv input length"
    );
    assert_eq!(
        output.len(),
        output_shape.len(),
        "transpose conv output length"
    );
    assert!(
        ic == c && output_shape.c == out_c && output_shape.n == n,
        "transpose conv channels"
    );
    assert_eq!(
        filter.len(),
        out_c * kh * kw * ic,
        "transpose conv filter length"
    );
    assert!(
        requant.len() == 1 || requant.len() == out_c,
        "transpose conv multipliers"
    );
    if let Some(bias) = bias {
        assert!(bias.len() >= out_c * 4, "transpose conv bias length");
    }
    let win = &p.window;
    let mut at = 0;
    for batch in 0..n {
        for oy in 0..output_shape.h {
            for ox in 0..output_shape.w {
                for o in 0..out_c {
                    let mut acc = bias.map_or(0, |bias| bias_at(bias, o));
                    for (iy, ky) in sources(oy, win.stride_h, win.pad_top, kh, h) {
                        for (ix, kx) in sources(ox, win.stride_w, win.pad_left, kw, w) {
                            let x = &input[((batch * h + iy) * w + ix) * c..][..c];
                            let f = &filter[((o * kh + ky) * kw + kx) * ic..][..ic];
                            acc = acc.wrapping_add(dot_offset(x, f, p.input_offset));
                        }
                    }
                    output[at] = p.range.clamp(
                        requant_of(requant, o)
                            .apply(acc)
                            .wrapping_add(p.output_offset),
                    );
                    at += 1;
                }
            }
        }
    }
}
