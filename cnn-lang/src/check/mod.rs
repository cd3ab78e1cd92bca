//! Checks a parsed network: its names and its `input`, then `cnn-core`'s
//! analysis of the tree it lowers to ([`lower`]), whose problems become
//! diagnostics in the user's words ([`problems`]). Gives the network, or
//! every problem with the numbers.

mod components;
mod describe;
mod input;
mod layout_warning;
mod lower;
mod model;
mod names;
mod problems;
mod resolve;
mod words;

pub use names::constants;

use std::collections::{HashMap, HashSet};

use cnn_core::plan::memory::plan;
use cnn_core::tree::{analyze_tree, Row as Analysed};

use crate::syntax::ast::{Body, Name};
use crate::{Diagnostics, Network, Row, Span};
use components::{components, Components};
use input::check_input;
use lower::{lower, Lowered, Stmt};
use names::{check_names, constant_name};
use problems::Context;
use words::block_text;

/// Analyses one network's statements; `network` is the struct's name, or
/// `None` for the expression form; `whole` is where an error about the
/// network as a whole points. Returns the network only if there was no
/// error; every error found is recorded.
pub fn check(
    body: &Body,
    whole: &Span,
    network: Option<&str>,
    diagnostics: &mut Diagnostics,
) -> Option<Network> {
    let errors_before = diagnostics.errors();
    let lowered = lower(body, diagnostics);
    let components = components(&lowered);
    let constants = check_names(&lowered, &components, network, diagnostics);
    let label = match network {
        Some(name) => format!("`{name}`"),
        None => "this network".to_string(),
    };
    let has_input = check_input(body, whole, &label, diagnostics);
    let found = analyze_tree(&lowered.nodes, has_input);
    let context = Context {
        network: &label,
        lowered: &lowered,
    };
    // The input's layout first: a channels-first input is often what
    // makes the errors after it.
    if let (Some(input), Some(Stmt::Layer(statement))) = (found.input, lowered.get(0)) {
        if let Some(warning) = layout_warning::channels_first(statement, input) {
            diagnostics.push(warning);
        }
    }
    for (id, problem) in &found.problems {
        if let Some(diagnostic) = context.diagnostic(*id, problem) {
            diagnostics.push(diagnostic);
        }
    }
    let output = found.output?;
    let totals = found.totals;
    let Ok(total_params) = totals.total() else {
        diagnostics.at(
            whole.clone(),
            format!(
                "{label} has {} learnable and {} non-trainable parameters, and together they overflow u64 (at most {})",
                totals.params,
                totals.non_trainable_params,
                u64::MAX
            ),
        );
        return None;
    };
    let input = found.input?;
    if diagnostics.errors() != errors_before {
        return None;
    }
    Some(Network {
        input,
        output,
        totals,
        total_params,
        largest_activation: found.largest_activation,
        peak_activations: found.peak_activations,
        plan: plan(&lowered.nodes),
        rows: rows(&found.rows, &lowered, &components, &constants),
        nodes: lowered.nodes,
    })
}

/// The analysed rows with their names, their text as the summary shows it,
/// and the constant of the first row each name names.
fn rows(
    analysed: &[Analysed],
    lowered: &Lowered,
    components: &Components,
    constants: &HashMap<String, Name>,
) -> Vec<Row> {
    let mut assigned = HashSet::new();
    analysed
        .iter()
        .map(|row| {
            let statement = row.node.and_then(|id| lowered.get(id));
            let (name, spec, span) = match statement {
                Some(Stmt::Layer(statement)) => (
                    statement.name.as_ref(),
                    model::spec_text(statement),
                    Some(statement.span.clone()),
                ),
                Some(Stmt::Block(block)) => (
                    block.name.as_ref(),
                    block_text(block.block),
                    Some(block.head.clone()),
                ),
                // A `from`'s row shows the name it takes as the target's
                // row shows it, without `r#`.
                Some(Stmt::From(reference)) => (
                    None,
                    format!("from {}", reference.name.text),
                    Some(reference.span.clone()),
                ),
                None => (
                    None,
                    match row.branch {
                        Some((index, true)) => format!("branch {} (identity)", index + 1),
                        Some((index, false)) => format!("branch {}", index + 1),
                        None => String::new(),
                    },
                    None,
                ),
            };
            let constant = name
                .and_then(|name| constant_name(&name.text))
                .filter(|constant| constants.contains_key(constant))
                .filter(|constant| assigned.insert(constant.clone()));
            Row {
                name: name.map(|name| name.text.clone()),
                constant,
                kind: row.kind,
                spec,
                input: row.input,
                step: row.step,
                formula: row.formula.clone(),
                field: row.field,
                depth: row.depth,
                rows: row.rows,
                times: row.times,
                listed_rounds: row.listed_rounds,
                layout: row.layout,
                component: row
                    .node
                    .and_then(|id| components.component.get(id).cloned().flatten()),
                span,
            }
        })
        .collect()
}
