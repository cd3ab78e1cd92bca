//! The analysis of a whole network as a tree (`cnn_core::tree`), blocks
//! included, without the macro: counts by hand and from the article,
//! flat networks against `cnn_core::analyze`, and the problems it finds.

use cnn_core::tree::{analyze_tree, Node, Origin, Problem};
use cnn_core::{analyze, Block, Error, Kind, LayerSpec, Padding, Shape};

fn conv(k: u64, filters: u64) -> LayerSpec {
    LayerSpec::new(Kind::Conv).window(k, k).count(filters)
}

/// The article's network, as a flat list and as a tree.
fn lenet() -> Vec<LayerSpec> {
    vec![
        LayerSpec::input(Shape::spatial(32, 32, 3)),
        conv(5, 8),
        LayerSpec::new(Kind::MaxPool).window(2, 2),
        conv(5, 16),
        LayerSpec::new(Kind::MaxPool).window(2, 2),
        LayerSpec::new(Kind::Dense).count(120),
        LayerSpec::new(Kind::Dense).count(84),
        LayerSpec::new(Kind::Softmax).count(10),
    ]
}

#[test]
fn the_article_as_a_tree_counts_what_the_article_counts() {
    let nodes: Vec<Node> = lenet()
        .into_iter()
        .enumerate()
        .map(|(id, spec)| Node::layer(id, spec))
        .collect();
    let found = analyze_tree(&nodes, true);
    assert!(found.problems.is_empty(), "{:?}", found.problems);
    // The article: 608 + 3216 + 48120 + 10164 + 850.
    assert_eq!(found.totals.params, 62_958);
    assert_eq!(found.output, Some(Shape::Flat(10)));
    // The same as the flat, const analysis, which is written apart.
    let flat = analyze(&lenet()).expect("LeNet is valid");
    assert_eq!(found.totals, flat.totals);
    assert_eq!(found.peak_activations, flat.peak_activations);
    assert_eq!(found.largest_activation, flat.largest_activation);
    assert_eq!(found.rows.len(), 8);
    assert_eq!(found.rows[1].formula, "((5*5*3)+1)*8 = 608");
}

#[test]
fn a_residual_block_counts_its_body_and_keeps_its_input_alive() {
    // input 8x8x4; residual { conv 3x3x4 pad 1; }
    let body = vec![Node::layer(
        2,
        conv(3, 4).padding(Padding::Explicit(cnn_core::Axes::two(1, 1))),
    )];
    let nodes = [
        Node::layer(0, LayerSpec::input(Shape::spatial(8, 8, 4))),
        Node::block(1, Block::Residual, body),
    ];
    let found = analyze_tree(&nodes, true);
    assert!(found.problems.is_empty());
    // (3*3*4 + 1) * 4 = 148 parameters; 8*8*4 outputs of 3*3*4 MACs each.
    assert_eq!(found.totals.params, 148);
    assert_eq!(found.totals.macs, 8 * 8 * 4 * 36);
    // While the conv runs: its input (the block's, 256 values) and its
    // output (256); at the add: input, body output and sum, 3 x 256.
    assert_eq!(found.peak_activations, 3 * 256);
    // The block's row first, with the sum of its one row.
    assert_eq!(found.rows[1].kind, Kind::Block(Block::Residual));
    assert_eq!(found.rows[1].rows, 1);
    assert_eq!(found.rows[1].step.params, 148);
}

#[test]
fn concat_stacks_the_channels_of_its_branches() {
    // input 28x28x192; concat { { conv 1x1x64; } { maxpool 3 stride 1 pad 1; conv 1x1x32; } {} }
    let pool = LayerSpec::new(Kind::MaxPool)
        .window(3, 3)
        .stride(1, 1)
        .padding(Padding::Explicit(cnn_core::Axes::two(1, 1)));
    let nodes = [
        Node::layer(0, LayerSpec::input(Shape::spatial(28, 28, 192))),
        Node::branches(
            1,
            Block::Concat,
            vec![
                vec![Node::layer(2, conv(1, 64))],
                vec![Node::layer(3, pool), Node::layer(4, conv(1, 32))],
                vec![],
            ],
        ),
    ];
    let found = analyze_tree(&nodes, true);
    assert!(found.problems.is_empty());
    assert_eq!(found.output, Some(Shape::spatial(28, 28, 64 + 32 + 192)));
    // (192 + 1) * 64 + (192 + 1) * 32
    assert_eq!(found.totals.params, 193 * 96);
    // Rows: input, concat, then each branch's row before its layers.
    let branches: Vec<_> = found.rows.iter().filter_map(|row| row.branch).collect();
    assert_eq!(branches, [(0, false), (1, false), (2, true)]);
}

#[test]
fn repeat_counts_a_billion_rounds_in_closed_form() {
    // input 4x4x2; repeat 1000000000 { conv 1x1x2; }
    let nodes = [
        Node::layer(0, LayerSpec::input(Shape::spatial(4, 4, 2))),
        Node::block(
            1,
            Block::Repeat(1_000_000_000),
            vec![Node::layer(2, conv(1, 2))],
        ),
    ];
    let found = analyze_tree(&nodes, true);
    assert!(found.problems.is_empty());
    // (1*1*2 + 1) * 2 = 6 parameters a round.
    assert_eq!(found.totals.params, 6_000_000_000);
    assert_eq!(found.rows.len(), 3);
    assert_eq!(found.rows[2].times, 1_000_000_000);
    assert_eq!(found.rows[1].listed_rounds, 1);
}

#[test]
fn independent_problems_are_all_found_and_none_follows_from_another() {
    // input 32x32x3; conv 3x3x8 groups 3; conv 5x5x16 -> 26x26x16;
    // maxpool 40; fc 10 -> 12;
    let nodes = [
        Node::layer(0, LayerSpec::input(Shape::spatial(32, 32, 3))),
        Node::layer(1, conv(3, 8).groups(3)),
        Node::Layer {
            id: 2,
            spec: conv(5, 16),
            expect: Some(Shape::spatial(26, 26, 16)),
        },
        Node::layer(3, LayerSpec::new(Kind::MaxPool).window(40, 40)),
        Node::Layer {
            id: 4,
            spec: LayerSpec::new(Kind::Dense).count(10),
            expect: Some(Shape::Flat(12)),
        },
    ];
    let found = analyze_tree(&nodes, true);
    let at: Vec<usize> = found.problems.iter().map(|(id, _)| *id).collect();
    assert_eq!(at, [1, 3, 4], "{:?}", found.problems);
    assert_eq!(
        found.problems[0].1,
        Problem::Apply {
            error: Error::GroupsFilters {
                groups: 3,
                filters: 8
            },
            input: Shape::spatial(32, 32, 3),
            origin: Origin::Input,
        }
    );
    assert!(matches!(
        found.problems[1].1,
        Problem::Apply {
            input: Shape::Spatial {
                height: 26,
                width: 26,
                channels: 16
            },
            origin: Origin::After(2),
            ..
        }
    ));
    assert_eq!(
        found.problems[2].1,
        Problem::Assertion {
            output: Shape::Flat(10)
        }
    );
}

#[test]
fn branches_that_do_not_meet_name_both() {
    // input 8x8x4; add { { conv 1x1x8; } {} }
    let nodes = [
        Node::layer(0, LayerSpec::input(Shape::spatial(8, 8, 4))),
        Node::branches(
            1,
            Block::Add,
            vec![vec![Node::layer(2, conv(1, 8))], vec![]],
        ),
    ];
    let found = analyze_tree(&nodes, true);
    assert_eq!(
        found.problems,
        [(
            1,
            Problem::Branches {
                first: (0, Shape::spatial(8, 8, 8)),
                other: (1, Shape::spatial(8, 8, 4)),
            }
        )]
    );
    assert_eq!(found.output, None);
}

#[test]
fn from_takes_an_earlier_output_and_keeps_it_alive_until_then() {
    // input 8x8x4; a: conv 1x1x8; conv 1x1x2; from a; conv 1x1x3;
    let nodes = [
        Node::layer(0, LayerSpec::input(Shape::spatial(8, 8, 4))),
        Node::layer(1, conv(1, 8)),
        Node::layer(2, conv(1, 2)),
        Node::from(3, 1),
        Node::layer(4, conv(1, 3)),
    ];
    let found = analyze_tree(&nodes, true);
    assert!(found.problems.is_empty(), "{:?}", found.problems);
    // The last conv reads `a`'s 8 channels, not the 2 before it.
    assert_eq!(found.output, Some(Shape::spatial(8, 8, 3)));
    // `from a` is a row of its own: `a`'s output taken, nothing counted.
    assert_eq!(found.rows.len(), 5);
    let taken = &found.rows[3];
    assert_eq!((taken.node, taken.kind), (Some(3), Kind::From));
    assert_eq!(taken.input, Shape::spatial(8, 8, 8));
    assert_eq!(taken.step.output, Shape::spatial(8, 8, 8));
    assert_eq!((taken.step.params, taken.step.macs), (0, 0));
    assert_eq!(found.rows[4].input, Shape::spatial(8, 8, 8));
    // (4+1)*8 + (8+1)*2 + (8+1)*3 parameters, 64 positions each.
    assert_eq!(found.totals.params, 40 + 18 + 27);
    assert_eq!(found.totals.macs, 64 * (4 * 8 + 8 * 2 + 8 * 3));
    // While the second conv runs, `a` (512 values) is its input and is
    // held for the `from` too; its output is 128: an upper bound of
    // 512 + 512 + 128. At the last conv, `a` read and 192 written: 704.
    assert_eq!(found.peak_activations, 512 + 512 + 128);
}
