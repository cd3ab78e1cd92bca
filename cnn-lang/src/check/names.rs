//! The names of layers and blocks: each one unique in its scope, and a
//! constant of the network's struct (`conv1` → `LeNet::CONV1`) when it is
//! used once, none already taken.

use std::collections::{HashMap, HashSet};

use super::components::Components;
use super::lower::{Lowered, Stmt};
use crate::syntax::ast::{Body, Name};
use crate::{Diagnostic, Diagnostics, Span};

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

/// The constant a layer name becomes (`conv1` → `CONV1`), if it is one.
pub fn constant_name(name: &str) -> Option<String> {
    let upper = name.to_uppercase();
    is_identifier(&upper).then_some(upper)
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

/// The constants of every well-formed name, each once, with the name's
/// span: what the macro's fallback stub declares.
pub fn constants(body: &Body) -> Vec<(String, Span)> {
    let mut seen = HashSet::new();
    let mut constants = Vec::new();
    for name in body.names() {
        if let Some(constant) = constant_name(&name.text) {
            if !RESERVED.contains(&constant.as_str()) && seen.insert(constant.clone()) {
                constants.push((constant, name.span.clone()));
            }
        }
    }
    constants
}

/// Checks the names of layers and blocks; returns the constants they
/// become. `network` is the struct's name, `None` for the expression form,
/// whose names make no constants. A name is unique in its scope (see
/// [`components`](super::components)), so torchvision's `conv1` may name
/// the first convolution of every block; a name used in more than one
/// scope, and digits (`0:`, a PyTorch `nn.Sequential` child), make no
/// constant.
pub fn check_names(
    lowered: &Lowered,
    components: &Components,
    network: Option<&str>,
    diagnostics: &mut Diagnostics,
) -> HashMap<String, Name> {
    let names: Vec<(&Name, usize)> = lowered
        .statements
        .iter()
        .enumerate()
        .filter_map(|(id, statement)| {
            let name = match statement {
                Stmt::Layer(statement) => statement.name.as_ref(),
                Stmt::Block(block) => block.name.as_ref(),
                Stmt::From(_) => None,
            }?;
            Some((name, components.scope.get(id).copied().unwrap_or(0)))
        })
        .collect();
    // How many scopes each constant is named in: one only, or no constant.
    let mut uses: HashMap<String, usize> = HashMap::new();
    for (name, _) in &names {
        if let Some(constant) = constant_name(&name.text) {
            *uses.entry(constant).or_default() += 1;
        }
    }
    let mut constants: HashMap<String, Name> = HashMap::new();
    let mut in_scope: HashMap<(usize, String), &Name> = HashMap::new();
    for &(name, scope) in &names {
        let text = &name.text;
        let Some(network) = network else {
            if let Some(first) = in_scope.get(&(scope, text.clone())) {
                diagnostics.push(
                    Diagnostic::error(
                        name.span.clone(),
                        format!("layer name `{text}` is used twice in this network"),
                    )
                    .label(first.span.clone(), format!("`{text}` is first used here")),
                );
            } else {
                in_scope.insert((scope, text.clone()), name);
            }
            continue;
        };
        if text == "_" {
            diagnostics.at(
                name.span.clone(),
                "`_` cannot name a layer; use an identifier, like `conv1:`",
            );
            continue;
        }
        if is_numeric(text) {
            if let Some(first) = in_scope.get(&(scope, text.clone())) {
                diagnostics.push(twice(name, first, network));
            } else {
                in_scope.insert((scope, text.clone()), name);
            }
            continue;
        }
        let Some(constant) = constant_name(text) else {
            diagnostics.at(
                name.span.clone(),
                format!(
                    "layer name `{text}` cannot be made into a constant (`{network}::{}`)",
                    text.to_uppercase()
                ),
            );
            continue;
        };
        if RESERVED.contains(&constant.as_str()) {
            diagnostics.at(
                name.span.clone(),
                format!(
                    "layer name `{text}` would be `{network}::{constant}`, which every network already has; choose another name"
                ),
            );
        } else if let Some(first) = in_scope.get(&(scope, constant.clone())) {
            diagnostics.push(twice(name, first, network));
        } else {
            in_scope.insert((scope, constant.clone()), name);
            if uses.get(&constant) == Some(&1) {
                constants.insert(constant, name.clone());
            }
        }
    }
    constants
}

/// A name given twice in one scope, or two whose constants are one.
fn twice(name: &Name, first: &Name, network: &str) -> Diagnostic {
    let text = &name.text;
    let message = if first.text == *text {
        format!("layer name `{text}` is used twice in `{network}`")
    } else {
        format!(
            "layer names `{}` and `{text}` would both be `{network}::{}`",
            first.written,
            text.to_uppercase()
        )
    };
    Diagnostic::error(name.span.clone(), message).label(
        first.span.clone(),
        format!("`{}` is first used here", first.written),
    )
}

/// Whether a name is digits alone (`0`), which makes no constant.
pub fn is_numeric(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit())
}
