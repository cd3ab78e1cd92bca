//! `cnn_run::layer` against PyTorch: every case of
//! `tests/data/forward_cases.txt` (written by
//! `scripts/pytorch_forward_cases.py`) within
//! `max |diff| <= 1e-4 * max(1, max |expected|)`.

use std::collections::BTreeMap;

use cnn_core::{
    kind_by_keyword, program, Activation, Axes, Block, Eps, Kind, LayerSpec, Padding, Shape,
    Standardise,
};
use cnn_run::{self as run, Buffer, RunError};

const CASES: &str = include_str!("data/forward_cases.txt");

/// One case of the data file.
struct Case {
    statement: String,
    input: Shape,
    spec: LayerSpec,
    keyword: String,
    x: Vec<f32>,
    w: Vec<f32>,
    y: Vec<f32>,
}

fn numbers(text: &str, separator: char) -> Vec<u64> {
    text.split(separator)
        .map(|n| n.parse().expect("a number"))
        .collect()
}

fn axes(text: &str) -> Axes {
    Axes::written_as(&numbers(text, ',')).expect("one to three numbers")
}

fn shape(text: &str) -> Shape {
    match numbers(text, 'x')[..] {
        [n] => Shape::Flat(n),
        [l, c] => Shape::sequence(l, c),
        [h, w, c] => Shape::spatial(h, w, c),
        [d, h, w, c] => Shape::volume(d, h, w, c),
        _ => panic!("a shape of one to four numbers: {text}"),
    }
}

/// The LayerSpec the `spec` line's fields describe.
fn spec(fields: &str) -> (LayerSpec, String) {
    let fields: BTreeMap<&str, &str> = fields
        .split_whitespace()
        .map(|field| field.split_once('=').expect("key=value"))
        .collect();
    let keyword = fields["kind"];
    let kind = match (keyword, fields.contains_key("count")) {
        ("softmax", false) => Kind::Activation(Activation::Softmax),
        _ => kind_by_keyword(keyword).expect("a keyword").kind,
    };
    let mut spec = LayerSpec::new(kind);
    for (&key, &value) in &fields {
        match key {
            "kind" | "rate" => {}
            "window" => spec.window = axes(value),
            "count" => spec.count = value.parse().unwrap(),
            "stride" => spec.stride = Some(axes(value)),
            "dilation" => spec.dilation = axes(value),
            "outpad" => spec.outpad = axes(value),
            "groups" => spec.groups = value.parse().unwrap(),
            "multiplier" => spec.multiplier = value.parse().unwrap(),
            "bias" => spec.bias = value == "1",
            "ceil" => spec.ceil = value == "1",
            "bilinear" => spec.bilinear = value == "1",
            "tanh" => spec.kind = Kind::Activation(Activation::GeluTanh),
            // As written (`1e-06`): Rust's parser gives the f32 PyTorch's did.
            "eps" => spec.eps = Eps::of(value.parse().unwrap()),
            "factor" => spec.factor = Eps::of(value.parse().unwrap()),
            "standardise" => {
                spec.standardise = match value {
                    "plain" => Standardise::Plain,
                    "scaled" => Standardise::Scaled,
                    other => panic!("unknown standardisation {other}"),
                }
            }
            "pad" => {
                spec.padding = match value {
                    "valid" => Padding::Valid,
                    "same" => Padding::Same,
                    explicit => Padding::Explicit(axes(explicit)),
                }
            }
            other => panic!("unknown field {other}"),
        }
    }
    // `softmax N` (a linear layer) is reported apart from the activation.
    let keyword = match kind {
        Kind::Softmax => "softmax N".to_string(),
        _ => keyword.to_string(),
    };
    (spec, keyword)
}

fn values(line: &str, tag: &str) -> Vec<f32> {
    let mut words = line.split_whitespace();
    assert_eq!(words.next(), Some(tag), "{line:.40}");
    let count: usize = words.next().unwrap().parse().unwrap();
    let values: Vec<f32> = words.map(|v| v.parse().unwrap()).collect();
    assert_eq!(values.len(), count, "{tag} count");
    values
}

fn cases() -> Vec<Case> {
    let lines: Vec<&str> = CASES.lines().filter(|l| !l.starts_with('#')).collect();
    lines
        .chunks(6)
        .map(|case| {
            let statement = case[0].strip_prefix("case ").unwrap().to_string();
            let input = shape(case[1].strip_prefix("input ").unwrap());
            let (spec, keyword) = spec(case[2].strip_prefix("spec ").unwrap());
            Case {
                statement,
                input,
                spec,
                keyword,
                x: values(case[3], "x"),
                w: values(case[4], "w"),
                y: values(case[5], "y"),
            }
        })
        .collect()
}

#[test]
fn every_layer_matches_pytorch() {
    let mut worst: BTreeMap<String, (f32, String)> = BTreeMap::new();
    let mut failures = Vec::new();
    let cases = cases();
    for case in &cases {
        // The fields say what the statement says: the language gives the
        // same output shape and weight layout.
        let text = format!("input {}; {};", case.input, case.statement);
        let checked = cnn_lang::check(&text, None);
        let network = checked
            .network
            .unwrap_or_else(|| panic!("{text}: {:?}", checked.diagnostics));
        let step = case.spec.apply(case.input).expect(&case.statement);
        assert_eq!(network.output, step.output, "{}", case.statement);
        let row = network.rows.last().unwrap();
        assert_eq!(
            row.layout,
            case.spec.layout(case.input),
            "{}",
            case.statement
        );

        // The program the macro would write carries the layer's `eps`
        // (and the rest of its spec) through its bytes to the runner.
        let plan = network.plan.as_ref().expect("a plan");
        let bytes = plan.encode();
        let mut reader = program::Reader::new(&bytes);
        let header = reader.header().expect("a header");
        let planned = (0..header.steps)
            .filter_map(|_| match reader.op().expect("a step") {
                program::Op::Layer { spec, .. } => Some(spec),
                program::Op::Add { .. }
                | program::Op::Sub { .. }
                | program::Op::Softmax { .. }
                | program::Op::Weigh { .. }
                | program::Op::Mul { .. }
                | program::Op::Copy { .. }
                | program::Op::Fused { .. } => None,
            })
            .last();
        if let Some(planned) = planned.filter(|spec| spec.kind == case.spec.kind) {
            assert_eq!(planned.eps, case.spec.eps, "{}", case.statement);
        }

        let mut y = vec![f32::NAN; case.y.len()];
        let mut scratch = vec![0.0; run::scratch_len(&case.spec, case.input)];
        run::layer(
            &case.spec,
            case.input,
            &case.x,
            &case.w,
            &mut y,
            &mut scratch,
        )
        .unwrap_or_else(|e| panic!("{}: {e}", case.statement));
        let scale = case.y.iter().fold(1.0f32, |m, v| m.max(v.abs()));
        let diff = y
            .iter()
            .zip(&case.y)
            .map(|(a, b)| (a - b).abs())
            .fold(
                0.0f32,
                |m, d| if d.is_nan() { f32::INFINITY } else { m.max(d) },
            );
        let error = diff / scale;
        if error > 1e-4 {
            failures.push(format!(
                "{} on {}: max |diff| {diff:e} (scale {scale})\n  got      {:?}\n  expected {:?}",
                case.statement,
                case.input,
                &y[..y.len().min(8)],
                &case.y[..case.y.len().min(8)]
            ));
        }
        let entry = worst
            .entry(case.keyword.clone())
            .or_insert((0.0, String::new()));
        if error >= entry.0 {
            *entry = (error, case.statement.clone());
        }
    }
    eprintln!(
        "{} cases; the largest error of each keyword, max |diff| / max(1, max |expected|):",
        cases.len()
    );
    for (keyword, (error, statement)) in &worst {
        eprintln!("  {keyword:<14} {error:.2e}  ({statement})");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_kind_but_input_and_blocks_has_a_case() {
    let covered: Vec<Kind> = cases().iter().map(|case| case.spec.kind).collect();
    for info in cnn_core::KINDS {
        if matches!(info.kind, Kind::Input) {
            continue;
        }
        assert!(covered.contains(&info.kind), "no case for {}", info.keyword);
    }
    assert!(covered.contains(&Kind::Activation(Activation::Softmax)));
    assert!(covered.contains(&Kind::Activation(Activation::GeluTanh)));
}

/// `gelu tanh` gives PyTorch's `gelu(approximate='tanh')` within 1e-5.
#[test]
fn gelu_tanh_is_torchs_within_1e_5() {
    let cases: Vec<Case> = cases()
        .into_iter()
        .filter(|case| case.spec.kind == Kind::Activation(Activation::GeluTanh))
        .collect();
    assert_eq!(cases.len(), 2);
    for case in cases {
        let mut y = vec![f32::NAN; case.y.len()];
        run::layer(&case.spec, case.input, &case.x, &case.w, &mut y, &mut []).unwrap();
        for (got, want) in y.iter().zip(&case.y) {
            assert!((got - want).abs() <= 1e-5, "{got} against torch's {want}");
        }
    }
}

#[test]
fn bad_buffers_are_errors_not_panics() {
    let conv = LayerSpec::new(Kind::Conv).window(3, 3).count(2);
    let input = Shape::spatial(4, 4, 3);
    let weights = vec![0.0; 3 * 3 * 3 * 2 + 2];
    let x = vec![1.0; 48];
    let mut y = vec![0.0; 8];
    // The packing space of the product: a block of the filters, 27 deep
    // and padded to 16 columns, a tile of the 4 positions' im2col rows,
    // and 16 to align.
    let needed = run::scratch_len(&conv, input);
    assert_eq!(needed, 27 * 16 + 4 * 27 + 16);
    let mut scratch = vec![0.0; needed];
    assert!(run::layer(&conv, input, &x, &weights, &mut y, &mut scratch).is_ok());
    let length = |buffer, expected, found| RunError::Length {
        buffer,
        expected,
        found,
    };
    assert_eq!(
        run::layer(&conv, input, &x[1..], &weights, &mut y, &mut scratch),
        Err(length(Buffer::Input, 48, 47))
    );
    assert_eq!(
        run::layer(&conv, input, &x, &weights[1..], &mut y, &mut scratch),
        Err(length(Buffer::Weights, 56, 55))
    );
    assert_eq!(
        run::layer(&conv, input, &x, &weights, &mut y[1..], &mut scratch),
        Err(length(Buffer::Output, 8, 7))
    );
    assert_eq!(
        run::layer(&conv, input, &x, &weights, &mut y, &mut scratch[1..]),
        Err(length(Buffer::Scratch, needed, needed - 1))
    );
    let too_big = LayerSpec::new(Kind::Conv).window(5, 5).count(2);
    assert!(matches!(
        run::layer(&too_big, input, &x, &weights, &mut y, &mut scratch),
        Err(RunError::Layer(_))
    ));
    let block = LayerSpec::new(Kind::Block(Block::Add));
    assert_eq!(
        run::layer(&block, input, &x, &[], &mut y, &mut []),
        Err(RunError::Block)
    );
    let message = length(Buffer::Scratch, 27, 26).to_string();
    assert_eq!(
        message,
        "the scratch has 26 values, the layer needs at least 27"
    );
}
