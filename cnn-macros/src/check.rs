//! Runs `cnn-core`'s analysis over a parsed network and turns every problem
//! into a message spanned on the tokens at fault, with the numbers.

use std::collections::HashMap;

use cnn_core::{Error, Field, Formula, Kind, LayerSpec, Shape, Step, Totals};
use proc_macro2::{Ident, TokenStream};

use crate::ast::{Body, Statement};
use crate::errors::Errors;
use crate::model::{field_tokens, layer_spec, shape, spec_text};

/// Constant names the generated struct already has; a layer may not take
/// them.
pub const RESERVED: &[&str] = &[
    "NAME",
    "MODEL",
    "INPUT",
    "OUTPUT",
    "PARAMS",
    "NON_TRAINABLE_PARAMS",
    "TOTAL_PARAMS",
    "LAYERS",
    "MACS",
];

/// One analysed layer, ready to emit.
pub struct Report {
    /// Its name, as written without `r#`, if any.
    pub name: Option<String>,
    /// The associated constant it gets, for a named layer.
    pub constant: Option<Ident>,
    /// What it does.
    pub kind: Kind,
    /// The statement as the summary shows it.
    pub spec: String,
    /// What it gets, gives and costs.
    pub input: Shape,
    /// Its result.
    pub step: Step,
    /// The article's formula with its numbers.
    pub formula: String,
}

/// A network that passed every check.
pub struct Analyzed {
    /// Its input shape.
    pub input: Shape,
    /// Its output shape.
    pub output: Shape,
    /// Its totals.
    pub totals: Totals,
    /// Learnable plus non-trainable.
    pub total_params: u64,
    /// Every layer.
    pub layers: Vec<Report>,
}

/// How a message names a statement: "`conv2` (conv 5x5x16)" or
/// "`conv 5x5x16`".
fn subject(statement: &Statement) -> String {
    match &statement.name {
        Some((name, _)) => format!("`{name}` ({})", spec_text(statement)),
        None => format!("`{}`", spec_text(statement)),
    }
}

/// How a message names where an input came from.
fn source(previous: &Statement, shape: Shape) -> String {
    if previous.info.kind == Kind::Input {
        format!("the input is {shape}")
    } else {
        format!("{} outputs {shape}", subject(previous))
    }
}

/// The constant a layer name becomes (`conv1` → `CONV1`), if it is one.
pub fn constant_name(name: &str) -> Option<Ident> {
    syn::parse_str::<Ident>(&name.to_uppercase()).ok()
}

/// The constants of every well-formed layer name, for the fallback stub.
pub fn constants(body: &Body) -> Vec<Ident> {
    let mut seen = std::collections::HashSet::new();
    let mut constants = Vec::new();
    for statement in body.statements.iter().flatten() {
        if let Some((name, ident)) = &statement.name {
            if let Some(mut constant) = constant_name(name) {
                constant.set_span(ident.span());
                let text = constant.to_string();
                if !RESERVED.contains(&text.as_str()) && seen.insert(text) {
                    constants.push(constant);
                }
            }
        }
    }
    constants
}

/// Checks the layer names: each one a constant, none twice, none taken.
fn check_names(body: &Body, network: Option<&str>, errors: &mut Errors) -> HashMap<String, Ident> {
    let mut constants: HashMap<String, Ident> = HashMap::new();
    let mut names: HashMap<String, Ident> = HashMap::new();
    for statement in body.statements.iter().flatten() {
        let Some((name, ident)) = &statement.name else {
            continue;
        };
        let Some(network) = network else {
            // The expression form makes no constants: names need only differ.
            if let Some(first) = names.get(name) {
                let mut error = syn::Error::new_spanned(
                    ident,
                    format!("layer name `{name}` is used twice in this network"),
                );
                error.combine(syn::Error::new_spanned(
                    first,
                    format!("`{name}` is first used here"),
                ));
                errors.push(error);
            } else {
                names.insert(name.clone(), ident.clone());
            }
            continue;
        };
        if name == "_" {
            errors.at(
                ident,
                "`_` cannot name a layer; use an identifier, like `conv1:`",
            );
            continue;
        }
        let Some(constant) = constant_name(name) else {
            errors.at(
                ident,
                format!(
                    "layer name `{name}` cannot be made into a constant (`{network}::{}`)",
                    name.to_uppercase()
                ),
            );
            continue;
        };
        let text = constant.to_string();
        if RESERVED.contains(&text.as_str()) {
            errors.at(
                ident,
                format!(
                    "layer name `{name}` would be `{network}::{text}`, which every network already has; choose another name"
                ),
            );
        } else if let Some(first) = constants.get(&text) {
            let mut error = syn::Error::new_spanned(
                ident,
                if unraw_eq(first, name) {
                    format!("layer name `{name}` is used twice in `{network}`")
                } else {
                    format!("layer names `{first}` and `{name}` would both be `{network}::{text}`")
                },
            );
            error.combine(syn::Error::new_spanned(
                first,
                format!("`{first}` is first used here"),
            ));
            errors.push(error);
        } else {
            constants.insert(text, ident.clone());
        }
    }
    constants
}

fn unraw_eq(ident: &Ident, name: &str) -> bool {
    crate::parse::unraw(ident) == name
}

/// Checks where `input` stands: first, exactly once. Returns whether the
/// network has a usable input.
fn check_input(body: &Body, owner: &TokenStream, network: &str, errors: &mut Errors) -> bool {
    // `network` is how messages name it: "`LeNet`" or "this network".
    let inputs: Vec<(usize, &Statement)> = body
        .statements
        .iter()
        .enumerate()
        .filter_map(|(index, statement)| statement.as_ref().map(|s| (index, s)))
        .filter(|(_, statement)| statement.info.kind == Kind::Input)
        .collect();
    let Some((first_index, first)) = inputs.first() else {
        let broken = body.statements.iter().any(Option::is_none);
        if !broken {
            errors.at(
                owner,
                format!(
                    "{network} has no `input`; start it with `input HxWxC` (a feature map) or `input N` (a vector)"
                ),
            );
        }
        return false;
    };
    for (_, second) in &inputs[1..] {
        let mut error = syn::Error::new_spanned(
            &second.tokens,
            format!("a second `input` in {network}: a network has exactly one input, its first statement"),
        );
        error.combine(syn::Error::new_spanned(
            &first.tokens,
            "the first `input` is here",
        ));
        errors.push(error);
    }
    if *first_index != 0 {
        if let Some(Some(head)) = body.statements.first() {
            let mut error = syn::Error::new_spanned(
                &head.tokens,
                format!(
                    "{network} must start with its `input`, but starts with {}",
                    subject(head)
                ),
            );
            error.combine(syn::Error::new_spanned(
                &first.tokens,
                "the `input` is here; move it to the top",
            ));
            errors.push(error);
        }
        return false;
    }
    true
}

/// Analyses one network's statements; `network` is the struct's name, or
/// `None` for the expression form. Returns the result only if there was no
/// error; every error found is recorded.
pub fn check(
    body: &Body,
    owner: &TokenStream,
    network: Option<&str>,
    errors: &mut Errors,
) -> Option<Analyzed> {
    let errors_before = errors.is_empty();
    let constants = check_names(body, network, errors);
    let label = match network {
        Some(name) => format!("`{name}`"),
        None => "this network".to_string(),
    };
    let network = label.as_str();
    let has_input = check_input(body, owner, network, errors);

    let mut layers = Vec::new();
    let mut totals = Totals::ZERO;
    // The current shape and the statement it came from; `None` once an
    // earlier error leaves the shape unknown.
    let mut current: Option<(Shape, &Statement)> = None;
    let mut network_input = None;
    for statement in &body.statements {
        let Some(statement) = statement else {
            current = None;
            continue;
        };
        let spec = layer_spec(statement);
        if let Err(error) = spec.validate() {
            errors.at(
                error_tokens(statement, &error),
                describe(&error, statement, &spec, None),
            );
            current = None;
            continue;
        }
        let input = match (spec.kind, current) {
            (Kind::Input, _) if has_input && network_input.is_none() => spec.shape,
            (Kind::Input, _) => continue,
            (_, Some((shape, _))) => shape,
            (_, None) => continue,
        };
        let previous = current.map(|(_, previous)| previous);
        let step = match spec.apply(input) {
            Ok(step) => step,
            Err(error) => {
                let context = previous.map(|previous| (previous, input));
                errors.at(
                    error_tokens(statement, &error),
                    describe(&error, statement, &spec, context),
                );
                current = None;
                continue;
            }
        };
        if spec.kind == Kind::Input {
            network_input = Some(spec.shape);
        }
        totals = match totals.add(&step) {
            Ok(totals) => totals,
            Err(_) => {
                errors.at(
                    &statement.tokens,
                    format!(
                        "the parameter count of {network} overflows u64 at {}: {} learnable and {} non-trainable so far, \
                         and this layer adds {} and {} (u64 holds at most {})",
                        subject(statement),
                        totals.params,
                        totals.non_trainable_params,
                        step.params,
                        step.non_trainable_params,
                        u64::MAX
                    ),
                );
                current = None;
                continue;
            }
        };
        if let Some(assertion) = &statement.assertion {
            let asserted = shape(&assertion.dims);
            if asserted != step.output {
                errors.at(
                    &assertion.tokens,
                    format!(
                        "`-> {}` does not hold: {} outputs {}",
                        assertion.dims.text(),
                        subject(statement),
                        step.output
                    ),
                );
            }
        }
        let constant = statement
            .name
            .as_ref()
            .and_then(|(name, _)| constant_name(name))
            .filter(|constant| constants.contains_key(&constant.to_string()));
        layers.push(Report {
            name: statement.name.as_ref().map(|(name, _)| name.clone()),
            constant,
            kind: spec.kind,
            spec: spec_text(statement),
            input,
            step,
            formula: Formula::new(spec, input).to_string(),
        });
        current = Some((step.output, statement));
    }
    let total_params = match totals.total() {
        Ok(total) => total,
        Err(_) => {
            errors.at(
                owner,
                format!(
                    "{network} has {} learnable and {} non-trainable parameters, and together they overflow u64 (at most {})",
                    totals.params,
                    totals.non_trainable_params,
                    u64::MAX
                ),
            );
            return None;
        }
    };
    let output = current.map(|(shape, _)| shape);
    match (errors_before && errors.is_empty(), network_input, output) {
        (true, Some(input), Some(output)) => Some(Analyzed {
            input,
            output,
            totals,
            total_params,
            layers,
        }),
        _ => None,
    }
}

/// The tokens an error about `statement` points at: the number at fault
/// where there is one, else the whole statement.
fn error_tokens(statement: &Statement, error: &Error) -> TokenStream {
    match error {
        Error::Overflow {
            field: Field::Shape | Field::Params,
        } => statement.tokens.clone(),
        _ => field_tokens(statement, error.field()),
    }
}

/// Which sides of a declared shape are zero: "its width is 0".
fn zero_sides(shape: Shape) -> String {
    let sides: Vec<&str> = match shape {
        Shape::Spatial {
            height,
            width,
            channels,
        } => [("height", height), ("width", width), ("channels", channels)]
            .iter()
            .filter(|(_, value)| *value == 0)
            .map(|(side, _)| *side)
            .collect(),
        Shape::Flat(_) => vec!["length"],
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
fn describe(
    error: &Error,
    statement: &Statement,
    spec: &LayerSpec,
    context: Option<(&Statement, Shape)>,
) -> String {
    let subject = subject(statement);
    let from = |shape: Shape| match context {
        Some((previous, _)) => source(previous, shape),
        None => format!("its input is {shape}"),
    };
    let window_word = match spec.kind {
        Kind::Conv | Kind::DepthwiseConv | Kind::SeparableConv => "kernel",
        Kind::AdaptiveAvgPool => "output size",
        Kind::ZeroPad => "padding",
        _ => "window",
    };
    match *error {
        Error::Zero { field } => match field {
            Field::Shape => format!(
                "{subject}: {}; every dimension of a shape must be at least 1",
                zero_sides(spec.shape)
            ),
            Field::Window => format!(
                "{subject}: its {window_word} {}x{} has a side of 0; each side must be at least 1",
                spec.window[0], spec.window[1]
            ),
            Field::Count => match spec.kind {
                Kind::Conv | Kind::SeparableConv => {
                    format!("{subject} has 0 filters; a convolution needs at least 1")
                }
                _ => format!("{subject} has 0 units; a fully connected layer needs at least 1"),
            },
            Field::Stride | Field::Dilation | Field::Groups | Field::Multiplier => {
                let keyword = match field {
                    Field::Stride => "stride",
                    Field::Dilation => "dilation",
                    Field::Groups => "groups",
                    _ => "multiplier",
                };
                format!("{subject}: {keyword} must be at least 1, not 0")
            }
            Field::Padding | Field::Params => format!("{subject}: {error}"),
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
            let [min_h, min_w] = error.smallest_input().unwrap_or(window);
            let mut why = Vec::new();
            if spec.dilation != [1, 1] {
                why.push(format!(
                    "its {}x{} {window_word} dilated by {}x{} spans {}x{}",
                    spec.window[0], spec.window[1], spec.dilation[0], spec.dilation[1], window[0], window[1]
                ));
            }
            if padding != [0, 0] {
                why.push(format!(
                    "with {}x{} padding on each side {input} becomes {}x{}, still smaller than its {}x{} {window_word}",
                    padding[0], padding[1], padded[0], padded[1], window[0], window[1]
                ));
            }
            let why = if why.is_empty() {
                String::new()
            } else {
                format!(" ({})", why.join("; "))
            };
            format!(
                "{subject} needs an input of at least {min_h}x{min_w}, but {}{why}",
                from(input)
            )
        }
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
        Error::PoolPaddingTooLarge { padding, window } => format!(
            "{subject}: padding {}x{} is more than half of its {}x{} window, which PyTorch refuses (a window would see only padding)",
            padding[0], padding[1], window[0], window[1]
        ),
        Error::Overflow { field } => match field {
            Field::Params => format!(
                "{subject} has more parameters than u64 can count (more than {})",
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
                "{subject}: dilation {}x{} spreads its {}x{} {window_word} beyond what u64 can count",
                spec.dilation[0], spec.dilation[1], spec.window[0], spec.window[1]
            ),
            Field::Padding => format!(
                "{subject}: its input padded on both sides is larger than u64 can count"
            ),
            _ if spec.kind == Kind::Input => format!(
                "{subject} has more values than u64 can count (more than {})",
                u64::MAX
            ),
            _ => match context {
                Some((_, input)) if matches!(spec.kind, Kind::Dense | Kind::Softmax | Kind::Flatten) => {
                    format!(
                        "{subject} flattens its input {input}, and that many values overflow u64"
                    )
                }
                _ => format!(
                    "{subject}: its output has more values than u64 can count (more than {})",
                    u64::MAX
                ),
            },
        },
    }
}
