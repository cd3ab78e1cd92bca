//! Splits a network's text into tokens with byte spans, nested by their
//! brackets, as Rust's lexer would split the same text inside `cnn!`: a
//! shape literal `32x32x3` is one token, `32 x 32 x 3` five, `r#fc` an
//! identifier, `//` and `/* */` comments are skipped.

use core::fmt;

use crate::{Diagnostic, Span};

/// What a token is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// A word: `conv`, `r#fc`, `x32x3`.
    Ident,
    /// A number (`32x32x3`, `0.5`) or a string or character literal.
    Literal,
    /// One punctuation character; `joint` if another follows it directly
    /// (`-` in `->`, `:` in `::`).
    Punct {
        /// Whether the next character is punctuation, with no space.
        joint: bool,
    },
    /// Tokens in brackets.
    Group {
        /// Which brackets.
        delimiter: Delimiter,
        /// What is inside.
        inner: Vec<Token>,
        /// The opening bracket.
        open: Span,
        /// The closing bracket.
        close: Span,
    },
}

/// The brackets of a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delimiter {
    /// `{ ... }`
    Brace,
    /// `( ... )`
    Parenthesis,
    /// `[ ... ]`
    Bracket,
}

impl Delimiter {
    fn of(open: char) -> Option<Delimiter> {
        match open {
            '{' => Some(Delimiter::Brace),
            '(' => Some(Delimiter::Parenthesis),
            '[' => Some(Delimiter::Bracket),
            _ => None,
        }
    }

    const fn chars(self) -> (char, char) {
        match self {
            Delimiter::Brace => ('{', '}'),
            Delimiter::Parenthesis => ('(', ')'),
            Delimiter::Bracket => ('[', ']'),
        }
    }
}

/// One token and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// What it is.
    pub kind: TokenKind,
    /// Its text as written (for a group, the brackets and what is inside,
    /// as written).
    pub text: String,
    /// Where it is, brackets included.
    pub span: Span,
}

impl Token {
    /// Whether it is the punctuation `character`.
    pub fn is_punct(&self, character: char) -> bool {
        matches!(self.kind, TokenKind::Punct { .. }) && self.text.starts_with(character)
    }

    /// Whether it is a group in braces.
    pub fn is_brace(&self) -> bool {
        matches!(
            self.kind,
            TokenKind::Group {
                delimiter: Delimiter::Brace,
                ..
            }
        )
    }

    /// Whether it is a word (`r#` words included).
    pub fn is_ident(&self) -> bool {
        self.kind == TokenKind::Ident
    }

    /// Whether it is a literal.
    pub fn is_literal(&self) -> bool {
        self.kind == TokenKind::Literal
    }

    /// A word's text without `r#`.
    pub fn unraw(&self) -> &str {
        self.text.strip_prefix("r#").unwrap_or(&self.text)
    }

    /// What is inside a group; nothing for another token.
    pub fn inner(&self) -> &[Token] {
        match &self.kind {
            TokenKind::Group { inner, .. } => inner,
            TokenKind::Ident | TokenKind::Literal | TokenKind::Punct { .. } => &[],
        }
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// How deep brackets may nest, blocks included: far beyond any real
/// network, and shallow enough that nothing which walks the tokens (the
/// parser, or dropping them) can exhaust the stack. The lexer stops at the
/// bracket that goes deeper, so that bad input costs at most linear memory;
/// the parser keeps the same limit for tokens made elsewhere.
pub const MAX_DEPTH: usize = 64;

/// The error for a bracket at `at` that opens one level more than
/// [`MAX_DEPTH`], worded for blocks if it is a `{`.
pub(crate) fn too_deep(at: Span, brace: bool) -> Diagnostic {
    let what = if brace { "blocks" } else { "brackets" };
    Diagnostic::error(
        at,
        format!(
            "{what} nest more than {MAX_DEPTH} deep here; `cnn!` reads at most {MAX_DEPTH} levels of {what} inside one another"
        ),
    )
}

/// The tokens of `source`, or the first place it cannot be read (an
/// unclosed bracket, a character the language has no use for, brackets
/// nested more than [`MAX_DEPTH`] deep).
pub fn lex(source: &str) -> Result<Vec<Token>, Diagnostic> {
    Lexer { source, at: 0 }.tokens()
}

struct Lexer<'a> {
    source: &'a str,
    at: usize,
}

/// Whether `number` is a decimal number whose exponent's sign comes
/// next: digits, perhaps a fraction, then `e` (`1e`, `1.5E`; not `0x1e`,
/// a hexadecimal number, nor `3x3e`).
fn awaits_exponent(number: &str) -> bool {
    let Some(mantissa) = number.strip_suffix(['e', 'E']) else {
        return false;
    };
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit() || b == b'_');
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    mantissa.starts_with(|c: char| c.is_ascii_digit()) && digits(whole) && digits(fraction)
}

fn is_punct(c: char) -> bool {
    "!#$%&*+,-./:;<=>?@^|~'".contains(c)
}

impl Lexer<'_> {
    // ASCII is looked at as bytes: the macro lexes every network on each
    // build, in an unoptimised proc macro, where decoding each character
    // through `chars()` costs several times as much.
    fn peek(&self) -> Option<char> {
        let byte = *self.source.as_bytes().get(self.at)?;
        if byte.is_ascii() {
            return Some(char::from(byte));
        }
        self.source[self.at..].chars().next()
    }

    fn peek_second(&self) -> Option<char> {
        self.source[self.at..].chars().nth(1)
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += c.len_utf8();
        Some(c)
    }

    fn eat_while(&mut self, keep: impl Fn(char) -> bool) {
        while self.peek().is_some_and(&keep) {
            self.bump();
        }
    }

    /// Every token of the source, groups nested. Iterative, with the open
    /// groups on a stack of their own, and that stack at most
    /// [`MAX_DEPTH`] deep: a tree of tokens deeper than that would cost
    /// memory for every level and overflow the stack when dropped.
    fn tokens(&mut self) -> Result<Vec<Token>, Diagnostic> {
        // The groups open around the current position: their delimiter,
        // where they start, and their tokens so far.
        let mut open: Vec<(Delimiter, usize, Vec<Token>)> = Vec::new();
        let mut tokens = Vec::new();
        loop {
            self.skip_space_and_comments()?;
            let start = self.at;
            let Some(c) = self.peek() else {
                return match open.last() {
                    Some(&(delimiter, at, _)) => {
                        let (open, close) = delimiter.chars();
                        Err(Diagnostic::error(
                            at..at + 1,
                            format!("this `{open}` is never closed; expected a `{close}` before the end"),
                        ))
                    }
                    None => Ok(tokens),
                };
            };
            if let Some(delimiter) = Delimiter::of(c) {
                if open.len() >= MAX_DEPTH {
                    return Err(too_deep(start..start + 1, delimiter == Delimiter::Brace));
                }
                self.bump();
                open.push((delimiter, start, core::mem::take(&mut tokens)));
                continue;
            }
            if matches!(c, '}' | ')' | ']') {
                let Some((delimiter, open_at, outer)) = open.pop() else {
                    return Err(Diagnostic::error(
                        start..start + 1,
                        format!("unexpected `{c}`: it closes nothing"),
                    ));
                };
                let (open_char, close_char) = delimiter.chars();
                if c != close_char {
                    return Err(Diagnostic::error(
                        start..start + 1,
                        format!("expected `{close_char}` to close the `{open_char}`, found `{c}`"),
                    )
                    .label(open_at..open_at + 1, "opened here"));
                }
                self.bump();
                let inner = core::mem::replace(&mut tokens, outer);
                let span = open_at..self.at;
                // A long group's text would copy the source once per level
                // of nesting; messages only need a short one.
                let text = if span.len() <= 80 {
                    self.source[span.clone()].to_string()
                } else {
                    format!("{open_char} ... {close_char}")
                };
                tokens.push(Token {
                    kind: TokenKind::Group {
                        delimiter,
                        inner,
                        open: open_at..open_at + 1,
                        close: start..self.at,
                    },
                    text,
                    span,
                });
                continue;
            }
            let kind = if c == 'r' && self.peek_second() == Some('#') {
                self.bump();
                self.bump();
                self.eat_while(unicode_ident::is_xid_continue);
                TokenKind::Ident
            } else if c == '_' || unicode_ident::is_xid_start(c) {
                self.eat_while(unicode_ident::is_xid_continue);
                TokenKind::Ident
            } else if c.is_ascii_digit() {
                self.number();
                TokenKind::Literal
            } else if c == '"' {
                self.string(start)?;
                TokenKind::Literal
            } else if is_punct(c) {
                self.bump();
                TokenKind::Punct {
                    joint: self.peek().is_some_and(is_punct),
                }
            } else {
                let end = start + c.len_utf8();
                return Err(Diagnostic::error(
                    start..end,
                    format!("unexpected character `{c}`; the language has no use for it"),
                ));
            };
            tokens.push(Token {
                kind,
                text: self.source[start..self.at].to_string(),
                span: start..self.at,
            });
        }
    }

    /// A number as Rust lexes one: digits, then letters, digits and `_`
    /// (so `32x32x3` is one token), a fraction if a digit follows the
    /// `.` (`0.5`, but `3..` is not a fraction), and a signed exponent
    /// after a decimal number's `e` (`1e-3`, `1.5E+2`: `eps` is written
    /// so, as PyTorch prints it, and rustc hands `cnn!` one literal).
    fn number(&mut self) {
        let start = self.at;
        self.eat_while(|c| c.is_ascii_alphanumeric() || c == '_');
        if self.peek() == Some('.') && self.peek_second().is_some_and(|c| c.is_ascii_digit()) {
            self.bump();
            self.eat_while(|c| c.is_ascii_alphanumeric() || c == '_');
        }
        let signed = matches!(self.peek(), Some('+' | '-'))
            && self.peek_second().is_some_and(|c| c.is_ascii_digit());
        if signed && awaits_exponent(&self.source[start..self.at]) {
            self.bump();
            self.eat_while(|c| c.is_ascii_alphanumeric() || c == '_');
        }
    }

    fn string(&mut self, start: usize) -> Result<(), Diagnostic> {
        self.bump();
        while let Some(c) = self.bump() {
            match c {
                '"' => return Ok(()),
                '\\' => {
                    self.bump();
                }
                _ => {}
            }
        }
        Err(Diagnostic::error(
            start..start + 1,
            "this string is never closed; expected a `\"` before the end",
        ))
    }

    fn skip_space_and_comments(&mut self) -> Result<(), Diagnostic> {
        loop {
            self.eat_while(char::is_whitespace);
            let rest = &self.source[self.at..];
            if rest.starts_with("//") {
                self.eat_while(|c| c != '\n');
            } else if rest.starts_with("/*") {
                let start = self.at;
                self.at += 2;
                let mut depth = 1;
                while depth > 0 {
                    let rest = &self.source[self.at..];
                    if rest.starts_with("/*") {
                        depth += 1;
                        self.at += 2;
                    } else if rest.starts_with("*/") {
                        depth -= 1;
                        self.at += 2;
                    } else if self.bump().is_none() {
                        return Err(Diagnostic::error(
                            start..start + 2,
                            "this comment is never closed; expected `*/` before the end",
                        ));
                    }
                }
            } else {
                return Ok(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(source: &str) -> Vec<String> {
        lex(source)
            .map(|tokens| tokens.into_iter().map(|t| t.text).collect())
            .unwrap_or_default()
    }

    #[test]
    fn shapes_are_one_token_as_in_rust() {
        assert_eq!(texts("input 32x32x3;"), ["input", "32x32x3", ";"]);
        assert_eq!(texts("32 x32x3"), ["32", "x32x3"]);
        assert_eq!(texts("dropout 0.5"), ["dropout", "0.5"]);
        assert_eq!(texts("0x1x3"), ["0x1x3"]);
    }

    #[test]
    fn exponents_are_part_of_the_number_as_in_rust() {
        assert_eq!(texts("eps 1e-3;"), ["eps", "1e-3", ";"]);
        assert_eq!(texts("eps 1e-06"), ["eps", "1e-06"]);
        assert_eq!(texts("1.5E+2"), ["1.5E+2"]);
        assert_eq!(texts("1e5"), ["1e5"]);
        // Not decimal numbers awaiting an exponent: the sign stands alone.
        assert_eq!(texts("0x1e-3"), ["0x1e", "-", "3"]);
        assert_eq!(texts("3x3e-3"), ["3x3e", "-", "3"]);
        assert_eq!(texts("1e-x"), ["1e", "-", "x"]);
        assert_eq!(texts("10 -> 10"), ["10", "-", ">", "10"]);
    }

    #[test]
    fn groups_nest_and_keep_spans() {
        let tokens = lex("add { {} { relu } } // done").unwrap_or_default();
        assert_eq!(tokens.len(), 2);
        assert_eq!(tokens[1].span, 4..19);
        assert_eq!(tokens[1].inner().len(), 2);
    }

    #[test]
    fn arrows_are_joint() {
        let tokens = lex("-> 10").unwrap_or_default();
        assert_eq!(tokens[0].kind, TokenKind::Punct { joint: true });
        assert_eq!(tokens[1].kind, TokenKind::Punct { joint: false });
    }

    #[test]
    fn unbalanced_brackets_are_errors() {
        let open = lex("repeat 2 { relu").err().map(|d| d.span);
        assert_eq!(open, Some(9..10));
        let close = lex("relu }").err().map(|d| d.message);
        assert_eq!(close.as_deref(), Some("unexpected `}`: it closes nothing"));
    }

    #[test]
    fn raw_words_and_unicode() {
        assert_eq!(
            texts("r#fc: fc 10; café"),
            ["r#fc", ":", "fc", "10", ";", "café"]
        );
    }
}
