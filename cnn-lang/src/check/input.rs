//! Where `input` stands: first, exactly once.

use cnn_core::Kind;

use super::words::{block_subject, subject};
use crate::syntax::ast::{Body, Node, Statement};
use crate::{Diagnostic, Diagnostics, Span};

/// Checks where `input` stands. `whole` is where an error about the
/// network as a whole points, `network` how messages name it ("`LeNet`"
/// or "this network"). Returns whether the network has a usable input.
pub fn check_input(
    body: &Body,
    whole: &Span,
    network: &str,
    diagnostics: &mut Diagnostics,
) -> bool {
    let inputs: Vec<(usize, &Statement)> = body
        .statements
        .iter()
        .enumerate()
        .filter_map(|(index, node)| match node {
            Some(Node::Layer(statement)) if statement.info.kind == Kind::Input => {
                Some((index, statement))
            }
            Some(Node::Layer(_) | Node::Block(_) | Node::From(_)) | None => None,
        })
        .collect();
    let Some((first_index, first)) = inputs.first() else {
        let broken = body.statements.iter().any(Option::is_none);
        if !broken {
            diagnostics.at(
                whole.clone(),
                format!(
                    "{network} has no `input`; start it with `input HxWxC` (a feature map) or `input N` (a vector)"
                ),
            );
        }
        return false;
    };
    for (_, second) in &inputs[1..] {
        diagnostics.push(
            Diagnostic::error(
                second.span.clone(),
                format!("a second `input` in {network}: a network has exactly one input, its first statement"),
            )
            .label(first.span.clone(), "the first `input` is here"),
        );
    }
    if *first_index != 0 {
        if let Some(Some(head)) = body.statements.first() {
            let (span, what) = match head {
                Node::Layer(statement) => (statement.span.clone(), subject(statement)),
                Node::Block(block) => (block.span.clone(), block_subject(block)),
                Node::From(reference) => (
                    reference.span.clone(),
                    format!("`from {}`", reference.name.written),
                ),
            };
            diagnostics.push(
                Diagnostic::error(
                    span,
                    format!("{network} must start with its `input`, but starts with {what}"),
                )
                .label(
                    first.span.clone(),
                    "the `input` is here; move it to the top",
                ),
            );
        }
        return false;
    }
    true
}
