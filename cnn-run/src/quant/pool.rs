//! AVERAGE_POOL_2D and MAX_POOL_2D: TFLM's `reference_integer_ops`
//! `AveragePool` and `MaxPool`. The output keeps the input's scale and
//! zero point (TFLM's Prepare insists), so only the fused activation's
//! range is a parameter; the average counts the taps inside the input.

use super::requant::{activation_range, Fused, Range};
use super::window::{Nhwc, Window};

/// A pooling's fixed parameters (TFLM's `OpDataPooling`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Params {
    /// The window (dilation 1).
    pub window: Window,
    /// The fused activation's range.
    pub range: Range,
}

impl Params {
    /// TFLM's Prepare: the fused activation's range on the output's scale.
    pub fn new(window: Window, output_scale: f32, output_zero_point: i32, fused: Fused) -> Params {
        Params {
            window,
            range: activation_range(fused, output_scale, output_zero_point),
        }
    }
}

/// The taps of each output position inside the input: calls `visit`
/// with the output's first index and the rows and columns of its taps.
#[inline(always)]
fn each_window(
    p: &Params,
    input_shape: Nhwc,
    output_shape: Nhwc,
    mut visit: impl FnMut(usize, usize, [usize; 2], [usize; 2]),
) {
    let win = &p.window;
    let Nhwc { n, h, w, c } = input_shape;
    for batch in 0..n {
        for oy in 0..output_shape.h {
            let (y0, fy, ey) = Window::taps(oy, win.stride_h, win.pad_top, 1, win.kh, h);
            // Rows of the input, not taps.
            let rows = inside(y0, fy, ey);
            for ox in 0..output_shape.w {
                let (x0, fx, ex) = Window::taps(ox, win.stride_w, win.pad_left, 1, win.kw, w);
                let cols = inside(x0, fx, ex);
                let out = ((batch * output_shape.h + oy) * output_shape.w + ox) * c;
                visit(out, batch * h, rows, cols);
            }
        }
    }
}

/// The input coordinates `[first, end)` of taps `first..end` from
/// `origin` (empty if there are none).
#[inline(always)]
fn inside(origin: isize, first: usize, end: usize) -> [usize; 2] {
    if first >= end {
        [0, 0]
    } else {
        [
            (origin + first as isize) as usize,
            (origin + end as isize) as usize,
        ]
    }
}

fn check(input: &[i8], input_shape: Nhwc, output: &[i8], output_shape: Nhwc) {
    assert_eq!(input.len(), input_shape.len(), "pool input length");
    assert_eq!(output.len(), output_shape.len(), "pool output length");
    assert!(input_shape.c == output_shape.c && input_shape.n == output_shape.n);
}

/// Average pooling: each output the mean of the taps inside the input,
/// rounded half away from zero, clamped to the range. Returns `false`
/// (as TFLM does, leaving later outputs unwritten) if a window holds no
/// input.
///
/// # Panics
///
/// If a length disagrees with the shapes.
pub fn average(
    p: &Params,
    input: &[i8],
    input_shape: Nhwc,
    output: &mut [i8],
    output_shape: Nhwc,
) -> bool {
    check(input, input_shape, output, output_shape);
    let (w, c) = (input_shape.w, input_shape.c);
    let mut ok = true;
    each_window(
        p,
        input_shape,
        output_shape,
        |out, image_row, rows, cols| {
            let count =
                ((rows[1].saturating_sub(rows[0])) * (cols[1].saturating_sub(cols[0]))) as i32;
            if !ok || count == 0 {
                ok = false;
                return;
            }
            for (channel, y) in output[out..out + c].iter_mut().enumerate() {
                let mut acc = 0i32;
                for iy in rows[0]..rows[1] {
                    let row = ((image_row + iy) * w) * c + channel;
                    for ix in cols[0]..cols[1] {
                        acc += i32::from(input[row + ix * c]);
                    }
                }
                // C's division truncates toward zero, as Rust's does.
                acc = if acc > 0 {
                    (acc + count / 2) / count
                } else {
                    (acc - count / 2) / count
                };
                *y = p.range.clamp(acc);
            }
        },
    );
    ok
}

/// Max pooling: each output the largest tap inside the input (-128 if
/// none), clamped to the range.
///
/// # Panics
///
/// If a length disagrees with the shapes.
pub fn max(p: &Params, input: &[i8], input_shape: Nhwc, output: &mut [i8], output_shape: Nhwc) {
    check(input, input_shape, output, output_shape);
    let (w, c) = (input_shape.w, input_shape.c);
    each_window(
        p,
        input_shape,
        output_shape,
        |out, image_row, rows, cols| {
            let outs = &mut output[out..out + c];
            outs.fill(i8::MIN);
            for iy in rows[0]..rows[1] {
                for ix in cols[0]..cols[1] {
                    let at = ((image_row + iy) * w + ix) * c;
                    for (y, &x) in outs.iter_mut().zip(&input[at..at + c]) {
                        *y = (*y).max(x);
                    }
                }
            }
            for y in outs.iter_mut() {
                *y = p.range.clamp(i32::from(*y));
            }
        },
    );
}
