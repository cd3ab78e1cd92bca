//! Turns a parsed statement into `cnn-core`'s model of a layer, and keeps
//! which tokens each of its numbers came from.

use cnn_core::{Activation, Argument, Field, Kind, LayerSpec, Padding, Shape};
use proc_macro2::TokenStream;

use crate::ast::{Dims, OptionValue, Statement};

/// `[a, a]` for one number, `[a, b]` for two.
fn pair(values: &[u64]) -> [u64; 2] {
    match values {
        [a] => [*a, *a],
        [a, b, ..] => [*a, *b],
        [] => [1, 1],
    }
}

/// `N` as a flat vector, `HxWxC` as a feature map.
pub fn shape(dims: &Dims) -> Shape {
    match dims.values[..] {
        [h, w, c] => Shape::spatial(h, w, c),
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
            if let [h, w, f] = values[..] {
                spec.window = [h, w];
                spec.count = f;
            }
        }
        Argument::Window => spec.window = pair(values),
        Argument::Count | Argument::OptionalCount => {
            if let [n] = values[..] {
                spec.count = n;
            }
        }
        Argument::None | Argument::OptionalRate => {}
    }
    for option in &statement.options {
        let values: &[u64] = match &option.value {
            OptionValue::Dims(dims) => &dims.values,
            _ => &[],
        };
        match option.info.keyword {
            "stride" => spec.stride = Some(pair(values)),
            "dilation" => spec.dilation = pair(values),
            "groups" => spec.groups = values.first().copied().unwrap_or(1),
            "multiplier" => spec.multiplier = values.first().copied().unwrap_or(1),
            "nobias" => spec.bias = false,
            "ceil" => spec.ceil = true,
            _ => {
                spec.padding = match option.value {
                    OptionValue::Same => Padding::Same,
                    OptionValue::Valid | OptionValue::Flag => Padding::Valid,
                    OptionValue::Dims(_) => Padding::Explicit(pair(values)),
                }
            }
        }
    }
    spec
}

/// The tokens to point at for an error about `field` of `statement`.
pub fn field_tokens(statement: &Statement, field: Option<Field>) -> TokenStream {
    let option = |keyword: &str| {
        statement
            .options
            .iter()
            .find(|option| option.info.keyword == keyword)
            .map(|option| option.tokens.clone())
    };
    let found = match field {
        Some(Field::Shape | Field::Window | Field::Count) => {
            statement.argument.as_ref().map(|dims| dims.tokens.clone())
        }
        Some(Field::Stride) => option("stride").or_else(|| {
            // A pooling layer's default stride is its window.
            statement.argument.as_ref().map(|dims| dims.tokens.clone())
        }),
        Some(Field::Dilation) => option("dilation"),
        Some(Field::Groups) => option("groups"),
        Some(Field::Multiplier) => option("multiplier"),
        Some(Field::Padding) => option("pad"),
        Some(Field::Params | Field::Macs | Field::ReceptiveField | Field::Activations) | None => {
            None
        }
    };
    found.unwrap_or_else(|| statement.tokens.clone())
}

/// The statement as the summary shows it: keyword, numbers and options,
/// without name and assertion (`conv 5x5x8 stride 2`).
pub fn spec_text(statement: &Statement) -> String {
    let mut text = crate::cursor::unraw(&statement.keyword);
    if let Some(dims) = &statement.argument {
        text.push(' ');
        text.push_str(&dims.text());
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
        }
    }
    text
}
