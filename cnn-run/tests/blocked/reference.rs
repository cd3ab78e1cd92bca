//! The direct loop from the definition, and the checks that run a layer
//! through every kernel and the prepared path against it.

#![allow(dead_code)] // each test module uses part of it

use cnn_core::{Activation, Axes, Kind, LayerSpec, Shape};
use cnn_run::{self as run, Kernel};
use std::sync::Mutex;

/// A repeatable stream of values in [-1, 1).
pub(crate) struct Noise(pub(crate) u64);

impl Noise {
    pub(crate) fn take(&mut self, count: usize) -> Vec<f32> {
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
pub(crate) fn direct(spec: &LayerSpec, input: Shape, x: &[f32], w: &[f32]) -> Vec<f32> {
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
pub(crate) static KERNEL: Mutex<()> = Mutex::new(());

/// Checks the layer on every kernel this CPU runs (AVX-512, AVX2/FMA,
/// portable), each forced in turn.
pub(crate) fn check(name: &str, spec: LayerSpec, input: Shape) {
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

pub(crate) fn check_on(case: &str, kernel: &str, spec: LayerSpec, input: Shape) {
    check_through(case, kernel, spec, input, &[Some(Activation::Silu)]);
}

/// [`check`], the prepared path's store through each of `activations`.
pub(crate) fn check_activations(
    name: &str,
    spec: LayerSpec,
    input: Shape,
    activations: &[Option<Activation>],
) {
    let _one = KERNEL.lock().unwrap_or_else(|e| e.into_inner());
    let best = run::kernel();
    for kernel in [Kernel::Avx512, Kernel::Avx2Fma, Kernel::Portable] {
        if kernel <= best {
            run::force_kernel(Some(kernel));
            assert_eq!(run::kernel(), kernel);
            check_through(name, kernel.name(), spec, input, activations);
        }
    }
    run::force_kernel(None);
}

/// [`check_on`] with the prepared path's store through each of
/// `activations`.
pub(crate) fn check_through(
    case: &str,
    kernel: &str,
    spec: LayerSpec,
    input: Shape,
    activations: &[Option<Activation>],
) {
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
    for &activation in activations {
        for residual in [true, false] {
            let case = (residual, activation);
            prepared(name, &spec, input, &x, &w, &expected, &mut noise, case);
        }
    }
}

/// The same layer through the prepared path: a program of one fused step
/// (the layer, a batch norm folded into it, a residual added if
/// `with_residual`, then `activation`, in its store), its weights made by
/// `run::prepare`, against the direct loop's output finished by the
/// definitions of those steps.
#[allow(clippy::too_many_arguments)]
pub(crate) fn prepared(
    name: &str,
    spec: &LayerSpec,
    input: Shape,
    x: &[f32],
    w: &[f32],
    direct: &[f32],
    noise: &mut Noise,
    (with_residual, activation): (bool, Option<Activation>),
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
        activation,
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
        let expected = activate(activation, v);
        scale = scale.max(expected.abs());
        let diff = (got - expected).abs();
        worst = worst.max(if diff.is_nan() { f32::INFINITY } else { diff });
    }
    assert!(
        worst <= 1e-5 * scale,
        "{name}, prepared, {activation:?}: max |diff| {worst:e}, scale {scale}"
    );
}

/// `activation` from PyTorch's definitions.
fn activate(activation: Option<Activation>, v: f32) -> f32 {
    let relu6 = |v: f32| v.clamp(0.0, 6.0);
    match activation {
        None => v,
        Some(Activation::Relu) => v.max(0.0),
        Some(Activation::Relu6) => relu6(v),
        Some(Activation::Silu) => v / (1.0 + (-v).exp()),
        Some(Activation::Sigmoid) => 1.0 / (1.0 + (-v).exp()),
        Some(Activation::HardSigmoid) => relu6(v + 3.0) / 6.0,
        Some(Activation::HardSwish) => v * relu6(v + 3.0) / 6.0,
        Some(Activation::Tanh) => v.tanh(),
        Some(
            Activation::LeakyRelu
            | Activation::Elu
            | Activation::Gelu
            | Activation::GeluTanh
            | Activation::Softmax
            | Activation::LogSoftmax,
        ) => unimplemented!("not among these tests' activations"),
    }
}

/// Rows of tiles in a Winograd block of `spec` on `input` in the most
/// room the plan gives it (`plan::winograd::cap`), 0 if it is not one.
pub(crate) fn winograd_rows(spec: &LayerSpec, input: Shape) -> usize {
    use cnn_core::plan::winograd::{block_rows, cap};
    if !cnn_core::plan::winograd::winograd(spec, input) {
        return 0;
    }
    let output = spec.apply(input).unwrap().output;
    let [h, w, _] = output.axes();
    let (channels, filters) = (input.channels(), output.channels());
    let tensors = input.elements().unwrap() + output.elements().unwrap();
    let room = cap([h, w], channels, filters, tensors);
    block_rows([h, w], channels, filters, room) as usize
}

pub(crate) fn axes(values: &[u64]) -> Axes {
    Axes::written_as(values).unwrap()
}
