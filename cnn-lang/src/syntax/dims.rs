//! Numbers separated by `x`, read by their text: `32x32x3` as one token
//! (where `0x1x3` is three numbers, not the hex number 1), `32 x 32 x 3` as
//! five.

use super::ast::Dims;
use super::cursor::Cursor;
use crate::Diagnostic;

type Result<T> = core::result::Result<T, Diagnostic>;

/// An error if `dims` has more than `at_most` numbers.
pub fn check_parts(dims: &Dims, at_most: usize, expected: &str) -> Result<()> {
    if dims.values.len() > at_most {
        return Err(Diagnostic::error(
            dims.span.clone(),
            format!("expected {expected}, got `{}`", dims.text()),
        ));
    }
    Ok(())
}

/// Reads numbers separated by `x`, from one literal (`32x32x3`) or several
/// tokens (`32 x 32 x 3`, `32 x32x3`), by their text.
pub fn parse_dims(cursor: &mut Cursor, expected: &str) -> Result<Dims> {
    let start = cursor.position;
    let mut text = match cursor.next() {
        Some(literal) if literal.is_literal() => literal.text.clone(),
        Some(other) => {
            return Err(Diagnostic::error(
                other.span.clone(),
                format!("expected {expected}"),
            ))
        }
        None => {
            // Point at what came last: the keyword or `->` awaiting a value.
            let at = match cursor.tokens.last() {
                Some(token) => token.span.clone(),
                None => cursor.all(),
            };
            return Err(Diagnostic::error(at, format!("expected {expected}")));
        }
    };
    let is_dims_text = |piece: &str| {
        piece
            .chars()
            .all(|c| c.is_ascii_digit() || c == 'x' || c == '_')
    };
    loop {
        let joinable = match cursor.peek() {
            Some(ident) if ident.is_ident() => {
                let piece = &ident.text;
                piece.starts_with('x') && is_dims_text(piece) && !text.ends_with('x')
            }
            Some(literal) if literal.is_literal() => {
                text.ends_with('x') && is_dims_text(&literal.text)
            }
            _ => false,
        };
        if !joinable {
            break;
        }
        if let Some(token) = cursor.next() {
            text.push_str(&token.text);
        }
    }
    let span = cursor.since(start);
    let mut values = Vec::new();
    for part in text.split('x') {
        let digits: String = part.chars().filter(|&c| c != '_').collect();
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(Diagnostic::error(
                span,
                format!("expected {expected}; `{text}` is not numbers separated by `x`"),
            ));
        }
        match digits.parse::<u64>() {
            Ok(value) => values.push(value),
            Err(_) => {
                return Err(Diagnostic::error(
                    span,
                    format!(
                        "`{digits}` is larger than the largest count, u64::MAX = {}",
                        u64::MAX
                    ),
                ))
            }
        }
    }
    Ok(Dims { values, span })
}
