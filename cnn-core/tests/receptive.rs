//! Receptive fields against brute force: the input positions one output
//! depends on, found by following every tap of every window back through
//! the layers, on one axis, padding positions included (the standard
//! definition counts them).

use std::collections::BTreeSet;

use cnn_core::{Kind, LayerSpec, Padding, ReceptiveField, Shape};

/// One windowed layer on one axis.
#[derive(Clone, Copy, Debug)]
struct Window {
    kernel: u64,
    stride: u64,
    padding: u64,
    dilation: u64,
}

/// The input positions (in the coordinates of the network's input, where
/// padding sits at negative positions or past the end) that output `index`
/// of the last layer depends on.
fn brute(layers: &[Window], index: i64) -> BTreeSet<i64> {
    let mut positions: BTreeSet<i64> = [index].into();
    for layer in layers.iter().rev() {
        let mut before = BTreeSet::new();
        for &output in &positions {
            for tap in 0..layer.kernel as i64 {
                before.insert(
                    output * layer.stride as i64 - layer.padding as i64
                        + tap * layer.dilation as i64,
                );
            }
        }
        positions = before;
    }
    positions
}

/// A small deterministic generator (xorshift), so the cases are the same
/// on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn size_jump_and_start_match_brute_force() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut checked = 0;
    for _ in 0..3_000 {
        let depth = 1 + rng.below(5) as usize;
        let layers: Vec<Window> = (0..depth)
            .map(|_| Window {
                kernel: 1 + rng.below(5),
                stride: 1 + rng.below(3),
                padding: rng.below(3),
                dilation: 1 + rng.below(3),
            })
            .collect();
        // Run the layers on an input large enough for every window.
        let mut shape = Shape::spatial(256, 256, 1);
        let mut field = ReceptiveField::INPUT;
        let mut fits = true;
        for layer in &layers {
            let spec = LayerSpec::new(Kind::Conv)
                .window(layer.kernel, 1)
                .count(1)
                .stride(layer.stride, 1)
                .padding(Padding::Explicit(cnn_core::Axes::two(layer.padding, 0)))
                .dilation(layer.dilation, 1);
            let Ok(step) = spec.apply(shape) else {
                fits = false;
                break;
            };
            field = field.through(&spec, shape).unwrap();
            shape = step.output;
        }
        if !fits {
            continue;
        }
        let first = brute(&layers, 0);
        let second = brute(&layers, 1);
        let (low, high) = (*first.first().unwrap(), *first.last().unwrap());
        assert_eq!(field.size[0], (high - low + 1) as u64, "{layers:?}");
        assert_eq!(field.start[0], low, "{layers:?}");
        assert_eq!(
            field.jump[0],
            (second.first().unwrap() - low) as u64,
            "{layers:?}"
        );
        // The width axis saw only 1x1 windows.
        assert_eq!((field.size[1], field.jump[1], field.start[1]), (1, 1, 0));
        checked += 1;
    }
    assert!(checked > 2_000, "only {checked} networks fitted");
}

#[test]
fn repeated_rounds_in_closed_form_match_one_by_one() {
    // A round that grows the field and multiplies the jump, and one that
    // only grows it: closed form against applying the round again and again.
    let rounds = [
        [
            Window {
                kernel: 3,
                stride: 1,
                padding: 1,
                dilation: 1,
            },
            Window {
                kernel: 2,
                stride: 2,
                padding: 0,
                dilation: 1,
            },
        ],
        [
            Window {
                kernel: 3,
                stride: 1,
                padding: 1,
                dilation: 2,
            },
            Window {
                kernel: 1,
                stride: 1,
                padding: 0,
                dilation: 1,
            },
        ],
    ];
    for round in rounds {
        let apply = |field: ReceptiveField| {
            round.iter().fold(field, |field, layer| {
                let spec = LayerSpec::new(Kind::Conv)
                    .window(layer.kernel, layer.kernel)
                    .stride(layer.stride, layer.stride)
                    .padding(Padding::Explicit(cnn_core::Axes::two(
                        layer.padding,
                        layer.padding,
                    )))
                    .dilation(layer.dilation, layer.dilation);
                field
                    .through(&spec, Shape::spatial(1 << 20, 1 << 20, 1))
                    .unwrap()
            })
        };
        let start = apply(ReceptiveField::INPUT);
        for count in 1..=12 {
            let mut one_by_one = start;
            for _ in 0..count {
                one_by_one = apply(one_by_one);
            }
            assert_eq!(
                start.repeat(apply(start), count),
                Ok(one_by_one),
                "{round:?} x{count}"
            );
        }
    }
}

#[test]
fn global_layers_see_everything_they_are_given() {
    let conv = LayerSpec::new(Kind::Conv).window(3, 3);
    let shape = Shape::spatial(10, 10, 4);
    let field = ReceptiveField::INPUT
        .through(&conv, Shape::spatial(12, 12, 4))
        .unwrap();
    let global = field
        .through(&LayerSpec::new(Kind::GlobalAvgPool), shape)
        .unwrap();
    // Ten outputs of a 3-wide field, one pixel apart: 12 pixels.
    assert_eq!(global.size, [12, 12, 1]);
    let dense = field
        .through(&LayerSpec::new(Kind::Dense).count(5), shape)
        .unwrap();
    assert_eq!(dense, global);
    // After that, vectors keep it.
    assert_eq!(
        dense.through(&LayerSpec::new(Kind::Dense), Shape::Flat(5)),
        Ok(dense)
    );
}
