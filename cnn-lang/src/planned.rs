//! Whether a network can run: a network marked for `forward` whose memory
//! plan could not be made gets an error that says why, on its
//! declaration, rather than a `forward` that is silently missing.

use cnn_core::plan::memory::{Size, Unplanned, MAX_STEPS};

use crate::{Diagnostic, Network, Span};

/// `Ok` if `network` has a memory plan, and so a `forward`; else an error
/// at `whole` (the declaration) that says why not. `label` names the
/// network in the message (`` `Net` ``).
///
/// ```
/// let source = "input 4; repeat 300000 { relu; }";
/// let network = cnn_lang::check(source, Some("Deep")).network.unwrap();
/// let error = cnn_lang::planned(&network, "`Deep`", 0..0).unwrap_err();
/// assert!(error.message.contains("300000 steps"), "{}", error.message);
/// ```
pub fn planned(network: &Network, label: &str, whole: Span) -> Result<(), Diagnostic> {
    let Err(unplanned) = &network.plan else {
        return Ok(());
    };
    let why = why(*unplanned);
    let mut error = Diagnostic::error(
        whole,
        format!("{label} has no `forward`, which `#[cnn(weights)]` declares: {why}"),
    );
    error.help = Some(
        "leave out `#[cnn(weights)]` to keep every count and shape without `forward`, \
         or make the network smaller (fewer `repeat` rounds)"
            .to_string(),
    );
    Err(error)
}

/// Why a plan could not be made, in words.
pub(crate) fn why(unplanned: Unplanned) -> String {
    match unplanned {
        Unplanned::Steps(u64::MAX) => {
            format!("its forward pass would take more steps than u64 counts; a memory plan takes at most {MAX_STEPS}")
        }
        Unplanned::Steps(steps) => {
            format!("its forward pass would take {steps} steps; a memory plan takes at most {MAX_STEPS}")
        }
        Unplanned::TooLarge(Size::Tensor) => {
            "one of its tensors has more values than `usize` counts on this machine".to_string()
        }
        Unplanned::TooLarge(Size::Weights) => {
            "its weights are more values than `usize` counts on this machine".to_string()
        }
        Unplanned::TooLarge(Size::Arena) => {
            "the arena its forward pass needs is more values than `usize` counts on this machine"
                .to_string()
        }
        Unplanned::Invalid => "its memory plan could not be made".to_string(),
    }
}
