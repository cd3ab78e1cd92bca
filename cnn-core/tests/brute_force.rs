//! Output sizes checked against a brute-force simulation of a window sliding
//! over an explicitly padded array, independent of the closed formula.

use cnn_core::{output_size, Error, Kind, LayerSpec, Padding, Shape, Step};

/// One axis: input, kernel, stride, padding, dilation, ceil.
#[derive(Clone, Copy, Debug)]
struct Axis {
    input: u64,
    kernel: u64,
    stride: u64,
    padding: u64,
    dilation: u64,
    ceil: bool,
}

impl Axis {
    /// The window's extent, dilation included.
    fn extent(&self) -> u64 {
        self.dilation * (self.kernel - 1) + 1
    }
}

/// Every axis setting of the brief: 12 * 6 * 4 * 4 * 3 * 2 = 6912 cases.
fn all_axes() -> Vec<Axis> {
    let mut cases = Vec::new();
    for input in 1..=12 {
        for kernel in 1..=6 {
            for stride in 1..=4 {
                for padding in 0..=3 {
                    for dilation in 1..=3 {
                        for ceil in [false, true] {
                            cases.push(Axis {
                                input,
                                kernel,
                                stride,
                                padding,
                                dilation,
                                ceil,
                            });
                        }
                    }
                }
            }
        }
    }
    cases
}

/// Slides the window over positions `-P ..= I+P-1` and counts windows.
///
/// Floor mode: windows whose every tap lies in the padded array. Ceil mode:
/// plus one final partial window when the last full window leaves padded
/// elements at the right end uncovered, kept only if that window starts
/// inside the input or its left padding (PyTorch drops one that starts in
/// the right padding). `None` when not even one full window fits.
fn brute(axis: Axis) -> Option<u64> {
    let i = axis.input as i64;
    let k = axis.kernel as i64;
    let s = axis.stride as i64;
    let p = axis.padding as i64;
    let d = axis.dilation as i64;
    let (first, last) = (-p, i + p - 1);
    // Mark the padded array explicitly, to stay close to the picture.
    let padded: Vec<i64> = (first..=last).collect();
    let inside = |x: i64| padded.contains(&x);
    let mut count = 0u64;
    let mut start = first;
    let mut last_covered = None;
    loop {
        let taps: Vec<i64> = (0..k).map(|t| start + t * d).collect();
        if taps.iter().all(|&x| inside(x)) {
            count += 1;
            last_covered = taps.last().copied();
            start += s;
        } else {
            break;
        }
    }
    let last_covered = last_covered?;
    if axis.ceil {
        let uncovered = last_covered < last;
        // `start` is now the first window that does not fully fit.
        let starts_in_input_or_left_pad = start >= first && start < i;
        if uncovered && starts_in_input_or_left_pad {
            count += 1;
        }
    }
    Some(count)
}

/// Keras/TensorFlow `same`: the stride positions that start inside the input.
fn brute_same(input: u64, stride: u64) -> u64 {
    (0..input).step_by(stride as usize).count() as u64
}

/// Ceil mode with more padding than PyTorch's pooling allows
/// (`2 * pad > dilation * (kernel - 1) + 1`): see the ignored test below.
fn ceil_beyond_pool_padding(axis: &Axis) -> bool {
    axis.ceil && 2 * axis.padding > axis.extent()
}

fn compare_with_brute_force(cases: &[Axis]) -> Vec<String> {
    let mut failures = Vec::new();
    for axis in cases {
        let got = output_size(
            axis.input,
            axis.kernel,
            axis.stride,
            axis.padding,
            axis.dilation,
            axis.ceil,
        );
        let want = brute(*axis);
        if got != want {
            failures.push(format!(
                "{axis:?}: brute force {want:?}, output_size {got:?}"
            ));
        }
    }
    failures
}

/// Floor mode everywhere, ceil mode wherever PyTorch's pooling accepts the
/// padding: 6912 - 912 = 6000 cases.
#[test]
fn output_size_matches_brute_force() {
    let cases: Vec<Axis> = all_axes()
        .into_iter()
        .filter(|axis| !ceil_beyond_pool_padding(axis))
        .collect();
    assert_eq!(cases.len(), 6000);
    let failures = compare_with_brute_force(&cases);
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// Ceil mode with padding beyond half the window (which PyTorch's pooling
/// refuses, but `output_size` and a `conv ... ceil` accept): 912 cases.
///
/// This test found a bug, since fixed: in 325 of them ceil mode gave one
/// less than floor mode (`output_size(12, 2, 1, 3, 1, true)` was 16, not
/// 17), because the ceil branch dropped a full window that started in the
/// right padding; only the extra window rounding up adds may be dropped.
#[test]
fn output_size_ceil_with_large_padding_matches_brute_force() {
    let cases: Vec<Axis> = all_axes()
        .into_iter()
        .filter(ceil_beyond_pool_padding)
        .collect();
    assert_eq!(cases.len(), 912);
    let mut failures = compare_with_brute_force(&cases);
    for axis in &cases {
        let ceil = output_size(
            axis.input,
            axis.kernel,
            axis.stride,
            axis.padding,
            axis.dilation,
            true,
        );
        let floor = output_size(
            axis.input,
            axis.kernel,
            axis.stride,
            axis.padding,
            axis.dilation,
            false,
        );
        if ceil < floor {
            failures.push(format!("{axis:?}: ceil {ceil:?} < floor {floor:?}"));
        }
    }
    // Reached through `apply` too: a conv accepts `ceil`.
    let conv = LayerSpec::new(Kind::Conv)
        .window(2, 2)
        .count(1)
        .padding(Padding::Explicit(cnn_core::Axes::two(3, 3)));
    let input = Shape::spatial(12, 12, 1);
    let floor = conv.apply(input).map(|step| step.output);
    let ceil = conv.ceil_mode().apply(input).map(|step| step.output);
    if floor != ceil {
        failures.push(format!(
            "conv 2x2 pad 3 on 12x12: floor {floor:?}, ceil {ceil:?}"
        ));
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A few hand-checked PyTorch values, so that the brute force itself is
/// pinned to reality.
#[test]
fn brute_force_agrees_with_known_pytorch_values() {
    let known = [
        // (I, K, S, P, D, ceil, out) — nn.MaxPool2d / nn.Conv2d results.
        (32, 5, 1, 0, 1, false, Some(28)),
        (55, 3, 2, 0, 1, true, Some(27)),
        (112, 3, 2, 1, 1, false, Some(56)),
        (5, 2, 2, 0, 1, false, Some(2)),
        (5, 2, 2, 0, 1, true, Some(3)),
        // MaxPool2d(2, 2, padding=1, ceil_mode=True) on 4: the window that
        // would start at 4 (the right padding) is dropped -> 3, not 4.
        (4, 2, 2, 1, 1, true, Some(3)),
        (6, 3, 3, 1, 1, true, Some(3)),
        (4, 5, 1, 0, 1, false, None),
        (7, 3, 1, 0, 3, false, Some(1)),
        (6, 3, 1, 0, 3, false, None),
    ];
    for (i, k, s, p, d, ceil, out) in known {
        let axis = Axis {
            input: i,
            kernel: k,
            stride: s,
            padding: p,
            dilation: d,
            ceil,
        };
        assert_eq!(brute(axis), out, "brute force on {axis:?}");
        assert_eq!(
            output_size(i, k, s, p, d, ceil),
            out,
            "output_size on {axis:?}"
        );
    }
}

/// What `apply` gave, with `WindowTooLarge` reduced to the fields this test
/// checks (window, padding, input).
#[derive(Debug, PartialEq)]
enum Outcome {
    Output(Shape, u64, u64),
    WindowTooLarge([u64; 3], [u64; 3], Shape),
    Other(Error),
}

fn outcome(result: Result<Step, Error>) -> Outcome {
    match result {
        Ok(step) => Outcome::Output(step.output, step.params, step.non_trainable_params),
        Err(Error::WindowTooLarge {
            window,
            padding,
            input,
            ..
        }) => Outcome::WindowTooLarge(window, padding, input),
        Err(other) => Outcome::Other(other),
    }
}

fn pooling(kind: Kind, h: Axis, w: Axis) -> LayerSpec {
    let spec = LayerSpec::new(kind)
        .window(h.kernel, w.kernel)
        .stride(h.stride, w.stride)
        .padding(Padding::Explicit(cnn_core::Axes::two(h.padding, w.padding)))
        .dilation(h.dilation, w.dilation);
    if h.ceil {
        spec.ceil_mode()
    } else {
        spec
    }
}

/// The width axis paired with the `index`-th height axis, the `round`-th
/// time: a deterministic scramble so H and W settings differ.
fn partner(cases: &[Axis], index: usize, round: usize, ceil: bool) -> Axis {
    let j = (index * 7919 + round * 104_729 + 13) % cases.len();
    Axis { ceil, ..cases[j] }
}

const ROUNDS: usize = 6;

#[test]
fn pooling_apply_matches_brute_force_on_both_axes() {
    let cases = all_axes();
    let mut checked = 0;
    let mut failures = Vec::new();
    for kind in [Kind::MaxPool, Kind::AvgPool] {
        for (index, &h) in cases.iter().enumerate() {
            for round in 0..ROUNDS {
                let w = partner(&cases, index, round, h.ceil);
                let spec = pooling(kind, h, w);
                let input = Shape::spatial(h.input, w.input, 3);
                let got = spec.apply(input);
                // PyTorch: "pad should be at most half of effective kernel
                // size", i.e. 2 * pad <= dilation * (kernel - 1) + 1.
                let too_much_padding = 2 * h.padding > h.extent() || 2 * w.padding > w.extent();
                let want = if too_much_padding {
                    Outcome::Other(Error::PoolPaddingTooLarge {
                        padding: [h.padding, w.padding, 0],
                        window: [h.extent(), w.extent(), 1],
                        rank: 2,
                    })
                } else {
                    match (brute(h), brute(w)) {
                        (Some(oh), Some(ow)) => Outcome::Output(Shape::spatial(oh, ow, 3), 0, 0),
                        _ => Outcome::WindowTooLarge(
                            [h.extent(), w.extent(), 1],
                            [h.padding, w.padding, 0],
                            input,
                        ),
                    }
                };
                let got = outcome(got);
                checked += 1;
                if got != want {
                    failures.push(format!(
                        "{kind:?} h={h:?} w={w:?}: want {want:?}, got {got:?}"
                    ));
                }
            }
        }
    }
    assert_eq!(checked, 2 * ROUNDS * 6912);
    assert!(
        failures.is_empty(),
        "{} of {checked} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn conv_apply_matches_brute_force_on_both_axes() {
    let cases: Vec<Axis> = all_axes().into_iter().filter(|a| !a.ceil).collect();
    let mut checked = 0;
    let mut failures = Vec::new();
    for kind in [Kind::Conv, Kind::DepthwiseConv, Kind::SeparableConv] {
        for (index, &h) in cases.iter().enumerate() {
            for round in 0..ROUNDS {
                let w = partner(&cases, index, round, false);
                let spec = LayerSpec::new(kind)
                    .window(h.kernel, w.kernel)
                    .count(4)
                    .stride(h.stride, w.stride)
                    .padding(Padding::Explicit(cnn_core::Axes::two(h.padding, w.padding)))
                    .dilation(h.dilation, w.dilation);
                let input = Shape::spatial(h.input, w.input, 2);
                let channels_out = match kind {
                    Kind::DepthwiseConv => 2,
                    _ => 4,
                };
                let want = match (brute(h), brute(w)) {
                    (Some(oh), Some(ow)) => Some(Shape::spatial(oh, ow, channels_out)),
                    _ => None,
                };
                let want = match want {
                    Some(shape) => Ok(shape),
                    None => Err(Outcome::WindowTooLarge(
                        [h.extent(), w.extent(), 1],
                        [h.padding, w.padding, 0],
                        input,
                    )),
                };
                let got = match outcome(spec.apply(input)) {
                    Outcome::Output(shape, _, _) => Ok(shape),
                    other => Err(other),
                };
                checked += 1;
                if got != want {
                    failures.push(format!(
                        "{kind:?} h={h:?} w={w:?}: want {want:?}, got {got:?}"
                    ));
                }
            }
        }
    }
    assert_eq!(checked, 3 * ROUNDS * 3456);
    assert!(
        failures.is_empty(),
        "{} of {checked} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn valid_is_explicit_zero_padding() {
    for axis in all_axes() {
        for kind in [Kind::Conv, Kind::MaxPool] {
            let base = LayerSpec::new(kind)
                .window(axis.kernel, axis.kernel)
                .count(3)
                .stride(axis.stride, axis.stride)
                .dilation(axis.dilation, axis.dilation);
            let input = Shape::spatial(axis.input, axis.input, 1);
            let valid = base.padding(Padding::Valid).apply(input);
            let zero = base
                .padding(Padding::Explicit(cnn_core::Axes::two(0, 0)))
                .apply(input);
            assert_eq!(valid, zero, "{kind:?} {axis:?}");
        }
    }
}

#[test]
fn pooling_stride_defaults_to_window() {
    for input in 1..=12 {
        for kh in 1..=6 {
            for kw in 1..=6 {
                for kind in [Kind::MaxPool, Kind::AvgPool] {
                    let shape = Shape::spatial(input, input + 1, 5);
                    let default = LayerSpec::new(kind).window(kh, kw).apply(shape);
                    let explicit = LayerSpec::new(kind)
                        .window(kh, kw)
                        .stride(kh, kw)
                        .apply(shape);
                    assert_eq!(default, explicit, "{kind:?} {kh}x{kw} on {shape}");
                    // And the convolution default stride is 1.
                    let conv = LayerSpec::new(Kind::Conv).window(kh, kw).apply(shape);
                    let conv1 = LayerSpec::new(Kind::Conv)
                        .window(kh, kw)
                        .stride(1, 1)
                        .apply(shape);
                    assert_eq!(conv, conv1, "conv {kh}x{kw} on {shape}");
                }
            }
        }
    }
}

#[test]
fn same_padding_is_stride_positions_inside_the_input() {
    let mut checked = 0;
    for ih in 1..=12 {
        for iw in 1..=12 {
            for sh in 1..=4 {
                for sw in 1..=4 {
                    // The window and dilation do not matter for `same`.
                    let (k, d) = ((ih + sw) % 6 + 1, (iw + sh) % 3 + 1);
                    let want = [brute_same(ih, sh), brute_same(iw, sw)];
                    for kind in [
                        Kind::Conv,
                        Kind::DepthwiseConv,
                        Kind::SeparableConv,
                        Kind::MaxPool,
                        Kind::AvgPool,
                    ] {
                        let spec = LayerSpec::new(kind)
                            .window(k, 7 - k)
                            .count(2)
                            .stride(sh, sw)
                            .dilation(d, d)
                            .padding(Padding::Same);
                        let step = spec.apply(Shape::spatial(ih, iw, 2)).unwrap_or_else(|e| {
                            panic!("{kind:?} same on {ih}x{iw} stride {sh}x{sw}: {e:?}")
                        });
                        assert_eq!(
                            step.output.spatial_size(),
                            Some(want),
                            "{kind:?} same on {ih}x{iw} stride {sh}x{sw}"
                        );
                        checked += 1;
                    }
                }
            }
        }
    }
    assert_eq!(checked, 5 * 144 * 16);
}

#[test]
fn windowed_layers_need_spatial_input() {
    for kind in [
        Kind::Conv,
        Kind::DepthwiseConv,
        Kind::SeparableConv,
        Kind::MaxPool,
        Kind::AvgPool,
    ] {
        for padding in [
            Padding::Valid,
            Padding::Same,
            Padding::Explicit(cnn_core::Axes::two(1, 1)),
        ] {
            let spec = LayerSpec::new(kind).window(1, 1).padding(padding);
            assert_eq!(
                spec.apply(Shape::Flat(10)),
                Err(Error::NeedsSpatial {
                    input: Shape::Flat(10)
                }),
                "{kind:?} {padding:?}"
            );
        }
    }
}
