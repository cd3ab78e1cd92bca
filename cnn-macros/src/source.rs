//! The bridge to `cnn-lang`: a network's tokens rendered as the text the
//! language reads, with where each token landed, and the language's
//! diagnostics turned back into `syn::Error`s at the tokens they name.
//!
//! The text is rendered rather than the tokens handed over, so that the
//! macro, the `cnn` command and the playground share one lexer and one
//! parser. Invisible groups (`$size:literal` from `macro_rules!`) are read
//! through, as if their tokens stood there.

use cnn_lang::{Diagnostic, Span as ByteSpan};
use proc_macro2::{token_stream, Delimiter, Ident, Spacing, Span, TokenStream, TokenTree};
use std::fmt::Write;

/// A network's tokens as text, and where each token is in it.
pub struct Source {
    /// The text `cnn-lang` reads.
    pub text: String,
    /// Each token's (or bracket's) bytes in `text` and its span, in order.
    spans: Vec<(ByteSpan, Span)>,
}

impl Source {
    /// Renders `tokens`.
    pub fn new(tokens: TokenStream) -> Source {
        let mut source = Source {
            text: String::new(),
            spans: Vec::new(),
        };
        source.render(tokens);
        source
    }

    /// The span that stands for the network as a whole: empty, at the end,
    /// where no token is.
    pub fn whole(&self) -> ByteSpan {
        self.text.len()..self.text.len()
    }

    /// Records the token just written from `start`, and the space after
    /// it unless it is joint.
    fn record(&mut self, start: usize, span: Span, joint: bool) {
        self.spans.push((start..self.text.len(), span));
        if !joint {
            self.text.push(' ');
        }
    }

    fn push(&mut self, text: &str, span: Span) {
        let start = self.text.len();
        self.text.push_str(text);
        self.record(start, span, false);
    }

    /// Writes `tokens` out, groups with their brackets. The groups open
    /// around the current token are a stack of their own, not calls: rustc
    /// lets through nesting deep enough to overflow the macro's stack, and
    /// the lexer, which reads this text, is the one to say it is too deep.
    fn render(&mut self, tokens: TokenStream) {
        // Each open group's tokens still to write, and its closing bracket
        // (none for an invisible group, or the whole stream).
        let mut open: Vec<(token_stream::IntoIter, Option<(&str, Span)>)> =
            vec![(tokens.into_iter(), None)];
        while let Some((tokens, close)) = open.last_mut() {
            let Some(token) = tokens.next() else {
                if let Some((close, span)) = *close {
                    self.push(close, span);
                }
                open.pop();
                continue;
            };
            let start = self.text.len();
            // Written straight into the text, not through `to_string`: a
            // String per token was a fifth of this bridge's time.
            match token {
                TokenTree::Group(group) => {
                    let (open_text, close_text) = match group.delimiter() {
                        Delimiter::Brace => ("{", "}"),
                        Delimiter::Parenthesis => ("(", ")"),
                        Delimiter::Bracket => ("[", "]"),
                        Delimiter::None => {
                            open.push((group.stream().into_iter(), None));
                            continue;
                        }
                    };
                    self.push(open_text, group.span_open());
                    open.push((
                        group.stream().into_iter(),
                        Some((close_text, group.span_close())),
                    ));
                }
                TokenTree::Ident(ident) => {
                    let _ = write!(self.text, "{ident}");
                    self.record(start, ident.span(), false);
                }
                TokenTree::Literal(literal) => {
                    let _ = write!(self.text, "{literal}");
                    self.record(start, literal.span(), false);
                }
                TokenTree::Punct(punct) => {
                    self.text.push(punct.as_char());
                    self.record(start, punct.span(), punct.spacing() == Spacing::Joint);
                }
            }
        }
    }

    /// The spans of the first and last tokens inside `range`, if any. The
    /// tokens are in text order, so both ends are found by bisection: a
    /// network names each of its many layers by a span.
    fn tokens_in(&self, range: &ByteSpan) -> Option<(Span, Span)> {
        let from = self
            .spans
            .partition_point(|(bytes, _)| bytes.start < range.start);
        let to = self
            .spans
            .partition_point(|(bytes, _)| bytes.start < range.end);
        let inside = self.spans.get(from..to)?;
        let first = inside.first()?;
        let last = inside
            .iter()
            .rev()
            .find(|(bytes, _)| bytes.end <= range.end)?;
        Some((first.1, last.1))
    }

    /// An error at `range`, or at `whole` (the network's name, or the whole
    /// invocation) when the range is the network as a whole.
    fn error_at(&self, range: &ByteSpan, whole: &TokenStream, message: &str) -> syn::Error {
        match self.tokens_in(range) {
            Some((first, last)) => {
                let ends: TokenStream = [Ident::new("first", first), Ident::new("last", last)]
                    .into_iter()
                    .map(TokenTree::Ident)
                    .collect();
                syn::Error::new_spanned(ends, message)
            }
            None => syn::Error::new_spanned(whole, message),
        }
    }

    /// `diagnostic` as rustc will print it: its message at its span, and
    /// each label as a note of its own at its span.
    pub fn error(&self, diagnostic: &Diagnostic, whole: &TokenStream) -> syn::Error {
        let message = match &diagnostic.help {
            Some(help) => format!("{}\n\nhelp: {help}", diagnostic.message),
            None => diagnostic.message.clone(),
        };
        let mut error = self.error_at(&diagnostic.span, whole, &message);
        for label in &diagnostic.labels {
            error.combine(self.error_at(&label.span, whole, &label.message));
        }
        error
    }

    /// The span of the token at `range`'s start, for an item that names it.
    pub fn span_at(&self, range: &ByteSpan) -> Span {
        self.tokens_in(range)
            .map_or_else(Span::call_site, |(first, _)| first)
    }
}
