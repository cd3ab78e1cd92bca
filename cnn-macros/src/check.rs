//! Checks a parsed network's names and `input`, then walks it
//! ([`crate::walk`]): the result, or every problem as a message spanned on
//! the tokens at fault, with the numbers.

use std::collections::{HashMap, HashSet};

use cnn_core::{Block, Kind, ReceptiveField, Shape, Step, Totals};
use proc_macro2::{Ident, TokenStream};

use crate::ast::{BlockNode, Body, Branch, Node, Statement};
use crate::errors::Errors;
use crate::model::spec_text;
use crate::walk::{Kept, Walk};

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
    "LARGEST_ACTIVATION",
    "PEAK_ACTIVATIONS",
    "__CNN_TABLE",
    "__CNN_TEXT",
];

/// The most rows a network may list, `repeat` rounds included: a bound on
/// the work and the size of what is emitted, far above any real network
/// (DenseNet-264 lists fewer than 2,000).
pub const MAX_ROWS: usize = 250_000;

/// One analysed row: a layer, or a block with the sum of its contents.
pub struct Report {
    /// Its name, as written without `r#`, if any.
    pub name: Option<String>,
    /// The associated constant it gets, for a named row.
    pub constant: Option<Ident>,
    /// What it does.
    pub kind: Kind,
    /// The statement as the summary shows it.
    pub spec: String,
    /// What it gets.
    pub input: Shape,
    /// What it gives and costs (for a block, the sum of its contents).
    pub step: Step,
    /// The article's formula with its numbers.
    pub formula: String,
    /// What one of its outputs sees of the input.
    pub field: ReceptiveField,
    /// How many blocks it sits in.
    pub depth: u16,
    /// For a block, how many rows follow inside it.
    pub rows: u32,
    /// How many times it runs at its place (see `cnn_core::Layer::times`).
    pub times: u64,
    /// How its parameters are laid out, for a layer that has any.
    pub layout: Option<cnn_core::Layout>,
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
    /// The most values of one activation.
    pub largest_activation: u64,
    /// The most activation values alive at once.
    pub peak_activations: u64,
    /// Every row.
    pub layers: Vec<Report>,
}

/// How a message names a statement: "`conv2` (conv 5x5x16)" or
/// "`conv 5x5x16`".
pub fn subject(statement: &Statement) -> String {
    match &statement.name {
        Some((name, _)) => format!("`{name}` ({})", spec_text(statement)),
        None => format!("`{}`", spec_text(statement)),
    }
}

/// The block's statement as the summary shows it: `add`, `repeat 3`,
/// `{ ... }`.
pub fn block_text(block: Block) -> String {
    match block {
        Block::Sequence => "{ ... }".to_string(),
        Block::Repeat(count) => format!("repeat {count}"),
        other => other.keyword().to_string(),
    }
}

/// How a message names a block: "`layer1` (repeat 3)" or "`add`".
pub fn block_subject(block: &BlockNode) -> String {
    match (&block.name, block.block) {
        (Some((name, _)), Block::Sequence) => format!("`{name}`"),
        (Some((name, _)), other) => format!("`{name}` ({})", block_text(other)),
        (None, other) => format!("`{}`", block_text(other)),
    }
}

/// A body's statements in short, for naming a branch: `conv 1x1x128; bn`.
pub fn body_text(body: &Body) -> String {
    let parts: Vec<String> = body
        .statements
        .iter()
        .map(|node| match node {
            Some(Node::Layer(statement)) => spec_text(statement),
            Some(Node::Block(block)) => format!("{} {{ ... }}", block_text(block.block)),
            None => "...".to_string(),
        })
        .collect();
    let text = parts.join("; ");
    match parts.as_slice() {
        // Long bodies keep their first and last statements: the last one
        // gives the shape a message is about.
        [first, .., last] if text.chars().count() > 60 => format!("{first}; ...; {last}"),
        _ => text,
    }
}

/// "branch 2 (`conv 1x1x128; bn`)", or "branch 1 (`{}`, the identity)".
pub fn branch_subject(index: usize, branch: &Branch) -> String {
    if branch.body.statements.is_empty() {
        format!("branch {} (`{{}}`, the identity)", index + 1)
    } else {
        format!("branch {} (`{}`)", index + 1, body_text(&branch.body))
    }
}

/// Where a layer's input comes from, for messages.
#[derive(Clone, Copy)]
pub enum Origin<'a> {
    /// The network's `input`.
    Input,
    /// The layer before.
    Layer(&'a Statement),
    /// The block before.
    Block(&'a BlockNode),
    /// The start of a block's body (or branch), in a given round.
    Enter(&'a BlockNode, u64),
}

impl Origin<'_> {
    /// "the input is 32x32x3", "`pool 2` outputs 14x14x8".
    pub fn describe(self, shape: Shape) -> String {
        match self {
            Origin::Input => format!("the input is {shape}"),
            Origin::Layer(previous) => format!("{} outputs {shape}", subject(previous)),
            Origin::Block(previous) => format!("{} outputs {shape}", block_subject(previous)),
            Origin::Enter(block, round) if round > 1 => {
                format!("round {round} of {} gets {shape}", block_subject(block))
            }
            Origin::Enter(block, _) => format!("{} gets {shape}", block_subject(block)),
        }
    }
}

/// The constant a layer name becomes (`conv1` → `CONV1`), if it is one.
pub fn constant_name(name: &str) -> Option<Ident> {
    let upper = name.to_uppercase();
    is_identifier(&upper).then(|| Ident::new(&upper, proc_macro2::Span::call_site()))
}

/// Whether `text`, a name in upper case, is a Rust identifier: the
/// keywords are lower case ASCII (and `Self`), so no upper-cased name is
/// one; only its characters and `_` alone need checking.
fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    (first == '_' || unicode_ident::is_xid_start(first))
        && chars.all(unicode_ident::is_xid_continue)
        && text != "_"
}

/// The constants of every well-formed name, for the fallback stub.
pub fn constants(body: &Body) -> Vec<Ident> {
    let mut seen = HashSet::new();
    let mut constants = Vec::new();
    for (name, ident) in body.names() {
        if let Some(mut constant) = constant_name(name) {
            constant.set_span(ident.span());
            let text = constant.to_string();
            if !RESERVED.contains(&text.as_str()) && seen.insert(text) {
                constants.push(constant);
            }
        }
    }
    constants
}

/// Checks the names of layers and blocks: each one a constant, none twice,
/// none taken.
fn check_names(body: &Body, network: Option<&str>, errors: &mut Errors) -> HashMap<String, Ident> {
    let mut constants: HashMap<String, Ident> = HashMap::new();
    let mut names: HashMap<String, Ident> = HashMap::new();
    for (name, ident) in body.names() {
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
    crate::cursor::unraw(ident) == name
}

/// Checks where `input` stands: first, exactly once. Returns whether the
/// network has a usable input.
fn check_input(body: &Body, owner: &TokenStream, network: &str, errors: &mut Errors) -> bool {
    // `network` is how messages name it: "`LeNet`" or "this network".
    let inputs: Vec<(usize, &Statement)> = body
        .statements
        .iter()
        .enumerate()
        .filter_map(|(index, node)| match node {
            Some(Node::Layer(statement)) if statement.info.kind == Kind::Input => {
                Some((index, statement))
            }
            _ => None,
        })
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
            let (tokens, what) = match head {
                Node::Layer(statement) => (&statement.tokens, subject(statement)),
                Node::Block(block) => (&block.tokens, block_subject(block)),
            };
            let mut error = syn::Error::new_spanned(
                tokens,
                format!("{network} must start with its `input`, but starts with {what}"),
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
    let errors_before = errors.count();
    let constants = check_names(body, network, errors);
    let label = match network {
        Some(name) => format!("`{name}`"),
        None => "this network".to_string(),
    };
    let has_input = check_input(body, owner, &label, errors);
    let mut walk = Walk::new(errors, &label, constants, has_input);
    let flow = walk.body(body, None, 0, Kept::NOTHING);
    let (found, errors) = walk.finish();
    let (flow, totals) = flow?;
    let total_params = match totals.total() {
        Ok(total) => total,
        Err(_) => {
            errors.at(
                owner,
                format!(
                    "{label} has {} learnable and {} non-trainable parameters, and together they overflow u64 (at most {})",
                    totals.params,
                    totals.non_trainable_params,
                    u64::MAX
                ),
            );
            return None;
        }
    };
    match (errors.count() == errors_before, found.input) {
        (true, Some(input)) => Some(Analyzed {
            input,
            output: flow.shape,
            totals,
            total_params,
            largest_activation: found.largest,
            peak_activations: found.peak,
            layers: found.rows,
        }),
        _ => None,
    }
}
