//! Whether a network can run in int8 (`#[cnn(int8)]`): every layer a kind
//! TFLite's int8 builtins compute, and a plan; an error on the first
//! layer that is not, naming it, rather than a `forward_int8` that could
//! never load a model.

use cnn_core::plan::int8::{builtin, plan, Plan};
use cnn_core::{block_by_keyword, Kind, BLOCK_KEYWORDS, KINDS};

use crate::{Diagnostic, Network, Span};

/// The int8 plan of `network`; else an error that says why not: at the
/// first row whose kind has no int8 kernel, or at `whole` (the
/// declaration) when the plan could not be made. `label` names the
/// network in the message (`` `Net` ``).
///
/// ```
/// let source = "input 8x8x3; conv 3x3x4; gelu";
/// let network = cnn_lang::check(source, Some("Net")).network.unwrap();
/// let error = cnn_lang::int8(&network, "`Net`", 0..source.len()).unwrap_err();
/// assert_eq!(&source[error.span.clone()], "gelu");
/// ```
pub fn int8(network: &Network, label: &str, whole: Span) -> Result<Plan, Diagnostic> {
    for row in &network.rows {
        if builtin(row.kind).is_some() {
            continue;
        }
        let keyword = row.kind.info().keyword;
        let name = match &row.name {
            Some(name) => format!("`{name}` (`{}`)", row.spec),
            None => format!("`{}`", row.spec),
        };
        let mut error = Diagnostic::error(
            row.span.clone().unwrap_or(whole.clone()),
            format!(
                "{label} is `#[cnn(int8)]`, but {name} has no int8 kernel: no TFLite int8 \
                 builtin computes `{keyword}`"
            ),
        );
        error.help = Some(format!(
            "an int8 network holds what TFLite's int8 builtins compute: {}; the f32 \
             `forward` of `#[cnn(weights)]` runs every kind",
            covered()
        ));
        return Err(error);
    }
    let plan = plan(&network.nodes).map_err(|unplanned| {
        Diagnostic::error(
            whole.clone(),
            format!(
                "{label} has no `forward_int8`, which `#[cnn(int8)]` declares: {}",
                crate::planned::why(unplanned)
            ),
        )
    })?;
    // The runner takes 2-D maps, as TFLite's int8 kernels do, and counts
    // in `u32`, as a microcontroller does.
    if plan.steps().is_none() {
        let why = if plan.header.arena_len > u32::MAX as usize {
            format!(
                "its arena of {} bytes is past the 4 GB (2^32 bytes) the int8 runner addresses",
                plan.header.arena_len
            )
        } else {
            "a layer's map has more than two spatial axes, and TFLite's int8 kernels are 2-D"
                .to_string()
        };
        return Err(Diagnostic::error(
            whole,
            format!("{label} has no `forward_int8`, which `#[cnn(int8)]` declares: {why}"),
        ));
    }
    Ok(plan)
}

/// The keywords of the kinds and blocks an int8 network may hold, as
/// [`builtin`] says, for the message: `conv, dwconv, ...`.
fn covered() -> String {
    let layers = KINDS
        .iter()
        .filter(|info| !info.is_alias() && !info.is_input && builtin(info.kind).is_some())
        .map(|info| info.keyword);
    let blocks = BLOCK_KEYWORDS
        .iter()
        .filter(|word| {
            block_by_keyword(word).is_some_and(|block| builtin(Kind::Block(block)).is_some())
        })
        .copied();
    layers.chain(blocks).collect::<Vec<_>>().join(", ")
}
