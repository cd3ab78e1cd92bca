//! Tokens with a read position, for the parsers.

use crate::lex::Token;
use crate::Span;

/// Tokens with a read position, and where to point when there are none.
pub struct Cursor<'t> {
    pub tokens: &'t [Token],
    pub position: usize,
    /// What an error about "nothing here" points at: the enclosing group,
    /// or the whole source.
    pub fallback: Span,
}

impl<'t> Cursor<'t> {
    pub fn new(tokens: &'t [Token], fallback: Span) -> Cursor<'t> {
        Cursor {
            tokens,
            position: 0,
            fallback,
        }
    }

    pub fn peek(&self) -> Option<&'t Token> {
        self.tokens.get(self.position)
    }

    pub fn peek_at(&self, offset: usize) -> Option<&'t Token> {
        self.tokens.get(self.position + offset)
    }

    pub fn next(&mut self) -> Option<&'t Token> {
        let token = self.tokens.get(self.position);
        if token.is_some() {
            self.position += 1;
        }
        token
    }

    pub fn is_empty(&self) -> bool {
        self.position >= self.tokens.len()
    }

    /// The span of the tokens read since `start`.
    pub fn since(&self, start: usize) -> Span {
        span_of(&self.tokens[start..self.position], &self.fallback)
    }

    /// The span of every token, read or not.
    pub fn all(&self) -> Span {
        span_of(self.tokens, &self.fallback)
    }

    pub fn peek_ident(&self) -> Option<&'t Token> {
        self.peek().filter(|token| token.is_ident())
    }

    pub fn peek_punct(&self, offset: usize, character: char) -> bool {
        self.peek_at(offset)
            .is_some_and(|token| token.is_punct(character))
    }
}

/// From the first token's start to the last one's end; `fallback` when
/// there are none.
pub fn span_of(tokens: &[Token], fallback: &Span) -> Span {
    match (tokens.first(), tokens.last()) {
        (Some(first), Some(last)) => first.span.start..last.span.end,
        _ => fallback.clone(),
    }
}
