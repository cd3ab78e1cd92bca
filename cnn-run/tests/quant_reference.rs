//! The int8 convolution and resize kernels of `cnn_run::quant` against
//! literal ports of TFLM's reference loops
//! (`reference_integer_ops::ConvPerChannel`, `DepthwiseConvPerChannel`,
//! `TransposeConv` with its int32 scratch, `reference_ops`'
//! `ResizeNearestNeighbor` and `ResizeBilinearInteger` with every flag), on
//! random shapes the per-kind fixtures do not reach: 1x1 (the pointwise
//! fast path), dilations, batches, groups with strides, windows past 3x3
//! and past the depthwise tap table, padding on every side, no bias.
//! The ports index exactly as the C++ does and share only the tested
//! requantisation primitive with the kernels.

use cnn_run::quant::{
    self, conv, depthwise, transpose_conv, Fused, Nhwc, Padding, Requant, Window,
};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn i8s(&mut self, n: usize) -> Vec<i8> {
        (0..n).map(|_| self.next() as i8).collect()
    }
    fn scale(&mut self, low: f32, high: f32) -> f32 {
        low + (high - low) * (self.next() % 10_000) as f32 / 10_000.0
    }
}

/// Everything one convolution needs, drawn at random.
struct Case {
    input: Vec<i8>,
    input_shape: Nhwc,
    filter: Vec<i8>,
    bias: Option<Vec<i32>>,
    requant: Vec<Requant>,
    params: conv::Params,
    output_shape: Nhwc,
}

fn bias_bytes(bias: &Option<Vec<i32>>) -> Option<Vec<u8>> {
    bias.as_ref()
        .map(|b| b.iter().flat_map(|v| v.to_le_bytes()).collect())
}

fn requants(rng: &mut Rng, channels: usize) -> Vec<Requant> {
    let input_scale = rng.scale(0.005, 0.05);
    let filter_scales: Vec<f32> = (0..channels).map(|_| rng.scale(0.001, 0.02)).collect();
    let output_scale = rng.scale(0.01, 0.2);
    let mut requant = vec![Requant::default(); channels];
    quant::per_channel(input_scale, &filter_scales, output_scale, &mut requant);
    requant
}

fn fused(rng: &mut Rng) -> Fused {
    [Fused::None, Fused::Relu, Fused::Relu6, Fused::ReluN1To1][rng.below(4)]
}

/// TFLM's `ConvPerChannel`, as written.
fn reference_conv(case: &Case, filter_shape: [usize; 4], out: &mut [i8]) {
    let p = &case.params;
    let w = &p.window;
    let (x, f) = (&case.input, &case.filter);
    let Nhwc { n, h, w: iw, c } = case.input_shape;
    let [oc, kh, kw, fi] = filter_shape;
    let groups = c / fi;
    let per_group = oc / groups;
    let o = case.output_shape;
    for b in 0..n {
        for oy in 0..o.h {
            let y0 = (oy * w.stride_h) as i64 - w.pad_top as i64;
            for ox in 0..o.w {
                let x0 = (ox * w.stride_w) as i64 - w.pad_left as i64;
                for ch in 0..oc {
                    let g = ch / per_group;
                    let mut acc: i32 = 0;
                    for ky in 0..kh {
                        let iy = y0 + (w.dilation_h * ky) as i64;
                        for kx in 0..kw {
                            let ix = x0 + (w.dilation_w * kx) as i64;
                            if ix < 0 || ix >= iw as i64 || iy < 0 || iy >= h as i64 {
                                continue;
                            }
                            for i in 0..fi {
                                let xv = x
                                    [((b * h + iy as usize) * iw + ix as usize) * c + i + g * fi]
                                    as i32;
                                let fv = f[((ch * kh + ky) * kw + kx) * fi + i] as i32;
                                acc += fv * (xv + p.input_offset);
                            }
                        }
                    }
                    if let Some(bias) = &case.bias {
                        acc += bias[ch];
                    }
                    let rq = case.requant[ch];
                    acc = quant::multiply_by_quantized_multiplier(acc, rq.multiplier, rq.shift);
                    acc += p.output_offset;
                    acc = acc.max(p.range.min).min(p.range.max);
                    out[((b * o.h + oy) * o.w + ox) * oc + ch] = acc as i8;
                }
            }
        }
    }
}

/// TFLM's `DepthwiseConvPerChannel`, as written.
fn reference_depthwise(case: &Case, kh: usize, kw: usize, out: &mut [i8]) {
    let p = &case.params;
    let w = &p.window;
    let (x, f) = (&case.input, &case.filter);
    let Nhwc { n, h, w: iw, c } = case.input_shape;
    let o = case.output_shape;
    let m = o.c / c;
    for b in 0..n {
        for oy in 0..o.h {
            for ox in 0..o.w {
                for ic in 0..c {
                    for mm in 0..m {
                        let ch = mm + ic * m;
                        let x0 = (ox * w.stride_w) as i64 - w.pad_left as i64;
                        let y0 = (oy * w.stride_h) as i64 - w.pad_top as i64;
                        let mut acc: i32 = 0;
                        for ky in 0..kh {
                            for kx in 0..kw {
                                let ix = x0 + (w.dilation_w * kx) as i64;
                                let iy = y0 + (w.dilation_h * ky) as i64;
                                if ix >= 0 && ix < iw as i64 && iy >= 0 && iy < h as i64 {
                                    let xv = x[((b * h + iy as usize) * iw + ix as usize) * c + ic]
                                        as i32;
                                    let fv = f[(ky * kw + kx) * o.c + ch] as i32;
                                    acc += fv * (xv + p.input_offset);
                                }
                            }
                        }
                        if let Some(bias) = &case.bias {
                            acc += bias[ch];
                        }
                        let rq = case.requant[ch];
                        acc = quant::multiply_by_quantized_multiplier(acc, rq.multiplier, rq.shift);
                        acc += p.output_offset;
                        acc = acc.max(p.range.min).min(p.range.max);
                        out[((b * o.h + oy) * o.w + ox) * o.c + ch] = acc as i8;
                    }
                }
            }
        }
    }
}

/// TFLM's int8 `TransposeConv`: scatter into an int32 scratch, then
/// requantise.
fn reference_transpose_conv(case: &Case, filter_shape: [usize; 4], out: &mut [i8]) {
    let p = &case.params;
    let w = &p.window;
    let (x, f) = (&case.input, &case.filter);
    let Nhwc { n, h, w: iw, c } = case.input_shape;
    let [oc, kh, kw, _] = filter_shape;
    let o = case.output_shape;
    let mut scratch = vec![0i32; o.len()];
    for b in 0..n {
        for iy in 0..h {
            for ix in 0..iw {
                for ic in 0..c {
                    let ox0 = (ix * w.stride_w) as i64 - w.pad_left as i64;
                    let oy0 = (iy * w.stride_h) as i64 - w.pad_top as i64;
                    for ky in 0..kh {
                        for kx in 0..kw {
                            for ch in 0..oc {
                                let ox = ox0 + kx as i64;
                                let oy = oy0 + ky as i64;
                                if ox >= 0 && ox < o.w as i64 && oy >= 0 && oy < o.h as i64 {
                                    let xv = x[((b * h + iy) * iw + ix) * c + ic] as i32;
                                    let fv = f[((ch * kh + ky) * kw + kx) * c + ic] as i32;
                                    scratch[((b * o.h + oy as usize) * o.w + ox as usize) * oc
                                        + ch] += (xv + p.input_offset) * fv;
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    for (i, y) in out.iter_mut().enumerate() {
        let ch = i % oc;
        let mut acc = scratch[i];
        if let Some(bias) = &case.bias {
            acc += bias[ch];
        }
        let rq = case.requant[ch];
        acc = quant::multiply_by_quantized_multiplier(acc, rq.multiplier, rq.shift);
        acc += p.output_offset;
        *y = acc.max(p.range.min).min(p.range.max) as i8;
    }
}

fn first_difference(kind: &str, trial: usize, got: &[i8], expected: &[i8]) {
    if let Some(i) = got.iter().zip(expected).position(|(a, b)| a != b) {
        panic!(
            "{kind}, trial {trial}: first difference at {i}: ours {}, TFLM's loop {}",
            got[i], expected[i]
        );
    }
}

#[test]
fn conv_matches_tflms_loop_on_random_shapes() {
    let mut rng = Rng(0x5eed_0001);
    let mut compared = 0;
    for trial in 0..300 {
        let pointwise = trial % 3 == 0;
        let groups = if pointwise { 1 } else { 1 + rng.below(3) };
        let fi = 1 + rng.below(6);
        let c = fi * groups;
        let oc = groups * (1 + rng.below(4));
        let (kh, kw) = if pointwise {
            (1, 1)
        } else {
            (1 + rng.below(5), 1 + rng.below(5))
        };
        let stride = if pointwise {
            [1, 1]
        } else {
            [1 + rng.below(3), 1 + rng.below(3)]
        };
        let dilation = if pointwise {
            [1, 1]
        } else {
            [1 + rng.below(3), 1 + rng.below(2)]
        };
        let padding = if rng.below(2) == 0 {
            Padding::Same
        } else {
            Padding::Valid
        };
        let (n, h, w) = (1 + rng.below(2), 1 + rng.below(9), 1 + rng.below(9));
        let (window, [oh, ow]) = Window::new(padding, h, w, kh, kw, stride, dilation);
        if oh == 0 || ow == 0 {
            continue;
        }
        let input_zp = rng.below(256) as i32 - 128;
        let output_zp = rng.below(256) as i32 - 128;
        let output_scale = rng.scale(0.01, 0.2);
        let case = Case {
            input: rng.i8s(n * h * w * c),
            input_shape: Nhwc::new(n, h, w, c),
            filter: rng.i8s(oc * kh * kw * fi),
            bias: (rng.below(4) != 0).then(|| {
                (0..oc)
                    .map(|_| (rng.next() % 20_000) as i32 - 10_000)
                    .collect()
            }),
            requant: requants(&mut rng, oc),
            params: conv::Params::new(window, input_zp, output_scale, output_zp, fused(&mut rng)),
            output_shape: Nhwc::new(n, oh, ow, oc),
        };
        let mut expected = vec![0i8; case.output_shape.len()];
        reference_conv(&case, [oc, kh, kw, fi], &mut expected);
        let mut got = vec![0i8; case.output_shape.len()];
        let bias = bias_bytes(&case.bias);
        conv::conv(
            &case.params,
            &case.input,
            case.input_shape,
            &case.filter,
            [oc, kh, kw, fi],
            bias.as_deref(),
            &case.requant,
            &mut got,
            case.output_shape,
        );
        first_difference("conv", trial, &got, &expected);
        compared += got.len();
    }
    assert!(compared > 10_000, "only {compared} outputs compared");
}

#[test]
fn depthwise_matches_tflms_loop_on_random_shapes() {
    let mut rng = Rng(0x5eed_0002);
    let mut compared = 0;
    for trial in 0..300 {
        let c = 1 + rng.below(6);
        let m = 1 + rng.below(3);
        // 3x3 (the unrolled path), up to 7x7 (the table), 8x8 (checked).
        let (kh, kw) = match trial % 4 {
            0 | 1 => (3, 3),
            2 => (1 + rng.below(7), 1 + rng.below(7)),
            _ => (8, 8),
        };
        let stride = [1 + rng.below(3), 1 + rng.below(3)];
        let dilation = [1 + rng.below(2), 1 + rng.below(3)];
        let padding = if rng.below(2) == 0 {
            Padding::Same
        } else {
            Padding::Valid
        };
        let (n, h, w) = (1 + rng.below(2), 1 + rng.below(12), 1 + rng.below(12));
        let (window, [oh, ow]) = Window::new(padding, h, w, kh, kw, stride, dilation);
        if oh == 0 || ow == 0 {
            continue;
        }
        let input_zp = rng.below(256) as i32 - 128;
        let output_zp = rng.below(256) as i32 - 128;
        let output_scale = rng.scale(0.01, 0.2);
        let case = Case {
            input: rng.i8s(n * h * w * c),
            input_shape: Nhwc::new(n, h, w, c),
            filter: rng.i8s(kh * kw * c * m),
            bias: (rng.below(4) != 0).then(|| {
                (0..c * m)
                    .map(|_| (rng.next() % 20_000) as i32 - 10_000)
                    .collect()
            }),
            requant: requants(&mut rng, c * m),
            params: conv::Params::new(window, input_zp, output_scale, output_zp, fused(&mut rng)),
            output_shape: Nhwc::new(n, oh, ow, c * m),
        };
        let mut expected = vec![0i8; case.output_shape.len()];
        reference_depthwise(&case, kh, kw, &mut expected);
        let mut got = vec![0i8; case.output_shape.len()];
        let bias = bias_bytes(&case.bias);
        depthwise::depthwise(
            &case.params,
            &case.input,
            case.input_shape,
            &case.filter,
            [kh, kw],
            bias.as_deref(),
            &case.requant,
            &mut got,
            case.output_shape,
        );
        first_difference("depthwise", trial, &got, &expected);
        compared += got.len();
    }
    assert!(compared > 10_000, "only {compared} outputs compared");
}

#[test]
fn transpose_conv_matches_tflms_scatter_on_random_shapes() {
    let mut rng = Rng(0x5eed_0003);
    let mut compared = 0;
    for trial in 0..200 {
        let c = 1 + rng.below(5);
        let oc = 1 + rng.below(5);
        let (kh, kw) = (1 + rng.below(4), 1 + rng.below(4));
        let stride = [1 + rng.below(3), 1 + rng.below(3)];
        let padding = if rng.below(2) == 0 {
            Padding::Same
        } else {
            Padding::Valid
        };
        let (n, h, w) = (1 + rng.below(2), 1 + rng.below(6), 1 + rng.below(6));
        // TFLite's output sizes: SAME in * stride, VALID (in - 1) * stride + k.
        let (oh, ow) = match padding {
            Padding::Same => (h * stride[0], w * stride[1]),
            Padding::Valid => ((h - 1) * stride[0] + kh, (w - 1) * stride[1] + kw),
        };
        let window = transpose_conv::window(padding, oh, ow, kh, kw, stride);
        let input_zp = rng.below(256) as i32 - 128;
        let output_zp = rng.below(256) as i32 - 128;
        let output_scale = rng.scale(0.01, 0.2);
        let case = Case {
            input: rng.i8s(n * h * w * c),
            input_shape: Nhwc::new(n, h, w, c),
            filter: rng.i8s(oc * kh * kw * c),
            bias: (rng.below(4) != 0).then(|| {
                (0..oc)
                    .map(|_| (rng.next() % 20_000) as i32 - 10_000)
                    .collect()
            }),
            requant: requants(&mut rng, oc),
            params: conv::Params::new(window, input_zp, output_scale, output_zp, fused(&mut rng)),
            output_shape: Nhwc::new(n, oh, ow, oc),
        };
        let mut expected = vec![0i8; case.output_shape.len()];
        reference_transpose_conv(&case, [oc, kh, kw, c], &mut expected);
        let mut got = vec![0i8; case.output_shape.len()];
        let bias = bias_bytes(&case.bias);
        transpose_conv::transpose_conv(
            &case.params,
            &case.input,
            case.input_shape,
            &case.filter,
            [oc, kh, kw, c],
            bias.as_deref(),
            &case.requant,
            &mut got,
            case.output_shape,
        );
        first_difference("transpose conv", trial, &got, &expected);
        compared += got.len();
    }
    assert!(compared > 10_000, "only {compared} outputs compared");
}

/// TFLite's `GetNearestNeighbor`, as written.
fn reference_nearest_of(
    value: usize,
    input: usize,
    output: usize,
    align: bool,
    half: bool,
) -> usize {
    let scale = if align && output > 1 {
        (input - 1) as f32 / (output - 1) as f32
    } else {
        input as f32 / output as f32
    };
    let offset = if half { 0.5f32 } else { 0.0 };
    let mut v = (input as i32 - 1).min(if align {
        ((value as f32 + offset) * scale).round() as i32
    } else {
        ((value as f32 + offset) * scale).floor() as i32
    });
    if half {
        v = v.max(0);
    }
    v as usize
}

/// TFLite's `ResizeBilinearInteger` (double rounding), as written.
fn reference_bilinear(x: &[i8], s: Nhwc, o: Nhwc, align: bool, half: bool, out: &mut [i8]) {
    let scale = |i: usize, n: usize| -> i32 {
        let (i, n) = (i as i32, n as i32);
        if align && n > 1 {
            ((1 << 10) * (i - 1) + (n - 1) / 2) / (n - 1)
        } else {
            ((1 << 10) * i + n / 2) / n
        }
    };
    let (hs, ws) = (scale(s.h, o.h), scale(s.w, o.w));
    let interp = |v: usize, sc: i32, size: usize| -> (i32, i32, i32) {
        let v = v as i32;
        let scaled = if half {
            v * sc + sc / 2 - (1 << 9)
        } else {
            v * sc
        };
        let lo = (scaled / (1 << 10)).max(0);
        let hi = ((scaled + (1 << 10) - 1) / (1 << 10)).min(size as i32 - 1);
        (scaled, lo, hi)
    };
    for b in 0..o.n {
        for y in 0..o.h {
            let (iy, y0, y1) = interp(y, hs, s.h);
            for xx in 0..o.w {
                let (ix, x0, x1) = interp(xx, ws, s.w);
                for c in 0..o.c {
                    let at = |yy: i32, xv: i32| {
                        x[((b * s.h + yy as usize) * s.w + xv as usize) * s.c + c] as i64
                    };
                    let dy = (iy - (1 << 10) * y0) as i64;
                    let dx = (ix - (1 << 10) * x0) as i64;
                    let v = at(y0, x0) * ((1 << 10) - dy) * ((1 << 10) - dx)
                        + at(y1, x0) * dy * ((1 << 10) - dx)
                        + at(y0, x1) * ((1 << 10) - dy) * dx
                        + at(y1, x1) * dy * dx;
                    let round = if v > 0 { 1i64 << 19 } else { -(1i64 << 19) };
                    out[((b * o.h + y) * o.w + xx) * o.c + c] = ((v + round) / (1 << 20)) as i8;
                }
            }
        }
    }
}

#[test]
fn resizes_match_tflites_loops_with_every_flag() {
    use cnn_run::quant::resize;
    let mut rng = Rng(0x5eed_0004);
    let mut compared = 0;
    for trial in 0..300 {
        let (align, half) = [(false, false), (true, false), (false, true)][trial % 3];
        let s = Nhwc::new(
            1 + rng.below(2),
            1 + rng.below(9),
            1 + rng.below(9),
            1 + rng.below(4),
        );
        let o = Nhwc::new(s.n, 1 + rng.below(20), 1 + rng.below(20), s.c);
        let x = rng.i8s(s.len());
        let p = resize::Params {
            align_corners: align,
            half_pixel_centers: half,
        };
        let mut expected = vec![0i8; o.len()];
        for b in 0..o.n {
            for y in 0..o.h {
                let iy = reference_nearest_of(y, s.h, o.h, align, half);
                for xx in 0..o.w {
                    let ix = reference_nearest_of(xx, s.w, o.w, align, half);
                    for c in 0..o.c {
                        expected[((b * o.h + y) * o.w + xx) * o.c + c] =
                            x[((b * s.h + iy) * s.w + ix) * s.c + c];
                    }
                }
            }
        }
        let mut got = vec![0i8; o.len()];
        resize::nearest(&p, &x, s, &mut got, o);
        first_difference("resize nearest", trial, &got, &expected);
        reference_bilinear(&x, s, o, align, half, &mut expected);
        resize::bilinear(&p, &x, s, &mut got, o);
        first_difference("resize bilinear", trial, &got, &expected);
        compared += 2 * got.len();
    }
    assert!(compared > 10_000, "only {compared} outputs compared");
}
