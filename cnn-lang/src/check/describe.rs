//! The messages for errors `cnn-core` reports about one layer, with the
//! numbers, and the text they point at.

use cnn_core::{Axes, Class, Error, Field, Kind, LayerSpec, PerAxis, Shape};

use super::model::field_span;
use super::words::{subject, Origin};
use crate::syntax::ast::Statement;
use crate::Span;

/// Where an error about `statement` points: the number at fault where
/// there is one, else the whole statement.
pub fn error_span(statement: &Statement, error: &Error) -> Span {
    match error {
        Error::Overflow {
            field: Field::Shape | Field::Params,
        } => statement.span.clone(),
        Error::Overflow { .. }
        | Error::Zero { .. }
        | Error::NeedsSpatial { .. }
        | Error::WindowTooLarge { .. }
        | Error::GroupsInput { .. }
        | Error::GroupsFilters { .. }
        | Error::PoolPaddingTooLarge { .. }
        | Error::GroupsChannels { .. }
        | Error::SliceOutside { .. }
        | Error::EvenKernel { .. }
        | Error::StandardiseOne { .. }
        | Error::ReflectPadding { .. }
        | Error::SpaceBlock { .. }
        | Error::OutPadTooLarge { .. }
        | Error::Rank { .. }
        | Error::PaddingCropsAll { .. }
        | Error::Mismatch { .. } => field_span(statement, error.field()),
    }
}

/// Which sides of a declared shape are zero: "its width is 0".
fn zero_sides(shape: Shape) -> String {
    let sides: Vec<&str> = match shape {
        Shape::Flat(_) => vec!["length"],
        Shape::Sequence { .. } | Shape::Spatial { .. } | Shape::Volume { .. } => {
            let names: &[&str] = match shape.rank() {
                1 => &["length"],
                3 => &["depth", "height", "width"],
                _ => &["height", "width"],
            };
            let axes = shape.axes();
            names
                .iter()
                .zip(axes)
                .filter(|(_, value)| *value == 0)
                .map(|(side, _)| *side)
                .chain((shape.channels() == 0).then_some("channels"))
                .collect()
        }
    };
    let verb = if sides.len() == 1 && sides[0] != "channels" {
        "is"
    } else {
        "are"
    };
    format!("its {} {verb} 0", sides.join(" and "))
}

/// The message for `error` of `statement`, with the numbers; `context` is
/// the statement the input came from and the input.
pub fn describe(
    error: &Error,
    statement: &Statement,
    spec: &LayerSpec,
    context: Option<(Origin, Shape)>,
) -> String {
    let subject = subject(statement);
    let from = |shape: Shape| match context {
        Some((origin, _)) => origin.describe(shape),
        None => format!("its input is {shape}"),
    };
    let window_word = spec.kind.info().window_word;
    // Whether the layer flattens its input, for a message about its size.
    let flattens = match spec.kind.info().class {
        Class::Dense | Class::Flatten => true,
        Class::Input
        | Class::Window
        | Class::TransposedWindow
        | Class::Global
        | Class::Pointwise
        | Class::Identity
        | Class::Pad
        | Class::Resample
        | Class::Block => false,
    };
    // Numbers as the messages write them: one per axis of the input (of
    // an image when the input is not known), or as many as were written.
    let rank = context.map_or(2, |(_, input)| input.rank().max(1));
    let per_axis = |axes: Axes| {
        let shown = if axes.written() <= 1 {
            rank
        } else {
            axes.written()
        };
        PerAxis(axes.values(), shown)
    };
    let counts_filters = spec.kind.info().has_count && window_word == "kernel";
    let counts_groups = matches!(spec.kind, Kind::GroupNorm | Kind::Shuffle);
    match *error {
        Error::Zero { field } => match field {
            Field::Shape => format!(
                "{subject}: {}; every dimension of a shape must be at least 1",
                zero_sides(spec.shape)
            ),
            // One factor for both axes reads as written: `upsample 0`.
            Field::Window if spec.kind == Kind::Upsample && spec.window.written() == 1 => {
                format!("{subject}: its factor is 0; upsampling needs a factor of at least 1")
            }
            Field::Window => format!(
                "{subject}: its {window_word} {} has a side of 0; each side must be at least 1",
                per_axis(spec.window)
            ),
            Field::Count if counts_filters => {
                format!("{subject} has 0 filters; a convolution needs at least 1")
            }
            Field::Count if spec.kind == Kind::Eca => format!(
                "{subject}: its kernel is 0; ECA's convolution across channels needs an odd kernel of at least 1, like `eca 3`"
            ),
            Field::Count if counts_groups => {
                format!("{subject} has 0 groups; it needs at least 1")
            }
            Field::Count => {
                format!("{subject} has 0 units; a fully connected layer needs at least 1")
            }
            Field::Stride | Field::Dilation | Field::Groups | Field::Multiplier => {
                let keyword = field.describe();
                format!("{subject}: {keyword} must be at least 1, not 0")
            }
            Field::Padding
            | Field::OutPad
            | Field::Params
            | Field::Macs
            | Field::ReceptiveField
            | Field::Activations => {
                format!("{subject}: {error}")
            }
        },
        Error::NeedsSpatial { input } => format!(
            "{subject} needs an HxWxC feature map, but {} (a flat vector); convolutions, pooling and padding must come before `flatten` and `fc`",
            from(input)
        ),
        Error::WindowTooLarge {
            window,
            padding,
            padded,
            input,
        } => {
            let rank = input.rank();
            let smallest = PerAxis(error.smallest_input().unwrap_or(window), rank);
            let extent = PerAxis(window, rank);
            let mut why = Vec::new();
            if spec.dilation.values().iter().take(rank).any(|&d| d != 1) {
                why.push(format!(
                    "its {} {window_word} dilated by {} spans {extent}",
                    per_axis(spec.window),
                    per_axis(spec.dilation)
                ));
            }
            if padding.iter().take(rank).any(|&p| p != 0) {
                why.push(format!(
                    "with {} padding on each side {input} becomes {}, still smaller than its {extent} {window_word}",
                    PerAxis(padding, rank),
                    PerAxis(padded, rank)
                ));
            }
            let why = if why.is_empty() {
                String::new()
            } else {
                format!(" ({})", why.join("; "))
            };
            format!(
                "{subject} needs an input of at least {smallest}, but {}{why}",
                from(input)
            )
        }
        Error::Rank {
            field,
            written,
            input,
        } => {
            let rank = input.rank();
            let what = match field {
                Field::Window => format!("its {window_word}"),
                // `zeropad`'s `end Q` is kept as its output padding.
                Field::OutPad if spec.kind == Kind::ZeroPad => {
                    "its padding after (`end`)".to_string()
                }
                Field::Stride | Field::Dilation | Field::Padding | Field::OutPad => {
                    format!("its {}", field.describe())
                }
                Field::Shape
                | Field::Count
                | Field::Groups
                | Field::Multiplier
                | Field::Params
                | Field::Macs
                | Field::ReceptiveField
                | Field::Activations => field.describe().to_string(),
            };
            let example = match rank {
                1 => "9",
                3 => "3x3x3",
                _ => "3x3",
            };
            let one_or_each = if field == Field::Window && window_word == "kernel" {
                let keyword = spec.kind.keyword();
                format!(
                    "a kernel gives one size per axis of its input, then the filters, like `{keyword} {example}x{}`",
                    spec.count
                )
            } else {
                format!("give one number for every axis, or one per axis, like `{example}`")
            };
            format!(
                "{subject}: {what} gives {written} {}, but {}, which has {rank}; {one_or_each}",
                if written == 1 { "axis" } else { "axes" },
                from(input)
            )
        }
        Error::PaddingCropsAll { padding, full } => format!(
            "{subject}: padding {padding} on each side crops all {full} positions of its output; a transposed convolution's padding must leave at least one"
        ),
        Error::GroupsInput { groups, channels } => {
            let input = context.map_or(Shape::Flat(channels), |(_, input)| input);
            format!(
                "{subject}: groups {groups} must divide the input channels, but {} ({channels} channels)",
                from(input)
            )
        }
        Error::GroupsFilters { groups, filters } => format!(
            "{subject}: groups {groups} must divide the filters too, but it has {filters} filters"
        ),
        Error::PoolPaddingTooLarge {
            padding,
            window,
            rank,
        } => format!(
            "{subject}: padding {} is more than half of its {} window, which PyTorch refuses (a window would see only padding)",
            PerAxis(padding, rank as usize),
            PerAxis(window, rank as usize)
        ),
        Error::SliceOutside {
            start,
            end,
            channels,
        } => {
            let input = context.map_or(Shape::Flat(channels), |(_, input)| input);
            format!(
                "{subject}: takes channels {start}..{end}, but {} ({channels} channels, 0..{channels})",
                from(input)
            )
        }
        Error::GroupsChannels { groups, channels } => {
            let input = context.map_or(Shape::Flat(channels), |(_, input)| input);
            format!(
                "{subject}: {groups} groups must divide the channels, but {} ({channels} channels)",
                from(input)
            )
        }
        Error::ReflectPadding { padding, input } => format!(
            "{subject}: it pads {} on each side by reflection (timm's `((S-1) + (K-1)) / 2`), which must be shorter than each axis of its input, but {}; reflection mirrors values inside the input, as PyTorch's `F.pad(mode='reflect')` requires",
            PerAxis(padding, input.rank()),
            from(input)
        ),
        Error::StandardiseOne { channels } => format!(
            "{subject}: each filter has one weight, a 1x1 kernel on {channels} input channel per group, and weight standardisation subtracts a filter's mean from its weights, which leaves every weight 0; standardise a conv whose filters see at least 2 values (timm's `StdConv2d` and `ScaledStdConv2d` divide by their spread)"
        ),
        Error::SpaceBlock { block, input } => format!(
            "{subject}: it moves each block of {block} positions per axis into the channels, so {block} must divide each spatial axis, but {}",
            from(input)
        ),
        Error::EvenKernel { kernel } => format!(
            "{subject}: its kernel {kernel} is even, but ECA pads (K-1)/2 on each side of the channels, which keeps their number only for an odd K; use `eca {}` or `eca {}`",
            kernel - 1,
            kernel + 1
        ),
        Error::OutPadTooLarge {
            outpad,
            stride,
            dilation,
            rank,
        } => {
            let rank = rank as usize;
            format!(
                "{subject}: outpad {} must be smaller than the stride ({}) or the dilation ({}) on each axis, as PyTorch requires",
                PerAxis(outpad, rank),
                PerAxis(stride, rank),
                PerAxis(dilation, rank)
            )
        }
        Error::Mismatch { .. } => format!("{subject}: {error}"),
        Error::Overflow { field } => match field {
            Field::Params => format!(
                "{subject} has more parameters than u64 can count (more than {})",
                u64::MAX
            ),
            Field::Macs => format!(
                "{subject} needs more multiply-accumulates than u64 can count (more than {})",
                u64::MAX
            ),
            Field::Multiplier => {
                let channels = context.map_or(0, |(_, input)| input.channels());
                format!(
                    "{subject}: multiplier {} times its {channels} input channels overflows u64",
                    spec.multiplier
                )
            }
            Field::Dilation => format!(
                "{subject}: dilation {} spreads its {} {window_word} beyond what u64 can count",
                per_axis(spec.dilation),
                per_axis(spec.window)
            ),
            Field::Padding => format!(
                "{subject}: its input padded on both sides is larger than u64 can count"
            ),
            Field::Shape
            | Field::Window
            | Field::Count
            | Field::Stride
            | Field::Groups
            | Field::OutPad
            | Field::ReceptiveField
            | Field::Activations => match context {
                None | Some(_) if spec.kind.info().is_input => format!(
                    "{subject} has more values than u64 can count (more than {})",
                    u64::MAX
                ),
                Some((_, input)) if flattens => format!(
                    "{subject} flattens its input {input}, and that many values overflow u64"
                ),
                None | Some(_) => format!(
                    "{subject}: its output has more values than u64 can count (more than {})",
                    u64::MAX
                ),
            },
        },
    }
}
