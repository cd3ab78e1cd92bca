//! Fuzzes `cnn-core`'s analysis with arbitrary layer lists and numbers.
//!
//! Every layer kind of `cnn_core::KINDS`, every option, and numbers drawn
//! towards the edges of `u64`. The target checks that nothing panics and
//! that no answer lies:
//!
//! - an `Ok` step has an output with no zero dimension whose number of
//!   values fits `u64`, and its shape and parameter counts equal an
//!   independent model of the language's formulas computed in `u128`
//!   (`/work/shared/DSL.md`, the project's README);
//! - an error is honest: an overflow error is only given when the `u128`
//!   value really does not fit, a window-too-large error only when the
//!   window really does not fit, a zero error only when a number is zero,
//!   a groups error only when groups does not divide;
//! - `analyze` agrees with applying the layers one by one: on `Ok` its
//!   output is the last step's and its totals are the sums; on `Err((i, e))`
//!   every layer before `i` applied and layer `i` failed with `e` (or the
//!   running sum overflowed there);
//! - the errors and formulas print without panicking, and a formula ends
//!   with the layer's parameter count.
#![no_main]

use std::fmt::Write as _;

use cnn_core::{analyze, Error, Field, Formula, Kind, LayerSpec, Padding, Shape, Step, KINDS};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

mod reference;

use reference::{
    blur_padding, elements, expected, has_zero, m_times_c, shape_vec, window_does_not_fit, Field128,
};

const MAX: u128 = u64::MAX as u128;

/// A number, most often near an edge: 0, small, around 2^32, a power of
/// two, near `u64::MAX`, or anything.
fn number(u: &mut Unstructured) -> Result<u64> {
    Ok(match u.int_in_range(0u8..=9)? {
        0 => u.int_in_range(0..=4)?,
        1 | 2 => u.int_in_range(1..=64)?,
        3 => u.int_in_range(0..=4096)?,
        4 => (1u64 << 32) - 2 + u.int_in_range(0..=4)?,
        5 => u64::MAX - u.int_in_range(0..=3)?,
        6 => 1u64 << u.int_in_range(0..=63)?,
        7 => u64::MAX / u.int_in_range(1..=4096)?,
        8 => (1u64 << 21) + u.int_in_range(0..=3)?, // cubes near 2^63
        _ => u.arbitrary()?,
    })
}

/// A positive number most of the time, so that deep networks happen.
fn dimension(u: &mut Unstructured) -> Result<u64> {
    if u.ratio(1u8, 6)? {
        number(u)
    } else {
        u.int_in_range(1..=64)
    }
}

fn pair(u: &mut Unstructured) -> Result<[u64; 2]> {
    Ok([dimension(u)?, dimension(u)?])
}

fn shape(u: &mut Unstructured) -> Result<Shape> {
    Ok(if u.arbitrary()? {
        Shape::spatial(dimension(u)?, dimension(u)?, dimension(u)?)
    } else {
        Shape::Flat(dimension(u)?)
    })
}

fn spec(u: &mut Unstructured, first: bool) -> Result<LayerSpec> {
    let kind = if first && !u.ratio(1u8, 16)? {
        Kind::Input
    } else {
        KINDS[u.choose_index(KINDS.len())?].kind
    };
    let mut spec = if kind == Kind::Input {
        LayerSpec::input(shape(u)?)
    } else {
        LayerSpec::new(kind)
    };
    spec = spec.window(dimension(u)?, dimension(u)?);
    if u.arbitrary()? {
        spec = spec.count(dimension(u)?);
    }
    if u.ratio(1u8, 3)? {
        let [h, w] = pair(u)?;
        spec = spec.stride(h, w);
    }
    spec = spec.padding(match u.int_in_range(0u8..=3)? {
        0 => Padding::Valid,
        1 => Padding::Same,
        _ => Padding::Explicit(if u.arbitrary()? {
            cnn_core::Axes::two(u.int_in_range(0..=4)?, u.int_in_range(0..=4)?)
        } else {
            cnn_core::Axes::two(number(u)?, number(u)?)
        }),
    });
    if u.ratio(1u8, 4)? {
        let [h, w] = pair(u)?;
        spec = spec.dilation(h, w);
    }
    if u.ratio(1u8, 4)? {
        spec = spec.groups(dimension(u)?);
    }
    if u.ratio(1u8, 4)? {
        spec = spec.multiplier(dimension(u)?);
    }
    if u.ratio(1u8, 4)? {
        spec = spec.no_bias();
    }
    if u.ratio(1u8, 4)? {
        spec = spec.ceil_mode();
    }
    Ok(spec)
}

/// Checks one `apply` against the reference, both ways.
fn check_step(spec: &LayerSpec, input: Shape, result: Result<Step, Error>) {
    let kind = spec.kind;
    match result {
        Ok(step) => {
            assert!(!has_zero(step.output), "{spec:?} on {input} gave {step:?}");
            assert!(
                step.output.elements().is_some(),
                "{spec:?} on {input}: output {} does not fit u64",
                step.output
            );
            let want = expected(spec, input);
            assert_eq!(
                want.output.as_deref(),
                Some(&shape_vec(step.output)[..]),
                "{spec:?} on {input}: shape"
            );
            assert_eq!(
                want.params, step.params as u128,
                "{spec:?} on {input}: params"
            );
            assert_eq!(
                want.non_trainable, step.non_trainable_params as u128,
                "{spec:?} on {input}: non-trainable params"
            );
            assert_eq!(want.macs, step.macs as u128, "{spec:?} on {input}: MACs");
            if matches!(kind, Kind::Conv) {
                assert_eq!(input.channels() % spec.groups, 0);
                assert_eq!(spec.count % spec.groups, 0);
            }
            if kind.is_pooling() {
                if let Padding::Explicit(padding) = spec.padding {
                    let [ph, pw, _] = padding.values();
                    let eh = spec.dilation.values()[0] as u128
                        * (spec.window.values()[0] as u128 - 1)
                        + 1;
                    let ew = spec.dilation.values()[1] as u128
                        * (spec.window.values()[1] as u128 - 1)
                        + 1;
                    assert!(ph as u128 <= eh / 2 && pw as u128 <= ew / 2, "{spec:?}");
                }
            }
            let mut text = String::new();
            write!(text, "{}", Formula::new(*spec, input)).unwrap();
            if matches!(
                kind,
                Kind::Conv
                    | Kind::DepthwiseConv
                    | Kind::SeparableConv
                    | Kind::Dense
                    | Kind::Softmax
            ) {
                assert!(
                    text.ends_with(&format!("= {}", step.params)),
                    "{spec:?} on {input}: formula {text:?}"
                );
            }
        }
        Err(error) => {
            let mut text = String::new();
            write!(text, "{error}").unwrap();
            assert!(!text.is_empty());
            match error {
                Error::Zero { field } => {
                    let zero = match field {
                        Field::Shape => has_zero(input) || has_zero(spec.shape),
                        Field::Window => spec.window.values().contains(&0),
                        Field::Count => spec.count == 0,
                        Field::Stride => spec.effective_stride().values().contains(&0),
                        Field::Dilation => spec.dilation.values().contains(&0),
                        Field::Groups => spec.groups == 0,
                        Field::Multiplier => spec.multiplier == 0,
                        Field::Padding
                        | Field::OutPad
                        | Field::Params
                        | Field::Macs
                        | Field::ReceptiveField
                        | Field::Activations => false,
                    };
                    assert!(zero, "{spec:?} on {input}: {error:?} but nothing is 0");
                }
                Error::NeedsSpatial { input: got } => {
                    assert_eq!(got, input);
                    assert!(!input.is_spatial(), "{spec:?}: {error:?} on {input}");
                }
                Error::WindowTooLarge { input: got, .. } => {
                    assert_eq!(got, input);
                    assert!(
                        window_does_not_fit(spec, input),
                        "{spec:?} on {input}: {error:?} but the window fits"
                    );
                }
                Error::GroupsInput { groups, channels } => {
                    assert_eq!((groups, channels), (spec.groups, input.channels()));
                    assert_ne!(channels % groups, 0, "{spec:?} on {input}");
                }
                Error::GroupsFilters { groups, filters } => {
                    assert_eq!((groups, filters), (spec.groups, spec.count));
                    assert_ne!(filters % groups, 0, "{spec:?} on {input}");
                }
                Error::PoolPaddingTooLarge { .. } => assert!(kind.is_pooling()),
                Error::GroupsChannels { groups, channels } => {
                    assert!(matches!(kind, Kind::GroupNorm | Kind::Shuffle), "{spec:?}");
                    assert_eq!((groups, channels), (spec.count, input.channels()));
                    assert_ne!(channels % groups, 0, "{spec:?} on {input}");
                }
                Error::SliceOutside {
                    start,
                    end,
                    channels,
                } => {
                    assert_eq!(kind, Kind::Slice);
                    assert_eq!((start, end - start), (spec.slice_start(), spec.count));
                    assert!(end > channels, "{spec:?} on {input}");
                }
                Error::ReflectPadding {
                    padding,
                    input: got,
                } => {
                    assert_eq!(kind, Kind::BlurPool, "{spec:?}");
                    assert_eq!(got, input);
                    let sizes = input.axes();
                    assert!(
                        (0..input.rank()).any(|axis| padding[axis] >= sizes[axis]),
                        "{spec:?} on {input}: {error:?}"
                    );
                }
                Error::StandardiseOne { channels } => {
                    assert_eq!(kind, Kind::Conv, "{spec:?}");
                    assert!(spec.standardise != cnn_core::Standardise::None, "{spec:?}");
                    assert_eq!(channels, input.channels() / spec.groups, "{spec:?}");
                }
                Error::SpaceBlock { block, input: got } => {
                    assert_eq!(kind, Kind::SpaceToDepth, "{spec:?}");
                    assert_eq!((block, got), (spec.count, input));
                    let sizes = input.axes();
                    assert!(
                        (0..input.rank()).any(|axis| sizes[axis] % block != 0),
                        "{spec:?} on {input}: {error:?}"
                    );
                }
                Error::EvenKernel { kernel } => {
                    assert_eq!(kind, Kind::Eca, "{spec:?}");
                    assert_eq!(kernel, spec.count);
                    assert_eq!(kernel % 2, 0, "{spec:?} on {input}");
                }
                // No outpad is generated, and it defaults to 0 < stride.
                Error::OutPadTooLarge { .. } => panic!("{spec:?} on {input}: {error:?}"),
                Error::PaddingCropsAll { .. } => {
                    assert_eq!(kind, Kind::ConvTranspose);
                    assert!(
                        expected(spec, input).output.is_none(),
                        "{spec:?} on {input}"
                    );
                }
                // Every window generated has two axes, and every map too.
                Error::Rank { .. } => panic!("{spec:?} on {input}: {error:?}"),
                Error::Mismatch { .. } => panic!("{spec:?} on {input}: a layer gave {error:?}"),
                Error::Overflow { field } => {
                    if has_zero(input) || has_zero(spec.shape) {
                        return;
                    }
                    let want = expected(spec, input);
                    match field {
                        Field::Params => assert!(
                            want.params > MAX || want.non_trainable > MAX,
                            "{spec:?} on {input}: {error:?} but params are {}",
                            want.params
                        ),
                        Field::Macs => assert!(
                            want.macs > MAX,
                            "{spec:?} on {input}: {error:?} but MACs are {}",
                            want.macs
                        ),
                        Field::Shape => {
                            if let Some(output) = want.output {
                                let too_big = output.iter().any(|&n| n > MAX)
                                    || output.iter().fold(1u128, |a, &b| a.saturating_mul(b)) > MAX
                                    || elements(input) > MAX;
                                assert!(too_big, "{spec:?} on {input}: {error:?} but {output:?}");
                            }
                        }
                        // The multiplier times the channels.
                        Field::Multiplier => assert!(m_times_c(spec, input) > MAX),
                        // Padding or dilation arithmetic: a real overflow.
                        Field::Padding => {
                            let pad = match spec.padding {
                                _ if kind == Kind::BlurPool => {
                                    [0, 1, 2].map(|axis| blur_padding(spec, axis) as u64)
                                }
                                Padding::Explicit(pad) => pad.values(),
                                _ => [0, 0, 0],
                            };
                            let [h, w] = input.spatial_size().unwrap();
                            assert!(
                                h as u128 + 2 * pad[0] as u128 > MAX
                                    || w as u128 + 2 * pad[1] as u128 > MAX,
                                "{spec:?} on {input}: {error:?}"
                            );
                        }
                        Field::Dilation => {
                            let over = (0..2).any(|a| {
                                spec.dilation.values()[a] as u128
                                    * (spec.window.values()[a] as u128 - 1)
                                    + 1
                                    > MAX
                            });
                            assert!(over, "{spec:?} on {input}: {error:?}");
                        }
                        // A slice's end, its start plus its count.
                        Field::Count => assert!(
                            kind == Kind::Slice
                                && spec.slice_start() as u128 + spec.count as u128 > MAX,
                            "{spec:?} on {input}: {error:?}"
                        ),
                        _ => panic!("{spec:?} on {input}: unexpected {error:?}"),
                    }
                }
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let mut layers = Vec::new();
    while layers.len() < 24 {
        match spec(&mut u, layers.is_empty()) {
            Ok(spec) => layers.push(spec),
            Err(_) => break,
        }
        if u.is_empty() {
            break;
        }
    }
    // Each layer on its own, on an arbitrary input.
    let probe = shape(&mut u).unwrap_or(Shape::spatial(28, 28, 3));
    for layer in &layers {
        check_step(layer, probe, layer.apply(probe));
    }
    // The network, layer by layer and through `analyze`.
    let result = analyze(&layers);
    if layers.is_empty() || layers[0].kind != Kind::Input {
        assert_eq!(
            result,
            Err((
                0,
                Error::Zero {
                    field: Field::Shape
                }
            ))
        );
        return;
    }
    let mut shape = layers[0].shape;
    let (mut params, mut non_trainable, mut macs) = (0u128, 0u128, 0u128);
    let (mut largest, mut peak) = (0u128, 0u128);
    let mut field = Field128::INPUT;
    let overflow = |index: usize, field: Field| Err((index, Error::Overflow { field }));
    for (index, layer) in layers.iter().enumerate() {
        let step = layer.apply(shape);
        assert_eq!(step, layer.apply(shape), "apply is not deterministic");
        check_step(layer, shape, step);
        match step {
            Ok(step) => {
                params += step.params as u128;
                non_trainable += step.non_trainable_params as u128;
                macs += step.macs as u128;
                if params > MAX || non_trainable > MAX {
                    assert_eq!(result, overflow(index, Field::Params));
                    return;
                }
                if macs > MAX {
                    assert_eq!(result, overflow(index, Field::Macs));
                    return;
                }
                let output = elements(step.output);
                let live = if index == 0 {
                    output
                } else {
                    elements(shape) + output
                };
                if live > MAX {
                    assert_eq!(result, overflow(index, Field::Activations));
                    return;
                }
                largest = largest.max(output);
                peak = peak.max(live);
                if index > 0 {
                    field = field.through(layer, shape);
                    if field.too_big() {
                        assert_eq!(result, overflow(index, Field::ReceptiveField));
                        return;
                    }
                }
                shape = step.output;
            }
            Err(error) => {
                assert_eq!(result, Err((index, error)));
                return;
            }
        }
    }
    if params + non_trainable > MAX {
        assert_eq!(result, overflow(layers.len() - 1, Field::Params));
        return;
    }
    let analysis = result.expect("every layer applied and the totals fit");
    assert_eq!(analysis.output, shape);
    assert!(!has_zero(analysis.output));
    assert_eq!(analysis.totals.params as u128, params);
    assert_eq!(analysis.totals.non_trainable_params as u128, non_trainable);
    assert_eq!(analysis.totals.macs as u128, macs);
    assert_eq!(analysis.largest_activation as u128, largest);
    assert_eq!(analysis.peak_activations as u128, peak);
    let got = analysis.receptive_field;
    assert_eq!(
        (
            [got.size[0], got.size[1]].map(u128::from),
            [got.jump[0], got.jump[1]].map(u128::from),
            [got.start[0], got.start[1]].map(i128::from)
        ),
        (field.size, field.jump, field.start),
        "receptive field of {layers:?}"
    );
});
