//! The names of layers and blocks: each one a constant of the network's
//! struct (`conv1` → `LeNet::CONV1`), none twice, none already taken.

use std::collections::{HashMap, HashSet};

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
/// whose names make no constants and need only differ.
pub fn check_names(
    body: &Body,
    network: Option<&str>,
    diagnostics: &mut Diagnostics,
) -> HashMap<String, Name> {
    let mut constants: HashMap<String, Name> = HashMap::new();
    let mut names: HashMap<String, Name> = HashMap::new();
    for name in body.names() {
        let text = &name.text;
        let Some(network) = network else {
            if let Some(first) = names.get(text) {
                diagnostics.push(
                    Diagnostic::error(
                        name.span.clone(),
                        format!("layer name `{text}` is used twice in this network"),
                    )
                    .label(first.span.clone(), format!("`{text}` is first used here")),
                );
            } else {
                names.insert(text.clone(), name.clone());
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
        } else if let Some(first) = constants.get(&constant) {
            let message = if first.text == *text {
                format!("layer name `{text}` is used twice in `{network}`")
            } else {
                format!(
                    "layer names `{}` and `{text}` would both be `{network}::{constant}`",
                    first.written
                )
            };
            diagnostics.push(Diagnostic::error(name.span.clone(), message).label(
                first.span.clone(),
                format!("`{}` is first used here", first.written),
            ));
        } else {
            constants.insert(constant, name.clone());
        }
    }
    constants
}
