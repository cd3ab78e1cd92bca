//! The generator of the property tests: random programs written from the
//! language's own keyword and option tables, each with the
//! `cnn_core::LayerSpec`s it declares and what `cnn_core::analyze` says of
//! them.

use cnn_core::{
    analyze, Activation, Analysis, Argument, Axes, Kind, LayerSpec, Opt, OptionSet, Padding, Shape,
    Standardise, KINDS, OPTIONS,
};

use super::Rng;

/// A number as the user writes it, and its value if it fits `u64`.
#[derive(Clone)]
pub(super) struct Number {
    pub(super) text: String,
    pub(super) value: Option<u64>,
}

/// Numbers that do not fit `u64`, as text.
pub(super) const TOO_BIG: &[&str] = &[
    "18446744073709551616",                    // u64::MAX + 1
    "99999999999999999999",                    // 20 digits
    "340282366920938463463374607431768211456", // 2^128
];

pub(super) fn number(rng: &mut Rng, small: bool) -> Number {
    let fits = |value: u64| Number {
        text: value.to_string(),
        value: Some(value),
    };
    if small {
        return fits(1 + rng.below(6) as u64);
    }
    match rng.below(20) {
        0 => fits(0),
        1 => fits(u64::MAX),
        2 => fits(1 << 32),
        3 => fits(u64::MAX - rng.below(3) as u64),
        4 => Number {
            text: rng.pick(TOO_BIG).to_string(),
            value: None,
        },
        5 => fits(rng.next()),
        6 => fits(1 << rng.below(64)),
        7..=10 => fits(1 + rng.below(64) as u64),
        _ => fits(1 + rng.below(8) as u64),
    }
}

/// Numbers joined by `x`, either as one literal (`3x3`) or spaced
/// (`3 x 3`); a leading `0` in one literal (`0x1x3`) is read by its text.
pub(super) fn dims_text(rng: &mut Rng, numbers: &[Number]) -> String {
    let parts: Vec<&str> = numbers.iter().map(|n| n.text.as_str()).collect();
    if rng.one_in(3) {
        parts.join(" x ")
    } else {
        parts.join("x")
    }
}

/// One statement written by the generator, and what it means.
pub(super) struct Generated {
    pub(super) text: String,
    /// The layer, if every number fits `u64`.
    pub(super) spec: Option<LayerSpec>,
    /// The statement's keyword, for the assertion that may follow it.
    pub(super) keyword: &'static str,
}

/// A random statement of `info`'s kind, with random accepted options.
/// `rank` is the program's: how many spatial axes kernels and windows
/// mostly give (an input of that rank, now and then another).
pub(super) fn statement(
    rng: &mut Rng,
    info: &'static cnn_core::KindInfo,
    small: bool,
    rank: usize,
) -> Generated {
    // Now and then one axis too many or too few, which must be an error.
    let axes = |rng: &mut Rng| {
        if rng.one_in(8) {
            1 + rng.below(3)
        } else {
            rank.clamp(1, 3)
        }
    };
    let mut text = info.keyword.to_string();
    let mut fits = true;
    let mut kind = info.kind;
    let mut spec_window = None;
    let mut spec_count = None;
    let mut spec_shape = None;
    let mut spec_range = None;
    let mut spec_factor = None;
    let mut take = |rng: &mut Rng, count: usize| -> Vec<Number> {
        let numbers: Vec<Number> = (0..count).map(|_| number(rng, small)).collect();
        fits &= numbers.iter().all(|n| n.value.is_some());
        numbers
    };
    let value = |n: &Number| n.value.unwrap_or(1);
    match info.argument {
        Argument::None => {}
        Argument::Shape => {
            // A flat vector now and then, else a map of the program's rank.
            let count = if rng.one_in(4) { 1 } else { rank + 1 };
            let numbers = take(rng, count);
            text = format!("{text} {}", dims_text(rng, &numbers));
            let values: Vec<u64> = numbers.iter().map(value).collect();
            spec_shape = Some(match values[..] {
                [n] => Shape::Flat(n),
                [l, c] => Shape::sequence(l, c),
                [h, w, c] => Shape::spatial(h, w, c),
                [d, h, w, c] => Shape::volume(d, h, w, c),
                _ => unreachable!(),
            });
        }
        Argument::KernelFilters => {
            let count = axes(rng) + 1;
            let numbers = take(rng, count);
            text = format!("{text} {}", dims_text(rng, &numbers));
            let values: Vec<u64> = numbers.iter().map(value).collect();
            let (filters, kernel) = values.split_last().unwrap();
            spec_window = Axes::written_as(kernel);
            spec_count = Some(*filters);
        }
        Argument::Window => {
            // One number for every axis, or one per axis.
            let count = if rng.one_in(2) { 1 } else { axes(rng) };
            let numbers = take(rng, count);
            text = format!("{text} {}", dims_text(rng, &numbers));
            let values: Vec<u64> = numbers.iter().map(value).collect();
            spec_window = Axes::written_as(&values);
        }
        Argument::Count => {
            let numbers = take(rng, 1);
            text = format!("{text} {}", numbers[0].text);
            spec_count = Some(value(&numbers[0]));
        }
        Argument::OptionalCount => {
            if rng.one_in(2) {
                kind = Kind::Activation(Activation::Softmax);
            } else {
                let numbers = take(rng, 1);
                text = format!("{text} {}", numbers[0].text);
                spec_count = Some(value(&numbers[0]));
            }
        }
        Argument::Range => {
            // Small, so that it often fits the channels and sometimes not.
            let start = rng.below(4) as u64;
            let end = start + 1 + rng.below(4) as u64;
            text = format!("{text} {start}..{end}");
            spec_range = Some((start, end));
        }
        Argument::OptionalRate => {
            if rng.one_in(2) {
                text = format!("{text} {}", rng.pick(&["0", "0.5", "1", "0.25", "1.0"]));
            }
        }
        Argument::Real => {
            let (written, factor) = *rng.pick(&[("1.7139", 1.7139f32), ("0.5", 0.5), ("2", 2.0)]);
            text = format!("{text} {written}");
            spec_factor = Some(factor);
        }
    }
    let mut spec = match spec_shape {
        Some(shape) => LayerSpec::input(shape),
        None => LayerSpec::new(kind),
    };
    if let Some(window) = spec_window {
        spec = spec.window_axes(window);
    }
    if let Some(count) = spec_count {
        spec = spec.count(count);
    }
    if let Some((start, end)) = spec_range {
        spec = spec.channels(start, end);
    }
    if let Some(factor) = spec_factor {
        spec = spec.factor(factor);
    }
    // `softmax` alone takes no options, whatever the table says of `softmax N`.
    let accepted = if kind == Kind::Activation(Activation::Softmax) {
        OptionSet::NONE
    } else {
        info.options
    };
    let mut options: Vec<_> = OPTIONS
        .iter()
        .filter(|option| accepted.contains(option.option) && rng.one_in(3))
        .collect();
    // A conv's standardisation options agree (the parser refuses the
    // rest, `ws_*` in cnn-tests): one of `ws` and `scaledws`, and `eps`
    // only with one of them; `gamma` only with `scaledws`.
    let has = |options: &[&cnn_core::OptionInfo], opt: Opt| options.iter().any(|o| o.opt == opt);
    if has(&options, Opt::Ws) {
        options.retain(|o| !matches!(o.opt, Opt::ScaledWs | Opt::Gamma));
    }
    if !has(&options, Opt::ScaledWs) {
        options.retain(|o| o.opt != Opt::Gamma);
    }
    if kind == Kind::Conv && !has(&options, Opt::Ws) && !has(&options, Opt::ScaledWs) {
        options.retain(|o| o.opt != Opt::Eps);
    }
    // In any order.
    for i in (1..options.len()).rev() {
        options.swap(i, rng.below(i + 1));
    }
    for option in options {
        let keyword = option.keyword;
        match option.opt {
            Opt::NoBias => spec = spec.no_bias(),
            Opt::Ceil => spec = spec.ceil_mode(),
            Opt::Bilinear => spec = spec.bilinear(),
            Opt::Tanh => spec.kind = Kind::Activation(Activation::GeluTanh),
            Opt::Eps => {
                // As PyTorch prints them, each the f32 it reads as.
                let (written, eps) = *rng.pick(&[
                    ("1e-3", 1e-3f32),
                    ("0.001", 1e-3),
                    ("1e-06", 1e-6),
                    ("1e-5", 1e-5),
                    ("0.1", 0.1),
                ]);
                text = format!("{text} eps {written}");
                spec = spec.eps(eps);
                continue;
            }
            Opt::Ws => spec = spec.standardised(Standardise::Plain),
            Opt::ScaledWs => spec = spec.standardised(Standardise::Scaled),
            Opt::Gamma => {
                text = format!("{text} gamma 1.7139");
                spec = spec.factor(1.7139);
                continue;
            }
            Opt::Slope => {
                let (written, slope) =
                    *rng.pick(&[("1e-3", 1e-3f32), ("0.2", 0.2), ("0.01", 0.01)]);
                text = format!("{text} slope {written}");
                spec = spec.slope(slope);
                continue;
            }
            Opt::Pad if rng.one_in(3) => {
                let (word, padding) =
                    *rng.pick(&[("same", Padding::Same), ("valid", Padding::Valid)]);
                text = format!("{text} pad {word}");
                spec = spec.padding(padding);
                continue;
            }
            Opt::Pad
            | Opt::Stride
            | Opt::Dilation
            | Opt::Groups
            | Opt::Multiplier
            | Opt::OutPad
            | Opt::End => {}
        }
        if !option.takes_value {
            text = format!("{text} {keyword}");
            continue;
        }
        let per_axis = matches!(
            option.opt,
            Opt::Stride | Opt::Dilation | Opt::Pad | Opt::OutPad | Opt::End
        );
        let count = if per_axis && rng.one_in(3) {
            axes(rng)
        } else {
            1
        };
        let small_value = small || !rng.one_in(4);
        let value_of = |rng: &mut Rng| {
            if keyword == "pad" && small_value {
                // Padding 0 to 2, so that pooling accepts it now and then.
                let pad = rng.below(3) as u64;
                Number {
                    text: pad.to_string(),
                    value: Some(pad),
                }
            } else {
                number(rng, small_value)
            }
        };
        let numbers: Vec<Number> = (0..count).map(|_| value_of(rng)).collect();
        fits &= numbers.iter().all(|n| n.value.is_some());
        text = format!("{text} {keyword} {}", dims_text(rng, &numbers));
        let values: Vec<u64> = numbers.iter().map(value).collect();
        let written = Axes::written_as(&values).unwrap_or(Axes::every(1));
        let a = values[0];
        spec = match option.opt {
            Opt::Stride => spec.stride_axes(written),
            Opt::Dilation => spec.dilation_axes(written),
            Opt::Pad => spec.padding(Padding::Explicit(written)),
            Opt::OutPad | Opt::End => spec.outpad_axes(written),
            Opt::Groups => spec.groups(a),
            Opt::Multiplier => spec.multiplier(a),
            // Flags took no value above.
            Opt::NoBias
            | Opt::Ceil
            | Opt::Bilinear
            | Opt::Eps
            | Opt::Ws
            | Opt::ScaledWs
            | Opt::Gamma
            | Opt::Tanh
            | Opt::Slope => spec,
        };
    }
    Generated {
        text,
        spec: fits.then_some(spec),
        keyword: info.keyword,
    }
}

/// A generated network: its text, and what `cnn-core` says of its layers.
pub(super) struct Program {
    pub(super) text: String,
    /// `Some(params)` if the program is valid, `None` if it must fail.
    /// What `cnn-core` says of it, if it is valid.
    pub(super) expected: Option<Analysis>,
    /// Text that some error message must contain (a number too large, a
    /// wrong assertion).
    pub(super) must_mention: Vec<String>,
    pub(super) name: String,
    /// The layers as the generator meant them, for failure messages.
    pub(super) specs: Vec<LayerSpec>,
}

pub(super) fn shape_text(shape: Shape) -> String {
    shape.to_string()
}

pub(super) fn program(rng: &mut Rng) -> Program {
    // Mostly small numbers, so that many programs are valid and deep.
    let small = !rng.one_in(4);
    let length = 1 + rng.below(12);
    let input = KINDS.iter().find(|info| info.keyword == "input").unwrap();
    // Images mostly, then sequences and volumes.
    let rank = *rng.pick(&[2, 2, 2, 1, 3]);
    let mut statements = vec![statement(rng, input, small, rank)];
    for _ in 0..length {
        let info = loop {
            let info = rng.pick(KINDS);
            if info.kind != Kind::Input {
                break info;
            }
        };
        statements.push(statement(rng, info, small, rank));
    }
    let mut must_mention = Vec::new();
    let mut all_fit = true;
    for generated in &statements {
        if generated.spec.is_none() {
            all_fit = false;
            // A statement stops at its first error: that number is named.
            let first = TOO_BIG
                .iter()
                .filter_map(|too_big| Some((generated.text.find(too_big)?, *too_big)))
                .min();
            if let Some((_, too_big)) = first {
                must_mention.push(format!("`{too_big}` is larger than the largest count"));
            }
        }
    }
    let specs: Vec<LayerSpec> = statements.iter().filter_map(|g| g.spec).collect();
    let analysis = if all_fit { analyze(&specs).ok() } else { None };
    // The true output of each layer, for `-> shape` assertions.
    let mut outputs = Vec::new();
    if analysis.is_some() {
        let mut shape = specs[0].shape;
        for spec in &specs {
            shape = spec.apply(shape).map(|step| step.output).unwrap_or(shape);
            outputs.push(shape);
        }
    }
    let mut wrong_assertion = false;
    let mut lines = Vec::new();
    for (index, generated) in statements.iter().enumerate() {
        let name = match rng.below(4) {
            0 => String::new(),
            // A keyword of the language as a name, once at most.
            1 if index == 1 => format!("{}: ", generated.keyword),
            _ => format!("l{index}: "),
        };
        let mut line = format!("{name}{}", generated.text);
        if let Some(output) = outputs.get(index) {
            if rng.one_in(4) {
                // A wrong assertion is off by one in its last number.
                let wrong = rng.one_in(3);
                wrong_assertion |= wrong;
                let asserted = if wrong {
                    output.with_channels(output.channels().wrapping_add(1).max(1))
                } else {
                    *output
                };
                line = format!("{line} -> {}", shape_text(asserted));
                if wrong {
                    must_mention.push(format!("-> {}` does not hold", shape_text(asserted)));
                }
            }
        }
        lines.push(line);
    }
    let name = format!("Net{}", rng.below(1000));
    let text = format!("pub struct {name} {{ {}; }}", lines.join("; "));
    let expected = match analysis {
        Some(analysis) if !wrong_assertion => Some(analysis),
        _ => None,
    };
    Program {
        text,
        expected,
        must_mention,
        name,
        specs,
    }
}
