//! The blocked convolutions of `cnn_run` against a direct loop
//! written from the definition, on shapes that cross every boundary of
//! the blocking (depth past 256, filters past 256, positions past 72,
//! partial tiles), every rank, groups, dilation, strides and padding, and
//! every path: in place (1x1), im2col, depthwise (vector and scalar).
//! The PyTorch cases in tests/run.rs are small; these are large enough to
//! reach the blocks. Each also runs through the prepared path (the
//! filters packed once by `run::prepare`, a batch norm folded, a residual
//! and an activation applied in the store).

use cnn_core::{Axes, Form, Kind, LayerSpec, Padding, Shape};
use cnn_run::{self as run, Kernel};
use std::sync::Mutex;

/// A repeatable stream of values in [-1, 1).
struct Noise(u64);

impl Noise {
    fn take(&mut self, count: usize) -> Vec<f32> {
        (0..count)
            .map(|_| {
                self.0 ^= self.0 << 13;
                self.0 ^= self.0 >> 7;
                self.0 ^= self.0 << 17;
                (self.0 >> 40) as f32 / (1u64 << 23) as f32 - 1.0
            })
            .collect()
    }
}

/// The convolution from its definition: output `o`, filter `f` of group
/// `g` is `bias[f] + sum over the group's channels c and taps k of
/// x[o * stride - pad + k * dilation][c] * w[f][c][k]`, channels last.
fn direct(spec: &LayerSpec, input: Shape, x: &[f32], w: &[f32]) -> Vec<f32> {
    let axes = spec.on_axes(input).unwrap();
    let output = spec.apply(input).unwrap().output;
    let padding = axes.padding.expect("explicit padding");
    let (channels, filters) = (input.channels() as usize, output.channels() as usize);
    let groups = match spec.kind {
        Kind::DepthwiseConv => channels,
        _ => spec.groups as usize,
    };
    let (inner, per_group) = (channels / groups, filters / groups);
    let dims = |shape: Shape| shape.axes().map(|n| n as usize);
    let (from, to) = (dims(input), dims(output));
    let window = axes.window.map(|n| n as usize);
    let taps = window.iter().product::<usize>();
    let mut y = vec![0.0f32; to.iter().product::<usize>() * filters];
    for o0 in 0..to[0] {
        for o1 in 0..to[1] {
            for o2 in 0..to[2] {
                let out = (o0 * to[1] + o1) * to[2] + o2;
                for f in 0..filters {
                    let group = f / per_group;
                    let mut sum = if spec.bias {
                        w[filters * inner * taps + f]
                    } else {
                        0.0
                    };
                    for c in 0..inner {
                        for k0 in 0..window[0] {
                            for k1 in 0..window[1] {
                                for k2 in 0..window[2] {
                                    let at = [(o0, k0), (o1, k1), (o2, k2)];
                                    let mut index = 0;
                                    let mut inside = true;
                                    for (axis, (o, k)) in at.into_iter().enumerate() {
                                        let reach = (o * axes.stride[axis] as usize
                                            + k * axes.dilation[axis] as usize)
                                            as isize
                                            - padding[axis] as isize;
                                        inside &= reach >= 0 && (reach as usize) < from[axis];
                                        index = index * from[axis] + reach.max(0) as usize;
                                    }
                                    if inside {
                                        let tap = (k0 * window[1] + k1) * window[2] + k2;
                                        sum += x[index * channels + group * inner + c]
                                            * w[(f * inner + c) * taps + tap];
                                    }
                                }
                            }
                        }
                    }
                    y[out * filters + f] = sum;
                }
            }
        }
    }
    y
}

/// The kernel cap is global: one check at a time, so that each runs the
/// kernel it names.
static KERNEL: Mutex<()> = Mutex::new(());

/// Checks the layer on every kernel this CPU runs (AVX-512, AVX2/FMA,
/// portable), each forced in turn.
fn check(name: &str, spec: LayerSpec, input: Shape) {
    let _one = KERNEL.lock().unwrap_or_else(|e| e.into_inner());
    let best = run::kernel();
    for kernel in [Kernel::Avx512, Kernel::Avx2Fma, Kernel::Portable] {
        if kernel <= best {
            run::force_kernel(Some(kernel));
            assert_eq!(run::kernel(), kernel);
            check_on(name, kernel.name(), spec, input);
        }
    }
    run::force_kernel(None);
}

fn check_on(case: &str, kernel: &str, spec: LayerSpec, input: Shape) {
    let name = &format!("{case} ({kernel})");
    let step = spec
        .apply(input)
        .unwrap_or_else(|e| panic!("{name}: {e:?}"));
    let mut noise = Noise(0x9e37_79b9_7f4a_7c15 ^ case.len() as u64);
    let x = noise.take(input.elements().unwrap() as usize);
    let w = noise.take((step.params + step.non_trainable_params) as usize);
    let mut y = vec![f32::NAN; step.output.elements().unwrap() as usize];
    let mut scratch = vec![f32::NAN; run::scratch_len(&spec, input)];
    run::layer(&spec, input, &x, &w, &mut y, &mut scratch)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let expected = direct(&spec, input, &x, &w);
    let scale = expected.iter().fold(1.0f32, |m, v| m.max(v.abs()));
    let diff = y
        .iter()
        .zip(&expected)
        .map(|(a, b)| {
            if (a - b).is_nan() {
                f32::INFINITY
            } else {
                (a - b).abs()
            }
        })
        .fold(0.0f32, f32::max);
    assert!(
        diff <= 1e-5 * scale,
        "{name}: max |diff| {diff:e}, scale {scale}"
    );
    for residual in [true, false] {
        prepared(name, &spec, input, &x, &w, &expected, &mut noise, residual);
    }
}

/// The same layer through the prepared path: a program of one fused step
/// (the layer, a batch norm folded into it, a residual added if
/// `with_residual`, then SiLU, in its store), its weights made by
/// `run::prepare`, against the direct loop's output finished by the
/// definitions of those steps.
#[allow(clippy::too_many_arguments)]
fn prepared(
    name: &str,
    spec: &LayerSpec,
    input: Shape,
    x: &[f32],
    w: &[f32],
    direct: &[f32],
    noise: &mut Noise,
    with_residual: bool,
) {
    use cnn_core::program::{Header, Op, Place, Writer};
    let filters = spec.apply(input).unwrap().output.channels() as usize;
    let len = direct.len();
    // Batch norm: weight, bias, running mean, running variance (> 0).
    let mut norm = noise.take(4 * filters);
    norm[3 * filters..]
        .iter_mut()
        .for_each(|v| *v = v.abs() + 0.1);
    let mut residual = noise.take(len);
    if !with_residual {
        residual.fill(0.0);
    }
    // Winograd's blocks as the plan gives them when the room is ample.
    let rows = winograd_rows(spec, input);
    let scratch = match rows {
        0 => run::scratch_len(spec, input),
        rows => {
            let output = spec.apply(input).unwrap().output;
            let [h, w, _] = output.axes();
            let len = cnn_core::plan::winograd::scratch(
                [h, w],
                input.channels(),
                output.channels(),
                rows as u64,
            );
            len as usize
        }
    };
    let mut weights = w.to_vec();
    weights.extend_from_slice(&norm);
    let op = Op::Fused {
        spec: *spec,
        input,
        x: Place::Input,
        y: Place::Arena(0),
        scratch: len,
        weights: 0,
        prepared: 0,
        norm: Some(w.len()),
        residual: with_residual.then_some(Place::Arena(len + scratch)),
        activation: Some(cnn_core::Activation::Silu),
        winograd: rows,
    };
    let prepared_len = cnn_core::plan::prepared::prepared_len_in(spec, input, rows);
    let header = Header {
        input_len: x.len(),
        arena_len: 2 * len + scratch,
        output: 0,
        output_len: len,
        steps: 1,
    };
    let mut program = Vec::new();
    let mut sink = |part: &[u8]| program.extend_from_slice(part);
    let mut writer = Writer::default();
    writer.prepared_len(prepared_len, &mut sink);
    writer.header(&header, &mut sink);
    writer.op(&op, &mut sink);
    let mut packed = vec![f32::NAN; prepared_len];
    run::prepare(&program, &weights, &mut packed).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut arena = vec![f32::NAN; header.arena_len];
    arena[len + scratch..].copy_from_slice(&residual);
    let y = run::forward_prepared(&program, &packed, x, &mut arena)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut worst = 0.0f32;
    let mut scale = 1.0f32;
    for (i, (&got, &z)) in y.iter().zip(direct).enumerate() {
        let f = i % filters;
        let (gamma, beta, mean, var) = (
            norm[f],
            norm[filters + f],
            norm[2 * filters + f],
            norm[3 * filters + f],
        );
        let v = (z - mean) / (var + 1e-5).sqrt() * gamma + beta + residual[i];
        let expected = v / (1.0 + (-v).exp());
        scale = scale.max(expected.abs());
        let diff = (got - expected).abs();
        worst = worst.max(if diff.is_nan() { f32::INFINITY } else { diff });
    }
    assert!(
        worst <= 1e-5 * scale,
        "{name}, prepared: max |diff| {worst:e}, scale {scale}"
    );
}

/// Rows of tiles in a Winograd block of `spec` on `input` in a room of
/// its input and output (the most the plan gives), 0 if it is not one.
fn winograd_rows(spec: &LayerSpec, input: Shape) -> usize {
    if !cnn_core::plan::winograd::winograd(spec, input) {
        return 0;
    }
    let output = spec.apply(input).unwrap().output;
    let [h, w, _] = output.axes();
    let room = input.elements().unwrap() + output.elements().unwrap();
    cnn_core::plan::winograd::block_rows([h, w], input.channels(), output.channels(), room) as usize
}

fn axes(values: &[u64]) -> Axes {
    Axes::written_as(values).unwrap()
}

#[test]
fn im2col_crosses_every_block() {
    // Depth 270 (a block of 256 that ends inside a line of taps, then 14),
    // 260 filters (a block of 256 and one of 4: a partial panel), 99
    // positions (a tile of 72, then 27: a partial row panel).
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(260)
        .padding(Padding::Explicit(axes(&[1])));
    check("3x3 over 30 channels", spec, Shape::spatial(9, 11, 30));
    let spec = LayerSpec::new(Kind::Conv).window(3, 3).count(33).no_bias();
    check("3x3 without bias", spec, Shape::spatial(8, 9, 20));
    // 289 taps, more than a block holds: spans of one channel's taps.
    let spec = LayerSpec::new(Kind::Conv)
        .window(17, 17)
        .count(5)
        .padding(Padding::Explicit(axes(&[8])));
    check("17x17", spec, Shape::spatial(9, 10, 3));
}

/// 3x3 stride-1 convolutions of 16 to 256 channels and filters, which the
/// prepared path runs by Winograd's F(2x2, 3x3) (`Form::Winograd`): odd
/// outputs (a half tile at the bottom and the right), several blocks of
/// tiles, no padding, uneven padding (a tile reaching past the input on
/// one side only), partial panels of filters, the most channels and the
/// most filters.
#[test]
fn winograd_tiles_and_blocks() {
    let check = |name, spec: LayerSpec, input| {
        let form = cnn_core::plan::prepared::form_in(&spec, input, winograd_rows(&spec, input));
        assert_eq!(form, cnn_core::Form::Winograd, "{name}");
        check(name, spec, input);
    };
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(17)
        .padding(Padding::Explicit(axes(&[1])));
    check(
        "winograd, two blocks, odd sides",
        spec,
        Shape::spatial(29, 9, 16),
    );
    let spec = LayerSpec::new(Kind::Conv).window(3, 3).count(40).no_bias();
    check("winograd, no padding", spec, Shape::spatial(30, 26, 24));
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(32)
        .padding(Padding::Explicit(axes(&[2, 0])));
    check("winograd, uneven padding", spec, Shape::spatial(20, 30, 33));
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(20)
        .padding(Padding::Explicit(axes(&[1])));
    check("winograd, 256 channels", spec, Shape::spatial(16, 16, 256));
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(256)
        .padding(Padding::Explicit(axes(&[1])));
    check("winograd, 256 filters", spec, Shape::spatial(16, 16, 16));
    #[cfg(feature = "std")]
    {
        // Enough work to split: shares of whole blocks, on the pool.
        let spec = LayerSpec::new(Kind::Conv)
            .window(3, 3)
            .count(64)
            .padding(Padding::Explicit(axes(&[1])));
        run::set_threads(2);
        check("winograd on two threads", spec, Shape::spatial(36, 10, 64));
        run::set_threads(1);
    }
}

#[test]
fn pointwise_reads_its_input_in_place() {
    let spec = LayerSpec::new(Kind::Conv).window(1, 1).count(270);
    check("1x1 over 260 channels", spec, Shape::spatial(10, 10, 260));
    let spec = LayerSpec::new(Kind::Conv)
        .window(1, 1)
        .count(17)
        .stride(2, 2);
    check("1x1 stride 2", spec, Shape::spatial(9, 9, 20));
    let spec = LayerSpec::new(Kind::Conv).window(1, 1).count(5).no_bias();
    check("1x1 on one position", spec, Shape::spatial(1, 1, 7));
}

#[test]
fn a_stem_copies_whole_runs_of_taps() {
    let spec = LayerSpec::new(Kind::Conv)
        .window(7, 7)
        .count(64)
        .stride(2, 2)
        .padding(Padding::Explicit(axes(&[3])));
    check("7x7 stride 2 over RGB", spec, Shape::spatial(30, 31, 3));
    // 147 deep with at least 32 filters: the direct loop too
    // (`DIRECT_DEPTH_WIDE`), 72 filters in blocks of 32 (AVX-512's fused
    // multiply-adds), then 8; lines of 6 neighbours, the edges one at a
    // time.
    let spec = LayerSpec::new(Kind::Conv)
        .window(7, 7)
        .count(72)
        .stride(2, 2)
        .padding(Padding::Explicit(axes(&[3])));
    let input = Shape::spatial(29, 27, 3);
    assert_eq!(cnn_core::plan::prepared::form(&spec, input), Form::Direct);
    check("7x7 stride 2 over RGB, 72 filters", spec, input);
    let spec = LayerSpec::new(Kind::Conv)
        .window(5, 5)
        .count(40)
        .padding(Padding::Explicit(axes(&[1, 2])));
    let input = Shape::spatial(13, 20, 4);
    assert_eq!(cnn_core::plan::prepared::form(&spec, input), Form::Direct);
    check("5x5 over 4 channels, 40 filters", spec, input);
    // 27 deep: the prepared path's direct loop (`Form::Direct`), 32
    // filters a block, then 8, then one at a time.
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(45)
        .stride(2, 2)
        .padding(Padding::Explicit(axes(&[1])));
    check("3x3 stride 2 over RGB", spec, Shape::spatial(17, 16, 3));
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(32)
        .dilation(2, 1)
        .no_bias()
        .padding(Padding::Explicit(axes(&[2, 1])));
    check(
        "3x3 dilated over 2 channels",
        spec,
        Shape::spatial(9, 10, 2),
    );
    // Groups of 6 whose windows reach into the padding read a padded
    // copy of the input under them: dilated along the line, lines of 13
    // (two groups, the second going back over the first) and of 5 (too
    // short for a group: one at a time), rows past the bottom.
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(64)
        .dilation(1, 2)
        .padding(Padding::Explicit(axes(&[1, 2])));
    check(
        "3x3 dilated along lines of 13",
        spec,
        Shape::spatial(8, 13, 3),
    );
    check(
        "3x3 dilated along lines of 5",
        spec,
        Shape::spatial(7, 5, 3),
    );
    let spec = LayerSpec::new(Kind::Conv)
        .window(7, 7)
        .count(32)
        .stride(3, 2)
        .padding(Padding::Explicit(axes(&[5, 4])));
    check("7x7 padded past a window", spec, Shape::spatial(6, 25, 3));
    let spec = LayerSpec::new(Kind::Conv)
        .window_axes(axes(&[3, 3, 3]))
        .count(8)
        .padding(Padding::Explicit(axes(&[1])));
    check("3x3x3 over one channel", spec, Shape::volume(4, 5, 6, 1));
    // 75 deep with fewer than 16 filters (LeNet's first layer): direct
    // too, in blocks of 8 (then one at a time), lines of 4 neighbours
    // and the rest.
    let spec = LayerSpec::new(Kind::Conv).window(5, 5).count(8);
    check("LeNet's 5x5 over RGB", spec, Shape::spatial(11, 15, 3));
    let spec = LayerSpec::new(Kind::Conv)
        .window(5, 5)
        .count(13)
        .padding(Padding::Explicit(axes(&[2])));
    check("5x5 over RGB, 13 filters", spec, Shape::spatial(9, 10, 3));
}

#[test]
fn groups_dilation_and_uneven_padding() {
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(24)
        .stride(2, 1)
        .dilation(2, 3)
        .groups(4)
        .padding(Padding::Explicit(axes(&[1, 2])));
    check("grouped and dilated", spec, Shape::spatial(13, 10, 16));
}

#[test]
fn one_and_three_axes() {
    let spec = LayerSpec::new(Kind::Conv)
        .window_axes(axes(&[5]))
        .count(30)
        .dilation_axes(axes(&[2]))
        .padding(Padding::Explicit(axes(&[3])));
    check("1-D", spec, Shape::sequence(50, 20));
    let spec = LayerSpec::new(Kind::Conv)
        .window_axes(axes(&[3, 3, 3]))
        .count(12)
        .stride_axes(axes(&[1, 2, 2]))
        .padding(Padding::Explicit(axes(&[1])));
    check("3-D", spec, Shape::volume(5, 6, 7, 10));
}

#[test]
fn depthwise_vector_and_scalar_paths() {
    // 40 channels: two blocks of 16, then 8 one at a time.
    let spec = LayerSpec::new(Kind::DepthwiseConv)
        .window(3, 3)
        .stride(2, 2)
        .padding(Padding::Explicit(axes(&[1])));
    check("dwconv 3x3 stride 2", spec, Shape::spatial(15, 14, 40));
    // Stride 2's own interior: lines of 12 and 11 interior positions
    // (groups of four, then none or three more), in blocks of 32, then
    // 16 and 7; unpadded, and padded across the lines but not along them.
    let spec = LayerSpec::new(Kind::DepthwiseConv)
        .window(3, 3)
        .stride(2, 2)
        .padding(Padding::Explicit(axes(&[1])));
    check(
        "dwconv 3x3 stride 2 long lines",
        spec,
        Shape::spatial(7, 27, 87),
    );
    check(
        "dwconv 3x3 stride 2 odd lines",
        spec,
        Shape::spatial(5, 25, 87),
    );
    let spec = LayerSpec::new(Kind::DepthwiseConv)
        .window(3, 3)
        .stride(2, 2)
        .padding(Padding::Explicit(axes(&[0])));
    check(
        "dwconv 3x3 stride 2 unpadded",
        spec,
        Shape::spatial(9, 31, 64),
    );
    let spec = LayerSpec::new(Kind::DepthwiseConv)
        .window(3, 3)
        .stride(2, 2)
        .no_bias()
        .padding(Padding::Explicit(axes(&[1, 0])));
    check(
        "dwconv 3x3 stride 2 rows padded",
        spec,
        Shape::spatial(8, 22, 32),
    );
    let spec = LayerSpec::new(Kind::DepthwiseConv)
        .window(7, 7)
        .no_bias()
        .padding(Padding::Explicit(axes(&[3])));
    check("dwconv 7x7", spec, Shape::spatial(9, 8, 32));
    // Lines whose interior (15 positions) is groups of four and three
    // more, in blocks of 32 and 16 channels, then 8 and 1.
    let spec = LayerSpec::new(Kind::DepthwiseConv)
        .window(5, 5)
        .padding(Padding::Explicit(axes(&[2])));
    check("dwconv 5x5 long lines", spec, Shape::spatial(6, 19, 57));
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(48)
        .groups(48)
        .padding(Padding::Explicit(axes(&[1])));
    check(
        "conv with one group per channel",
        spec,
        Shape::spatial(6, 7, 48),
    );
    // A multiplier, and a window past the vector path's 64 taps.
    let spec = LayerSpec::new(Kind::DepthwiseConv)
        .window(3, 3)
        .multiplier(2);
    check("dwconv multiplier 2", spec, Shape::spatial(6, 6, 5));
    let spec = LayerSpec::new(Kind::DepthwiseConv).window(9, 9);
    check("dwconv 9x9", spec, Shape::spatial(10, 11, 16));
    let spec = LayerSpec::new(Kind::DepthwiseConv)
        .window_axes(axes(&[3, 3, 3]))
        .padding(Padding::Explicit(axes(&[1])));
    check("dwconv 3-D", spec, Shape::volume(4, 5, 6, 17));
}

/// One layer on `threads` threads (`layer`, or `layer_in_place` for the
/// kinds that write over their input).
#[cfg(feature = "std")]
fn on_threads(spec: &LayerSpec, input: Shape, threads: usize, seed: u64) -> Vec<f32> {
    let step = spec.apply(input).unwrap();
    let mut noise = Noise(seed);
    // Positive weights: batch norm's running variances.
    let x = noise.take(input.elements().unwrap() as usize);
    let w: Vec<f32> = noise
        .take((step.params + step.non_trainable_params) as usize)
        .into_iter()
        .map(f32::abs)
        .collect();
    let mut scratch = vec![0.0; run::scratch_len(spec, input)];
    run::set_threads(threads);
    assert_eq!(run::threads(), threads);
    let y = if matches!(spec.kind, Kind::Conv | Kind::DepthwiseConv | Kind::MaxPool) {
        let mut y = vec![f32::NAN; step.output.elements().unwrap() as usize];
        run::layer(spec, input, &x, &w, &mut y, &mut scratch).unwrap();
        y
    } else {
        let mut y = x;
        run::layer_in_place(spec, input, &mut y, &w, &mut scratch).unwrap();
        y
    };
    run::set_threads(1);
    y
}

/// With the `std` feature and more threads, a large product is split
/// into shares of rows (or, with fewer rows than filters, of blocks of
/// filters), each worker of the pool with its own packing
/// space; a depthwise convolution into shares of lines, and a pass over
/// positions (batch norm, an activation, a max pool) into runs of
/// positions. Each
/// value is computed as on one thread, so the outputs are the same to the
/// bit (the direct loop above checks the one-thread path; a product large
/// enough to be split would take it minutes in a debug build).
#[cfg(feature = "std")]
#[test]
fn threads_split_the_work_and_change_no_bit() {
    let _one = KERNEL.lock().unwrap_or_else(|e| e.into_inner());
    let cases = [
        (
            LayerSpec::new(Kind::Conv)
                .window(3, 3)
                .count(64)
                .padding(Padding::Explicit(axes(&[1]))),
            Shape::spatial(48, 50, 32),
        ),
        (
            LayerSpec::new(Kind::Conv).window(1, 1).count(200),
            Shape::spatial(50, 60, 64),
        ),
        // Fewer positions than filters: split by blocks of 256 filters
        // (2 of them; 600, too uneven, by rows; 4 read in place).
        (
            LayerSpec::new(Kind::Conv)
                .window(3, 3)
                .count(512)
                .padding(Padding::Explicit(axes(&[1]))),
            Shape::spatial(7, 7, 64),
        ),
        (
            LayerSpec::new(Kind::Conv)
                .window(3, 3)
                .count(600)
                .padding(Padding::Explicit(axes(&[1]))),
            Shape::spatial(7, 7, 64),
        ),
        (
            LayerSpec::new(Kind::Conv).window(1, 1).count(1024),
            Shape::spatial(5, 5, 128),
        ),
        (
            LayerSpec::new(Kind::DepthwiseConv)
                .window(3, 3)
                .stride(2, 2)
                .padding(Padding::Explicit(axes(&[1]))),
            Shape::spatial(57, 56, 96),
        ),
        (LayerSpec::new(Kind::BatchNorm), Shape::spatial(56, 55, 96)),
        // Runs of output positions (ResNet's pool, its windows inside the
        // input and at its edges).
        (
            LayerSpec::new(Kind::MaxPool)
                .window(3, 3)
                .stride(2, 2)
                .padding(Padding::Explicit(axes(&[1]))),
            Shape::spatial(80, 81, 64),
        ),
        (
            LayerSpec::new(Kind::Activation(cnn_core::Activation::Silu)),
            Shape::spatial(56, 57, 48),
        ),
    ];
    for (at, (spec, input)) in cases.into_iter().enumerate() {
        let one = on_threads(&spec, input, 1, 7 + at as u64);
        assert!(one.iter().all(|v| v.is_finite()), "{:?} {input}", spec.kind);
        for threads in [2, 3] {
            let many = on_threads(&spec, input, threads, 7 + at as u64);
            assert_eq!(one, many, "{:?} {input} on {threads}", spec.kind);
        }
        // Two callers at once: one has the pool, the other finds it busy
        // and runs its shares itself; both as on one thread.
        let both = std::thread::scope(|scope| {
            let callers: Vec<_> = (0..2)
                .map(|_| scope.spawn(|| on_threads(&spec, input, 2, 7 + at as u64)))
                .collect();
            callers
                .into_iter()
                .map(|caller| caller.join().unwrap())
                .collect::<Vec<_>>()
        });
        for many in both {
            assert_eq!(one, many, "{:?} {input}, two callers", spec.kind);
        }
    }
}
