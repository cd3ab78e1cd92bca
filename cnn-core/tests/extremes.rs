//! `output_size` and `apply` on numbers near the ends of `u64`: checked
//! against exact `u128` arithmetic, and never a panic.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use cnn_core::{output_size, Error, Kind, LayerSpec, Padding, Shape};

const MAX: u64 = u64::MAX;

/// Small numbers, powers of two and their neighbours, and the divisors that
/// make `D * (K - 1)` hit `u64::MAX` exactly (`MAX = 3 * (MAX / 3)`).
const VALUES: [u64; 16] = [
    0,
    1,
    2,
    3,
    7,
    (1 << 32) - 1,
    1 << 32,
    (1 << 32) + 1,
    (1 << 63) - 1,
    1 << 63,
    (1 << 63) + 1,
    MAX / 3,
    MAX / 3 + 1,
    MAX / 2,
    MAX - 1,
    MAX,
];

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`, turning a panic into `None` without printing it.
fn catch<T>(f: impl FnOnce() -> T) -> Option<T> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                default(info);
            }
        }));
    });
    QUIET.with(|quiet| quiet.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f)).ok();
    QUIET.with(|quiet| quiet.set(false));
    result
}

/// What the output size should be, in exact arithmetic, with the
/// brute-force semantics of `brute_force.rs`: floor mode counts the windows
/// that fit; ceil mode adds the next, partial window when the last full one
/// leaves padded elements uncovered and the next starts before `I + P` (in
/// padded coordinates: inside the input or its left padding).
#[derive(Debug, PartialEq)]
enum Want {
    /// A zero, or a window that does not fit.
    None,
    /// `I + 2P` does not fit in `u64`: `None` or the right number.
    NoneOrSome(u64),
    Some(u64),
}

fn reference(i: u64, k: u64, s: u64, p: u64, d: u64, ceil: bool) -> Want {
    if i == 0 || k == 0 || s == 0 || d == 0 {
        return Want::None;
    }
    let (i, k, s, p, d) = (i as u128, k as u128, s as u128, p as u128, d as u128);
    let extent = d * (k - 1) + 1;
    let padded = i + 2 * p;
    if extent > padded {
        return Want::None;
    }
    let room = padded - extent;
    let mut out = room / s + 1;
    if ceil && room % s != 0 && (room / s + 1) * s < i + p {
        out += 1;
    }
    let Ok(out) = u64::try_from(out) else {
        // Only possible when `I + 2P` overflows: `None`.
        return Want::None;
    };
    if padded > u128::from(MAX) {
        Want::NoneOrSome(out)
    } else {
        Want::Some(out)
    }
}

fn agrees(want: &Want, got: Option<u64>) -> bool {
    match *want {
        Want::None => got.is_none(),
        Want::NoneOrSome(n) => got.is_none() || got == Some(n),
        Want::Some(n) => got == Some(n),
    }
}

/// The known bugs, kept out of the passing test (see the ignored ones):
/// `D*(K-1) == u64::MAX` (the `+ 1` of the extent overflows), ceil mode
/// where `ceil(room/S) * S` overflows, and ceil mode with `2P > extent`.
fn known_bug(i: u64, k: u64, s: u64, p: u64, d: u64, ceil: bool) -> bool {
    if i == 0 || k == 0 || s == 0 || d == 0 {
        return false;
    }
    let (i, k, s, p, d) = (i as u128, k as u128, s as u128, p as u128, d as u128);
    let span = d * (k - 1);
    if span == u128::from(MAX) {
        return true;
    }
    let extent = span + 1;
    let padded = i + 2 * p;
    if !ceil || extent > padded || padded > u128::from(MAX) {
        return false;
    }
    let room = padded - extent;
    room.div_ceil(s) * s > u128::from(MAX) || 2 * p > extent
}

fn each_case(mut f: impl FnMut(u64, u64, u64, u64, u64, bool)) {
    for i in VALUES {
        for k in VALUES {
            for s in VALUES {
                for p in VALUES {
                    for d in VALUES {
                        for ceil in [false, true] {
                            f(i, k, s, p, d, ceil);
                        }
                    }
                }
            }
        }
    }
}

/// 16^5 * 2 = 2,097,152 cases, minus the known bugs.
#[test]
fn output_size_extremes_match_u128_reference() {
    let mut checked = 0u64;
    let mut failures = Vec::new();
    each_case(|i, k, s, p, d, ceil| {
        if known_bug(i, k, s, p, d, ceil) {
            return;
        }
        let want = reference(i, k, s, p, d, ceil);
        let got = output_size(i, k, s, p, d, ceil);
        checked += 1;
        if !agrees(&want, got) && failures.len() < 50 {
            failures.push(format!(
                "output_size({i}, {k}, {s}, {p}, {d}, {ceil}): want {want:?}, got {got:?}"
            ));
        }
    });
    assert!(checked > 1_900_000, "only {checked} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `output_size` never panics on overflow (it once did), e.g.
/// - `output_size(1, 2, 1, 0, u64::MAX, false)`: `dilation * (kernel - 1)`
///   is exactly `u64::MAX` and the unchecked `span + 1` overflows;
/// - `output_size(u64::MAX, 1, 2^63 + 1, 0, 1, true)`: in ceil mode
///   `(out - 1) * stride` overflows (the comment's "cannot overflow" misses
///   `room + stride - 1 > u64::MAX`).
#[test]
fn output_size_extremes_never_panic() {
    let mut panics = Vec::new();
    for (i, k, s, p, d, ceil) in [
        (1, 2, 1, 0, MAX, false),
        (MAX, 2, 1, 0, MAX, false),
        (1, MAX / 3 + 1, 1, 0, 3, false),
        (MAX, 1, (1 << 63) + 1, 0, 1, true),
    ] {
        if catch(|| output_size(i, k, s, p, d, ceil)).is_none() {
            panics.push(format!("output_size({i}, {k}, {s}, {p}, {d}, {ceil})"));
        }
    }
    each_case(|i, k, s, p, d, ceil| {
        if catch(|| output_size(i, k, s, p, d, ceil)).is_none() {
            panics.push(format!("output_size({i}, {k}, {s}, {p}, {d}, {ceil})"));
        }
    });
    assert!(
        panics.is_empty(),
        "{} panics, first ones:\n{}",
        panics.len(),
        panics[..panics.len().min(20)].join("\n")
    );
}

const SMALL_VALUES: [u64; 7] = [0, 1, 3, 1 << 32, (1 << 63) + 1, MAX - 1, MAX];

fn each_spec(mut f: impl FnMut(LayerSpec, Shape)) {
    for kind in [
        Kind::Conv,
        Kind::DepthwiseConv,
        Kind::SeparableConv,
        Kind::MaxPool,
        Kind::AvgPool,
    ] {
        for input in SMALL_VALUES {
            for k in SMALL_VALUES {
                for s in SMALL_VALUES {
                    for p in SMALL_VALUES {
                        for d in SMALL_VALUES {
                            for ceil in [false, true] {
                                let mut spec = LayerSpec::new(kind)
                                    .window(k, 1)
                                    .count(k.max(1))
                                    .stride(s, 1)
                                    .padding(Padding::Explicit(cnn_core::Axes::two(p, 0)))
                                    .dilation(d, 1)
                                    .multiplier(d.max(1));
                                if ceil {
                                    spec = spec.ceil_mode();
                                }
                                f(spec, Shape::spatial(input, 1, 3));
                                f(spec.padding(Padding::Same), Shape::spatial(input, 1, 3));
                            }
                        }
                    }
                }
            }
        }
    }
}

/// `apply` over 5 kinds * 7^5 * 2 * 2 = 336,140 extreme layers (no ceil with
/// a stride whose ceil-mode product overflows, the known bug below): an
/// output whose height matches `output_size`, or an error.
#[test]
fn apply_extremes_are_consistent() {
    let mut checked = 0;
    each_spec(|spec, input| {
        let [height, _] = input.spatial_size().unwrap();
        let [s, _, _] = spec.effective_stride().values();
        let p = match spec.padding {
            Padding::Explicit(padding) => padding.values()[0],
            _ => 0,
        };
        let explicit = matches!(spec.padding, Padding::Explicit(_));
        let input_is_zero = height == 0;
        if spec.ceil
            && explicit
            && known_bug(
                height,
                spec.window.values()[0],
                s,
                p,
                spec.dilation.values()[0],
                true,
            )
        {
            return;
        }
        checked += 1;
        match spec.apply(input) {
            Ok(step) => {
                let [out_h, out_w] = step.output.spatial_size().unwrap();
                assert_eq!(out_w, 1, "{spec:?} on {input}");
                let want = if explicit {
                    output_size(
                        height,
                        spec.window.values()[0],
                        s,
                        p,
                        spec.dilation.values()[0],
                        spec.ceil,
                    )
                } else {
                    Some(height.div_ceil(s))
                };
                assert_eq!(Some(out_h), want, "{spec:?} on {input}");
                assert!(!input_is_zero || !explicit, "{spec:?} on {input}");
            }
            Err(
                Error::Zero { .. }
                | Error::Overflow { .. }
                | Error::WindowTooLarge { .. }
                | Error::PoolPaddingTooLarge { .. },
            ) => {}
            Err(other) => panic!("{spec:?} on {input}: unexpected {other:?}"),
        }
    });
    assert!(checked > 300_000, "only {checked} cases");
}

/// `apply` never panics through `output_size`'s ceil branch (it once did), e.g.
/// `maxpool` window 1, stride `2^63 + 1`, `ceil_mode`, on a
/// `u64::MAX x 1 x 3` input (also conv/dwconv/sepconv with `ceil_mode`).
#[test]
fn apply_extremes_never_panic() {
    let mut panics = Vec::new();
    let maxpool = LayerSpec::new(Kind::MaxPool)
        .window(1, 1)
        .stride((1 << 63) + 1, 1)
        .ceil_mode();
    let input = Shape::spatial(MAX, 1, 3);
    if catch(|| maxpool.apply(input)).is_none() {
        panics.push(format!("{maxpool:?} on {input}"));
    }
    each_spec(|spec, input| {
        if catch(|| spec.apply(input)).is_none() {
            panics.push(format!("{spec:?} on {input}"));
        }
    });
    assert!(
        panics.is_empty(),
        "{} panics, first ones:\n{}",
        panics.len(),
        panics[..panics.len().min(10)].join("\n")
    );
}

/// A transposed convolution's height in exact arithmetic,
/// `(I-1)*S - 2P + D*(K-1) + 1`, as PyTorch's `ConvTranspose2d` documents
/// it (no output padding).
fn transposed_reference(i: u64, k: u64, s: u64, p: u64, d: u64) -> i128 {
    let [i, k, s, p, d] = [i, k, s, p, d].map(i128::from);
    // A stretch past i128 (2^127) is far past u64::MAX after any crop.
    match (i - 1).checked_mul(s) {
        Some(stretched) => (stretched - 2 * p + 1).saturating_add(d.saturating_mul(k - 1)),
        None => i128::MAX,
    }
}

/// `apply` on transposed convolutions over 7^5 extreme heights, kernels,
/// strides, paddings and dilations: the height PyTorch's formula gives
/// whenever it fits, even when the uncropped output passes `u64::MAX` (the
/// fuzzer found `convtranspose` window `u64::MAX`, padding `2^63` on a
/// height of 9 called an overflow, though the output is 7).
#[test]
fn transposed_extremes_match_u128_reference() {
    let mut fitted = 0;
    for i in SMALL_VALUES {
        for k in SMALL_VALUES {
            for s in SMALL_VALUES {
                for p in SMALL_VALUES {
                    for d in SMALL_VALUES {
                        let spec = LayerSpec::new(Kind::ConvTranspose)
                            .window(k, 1)
                            .count(1)
                            .stride(s, 1)
                            .padding(Padding::Explicit(cnn_core::Axes::two(p, 0)))
                            .dilation(d, 1);
                        let input = Shape::spatial(i, 1, 1);
                        let case = format!("{spec:?} on {input}");
                        let got = catch(|| spec.apply(input))
                            .unwrap_or_else(|| panic!("{case}: panicked"));
                        if [i, k, s, d].contains(&0) {
                            assert!(got.is_err(), "{case}: {got:?}");
                            continue;
                        }
                        let want = transposed_reference(i, k, s, p, d);
                        let reach = i128::from(d).saturating_mul(i128::from(k) - 1);
                        match got {
                            Ok(step) => {
                                let [h, _] = step.output.spatial_size().unwrap();
                                assert_eq!(i128::from(h), want, "{case}");
                                fitted += 1;
                            }
                            Err(Error::PaddingCropsAll { .. }) => assert!(want <= 0, "{case}"),
                            Err(Error::Overflow { field }) => match field {
                                cnn_core::Field::Shape => {
                                    assert!(want > i128::from(MAX), "{case}")
                                }
                                cnn_core::Field::Dilation => {
                                    assert!(reach > i128::from(MAX), "{case}")
                                }
                                // The crop itself, from a sum past u64::MAX.
                                cnn_core::Field::Padding => assert!(want <= 0, "{case}"),
                                // Weights and bias past u64::MAX.
                                cnn_core::Field::Params => assert_eq!(k, MAX, "{case}"),
                                // Each input (or output) position times each tap.
                                cnn_core::Field::Macs => assert!(
                                    i128::from(i).saturating_mul(i128::from(k)) > i128::from(MAX)
                                        || want.saturating_mul(i128::from(k)) > i128::from(MAX),
                                    "{case}"
                                ),
                                other => panic!("{case}: {other:?}"),
                            },
                            Err(other) => panic!("{case}: unexpected {other:?}"),
                        }
                    }
                }
            }
        }
    }
    assert!(fitted > 500, "only {fitted} cases fit");
}
