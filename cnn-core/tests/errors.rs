//! Zero values, `groups` that do not divide, and counts that overflow `u64`:
//! always an `Error`, never a panic or a wrapped number.

use cnn_core::{analyze, Error, Field, Kind, LayerSpec, Padding, Shape};

const WINDOWED: [Kind; 5] = [
    Kind::Conv,
    Kind::DepthwiseConv,
    Kind::SeparableConv,
    Kind::MaxPool,
    Kind::AvgPool,
];

fn zero(field: Field) -> Result<cnn_core::Step, Error> {
    Err(Error::Zero { field })
}

#[test]
fn zero_values_name_their_field() {
    let input = Shape::spatial(8, 8, 4);
    for kind in WINDOWED {
        let base = LayerSpec::new(kind).window(3, 3).count(4);
        assert_eq!(
            base.window(0, 3).apply(input),
            zero(Field::Window),
            "{kind:?}"
        );
        assert_eq!(
            base.window(3, 0).apply(input),
            zero(Field::Window),
            "{kind:?}"
        );
        assert_eq!(
            base.stride(0, 1).apply(input),
            zero(Field::Stride),
            "{kind:?}"
        );
        assert_eq!(
            base.stride(1, 0).apply(input),
            zero(Field::Stride),
            "{kind:?}"
        );
        assert_eq!(
            base.dilation(0, 1).apply(input),
            zero(Field::Dilation),
            "{kind:?}"
        );
        assert_eq!(
            base.dilation(1, 0).apply(input),
            zero(Field::Dilation),
            "{kind:?}"
        );
        // Whatever the padding.
        for padding in [Padding::Same, Padding::Explicit(cnn_core::Axes::two(1, 1))] {
            let padded = base.padding(padding);
            assert_eq!(padded.window(0, 3).apply(input), zero(Field::Window));
            assert_eq!(padded.stride(1, 0).apply(input), zero(Field::Stride));
        }
        assert!(base.apply(input).is_ok(), "{kind:?}");
    }
    // The pooling stride defaults to the window: a zero window is reported
    // as the window, not as the stride.
    assert_eq!(
        LayerSpec::new(Kind::MaxPool).window(0, 2).apply(input),
        zero(Field::Window)
    );
    assert_eq!(
        LayerSpec::new(Kind::AdaptiveAvgPool)
            .window(0, 2)
            .apply(input),
        zero(Field::Window)
    );
    assert_eq!(
        LayerSpec::new(Kind::Conv)
            .window(3, 3)
            .count(4)
            .groups(0)
            .apply(input),
        zero(Field::Groups)
    );
    for kind in [Kind::DepthwiseConv, Kind::SeparableConv] {
        assert_eq!(
            LayerSpec::new(kind)
                .window(3, 3)
                .count(4)
                .multiplier(0)
                .apply(input),
            zero(Field::Multiplier),
            "{kind:?}"
        );
    }
    for kind in [Kind::Conv, Kind::SeparableConv] {
        assert_eq!(
            LayerSpec::new(kind).window(3, 3).count(0).apply(input),
            zero(Field::Count),
            "{kind:?}"
        );
    }
    for kind in [Kind::Dense, Kind::Softmax] {
        assert_eq!(
            LayerSpec::new(kind).count(0).apply(input),
            zero(Field::Count)
        );
        assert_eq!(
            LayerSpec::new(kind).count(0).apply(Shape::Flat(5)),
            zero(Field::Count)
        );
    }
}

#[test]
fn zero_input_dimensions() {
    let zeros = [
        Shape::spatial(0, 4, 3),
        Shape::spatial(4, 0, 3),
        Shape::spatial(4, 4, 0),
        Shape::spatial(0, 0, 0),
        Shape::Flat(0),
    ];
    for shape in zeros {
        let input = LayerSpec::input(shape);
        assert_eq!(
            input.validate(),
            Err(Error::Zero {
                field: Field::Shape
            })
        );
        assert_eq!(input.apply(Shape::Flat(1)), zero(Field::Shape), "{shape}");
        let net = [input, LayerSpec::new(Kind::Dense).count(10)];
        assert_eq!(
            analyze(&net),
            Err((
                0,
                Error::Zero {
                    field: Field::Shape
                }
            )),
            "{shape}"
        );
    }
    assert_eq!(
        analyze(&[]),
        Err((
            0,
            Error::Zero {
                field: Field::Shape
            }
        ))
    );
}

#[test]
fn groups_must_divide_channels_and_filters() {
    let mut ok = 0;
    for c in 1..=12 {
        for f in 1..=12 {
            for g in 1..=13 {
                let spec = LayerSpec::new(Kind::Conv).window(3, 3).count(f).groups(g);
                let got = spec.apply(Shape::spatial(7, 7, c));
                if c % g != 0 {
                    assert_eq!(
                        got,
                        Err(Error::GroupsInput {
                            groups: g,
                            channels: c
                        }),
                        "c={c} f={f} g={g}"
                    );
                } else if f % g != 0 {
                    assert_eq!(
                        got,
                        Err(Error::GroupsFilters {
                            groups: g,
                            filters: f
                        }),
                        "c={c} f={f} g={g}"
                    );
                } else {
                    let step = got.unwrap_or_else(|e| panic!("c={c} f={f} g={g}: {e:?}"));
                    assert_eq!(step.params, (9 * c / g + 1) * f, "c={c} f={f} g={g}");
                    assert_eq!(step.output, Shape::spatial(5, 5, f));
                    ok += 1;
                }
            }
        }
    }
    // Pairs (c, f) with a common divisor g, summed over g.
    let expected: usize = (1..=12u64)
        .flat_map(|c| (1..=12u64).map(move |f| (c, f)))
        .map(|(c, f)| (1..=13).filter(|g| c % g == 0 && f % g == 0).count())
        .sum();
    assert_eq!(ok, expected);
    // Both wrong: the input channels are reported first.
    assert_eq!(
        LayerSpec::new(Kind::Conv)
            .count(5)
            .groups(2)
            .apply(Shape::spatial(3, 3, 3)),
        Err(Error::GroupsInput {
            groups: 2,
            channels: 3
        })
    );
}

fn is_overflow(result: &Result<cnn_core::Step, Error>) -> bool {
    matches!(result, Err(Error::Overflow { .. }))
}

const TWO_32: u64 = 1 << 32;

#[test]
fn dense_overflow() {
    let fc = LayerSpec::new(Kind::Dense).count(TWO_32);
    assert_eq!(
        fc.apply(Shape::Flat(TWO_32)),
        Err(Error::Overflow {
            field: Field::Params
        })
    );
    assert_eq!(
        fc.apply(Shape::spatial(1 << 16, 1 << 16, 1)),
        Err(Error::Overflow {
            field: Field::Params
        })
    );
    // u64::MAX weights fit without the bias, not with it.
    let wide = LayerSpec::new(Kind::Dense).count(u64::MAX);
    assert_eq!(
        wide.no_bias().apply(Shape::Flat(1)).unwrap().params,
        u64::MAX
    );
    assert!(is_overflow(&wide.apply(Shape::Flat(1))));
    // (2^32 - 1) * (2^32 + 1) = 2^64 - 1 fits exactly; + bias does not.
    let exact = LayerSpec::new(Kind::Dense).count(TWO_32 - 1);
    assert_eq!(
        exact
            .no_bias()
            .apply(Shape::Flat(TWO_32 + 1))
            .unwrap()
            .params,
        u64::MAX
    );
    assert!(is_overflow(&exact.apply(Shape::Flat(TWO_32 + 1))));
    assert!(is_overflow(
        &LayerSpec::new(Kind::Softmax)
            .count(TWO_32)
            .apply(Shape::Flat(TWO_32))
    ));
}

#[test]
fn shape_overflow_then_fc() {
    let huge = Shape::spatial(TWO_32, TWO_32, 2);
    for spec in [
        LayerSpec::new(Kind::Dense).count(1),
        LayerSpec::new(Kind::Softmax).count(1),
        LayerSpec::new(Kind::Flatten),
    ] {
        assert_eq!(
            spec.apply(huge),
            Err(Error::Overflow {
                field: Field::Shape
            }),
            "{spec:?}"
        );
    }
    let net = [
        LayerSpec::input(Shape::spatial(TWO_32, TWO_32, 1)),
        LayerSpec::new(Kind::Dense).count(1),
    ];
    // At the fc, or already at the input if shapes must be countable.
    let got = analyze(&net);
    assert!(
        matches!(
            got,
            Err((
                0 | 1,
                Error::Overflow {
                    field: Field::Shape
                }
            ))
        ),
        "{got:?}"
    );
    // Global pooling brings it back to a countable 1x1x2.
    let gap = LayerSpec::new(Kind::GlobalAvgPool).apply(huge).unwrap();
    assert_eq!(gap.output, Shape::spatial(1, 1, 2));
}

#[test]
fn conv_overflow() {
    let input = Shape::spatial(8, 8, 3);
    assert!(is_overflow(
        &LayerSpec::new(Kind::Conv)
            .window(3, 3)
            .count(u64::MAX)
            .apply(input)
    ));
    // 1x1 conv on 1x1x1 without bias: exactly u64::MAX weights.
    let one = LayerSpec::new(Kind::Conv).window(1, 1).count(u64::MAX);
    assert_eq!(
        one.no_bias().apply(Shape::spatial(1, 1, 1)).unwrap().params,
        u64::MAX
    );
    assert!(is_overflow(&one.apply(Shape::spatial(1, 1, 1))));
    // Kernel area overflows.
    assert!(is_overflow(
        &LayerSpec::new(Kind::Conv)
            .window(TWO_32, TWO_32)
            .apply(Shape::spatial(TWO_32, TWO_32, 1))
    ));
    // (1*1*MAX + 1) * 1 overflows at the bias; (2*2*2^62) at the weights.
    let one_by_one = LayerSpec::new(Kind::Conv).window(1, 1).count(1);
    assert!(is_overflow(&one_by_one.apply(Shape::spatial(
        1,
        1,
        u64::MAX
    ))));
    assert!(is_overflow(
        &LayerSpec::new(Kind::Conv)
            .window(2, 2)
            .no_bias()
            .apply(Shape::spatial(2, 2, 1 << 62))
    ));
    // Dilation * (kernel - 1) overflows (reported as the window or the
    // dilation).
    for kind in WINDOWED {
        for spec in [
            LayerSpec::new(kind).window(3, 3).dilation(u64::MAX, 1),
            LayerSpec::new(kind).window(1, 2).dilation(1, u64::MAX),
            LayerSpec::new(kind).window(u64::MAX, 1).dilation(2, 1),
        ] {
            let got = spec.apply(input);
            assert!(
                matches!(
                    got,
                    Err(Error::Overflow {
                        field: Field::Window | Field::Dilation
                    })
                ),
                "{spec:?}: {got:?}"
            );
        }
    }
    // Padding * 2 overflows.
    for kind in [Kind::Conv, Kind::DepthwiseConv, Kind::SeparableConv] {
        assert_eq!(
            LayerSpec::new(kind)
                .window(3, 3)
                .padding(Padding::Explicit(cnn_core::Axes::two(u64::MAX, 0)))
                .apply(input),
            Err(Error::Overflow {
                field: Field::Padding
            }),
            "{kind:?}"
        );
    }
    // Depthwise and separable: multiplier * channels overflows.
    for kind in [Kind::DepthwiseConv, Kind::SeparableConv] {
        assert!(is_overflow(
            &LayerSpec::new(kind)
                .window(1, 1)
                .multiplier(TWO_32)
                .apply(Shape::spatial(1, 1, TWO_32))
        ));
        assert!(is_overflow(
            &LayerSpec::new(kind)
                .window(TWO_32, TWO_32)
                .apply(Shape::spatial(TWO_32, TWO_32, 1))
        ));
    }
    assert!(is_overflow(
        &LayerSpec::new(Kind::SeparableConv)
            .window(1, 1)
            .count(u64::MAX)
            .apply(Shape::spatial(1, 1, 2))
    ));
}

#[test]
fn other_overflows() {
    assert!(is_overflow(
        &LayerSpec::new(Kind::BatchNorm).apply(Shape::Flat(1 << 63))
    ));
    assert!(is_overflow(
        &LayerSpec::new(Kind::ZeroPad)
            .window(u64::MAX / 2 + 1, 0)
            .apply(Shape::spatial(1, 1, 1))
    ));
    assert!(is_overflow(
        &LayerSpec::new(Kind::ZeroPad)
            .window(1, u64::MAX / 2)
            .apply(Shape::spatial(1, 2, 1))
    ));
    // Totals overflow across layers: 2^63 + 2^63.
    let net = [
        LayerSpec::input(Shape::Flat(1)),
        LayerSpec::new(Kind::Dense).count(1 << 63).no_bias(),
        LayerSpec::new(Kind::Dense).count(1).no_bias(),
    ];
    assert_eq!(
        analyze(&net),
        Err((
            2,
            Error::Overflow {
                field: Field::Params
            }
        ))
    );
    // Learnable + non-trainable overflows only in the grand total.
    let net = [
        LayerSpec::input(Shape::Flat(1 << 62)),
        LayerSpec::new(Kind::BatchNorm),
    ];
    assert_eq!(
        analyze(&net),
        Err((
            1,
            Error::Overflow {
                field: Field::Params
            }
        ))
    );
}

/// `apply` rejects an input with a zero dimension (not reachable from a
/// network, since `input` rejects zeros and no layer produces one). Before
/// it did, these were accepted: `pad same` on `0x4x3` gives `Ok` with a `0x4` output, a
/// `4x4x0` input gives `Ok` (conv 3x3x2: params 2, the biases only),
/// `fc` on `Flat(0)` gives `Ok` with params 1, and `pad valid` reports
/// `WindowTooLarge` rather than `Zero`.
#[test]
fn apply_rejects_zero_input_dimensions() {
    let mut wrong = Vec::new();
    for input in [
        Shape::spatial(0, 4, 3),
        Shape::spatial(4, 0, 3),
        Shape::spatial(4, 4, 0),
    ] {
        for padding in [
            Padding::Valid,
            Padding::Explicit(cnn_core::Axes::two(1, 1)),
            Padding::Same,
        ] {
            for kind in WINDOWED {
                let spec = LayerSpec::new(kind)
                    .window(3, 3)
                    .count(2)
                    .stride(1, 1)
                    .padding(padding);
                let got = spec.apply(input);
                if got != zero(Field::Shape) {
                    wrong.push(format!("{kind:?} {padding:?} on {input}: {got:?}"));
                }
            }
        }
    }
    for kind in [Kind::Dense, Kind::Flatten, Kind::BatchNorm] {
        let got = LayerSpec::new(kind).apply(Shape::Flat(0));
        if got != zero(Field::Shape) {
            wrong.push(format!("{kind:?} on 0: {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
