//! What comes before and after a statement, a layer's or a block's alike:
//! `name:` and `-> shape`. Both parsers use these, so they sit below both.

use super::ast::{Assertion, Name};
use super::cursor::Cursor;
use super::dims::{check_parts, parse_dims};
use crate::lex::{Token, TokenKind};
use crate::Diagnostic;

/// A word, or digits alone (`0`, as PyTorch names an `nn.Sequential`'s
/// children): what may stand before `:` as a name.
pub fn is_label(token: &Token) -> bool {
    token.is_ident()
        || (token.is_literal()
            && !token.text.is_empty()
            && token.text.bytes().all(|b| b.is_ascii_digit()))
}

/// A `:` that is not the first of `::`.
pub fn is_lone_colon(token: &Token) -> bool {
    token.is_punct(':') && token.kind == (TokenKind::Punct { joint: false })
}

/// `name:` before a statement, if there is one.
pub fn parse_name(cursor: &mut Cursor) -> Option<Name> {
    let ident = cursor.peek().filter(|token| is_label(token))?;
    let colon = cursor.peek_at(1).is_some_and(is_lone_colon);
    if !colon || cursor.peek_punct(2, ':') {
        return None;
    }
    cursor.next();
    cursor.next();
    Some(Name {
        text: ident.unraw().to_string(),
        written: ident.text.clone(),
        span: ident.span.clone(),
    })
}

/// `-> shape`, if the cursor is at one.
pub fn parse_assertion(cursor: &mut Cursor) -> Result<Option<Assertion>, Diagnostic> {
    let is_arrow = cursor.peek().is_some_and(|token| {
        token.is_punct('-') && token.kind == (TokenKind::Punct { joint: true })
    }) && cursor.peek_punct(1, '>');
    if !is_arrow {
        return Ok(None);
    }
    let start = cursor.position;
    cursor.next();
    cursor.next();
    let dims = parse_dims(cursor, "a shape after `->`, like `-> 28x28x8` or `-> 10`")?;
    check_parts(&dims, 4, "a shape: HxWxC, LxC, DxHxWxC or N")?;
    Ok(Some(Assertion {
        dims,
        span: cursor.since(start),
    }))
}
