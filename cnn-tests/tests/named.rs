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

    /// A small U-Net with an FPN level: a `from` at the top level, one
    /// that starts a branch before a layer, and one that is a branch.
    #[cnn(weights)]
    struct Skips {
        input 16x16x3;
        enc1: { conv 3x3x8 pad 1; relu; }
        maxpool 2;
        enc2: { conv 3x3x16 pad 1; relu; }
        maxpool 2;
        top: conv 3x3x16 pad 1;
        from enc2;
        lat2: conv 1x1x16;
        p2: add { {} { from top; upsample 2; } }
        convtranspose 2x2x8 stride 2;
        concat { { from enc1; } {} }
        conv 1x1x2;
    }
}

/// The MACs, the learnable parameters and the `x`, `w` and `y` lines of
/// `network` in the data file, as torch counts and computes them.
fn case(network: &str) -> (u64, u64, [Vec<f32>; 3]) {
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
    let params = lines
        .next()
        .and_then(|line| line.strip_prefix("params "))
        .expect("params");
    let params = params.parse().unwrap();
    (
        macs,
        params,
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
    let (macs, params, [x, w, y]) = case("Scales");
    assert_eq!(Scales::MACS, macs);
    assert_eq!(Scales::PARAMS, params);
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
    let (macs, params, [x, w, y]) = case("Pyramid");
    assert_eq!(Pyramid::MACS, macs);
    assert_eq!(Pyramid::PARAMS, params);
    assert_eq!(Pyramid::PARAMS as usize, w.len());
    assert_eq!(Pyramid::OUTPUT, cnn::Shape::spatial(4, 4, 8));
    let weights = PyramidWeights::<f32>::from_slice(&w).unwrap();
    let mut arena = [0f32; Pyramid::ARENA_LEN];
    let out = Pyramid::forward(weights, &x.try_into().unwrap(), &mut arena);
    assert_close(out, &y);
}

#[test]
fn skips_match_pytorch() {
    let (macs, params, [x, w, y]) = case("Skips");
    assert_eq!((Skips::PARAMS, Skips::MACS), (params, macs));
    // By hand: convs of ((3*3*3)+1)*8, ((3*3*8)+1)*16, ((3*3*16)+1)*16,
    // (16+1)*16, the transposed 2*2*16*8+8, and (16+1)*2; MACs at each
    // output position (the transposed conv's at each input position).
    assert_eq!(Skips::PARAMS, 224 + 1_168 + 2_320 + 272 + 520 + 34);
    assert_eq!(
        Skips::MACS,
        256 * 8 * 27 + 64 * 16 * 72 + 16 * 16 * 144 + 64 * 16 * 16 + 64 * 16 * 8 * 4 + 256 * 2 * 16
    );
    let weights = SkipsWeights::<f32>::from_slice(&w).unwrap();
    let mut arena = [0f32; Skips::ARENA_LEN];
    let out = Skips::forward(weights, &x.try_into().unwrap(), &mut arena);
    assert_close(out, &y);
}

/// Each `from` is a row of the table, where it stands: the shape it takes
/// and nothing counted, so that the totals are the rows' sums.
#[test]
fn every_from_is_a_row_of_the_summary() {
    let table = Skips::summary().to_string();
    let expected = include_str!("data/skips_summary.txt");
    assert_eq!(table, expected, "{table}");
    let froms: Vec<_> = Skips::LAYERS
        .iter()
        .filter(|row| row.kind == cnn::Kind::From)
        .map(|row| (row.taken(), row.depth, row.output, row.params, row.macs))
        .collect();
    let shape = cnn::Shape::spatial;
    assert_eq!(
        froms,
        [
            (Some("enc2"), 0, shape(8, 8, 16), 0, 0),
            (Some("top"), 2, shape(4, 4, 16), 0, 0),
            (Some("enc1"), 2, shape(16, 16, 8), 0, 0),
        ]
    );
    let top_level = Skips::LAYERS.iter().filter(|row| row.depth == 0);
    let (params, macs) = top_level.fold((0, 0), |(p, m), row| (p + row.params, m + row.macs));
    assert_eq!((params, macs), (Skips::PARAMS, Skips::MACS));
}

/// The JSON's `from` rows, resolved as docs/json-schema.md says a reader
/// does: of the earlier rows of that name that end before the `from`, the
/// one that ends last (the outer one, if a block ends with a row of the
/// same name).
#[test]
fn the_json_names_what_each_from_takes() {
    let json: serde_json::Value =
        serde_json::from_str(&cnn::Json::of::<Skips>().to_string()).expect("the JSON parses");
    let mut rows = Vec::new();
    flatten(&json["layers"], &mut rows);
    let mut taken = Vec::new();
    for (at, (row, _)) in rows.iter().enumerate() {
        if row["kind"] != "from" {
            assert!(row.get("from").is_none(), "{row}");
            continue;
        }
        let name = row["from"].as_str().expect("a name");
        assert_eq!(row["spec"], format!("from {name}"));
        assert_eq!(
            (row["params"].as_u64(), row["macs"].as_u64()),
            (Some(0), Some(0))
        );
        assert_eq!(row["input"], row["output"]);
        let target = rows[..at]
            .iter()
            .enumerate()
            .map(|(index, (earlier, inside))| (index + inside, index, earlier))
            .filter(|(end, _, earlier)| *end < at && earlier["name"] == name)
            .max_by_key(|(end, index, _)| (*end, std::cmp::Reverse(*index)))
            .map(|(_, _, earlier)| earlier)
            .expect("an earlier row of that name");
        assert_eq!(target["output"], row["output"], "{name}");
        taken.push(name.to_string());
    }
    assert_eq!(taken, ["enc2", "top", "enc1"]);
}

/// Every row of a `layers` or `children` array, in order, nested ones
/// after their block, each with how many rows it holds.
fn flatten<'a>(rows: &'a serde_json::Value, out: &mut Vec<(&'a serde_json::Value, usize)>) {
    for row in rows.as_array().expect("an array") {
        let at = out.len();
        out.push((row, 0));
        if let Some(children) = row.get("children") {
            flatten(children, out);
        }
        out[at].1 = out.len() - at - 1;
    }
}
