//! Turns a parsed statement into `cnn-core`'s model of a layer, and knows
//! which text each of its numbers came from.

use cnn_core::{
    Activation, Argument, Axes, Eps, Field, Kind, LayerSpec, Opt, Padding, Shape, Standardise,
};

use crate::syntax::ast::{Dims, OptionValue, Statement};
use crate::Span;

/// Numbers per axis as written; the parser allows 1 to 3 of them, so
/// `default` stands only for what it already refused.
fn per_axis(values: &[u64], default: u64) -> Axes {
    Axes::written_as(values).unwrap_or(Axes::every(default))
}

/// `N` as a flat vector, `LxC`, `HxWxC` and `DxHxWxC` as maps.
pub fn shape(dims: &Dims) -> Shape {
    match dims.values[..] {
        [l, c] => Shape::sequence(l, c),
        [h, w, c] => Shape::spatial(h, w, c),
        [d, h, w, c] => Shape::volume(d, h, w, c),
        [n, ..] => Shape::Flat(n),
        [] => Shape::Flat(0),
    }
}

/// The layer a statement declares.
pub fn layer_spec(statement: &Statement) -> LayerSpec {
    let info = statement.info;
    let mut kind = info.kind;
    let values: &[u64] = statement
        .argument
        .as_ref()
        .map_or(&[], |dims| &dims.values[..]);
    if info.argument == Argument::OptionalCount && values.is_empty() {
        // `softmax` alone is the activation; `softmax N` a dense layer.
        kind = Kind::Activation(Activation::Softmax);
    }
    let mut spec = LayerSpec::new(kind);
    match info.argument {
        Argument::Shape => {
            if let Some(dims) = &statement.argument {
                spec.shape = shape(dims);
            }
        }
        Argument::KernelFilters => {
            // The kernel's sizes, then the filters.
            if let Some((&filters, kernel)) = values.split_last() {
                spec.window = per_axis(kernel, 1);
                spec.count = filters;
            }
        }
        Argument::Window => spec.window = per_axis(values, 1),
        Argument::Count | Argument::OptionalCount => {
            if let [n] = values[..] {
                spec.count = n;
            }
        }
        Argument::Range => {
            if let [start, end] = values[..] {
                spec = spec.channels(start, end);
            }
        }
        Argument::Real => {
            // Read and checked by the parser.
            if let Some(value) = statement
                .rate
                .as_ref()
                .and_then(|(t, _)| t.parse::<f32>().ok())
            {
                spec.factor = Eps::of(value);
            }
        }
        Argument::None | Argument::OptionalRate => {}
    }
    for option in &statement.options {
        let values: &[u64] = match &option.value {
            OptionValue::Dims(dims) => &dims.values,
            OptionValue::Flag
            | OptionValue::Same
            | OptionValue::Valid
            | OptionValue::Real { .. } => &[],
        };
        match option.info.opt {
            Opt::Stride => spec.stride = Some(per_axis(values, 1)),
            Opt::Dilation => spec.dilation = per_axis(values, 1),
            Opt::Groups => spec.groups = values.first().copied().unwrap_or(1),
            Opt::Multiplier => spec.multiplier = values.first().copied().unwrap_or(1),
            Opt::NoBias => spec.bias = false,
            Opt::Ceil => spec.ceil = true,
            Opt::OutPad => spec.outpad = per_axis(values, 0),
            // `zeropad`'s padding after each axis, which the spec keeps in
            // its output-padding field: no other kind takes both.
            Opt::End => spec.outpad = per_axis(values, 0),
            Opt::Bilinear => spec.bilinear = true,
            // Only `gelu` takes it.
            Opt::Tanh => spec.kind = Kind::Activation(Activation::GeluTanh),
            // `leakyrelu`'s slope is kept where a norm keeps its `eps`.
            Opt::Eps | Opt::Slope => {
                if let OptionValue::Real { value, .. } = option.value {
                    spec.eps = Eps::of(value);
                }
            }
            Opt::Gamma => {
                if let OptionValue::Real { value, .. } = option.value {
                    spec.factor = Eps::of(value);
                }
            }
            Opt::Ws => spec.standardise = Standardise::Plain,
            Opt::ScaledWs => spec.standardise = Standardise::Scaled,
            Opt::Pad => {
                spec.padding = match option.value {
                    OptionValue::Same => Padding::Same,
                    OptionValue::Valid | OptionValue::Flag | OptionValue::Real { .. } => {
                        Padding::Valid
                    }
                    OptionValue::Dims(_) => Padding::Explicit(per_axis(values, 0)),
                }
            }
        }
    }
    spec
}

/// Where to point for an error about `field` of `statement`.
pub fn field_span(statement: &Statement, field: Option<Field>) -> Span {
    let option = |opt: Opt| {
        statement
            .options
            .iter()
            .find(|option| option.info.opt == opt)
            .map(|option| option.span.clone())
    };
    let argument = || statement.argument.as_ref().map(|dims| dims.span.clone());
    let found = match field {
        Some(Field::Shape | Field::Window | Field::Count) => argument(),
        // A pooling layer's default stride is its window.
        Some(Field::Stride) => option(Opt::Stride).or_else(argument),
        Some(Field::Dilation) => option(Opt::Dilation),
        Some(Field::Groups) => option(Opt::Groups),
        Some(Field::Multiplier) => option(Opt::Multiplier),
        Some(Field::Padding) => option(Opt::Pad),
        Some(Field::OutPad) => option(Opt::OutPad).or_else(|| option(Opt::End)),
        Some(Field::Params | Field::Macs | Field::ReceptiveField | Field::Activations) | None => {
            None
        }
    };
    found.unwrap_or_else(|| statement.span.clone())
}

/// The statement as the summary shows it: keyword, numbers and options,
/// without name and assertion (`conv 5x5x8 stride 2`).
pub fn spec_text(statement: &Statement) -> String {
    let mut text = statement.keyword.clone();
    if let Some(dims) = &statement.argument {
        text.push(' ');
        if statement.info.argument == Argument::Range {
            let parts: Vec<String> = dims.values.iter().map(u64::to_string).collect();
            text.push_str(&parts.join(".."));
        } else {
            text.push_str(&dims.text());
        }
    }
    if let Some((rate, _)) = &statement.rate {
        text.push(' ');
        text.push_str(rate);
    }
    for option in &statement.options {
        text.push(' ');
        text.push_str(option.info.keyword);
        match &option.value {
            OptionValue::Flag => {}
            OptionValue::Dims(dims) => {
                text.push(' ');
                text.push_str(&dims.text());
            }
            OptionValue::Same => text.push_str(" same"),
            OptionValue::Valid => text.push_str(" valid"),
            OptionValue::Real { text: written, .. } => {
                text.push(' ');
                text.push_str(written);
            }
        }
    }
    text
}
