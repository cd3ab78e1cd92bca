//! `from name` and `slice A..B` through the macro and the planned forward
//! pass, against PyTorch: each network here is written out by hand in
//! `scripts/pytorch_named_cases.py`, whose output is
//! `tests/data/named_forward.txt`.

use cnn::cnn;

cnn! {
    /// Res2Net's scales: each conv fed its slice plus the scale before.
    #[cnn(weights)]
    struct Scales {
        input 4x4x4;
        stem: conv 1x1x6;
        concat {
            { slice 0..2; y1: conv 3x3x2 pad 1; relu; }
            { add { { slice 2..4; } { from y1; } } y2: conv 3x3x2 pad 1; }
            { slice 4..6; }
        }
        add { {} { from stem; } }
        concat { { slice 0..3; } { from y2; } }
    }

    /// A feature pyramid: a top-down path adding lateral convs of the
    /// bottom-up path's outputs, taken by name.
    #[cnn(weights)]
    struct Pyramid {
        input 8x8x3;
        c1: conv 3x3x4 pad 1; relu;
        c2: conv 3x3x8 stride 2 pad 1; relu;
        c3: conv 3x3x8 stride 2 pad 1; relu;
        p3: conv 1x1x4;
        p2: add { { upsample 2; } { from c2; conv 1x1x4; } }
        p1: add { { upsample 2; } { from c1; conv 1x1x4; } }
        maxpool 2;
        concat { {} { from p2; } }
    }
}

/// The MACs and the `x`, `w` and `y` lines of `network` in the data file.
fn case(network: &str) -> (u64, [Vec<f32>; 3]) {
    let text = include_str!("data/named_forward.txt");
    let mut lines = text
        .lines()
        .skip_while(|line| *line != format!("network {network}"))
        .skip(1);
    let macs = lines
        .next()
        .and_then(|line| line.strip_prefix("macs "))
        .expect("macs");
    let macs = macs.parse().unwrap();
    (
        macs,
        [(); 3].map(|_| {
            let line = lines.next().expect("x, w and y");
            let mut words = line.split(' ').skip(1);
            let len: usize = words.next().unwrap().parse().unwrap();
            let values: Vec<f32> = words.map(|word| word.parse().unwrap()).collect();
            assert_eq!(values.len(), len, "{line}");
            values
        }),
    )
}

fn assert_close(got: &[f32], expected: &[f32]) {
    assert_eq!(got.len(), expected.len());
    let scale = expected.iter().fold(1f32, |m, v| m.max(v.abs()));
    for (index, (a, b)) in got.iter().zip(expected).enumerate() {
        assert!(
            (a - b).abs() <= 1e-5 * scale,
            "value {index}: {a} against PyTorch's {b}"
        );
    }
}

#[test]
fn scales_match_pytorch() {
    let (macs, [x, w, y]) = case("Scales");
    assert_eq!(Scales::MACS, macs);
    // Counted as PyTorch holds them: three convs, nothing for the slices
    // and joins.
    assert_eq!(Scales::PARAMS, (4 * 6 + 6) + 2 * (9 * 2 * 2 + 2));
    assert_eq!(Scales::PARAMS as usize, w.len());
    assert_eq!(Scales::MACS, 16 * (6 * 4) + 2 * 16 * (2 * 9 * 2));
    let weights = ScalesWeights::<f32>::from_slice(&w).unwrap();
    let mut arena = [0f32; Scales::ARENA_LEN];
    let out = Scales::forward(weights, &x.try_into().unwrap(), &mut arena);
    assert_close(out, &y);
}

#[test]
fn a_pyramid_matches_pytorch() {
    let (macs, [x, w, y]) = case("Pyramid");
    assert_eq!(Pyramid::MACS, macs);
    assert_eq!(Pyramid::PARAMS as usize, w.len());
    assert_eq!(Pyramid::OUTPUT, cnn::Shape::spatial(4, 4, 8));
    let weights = PyramidWeights::<f32>::from_slice(&w).unwrap();
    let mut arena = [0f32; Pyramid::ARENA_LEN];
    let out = Pyramid::forward(weights, &x.try_into().unwrap(), &mut arena);
    assert_close(out, &y);
}
