//! Reads a network's tokens into the [`ast`](super::ast): bodies and
//! blocks; each layer statement goes to [`statement`](super::statement). A
//! statement that does not parse records its error and parsing goes on
//! with the next one.

use cnn_core::{block_by_keyword, kind_by_keyword, Block};

use super::affixes::{is_label, is_lone_colon, parse_assertion, parse_name};
use super::ast::{BlockNode, Body, Branch, Node};
use super::cursor::Cursor;
use super::dims::parse_dims;
use super::reference::{is_reference, parse_reference};
use super::statement::parse_statement;
use crate::lex::{too_deep, Token, MAX_DEPTH};
use crate::{Diagnostic, Diagnostics, Span};

type Result<T> = core::result::Result<T, Diagnostic>;

/// Parses `statement; statement; ...`, the last `;` optional; a block
/// statement ends at its closing brace. `depth` is how many blocks enclose
/// these statements; `fallback` is where an error about nothing points.
pub fn parse_body(
    tokens: &[Token],
    fallback: Span,
    diagnostics: &mut Diagnostics,
    depth: usize,
) -> Body {
    let mut cursor = Cursor::new(tokens, fallback.clone());
    let mut statements = Vec::new();
    while !cursor.is_empty() {
        if cursor.peek_punct(0, ';') {
            cursor.next();
            continue;
        }
        if is_block_start(&cursor) {
            let start = cursor.position;
            match parse_block(&mut cursor, diagnostics, depth) {
                Ok(block) => statements.push(Some(Node::Block(block))),
                Err(error) => {
                    diagnostics.push(error);
                    skip_statement(&mut cursor, start);
                    statements.push(None);
                }
            }
            continue;
        }
        // A layer: up to its `;`, or up to a stray `{ ... }`, which its
        // parser then reports.
        let start = cursor.position;
        let mut end = start;
        while let Some(token) = cursor.peek() {
            if token.is_punct(';') {
                cursor.next();
                break;
            }
            let is_brace = token.is_brace();
            cursor.next();
            end = cursor.position;
            if is_brace {
                if cursor.peek_punct(0, ';') {
                    cursor.next();
                }
                break;
            }
        }
        let written = &tokens[start..end];
        if is_reference(written) {
            let reference = parse_reference(Cursor::new(written, fallback.clone()));
            statements.push(
                reference
                    .map(Node::From)
                    .map_err(|error| diagnostics.push(error))
                    .ok(),
            );
            continue;
        }
        let statement = parse_statement(Cursor::new(written, fallback.clone()));
        statements.push(
            statement
                .map(Node::Layer)
                .map_err(|error| diagnostics.push(error))
                .ok(),
        );
    }
    Body { statements }
}

/// Whether the cursor is at a block: `{`, a block keyword, or either after
/// `name:`.
fn is_block_start(cursor: &Cursor) -> bool {
    let named = cursor.peek().is_some_and(is_label)
        && cursor.peek_at(1).is_some_and(is_lone_colon)
        && !cursor.peek_punct(2, ':');
    match cursor.peek_at(if named { 2 } else { 0 }) {
        Some(token) if token.is_brace() => true,
        Some(token) if token.is_ident() => block_by_keyword(token.unraw()).is_some(),
        _ => false,
    }
}

/// After a block that did not parse, skips to where the next statement
/// starts: past the block's braces (and a `;`), or past a `;`.
fn skip_statement(cursor: &mut Cursor, start: usize) {
    let passed_braces = cursor.tokens[start..cursor.position]
        .iter()
        .any(Token::is_brace);
    if !passed_braces {
        while let Some(token) = cursor.next() {
            if token.is_punct(';') {
                return;
            }
            if token.is_brace() {
                break;
            }
        }
    }
    while let Some(token) = cursor.peek() {
        let at_end = token.is_punct(';');
        let next_block = is_block_start(cursor);
        let next_layer = token.is_ident() && kind_by_keyword(token.unraw()).is_some();
        if next_block || next_layer {
            return;
        }
        cursor.next();
        if at_end {
            return;
        }
    }
}

/// Parses a block statement: `name: keyword count { ... } -> shape;`.
fn parse_block(
    cursor: &mut Cursor,
    diagnostics: &mut Diagnostics,
    depth: usize,
) -> Result<BlockNode> {
    let start = cursor.position;
    let name = parse_name(cursor);
    let head_start = cursor.position;
    let keyword = match cursor.peek() {
        Some(token) if token.is_ident() => {
            cursor.next();
            Some(token)
        }
        _ => None,
    };
    let word = keyword.map(|token| token.unraw().to_string());
    let mut block = match &word {
        None => Block::Sequence,
        Some(word) => block_by_keyword(word).unwrap_or(Block::Repeat(0)),
    };
    if let (Block::Repeat(_), Some(keyword)) = (block, keyword) {
        if !cursor.peek().is_some_and(Token::is_literal) {
            let message = "`repeat` needs a count, like `repeat 3 { ... }`";
            return Err(match cursor.peek() {
                Some(token) => Diagnostic::error(token.span.clone(), message),
                None => Diagnostic::error(keyword.span.clone(), message),
            });
        }
        let dims = parse_dims(cursor, "a count after `repeat`, like `repeat 3 { ... }`")?;
        match dims.values[..] {
            [0] => {
                return Err(Diagnostic::error(
                    dims.span,
                    "`repeat 0` would run its body no times; the count must be at least 1",
                ))
            }
            [count] => block = Block::Repeat(count),
            _ => {
                return Err(Diagnostic::error(
                    dims.span.clone(),
                    format!(
                        "`repeat` takes one count, like `repeat 3 {{ ... }}`, but got `{}`",
                        dims.text()
                    ),
                ))
            }
        }
    }
    let group = match cursor.peek() {
        Some(token) if token.is_brace() => token,
        other => {
            let keyword_text = word.clone().unwrap_or_default();
            let example = match block {
                Block::Add | Block::Concat | Block::Mul | Block::Sub | Block::Split => {
                    format!("`{keyword_text} {{ {{ ... }} {{ ... }} }}`")
                }
                Block::Mix => "`mix { { ... } { ... } { gap; ... } }`".to_string(),
                Block::Repeat(count) => format!("`repeat {count} {{ ... }}`"),
                Block::Sequence | Block::Branch | Block::Residual => {
                    format!("`{keyword_text} {{ ... }}`")
                }
            };
            let message =
                format!("`{keyword_text}` needs a block in braces after it, like {example}");
            return Err(match other {
                Some(token) => Diagnostic::error(token.span.clone(), message),
                None => Diagnostic::error(cursor.since(head_start), message),
            });
        }
    };
    let head = if keyword.is_some() {
        cursor.since(head_start)
    } else {
        group.span.clone()
    };
    cursor.next();
    if depth >= MAX_DEPTH {
        return Err(too_deep(head, true));
    }
    let mut body = None;
    let mut branches = Vec::new();
    match block {
        Block::Add | Block::Concat | Block::Mul | Block::Sub | Block::Mix | Block::Split => {
            let keyword_text = word.clone().unwrap_or_default();
            for token in group.inner() {
                if token.is_brace() {
                    branches.push(Branch {
                        body: parse_body(token.inner(), token.span.clone(), diagnostics, depth + 2),
                    });
                } else if !(token.is_punct(';') || token.is_punct(',')) {
                    return Err(Diagnostic::error(
                        token.span.clone(),
                        format!(
                            "each branch of `{keyword_text}` is a block in braces, like `{keyword_text} {{ {{ conv 1x1x64; }} {{ conv 3x3x64 pad 1; }} }}`; `{{}}` is the identity"
                        ),
                    ));
                }
            }
            if branches.len() < 2 {
                return Err(Diagnostic::error(
                    head,
                    format!(
                        "`{keyword_text}` needs at least two branches, each a block in braces, but has {}: `{keyword_text} {{ {{}} {{ conv 3x3x64 pad 1; }} }}`{}",
                        branches.len(),
                        if block == Block::Add { ", or `residual { ... }` for a shortcut around one body" } else { "" }
                    ),
                ));
            }
        }
        Block::Sequence | Block::Branch | Block::Residual | Block::Repeat(_) => {
            body = Some(parse_body(
                group.inner(),
                group.span.clone(),
                diagnostics,
                depth + 1,
            ))
        }
    }
    let assertion = parse_assertion(cursor)?;
    if cursor.peek_punct(0, ';') {
        cursor.next();
    }
    Ok(BlockNode {
        span: cursor.since(start),
        head,
        name,
        block,
        body,
        branches,
        assertion,
    })
}
