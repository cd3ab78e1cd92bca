//! Checks a parsed network: its names and its `input`, then the walk that
//! runs every layer through `cnn-core` ([`walk`]). Gives the network, or
//! every problem as a diagnostic with the numbers.

mod describe;
mod input;
mod layout_warning;
mod model;
mod names;
mod walk;
mod words;

pub use names::constants;

use crate::syntax::ast::Body;
use crate::{Diagnostics, Network, Span};
use input::check_input;
use names::check_names;
use walk::{Kept, Walk};

/// The most rows a network may list, `repeat` rounds included: a bound on
/// the work and the size of what is emitted, far above any real network
/// (DenseNet-264 lists fewer than 2,000).
pub const MAX_ROWS: usize = 250_000;

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
    let constants = check_names(body, network, diagnostics);
    let label = match network {
        Some(name) => format!("`{name}`"),
        None => "this network".to_string(),
    };
    let has_input = check_input(body, whole, &label, diagnostics);
    let mut walk = Walk::new(diagnostics, &label, constants, has_input);
    let flow = walk.body(body, None, 0, Kept::NOTHING);
    let (found, diagnostics) = walk.finish();
    let (flow, totals) = flow?;
    let total_params = match totals.total() {
        Ok(total) => total,
        Err(_) => {
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
        }
    };
    match (diagnostics.errors() == errors_before, found.input) {
        (true, Some(input)) => Some(Network {
            input,
            output: flow.shape,
            totals,
            total_params,
            largest_activation: found.largest,
            peak_activations: found.peak,
            rows: found.rows,
        }),
        _ => None,
    }
}
