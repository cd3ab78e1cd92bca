//! Reads `from name`, the statement that takes an earlier output again.

use super::affixes::{is_label, is_lone_colon};
use super::ast::{Name, Reference};
use super::cursor::Cursor;
use crate::lex::Token;
use crate::Diagnostic;

/// The keyword of a reference.
pub const FROM: &str = "from";

/// Whether a statement's tokens are a reference: `from` and then a name,
/// or a label before `from` (an error [`parse_reference`] reports).
pub fn is_reference(tokens: &[Token]) -> bool {
    let is_from = |token: Option<&Token>| {
        token.is_some_and(|token| token.is_ident() && token.unraw() == FROM)
    };
    let labelled = tokens.first().is_some_and(is_label)
        && tokens.get(1).is_some_and(is_lone_colon)
        && is_from(tokens.get(2));
    let plain = is_from(tokens.first()) && !tokens.get(1).is_some_and(|token| token.is_punct(':'));
    labelled || plain
}

/// Parses `from name` (without its `;`).
pub fn parse_reference(mut cursor: Cursor) -> Result<Reference, Diagnostic> {
    let span = cursor.all();
    if let Some(label) = cursor
        .peek()
        .filter(|token| !token.is_ident() || token.unraw() != FROM)
    {
        return Err(Diagnostic::error(
            label.span.clone(),
            format!(
                "`from` is not named: it takes an output that has a name already; write `from {}` and use that name where `{}` would be used",
                cursor.peek_at(3).map_or("name", |token| token.unraw()),
                label.unraw()
            ),
        ));
    }
    let Some(keyword) = cursor.next() else {
        return Err(Diagnostic::error(span, "expected `from name`"));
    };
    let name = match cursor.next() {
        Some(token) if is_label(token) => Name {
            text: token.unraw().to_string(),
            written: token.text.clone(),
            span: token.span.clone(),
        },
        Some(other) => {
            return Err(Diagnostic::error(
                other.span.clone(),
                format!(
                    "`from` takes the name of an earlier layer or block, like `from enc1`, but got `{other}`"
                ),
            ))
        }
        None => {
            return Err(Diagnostic::error(
                keyword.span.clone(),
                "`from` needs the name of an earlier layer or block after it, like `from enc1`",
            ))
        }
    };
    if let Some(extra) = cursor.next() {
        return Err(Diagnostic::error(
            extra.span.clone(),
            format!(
                "unexpected `{extra}` after `from {}`; `from` takes one name, and a layer after it is a statement of its own: `from {}; conv 1x1x64;`",
                name.written, name.written
            ),
        ));
    }
    Ok(Reference { span, name })
}
