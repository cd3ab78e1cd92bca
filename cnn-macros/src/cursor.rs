//! Tokens with a read position, for the parsers.

use proc_macro2::{Ident, TokenStream, TokenTree};

/// Tokens with a read position.
pub struct Cursor {
    pub tokens: Vec<TokenTree>,
    pub position: usize,
}

impl Cursor {
    pub fn new(tokens: impl IntoIterator<Item = TokenTree>) -> Cursor {
        Cursor {
            tokens: tokens.into_iter().collect(),
            position: 0,
        }
    }

    pub fn peek(&self) -> Option<&TokenTree> {
        self.tokens.get(self.position)
    }

    pub fn peek_at(&self, offset: usize) -> Option<&TokenTree> {
        self.tokens.get(self.position + offset)
    }

    pub fn next(&mut self) -> Option<TokenTree> {
        let token = self.tokens.get(self.position).cloned();
        if token.is_some() {
            self.position += 1;
        }
        token
    }

    pub fn is_empty(&self) -> bool {
        self.position >= self.tokens.len()
    }

    /// The tokens read since `start`.
    pub fn since(&self, start: usize) -> TokenStream {
        self.tokens[start..self.position].iter().cloned().collect()
    }

    /// Everything, read or not.
    pub fn all(&self) -> TokenStream {
        self.tokens.iter().cloned().collect()
    }

    pub fn peek_ident(&self) -> Option<&Ident> {
        match self.peek() {
            Some(TokenTree::Ident(ident)) => Some(ident),
            _ => None,
        }
    }

    pub fn peek_punct(&self, offset: usize, character: char) -> bool {
        matches!(self.peek_at(offset), Some(TokenTree::Punct(p)) if p.as_char() == character)
    }
}
