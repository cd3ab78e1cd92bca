//! The networks a Rust source file declares: every `cnn!` invocation
//! (`cnn!`, `cnn::cnn!`, with any delimiter), each `struct Name { ... }`
//! of its item form and its expression form `cnn!(input ...; fc 10)`.
//!
//! The file is lexed with `proc-macro2`, so comments, strings and doc
//! examples are not mistaken for invocations; a network's statements are
//! then taken from the file's text by byte range, as written, so that
//! `cnn_lang` reads `32x32x3` and the diagnostics' columns as they are.
//! What is Rust's (attributes, visibility, `struct`, the name) is read
//! here, with the macro's messages for what it rejects.

use std::ops::Range;
use std::str::FromStr;

use cnn_lang::Diagnostic;
use proc_macro2::{Delimiter, Group, Ident, TokenStream, TokenTree};

use crate::declared::{Declared, Form};

/// What a Rust file declares.
#[derive(Default)]
pub struct Found {
    /// The networks, in the order they are written.
    pub networks: Vec<Declared>,
    /// Invocations that are not networks the macro would accept.
    pub diagnostics: Vec<Diagnostic>,
    /// The `cnn` of each invocation skipped for holding `$` fragments.
    pub skipped: Vec<Range<usize>>,
}

/// Finds every network the `cnn!` invocations of `text` declare.
pub fn find(text: &str) -> Found {
    // Offsets are the file's own: proc-macro2 counts from its start.
    let mut found = Found::default();
    let stream = match TokenStream::from_str(text) {
        Ok(stream) => stream,
        Err(error) => {
            found.diagnostics.push(
                Diagnostic::error(
                    error.span().byte_range(),
                    "this file is not Rust that rustc could read: its tokens stop here",
                )
                .help("look for a delimiter, string or comment that is not closed"),
            );
            return found;
        }
    };
    // A stack rather than recursion: a file of deeply nested braces must
    // not overflow the stack.
    let mut streams: Vec<Vec<TokenTree>> = vec![stream.into_iter().collect()];
    while let Some(tokens) = streams.pop() {
        let mut index = 0;
        while index < tokens.len() {
            if let Some((cnn, group)) = invocation(&tokens[index..]) {
                if holds_fragments(group) {
                    found.skipped.push(cnn.span().byte_range());
                } else {
                    read_invocation(cnn, group, &mut found);
                }
                index += 3;
                continue;
            }
            if let TokenTree::Group(group) = &tokens[index] {
                streams.push(group.stream().into_iter().collect());
            }
            index += 1;
        }
    }
    found.networks.sort_by_key(|network| network.body.start);
    found
        .diagnostics
        .sort_by_key(|diagnostic| diagnostic.span.start);
    found.skipped.sort_by_key(|span| span.start);
    found
}

/// `cnn ! (...)` at the start of `tokens`.
fn invocation(tokens: &[TokenTree]) -> Option<(&Ident, &Group)> {
    match tokens {
        [TokenTree::Ident(cnn), TokenTree::Punct(bang), TokenTree::Group(group), ..]
            if cnn == "cnn" && bang.as_char() == '!' =>
        {
            Some((cnn, group))
        }
        _ => None,
    }
}

/// Whether a `$` is anywhere in the invocation: a `macro_rules!` body,
/// whose `$size` only an expansion fills in.
fn holds_fragments(group: &Group) -> bool {
    let mut streams = vec![group.stream()];
    while let Some(stream) = streams.pop() {
        for token in stream {
            match token {
                TokenTree::Punct(punct) if punct.as_char() == '$' => return true,
                TokenTree::Group(inner) => streams.push(inner.stream()),
                _ => {}
            }
        }
    }
    false
}

/// The bytes between a group's delimiters.
fn inside(group: &Group) -> Range<usize> {
    group.span_open().byte_range().end..group.span_close().byte_range().start
}

fn read_invocation(cnn: &Ident, group: &Group, found: &mut Found) {
    let tokens: Vec<TokenTree> = group.stream().into_iter().collect();
    // The macro's own test: items start with an attribute, `pub` or
    // `struct`; anything else is a network's statements.
    let is_items = match tokens.first() {
        Some(TokenTree::Punct(punct)) => punct.as_char() == '#',
        Some(TokenTree::Ident(ident)) => ident == "pub" || ident == "struct",
        _ => false,
    };
    let whole = cnn.span().byte_range().start..group.span_close().byte_range().end;
    if !is_items {
        let line = cnn.span().start().line;
        found.networks.push(Declared {
            name: format!("line {line}"),
            body: inside(group),
            whole,
            form: Form::Expression,
        });
        return;
    }
    let mut items = Items {
        tokens: &tokens,
        index: 0,
        whole,
    };
    let mut declared: Vec<(String, Range<usize>)> = vec![];
    while items.index < tokens.len() {
        match items.item() {
            Ok((name, name_span, body)) => {
                if let Some((_, first)) = declared.iter().find(|(seen, _)| *seen == name) {
                    found.diagnostics.push(
                        Diagnostic::error(
                            name_span,
                            format!("`{name}` is declared twice in this `cnn!`"),
                        )
                        .label(first.clone(), "first declared here"),
                    );
                    continue;
                }
                declared.push((name.clone(), name_span.clone()));
                found.networks.push(Declared {
                    name,
                    body: inside(body),
                    whole: name_span,
                    form: Form::Struct,
                });
            }
            Err(diagnostic) => {
                // As the macro does: past a malformed item, the rest of
                // the invocation cannot be split into items reliably.
                found.diagnostics.push(diagnostic);
                break;
            }
        }
    }
}

/// A cursor over the items of one invocation.
struct Items<'t> {
    tokens: &'t [TokenTree],
    index: usize,
    /// The whole invocation, for an error with no token to point at.
    whole: Range<usize>,
}

impl<'t> Items<'t> {
    fn next(&mut self) -> Option<&'t TokenTree> {
        let token = self.tokens.get(self.index)?;
        self.index += 1;
        Some(token)
    }

    fn peek(&self) -> Option<&'t TokenTree> {
        self.tokens.get(self.index)
    }

    /// `#[attrs] vis struct Name { body }` and an optional `;`: the name,
    /// where it is, and the body.
    fn item(&mut self) -> Result<(String, Range<usize>, &'t Group), Diagnostic> {
        while let Some(TokenTree::Punct(hash)) = self.peek() {
            if hash.as_char() != '#' {
                break;
            }
            let start = hash.span().byte_range().start;
            self.next();
            match self.next() {
                Some(TokenTree::Group(attribute))
                    if attribute.delimiter() == Delimiter::Bracket => {}
                other => {
                    let end = other.map_or(start + 1, |token| token.span().byte_range().end);
                    return Err(Diagnostic::error(
                        start..end,
                        "expected an outer attribute `#[...]` before the network's `struct`",
                    ));
                }
            }
        }
        if matches!(self.peek(), Some(TokenTree::Ident(ident)) if ident == "pub") {
            self.next();
            if matches!(self.peek(), Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Parenthesis)
            {
                self.next();
            }
        }
        let struct_token = self.next();
        match struct_token {
            Some(TokenTree::Ident(ident)) if ident == "struct" => {}
            other => {
                let span = other.map_or(self.whole.clone(), |token| token.span().byte_range());
                return Err(Diagnostic::error(
                    span,
                    "expected `struct Name { ... }`: `cnn!` declares networks as unit structs, \
                     or takes statements directly as an expression (`cnn!(input 28x28x1; fc 10)`)",
                ));
            }
        }
        let expected_name = "expected the network's name after `struct`";
        let (name, name_span) = match self.next() {
            Some(TokenTree::Ident(ident)) => {
                let written = ident.to_string();
                let name = written.strip_prefix("r#").unwrap_or(&written).to_string();
                (name, ident.span().byte_range())
            }
            Some(other) => return Err(Diagnostic::error(other.span().byte_range(), expected_name)),
            None => {
                let span =
                    struct_token.map_or(self.whole.clone(), |token| token.span().byte_range());
                return Err(Diagnostic::error(span, expected_name));
            }
        };
        let expected_body = format!("expected `{{` and the layers of `{name}` after its name");
        let body = match self.next() {
            Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Brace => group,
            Some(TokenTree::Punct(open)) if open.as_char() == '<' => {
                // Point at the whole `<...>`, up to the body, as the macro does.
                let start = open.span().byte_range().start;
                let mut end = open.span().byte_range().end;
                while let Some(token) = self.peek() {
                    if matches!(token, TokenTree::Group(group) if group.delimiter() == Delimiter::Brace)
                    {
                        break;
                    }
                    end = token.span().byte_range().end;
                    self.next();
                }
                return Err(Diagnostic::error(
                    start..end,
                    format!("`{name}` cannot be generic: a network's shapes are fixed numbers"),
                ));
            }
            Some(other) => return Err(Diagnostic::error(other.span().byte_range(), expected_body)),
            None => return Err(Diagnostic::error(name_span, expected_body)),
        };
        if matches!(self.peek(), Some(TokenTree::Punct(semi)) if semi.as_char() == ';') {
            self.next();
        }
        Ok((name, name_span, body))
    }
}

#[cfg(test)]
#[path = "rust_tests.rs"]
mod tests;
