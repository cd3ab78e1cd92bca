//! RESIZE_NEAREST_NEIGHBOR and RESIZE_BILINEAR: TFLite's
//! `reference_ops::ResizeNearestNeighbor` (source coordinates in `f32`)
//! and `ResizeBilinearInteger` (10-bit fixed-point coordinates, the
//! weighted sum rounded half away from zero). The output keeps the
//! input's quantisation.

use super::window::Nhwc;

/// The operator's options.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Params {
    /// Corners map to corners.
    pub align_corners: bool,
    /// Sample at pixel centres.
    pub half_pixel_centers: bool,
}

/// TFLite's `GetNearestNeighbor`.
fn nearest_of(value: usize, input_size: usize, output_size: usize, p: &Params) -> usize {
    let scale = if p.align_corners && output_size > 1 {
        (input_size as i32 - 1) as f32 / (output_size as i32 - 1) as f32
    } else {
        input_size as f32 / output_size as f32
    };
    let offset = if p.half_pixel_centers { 0.5f32 } else { 0.0 };
    let at = (value as i32 as f32 + offset) * scale;
    let rounded = if p.align_corners {
        libm::roundf(at) as i32
    } else {
        libm::floorf(at) as i32
    };
    let mut out = rounded.min(input_size as i32 - 1);
    if p.half_pixel_centers {
        out = out.max(0);
    }
    out.max(0) as usize
}

fn check(input: &[i8], input_shape: Nhwc, output: &[i8], output_shape: Nhwc) {
    assert_eq!(input.len(), input_shape.len(), "resize input length");
    assert_eq!(output.len(), output_shape.len(), "resize output length");
    assert!(input_shape.n == output_shape.n && input_shape.c == output_shape.c);
}

/// Nearest-neighbour resizing of `input` to `output`'s rows and columns.
///
/// # Panics
///
/// If a length disagrees with its shape or the batches or channels differ.
pub fn nearest(p: &Params, input: &[i8], input_shape: Nhwc, output: &mut [i8], output_shape: Nhwc) {
    check(input, input_shape, output, output_shape);
    let Nhwc { n, h, w, c } = input_shape;
    if input.is_empty() {
        return;
    }
    let mut out = output.chunks_exact_mut(c);
    for b in 0..n {
        for y in 0..output_shape.h {
            let iy = nearest_of(y, h, output_shape.h, p);
            for x in 0..output_shape.w {
                let ix = nearest_of(x, w, output_shape.w, p);
                let at = ((b * h + iy) * w + ix) * c;
                if let Some(dst) = out.next() {
                    dst.copy_from_slice(&input[at..at + c]);
                }
            }
        }
    }
}

/// TFLite's `ComputeInterpolationValuesInteger`: the source coordinate
/// times 1024 and the rows (or columns) either side.
fn interpolation(
    value: usize,
    scale_10: i32,
    half_pixel_centers: bool,
    input_size: usize,
) -> (i32, usize, usize) {
    let value = value as i32;
    let scaled = if half_pixel_centers {
        value * scale_10 + scale_10 / 2 - (1 << 9)
    } else {
        value * scale_10
    };
    let lower = (scaled / (1 << 10)).max(0);
    let upper = ((scaled + (1 << 10) - 1) / (1 << 10)).min(input_size as i32 - 1);
    (scaled, lower as usize, upper.max(0) as usize)
}

/// TFLite's integer scale of an axis: `in / out` (or `(in - 1) / (out -
/// 1)` with aligned corners) times 1024, rounded.
fn scale_10(input: usize, output: usize, align_corners: bool) -> i32 {
    let (input, output) = (input as i32, output as i32);
    if align_corners && output > 1 {
        ((1 << 10) * (input - 1) + (output - 1) / 2) / (output - 1)
    } else {
        ((1 << 10) * input + output / 2) / output.max(1)
    }
}

/// Bilinear resizing of `input` to `output`'s rows and columns.
///
/// # Panics
///
/// If a length disagrees with its shape or the batches or channels differ.
pub fn bilinear(
    p: &Params,
    input: &[i8],
    input_shape: Nhwc,
    output: &mut [i8],
    output_shape: Nhwc,
) {
    check(input, input_shape, output, output_shape);
    let Nhwc { n, h, w, c } = input_shape;
    if input.is_empty() {
        return;
    }
    let height_scale = scale_10(h, output_shape.h, p.align_corners);
    let width_scale = scale_10(w, output_shape.w, p.align_corners);
    let one = 1i64 << 10;
    let mut out = output.chunks_exact_mut(c);
    for b in 0..n {
        let pixel = |y: usize, x: usize| ((b * h + y) * w + x) * c;
        for y in 0..output_shape.h {
            let (input_y, y0, y1) = interpolation(y, height_scale, p.half_pixel_centers, h);
            let dy = i64::from(input_y) - one * y0 as i64;
            for x in 0..output_shape.w {
                let (input_x, x0, x1) = interpolation(x, width_scale, p.half_pixel_centers, w);
                let dx = i64::from(input_x) - one * x0 as i64;
                let (ll, lu, rl, ru) = (pixel(y0, x0), pixel(y1, x0), pixel(y0, x1), pixel(y1, x1));
                let Some(dst) = out.next() else { return };
                for (ch, v) in dst.iter_mut().enumerate() {
                    let at = |base: usize| i64::from(input[base + ch]);
                    let output_20 = at(ll) * (one - dy) * (one - dx)
                        + at(lu) * dy * (one - dx)
                        + at(rl) * (one - dy) * dx
                        + at(ru) * dy * dx;
                    let round = if output_20 > 0 {
                        1i64 << 19
                    } else {
                        -(1i64 << 19)
                    };
                    *v = ((output_20 + round) / (1 << 20)) as i8;
                }
            }
        }
    }
}
