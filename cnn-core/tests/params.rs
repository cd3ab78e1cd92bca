//! Parameter counts checked by enumerating every connection, and the
//! `Formula` text checked by evaluating its arithmetic.

use cnn_core::{Formula, Kind, LayerSpec, Shape, Step};

/// Evaluates `+ * /` and parentheses over non-negative integers, with the
/// usual precedence and left-to-right order (integer division, which must
/// be exact here).
fn eval(text: &str) -> u128 {
    struct Parser<'a> {
        bytes: &'a [u8],
        at: usize,
    }
    impl Parser<'_> {
        fn peek(&mut self) -> Option<u8> {
            while self.bytes.get(self.at) == Some(&b' ') {
                self.at += 1;
            }
            self.bytes.get(self.at).copied()
        }
        fn expr(&mut self) -> u128 {
            let mut value = self.term();
            while self.peek() == Some(b'+') {
                self.at += 1;
                value += self.term();
            }
            value
        }
        fn term(&mut self) -> u128 {
            let mut value = self.atom();
            loop {
                match self.peek() {
                    Some(b'*') => {
                        self.at += 1;
                        value *= self.atom();
                    }
                    Some(b'/') => {
                        self.at += 1;
                        let divisor = self.atom();
                        assert_eq!(value % divisor, 0, "inexact division in formula");
                        value /= divisor;
                    }
                    _ => return value,
                }
            }
        }
        fn atom(&mut self) -> u128 {
            match self.peek() {
                Some(b'(') => {
                    self.at += 1;
                    let value = self.expr();
                    assert_eq!(self.peek(), Some(b')'), "unbalanced parentheses");
                    self.at += 1;
                    value
                }
                Some(c) if c.is_ascii_digit() => {
                    let start = self.at;
                    while self.bytes.get(self.at).is_some_and(u8::is_ascii_digit) {
                        self.at += 1;
                    }
                    core::str::from_utf8(&self.bytes[start..self.at])
                        .unwrap()
                        .parse()
                        .unwrap()
                }
                other => panic!(
                    "unexpected {:?} at {} in {:?}",
                    other.map(char::from),
                    self.at,
                    { core::str::from_utf8(self.bytes).unwrap() }
                ),
            }
        }
    }
    let mut parser = Parser {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = parser.expr();
    assert_eq!(parser.peek(), None, "trailing text in {text:?}");
    value
}

#[test]
fn evaluator_sanity() {
    assert_eq!(eval("((5*5*3)+1)*8"), 608);
    assert_eq!(eval("120*400+120"), 48_120);
    assert_eq!(eval("((3*3*8/4)+1)*4"), 76);
    assert_eq!(eval("2+3*4"), 14);
    assert_eq!(eval("(2+3)*4"), 20);
    assert_eq!(eval("12/2/3"), 2);
}

/// Checks that `Formula` for `spec` on `input` reads `<expr> = <params>`
/// and that `<expr>` evaluates to the parameter count.
fn check_formula(spec: LayerSpec, input: Shape, step: &Step) {
    let text = Formula::new(spec, input).to_string();
    let (left, right) = text
        .split_once(" = ")
        .unwrap_or_else(|| panic!("{spec:?} on {input}: no ` = ` in {text:?}"));
    assert_eq!(
        eval(left),
        u128::from(step.params),
        "{spec:?} on {input}: formula {text:?}"
    );
    let shown: u64 = right
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{spec:?} on {input}: no total in {text:?}"));
    assert_eq!(shown, step.params, "{spec:?} on {input}: formula {text:?}");
}

/// Conv weights, counted one connection at a time: output channel `o` of
/// group `o / (F/G)` sees the input channels of that group.
fn brute_conv(c: u64, f: u64, g: u64, kh: u64, kw: u64, bias: bool) -> u64 {
    let mut count = 0;
    for o in 0..f {
        let group = o / (f / g);
        for i in 0..c {
            if i / (c / g) != group {
                continue;
            }
            for _ in 0..kh {
                for _ in 0..kw {
                    count += 1;
                }
            }
        }
        if bias {
            count += 1;
        }
    }
    count
}

#[test]
fn conv_params_match_connections() {
    let mut checked = 0;
    for c in 1..=8 {
        for g in (1..=c).filter(|g| c % g == 0) {
            for f in (1..=8).filter(|f| f % g == 0) {
                for kh in 1..=3 {
                    for kw in 1..=3 {
                        for bias in [true, false] {
                            let mut spec =
                                LayerSpec::new(Kind::Conv).window(kh, kw).count(f).groups(g);
                            if !bias {
                                spec = spec.no_bias();
                            }
                            let input = Shape::spatial(5, 6, c);
                            let step = spec
                                .apply(input)
                                .unwrap_or_else(|e| panic!("{spec:?} on {input}: {e:?}"));
                            assert_eq!(
                                step.params,
                                brute_conv(c, f, g, kh, kw, bias),
                                "{spec:?} on {input}"
                            );
                            assert_eq!(step.non_trainable_params, 0);
                            assert_eq!(step.output, Shape::spatial(6 - kh, 7 - kw, f));
                            check_formula(spec, input, &step);
                            checked += 1;
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 1000, "only {checked} conv cases");
}

/// The article's worked example, layer by layer.
#[test]
fn article_example() {
    let layers = [
        (LayerSpec::new(Kind::Conv).window(5, 5).count(8), 608),
        (LayerSpec::new(Kind::MaxPool).window(2, 2), 0),
        (LayerSpec::new(Kind::Conv).window(5, 5).count(16), 3216),
        (LayerSpec::new(Kind::MaxPool).window(2, 2), 0),
        (LayerSpec::new(Kind::Dense).count(120), 48_120),
        (LayerSpec::new(Kind::Dense).count(84), 10_164),
        (LayerSpec::new(Kind::Softmax).count(10), 850),
    ];
    let mut shape = Shape::spatial(32, 32, 3);
    let mut specs = vec![LayerSpec::input(shape)];
    for (spec, params) in layers {
        let step = spec.apply(shape).unwrap();
        assert_eq!(step.params, params, "{spec:?} on {shape}");
        if params > 0 {
            check_formula(spec, shape, &step);
        }
        shape = step.output;
        specs.push(spec);
    }
    assert_eq!(shape, Shape::Flat(10));
    let analysis = cnn_core::analyze(&specs).unwrap();
    assert_eq!(analysis.totals.params, 62_958);
    assert_eq!(analysis.output, Shape::Flat(10));
}

#[test]
fn depthwise_params_match_connections() {
    let mut checked = 0;
    for c in 1..=6 {
        for m in 1..=4 {
            for kh in 1..=3 {
                for kw in 1..=3 {
                    for bias in [true, false] {
                        let mut spec = LayerSpec::new(Kind::DepthwiseConv)
                            .window(kh, kw)
                            .multiplier(m);
                        if !bias {
                            spec = spec.no_bias();
                        }
                        let input = Shape::spatial(4, 5, c);
                        let step = spec.apply(input).unwrap();
                        // Output channel o reads input channel o / M only.
                        let mut count = 0;
                        for o in 0..m * c {
                            for i in 0..c {
                                if i == o / m {
                                    count += kh * kw;
                                }
                            }
                            count += u64::from(bias);
                        }
                        assert_eq!(step.params, count, "{spec:?} on {input}");
                        assert_eq!(step.output, Shape::spatial(5 - kh, 6 - kw, m * c));
                        check_formula(spec, input, &step);
                        // Same as a grouped conv with groups = C, F = M*C.
                        let mut conv = LayerSpec::new(Kind::Conv)
                            .window(kh, kw)
                            .count(m * c)
                            .groups(c);
                        if !bias {
                            conv = conv.no_bias();
                        }
                        assert_eq!(conv.apply(input), Ok(step), "{spec:?} vs {conv:?}");
                        checked += 1;
                    }
                }
            }
        }
    }
    assert_eq!(checked, 6 * 4 * 9 * 2);
}

#[test]
fn separable_params_match_connections() {
    let mut checked = 0;
    for c in 1..=5 {
        for m in 1..=3 {
            for f in 1..=5 {
                for k in 1..=3 {
                    for bias in [true, false] {
                        let mut spec = LayerSpec::new(Kind::SeparableConv)
                            .window(k, k + 1)
                            .count(f)
                            .multiplier(m);
                        if !bias {
                            spec = spec.no_bias();
                        }
                        let input = Shape::spatial(6, 6, c);
                        let step = spec.apply(input).unwrap();
                        // Depthwise: M*C outputs, each KH*KW taps on one input
                        // channel, no bias (Keras SeparableConv2D).
                        let mut count = 0;
                        for _ in 0..m * c {
                            count += k * (k + 1);
                        }
                        // Pointwise 1x1: F outputs, each reading all M*C,
                        // plus one bias each.
                        for _ in 0..f {
                            for _ in 0..m * c {
                                count += 1;
                            }
                            count += u64::from(bias);
                        }
                        assert_eq!(step.params, count, "{spec:?} on {input}");
                        assert_eq!(step.output, Shape::spatial(7 - k, 6 - k, f));
                        check_formula(spec, input, &step);
                        // The same as dwconv (nobias) then conv 1x1 with bias.
                        let dw = LayerSpec::new(Kind::DepthwiseConv)
                            .window(k, k + 1)
                            .multiplier(m)
                            .no_bias()
                            .apply(input)
                            .unwrap();
                        let mut pw = LayerSpec::new(Kind::Conv).window(1, 1).count(f);
                        if !bias {
                            pw = pw.no_bias();
                        }
                        let pw = pw.apply(dw.output).unwrap();
                        assert_eq!(step.params, dw.params + pw.params);
                        assert_eq!(step.output, pw.output);
                        checked += 1;
                    }
                }
            }
        }
    }
    assert_eq!(checked, 5 * 3 * 5 * 3 * 2);
}

#[test]
fn dense_params_match_connections() {
    let mut checked = 0;
    let mut inputs = Vec::new();
    for h in 1..=4 {
        for w in 1..=4 {
            for c in 1..=3 {
                inputs.push(Shape::spatial(h, w, c));
            }
        }
    }
    inputs.extend((1..=20).map(Shape::Flat));
    for input in inputs {
        for n in 1..=5 {
            for kind in [Kind::Dense, Kind::Softmax] {
                for bias in [true, false] {
                    let mut spec = LayerSpec::new(kind).count(n);
                    if !bias {
                        spec = spec.no_bias();
                    }
                    let step = spec.apply(input).unwrap();
                    // Every output unit reads every input value (a spatial
                    // input flattened), plus its bias.
                    let (h, w, c) = match input {
                        Shape::Spatial {
                            height,
                            width,
                            channels,
                        } => (height, width, channels),
                        Shape::Flat(len) => (1, 1, len),
                        Shape::Sequence { .. } | Shape::Volume { .. } => {
                            unreachable!("only images and vectors here")
                        }
                    };
                    let mut count = 0;
                    for _ in 0..n {
                        for _ in 0..h {
                            for _ in 0..w {
                                for _ in 0..c {
                                    count += 1;
                                }
                            }
                        }
                        count += u64::from(bias);
                    }
                    assert_eq!(step.params, count, "{spec:?} on {input}");
                    assert_eq!(step.output, Shape::Flat(n));
                    assert_eq!(step.non_trainable_params, 0);
                    check_formula(spec, input, &step);
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, (48 + 20) * 5 * 2 * 2);
}

#[test]
fn prelu_and_batchnorm_params() {
    let mut inputs: Vec<Shape> = (1..=20).map(Shape::Flat).collect();
    for h in 1..=3 {
        for w in 1..=3 {
            for c in 1..=10 {
                inputs.push(Shape::spatial(h, w, c));
            }
        }
    }
    for input in inputs {
        let c = match input {
            Shape::Spatial { channels, .. } => channels,
            Shape::Flat(n) => n,
            Shape::Sequence { .. } | Shape::Volume { .. } => {
                unreachable!("only images and vectors")
            }
        };
        // PReLU: one slope per channel.
        let prelu = LayerSpec::new(Kind::PRelu).apply(input).unwrap();
        assert_eq!(
            (prelu.output, prelu.params, prelu.non_trainable_params),
            (input, c, 0),
            "prelu on {input}"
        );
        let text = Formula::new(LayerSpec::new(Kind::PRelu), input).to_string();
        let leading: u64 = text.split(' ').next().unwrap().parse().unwrap();
        assert_eq!(leading, c, "prelu formula {text:?}");

        // Batch norm: gamma and beta learnable, running mean and variance not.
        let spec = LayerSpec::new(Kind::BatchNorm);
        let bn = spec.apply(input).unwrap();
        let (mut learnable, mut buffers) = (0, 0);
        for _channel in 0..c {
            learnable += 2; // weight, bias
            buffers += 2; // running_mean, running_var
        }
        assert_eq!(
            (bn.output, bn.params, bn.non_trainable_params),
            (input, learnable, buffers),
            "batchnorm on {input}"
        );
        check_formula(spec, input, &bn);
        let text = Formula::new(spec, input).to_string();
        assert!(
            text.ends_with(&format!("(+{buffers} non-trainable)")),
            "batchnorm formula {text:?}"
        );
    }
}

#[test]
fn parameterless_layers() {
    let input = Shape::spatial(8, 8, 3);
    for spec in [
        LayerSpec::new(Kind::MaxPool).window(2, 2),
        LayerSpec::new(Kind::AvgPool).window(3, 3).stride(1, 1),
        LayerSpec::new(Kind::GlobalAvgPool),
        LayerSpec::new(Kind::GlobalMaxPool),
        LayerSpec::new(Kind::AdaptiveAvgPool).window(2, 2),
        LayerSpec::new(Kind::Flatten),
        LayerSpec::new(Kind::Dropout),
        LayerSpec::new(Kind::ZeroPad).window(1, 2),
    ] {
        let step = spec.apply(input).unwrap();
        assert_eq!((step.params, step.non_trainable_params), (0, 0), "{spec:?}");
        assert_eq!(Formula::new(spec, input).to_string(), "", "{spec:?}");
    }
    assert_eq!(
        LayerSpec::new(Kind::Flatten).apply(input).unwrap().output,
        Shape::Flat(192)
    );
    assert_eq!(
        LayerSpec::new(Kind::ZeroPad)
            .window(1, 2)
            .apply(input)
            .unwrap()
            .output,
        Shape::spatial(10, 12, 3)
    );
}
