//! Reads the tokens of a `cnn!` invocation into the [`ast`](crate::ast):
//! networks, bodies and blocks; each layer statement goes to
//! [`statement`](crate::statement). A statement that does not parse records
//! its error and parsing goes on with the next one.

use cnn_core::{kind_by_keyword, Block};
use proc_macro2::{Delimiter, Ident, Spacing, TokenStream, TokenTree};
use quote::ToTokens;

use crate::ast::{Assertion, BlockNode, Body, Branch, Invocation, NetworkDecl, Node};
use crate::cursor::{unraw, Cursor};
use crate::errors::Errors;
use crate::statement::{check_parts, parse_dims, parse_statement};

/// The keywords of blocks.
pub const BLOCK_KEYWORDS: &[&str] = &["add", "concat", "mul", "residual", "repeat"];

/// How deep blocks may nest: far beyond any real network, and shallow
/// enough that reading them cannot exhaust the compiler's stack.
pub const MAX_DEPTH: usize = 64;

type Result<T> = std::result::Result<T, syn::Error>;

/// Parses a whole invocation.
pub fn parse(input: TokenStream, errors: &mut Errors) -> Invocation {
    let cursor = Cursor::new(input.clone());
    let is_items = match cursor.peek() {
        Some(TokenTree::Punct(p)) => p.as_char() == '#',
        Some(TokenTree::Ident(ident)) => ident == "pub" || ident == "struct",
        _ => false,
    };
    if is_items {
        Invocation::Items(parse_items(cursor, errors))
    } else {
        Invocation::Expr(parse_body(input, errors, 0))
    }
}

fn parse_items(mut cursor: Cursor, errors: &mut Errors) -> Vec<NetworkDecl> {
    let mut networks: Vec<NetworkDecl> = Vec::new();
    while !cursor.is_empty() {
        match parse_item(&mut cursor) {
            Ok(network) => {
                if let Some(first) = networks.iter().find(|first| first.name == network.name) {
                    let mut error = syn::Error::new_spanned(
                        &network.name,
                        format!("`{}` is declared twice in this `cnn!`", network.name),
                    );
                    error.combine(syn::Error::new_spanned(&first.name, "first declared here"));
                    errors.push(error);
                } else {
                    networks.push(network);
                }
            }
            Err(error) => {
                errors.push(error);
                break;
            }
        }
    }
    networks
}

fn parse_item(cursor: &mut Cursor) -> Result<NetworkDecl> {
    let mut attrs = Vec::new();
    let mut weights = false;
    while cursor.peek_punct(0, '#') {
        let start = cursor.position;
        cursor.next();
        match cursor.next() {
            Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Bracket => {
                match cnn_attribute(&group)? {
                    Some(()) => weights = true,
                    None => attrs.push(cursor.since(start)),
                }
            }
            _ => {
                return Err(syn::Error::new_spanned(
                    cursor.since(start),
                    "expected an outer attribute `#[...]` before the network's `struct`",
                ))
            }
        }
    }
    let vis_start = cursor.position;
    if cursor.peek_ident().is_some_and(|ident| ident == "pub") {
        cursor.next();
        if let Some(TokenTree::Group(group)) = cursor.peek() {
            if group.delimiter() == Delimiter::Parenthesis {
                cursor.next();
            }
        }
    }
    let vis = cursor.since(vis_start);
    let struct_token = cursor.next();
    match &struct_token {
        Some(TokenTree::Ident(ident)) if ident == "struct" => {}
        other => {
            let message =
                "expected `struct Name { ... }`: `cnn!` declares networks as unit structs, \
                 or takes statements directly as an expression (`cnn!(input 28x28x1; fc 10)`)";
            return Err(match other {
                Some(token) => syn::Error::new_spanned(token, message),
                None => syn::Error::new_spanned(cursor.all(), message),
            });
        }
    }
    let name = match cursor.next() {
        Some(TokenTree::Ident(name)) => name,
        Some(other) => {
            return Err(syn::Error::new_spanned(
                other,
                "expected the network's name after `struct`",
            ))
        }
        None => {
            return Err(syn::Error::new_spanned(
                struct_token,
                "expected the network's name after `struct`",
            ))
        }
    };
    let body = match cursor.next() {
        Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Brace => group,
        Some(other) => {
            if matches!(&other, TokenTree::Punct(p) if p.as_char() == '<') {
                // Point at the whole `<...>`, up to the body.
                let start = cursor.position - 1;
                while cursor
                    .peek()
                    .is_some_and(|token| !matches!(token, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace))
                {
                    cursor.next();
                }
                return Err(syn::Error::new_spanned(
                    cursor.since(start),
                    format!("`{name}` cannot be generic: a network's shapes are fixed numbers"),
                ));
            }
            return Err(syn::Error::new_spanned(
                other,
                format!("expected `{{` and the layers of `{name}` after its name"),
            ));
        }
        None => {
            return Err(syn::Error::new_spanned(
                name.clone(),
                format!("expected `{{` and the layers of `{name}` after its name"),
            ))
        }
    };
    if cursor.peek_punct(0, ';') {
        cursor.next();
    }
    let mut errors = Errors::default();
    let parsed = parse_body(body.stream(), &mut errors, 0);
    Ok(NetworkDecl {
        attrs,
        vis,
        name,
        body: parsed,
        errors,
        weights,
    })
}

/// `#[cnn(weights)]`, the macro's own attribute: `Some` if the attribute is
/// it, `None` if it is the user's, an error for `#[cnn(...)]` with anything
/// else inside.
fn cnn_attribute(group: &proc_macro2::Group) -> Result<Option<()>> {
    let mut tokens = group.stream().into_iter();
    let is_cnn = matches!(tokens.next(), Some(TokenTree::Ident(ident)) if ident == "cnn");
    if !is_cnn {
        return Ok(None);
    }
    let inner = match (tokens.next(), tokens.next()) {
        (Some(TokenTree::Group(inner)), None) if inner.delimiter() == Delimiter::Parenthesis => {
            inner
        }
        _ => {
            return Err(syn::Error::new_spanned(
                group,
                "`cnn!` reads `#[cnn(weights)]` on a network, which declares its `NameWeights<T>` struct",
            ))
        }
    };
    let words: Vec<String> = inner
        .stream()
        .into_iter()
        .map(|token| token.to_string())
        .collect();
    if words != ["weights"] {
        let written = inner.stream().to_string();
        let hint = match crate::suggest::nearest(&written, ["weights"]) {
            Some(known) => format!("did you mean `{known}`? "),
            None => String::new(),
        };
        return Err(syn::Error::new_spanned(
            &inner,
            format!(
                "unknown `cnn` option `{written}`; {hint}`#[cnn(weights)]` is the one there is, and declares the network's `NameWeights<T>` struct"
            ),
        ));
    }
    Ok(Some(()))
}

/// Parses `statement; statement; ...`, the last `;` optional; a block
/// statement ends at its closing brace. `depth` is how many blocks enclose
/// these statements.
pub fn parse_body(tokens: TokenStream, errors: &mut Errors, depth: usize) -> Body {
    let mut cursor = Cursor::new(tokens);
    let mut statements = Vec::new();
    while !cursor.is_empty() {
        if cursor.peek_punct(0, ';') {
            cursor.next();
            continue;
        }
        if is_block_start(&cursor) {
            let start = cursor.position;
            match parse_block(&mut cursor, errors, depth) {
                Ok(block) => statements.push(Some(Node::Block(block))),
                Err(error) => {
                    errors.push(error);
                    skip_statement(&mut cursor, start);
                    statements.push(None);
                }
            }
            continue;
        }
        // A layer: up to its `;`, or up to a stray `{ ... }`, which its
        // parser then reports.
        let mut tokens = Vec::new();
        while let Some(token) = cursor.peek() {
            if matches!(token, TokenTree::Punct(p) if p.as_char() == ';') {
                cursor.next();
                break;
            }
            let is_brace =
                matches!(token, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace);
            tokens.extend(cursor.next());
            if is_brace {
                if cursor.peek_punct(0, ';') {
                    cursor.next();
                }
                break;
            }
        }
        let statement = parse_statement(Cursor::new(tokens));
        statements.push(
            statement
                .map(Node::Layer)
                .map_err(|error| errors.push(error))
                .ok(),
        );
    }
    Body { statements }
}

/// Whether the cursor is at a block: `{`, a block keyword, or either after
/// `name:`.
fn is_block_start(cursor: &Cursor) -> bool {
    let named = matches!(cursor.peek(), Some(TokenTree::Ident(_)))
        && matches!(cursor.peek_at(1), Some(TokenTree::Punct(p)) if p.as_char() == ':' && p.spacing() == Spacing::Alone)
        && !cursor.peek_punct(2, ':');
    match cursor.peek_at(if named { 2 } else { 0 }) {
        Some(TokenTree::Group(group)) => group.delimiter() == Delimiter::Brace,
        Some(TokenTree::Ident(ident)) => BLOCK_KEYWORDS.contains(&unraw(ident).as_str()),
        _ => false,
    }
}

/// After a block that did not parse, skips to where the next statement
/// starts: past the block's braces (and a `;`), or past a `;`.
fn skip_statement(cursor: &mut Cursor, start: usize) {
    let passed_braces = cursor.tokens[start..cursor.position]
        .iter()
        .any(|token| matches!(token, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace));
    if !passed_braces {
        while let Some(token) = cursor.next() {
            match token {
                TokenTree::Punct(p) if p.as_char() == ';' => return,
                TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => break,
                _ => {}
            }
        }
    }
    while let Some(token) = cursor.peek() {
        let at_end = matches!(token, TokenTree::Punct(p) if p.as_char() == ';');
        let next_block = is_block_start(cursor);
        let next_layer =
            matches!(token, TokenTree::Ident(ident) if kind_by_keyword(&unraw(ident)).is_some());
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
fn parse_block(cursor: &mut Cursor, errors: &mut Errors, depth: usize) -> Result<BlockNode> {
    let start = cursor.position;
    let name = parse_name(cursor);
    let head_start = cursor.position;
    let keyword = match cursor.peek() {
        Some(TokenTree::Ident(ident)) => {
            let ident = ident.clone();
            cursor.next();
            Some(ident)
        }
        _ => None,
    };
    let word = keyword.as_ref().map(unraw);
    let mut block = match word.as_deref() {
        None => Block::Sequence,
        Some("add") => Block::Add,
        Some("concat") => Block::Concat,
        Some("mul") => Block::Mul,
        Some("residual") => Block::Residual,
        _ => Block::Repeat(0),
    };
    if let (Block::Repeat(_), Some(keyword)) = (block, &keyword) {
        if !matches!(cursor.peek(), Some(TokenTree::Literal(_))) {
            let message = "`repeat` needs a count, like `repeat 3 { ... }`";
            return Err(match cursor.peek() {
                Some(token) => syn::Error::new_spanned(token, message),
                None => syn::Error::new_spanned(keyword, message),
            });
        }
        let dims = parse_dims(cursor, "a count after `repeat`, like `repeat 3 { ... }`")?;
        match dims.values[..] {
            [0] => {
                return Err(syn::Error::new_spanned(
                    &dims.tokens,
                    "`repeat 0` would run its body no times; the count must be at least 1",
                ))
            }
            [count] => block = Block::Repeat(count),
            _ => {
                return Err(syn::Error::new_spanned(
                    &dims.tokens,
                    format!(
                        "`repeat` takes one count, like `repeat 3 {{ ... }}`, but got `{}`",
                        dims.text()
                    ),
                ))
            }
        }
    }
    let group = match cursor.peek() {
        Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Brace => group.clone(),
        other => {
            let keyword_text = word.clone().unwrap_or_default();
            let example = match block {
                Block::Add | Block::Concat | Block::Mul => {
                    format!("`{keyword_text} {{ {{ ... }} {{ ... }} }}`")
                }
                Block::Repeat(count) => format!("`repeat {count} {{ ... }}`"),
                _ => format!("`{keyword_text} {{ ... }}`"),
            };
            let message =
                format!("`{keyword_text}` needs a block in braces after it, like {example}");
            return Err(match other {
                Some(token) => syn::Error::new_spanned(token, message),
                None => syn::Error::new_spanned(cursor.since(head_start), message),
            });
        }
    };
    let head = if keyword.is_some() {
        cursor.since(head_start)
    } else {
        group.to_token_stream()
    };
    cursor.next();
    if depth >= MAX_DEPTH {
        return Err(syn::Error::new_spanned(
            &head,
            format!(
                "blocks nest more than {MAX_DEPTH} deep here; `cnn!` reads at most {MAX_DEPTH} levels of blocks inside one another"
            ),
        ));
    }
    let mut body = None;
    let mut branches = Vec::new();
    match block {
        Block::Add | Block::Concat | Block::Mul => {
            let keyword_text = word.clone().unwrap_or_default();
            for token in group.stream() {
                match token {
                    TokenTree::Group(inner) if inner.delimiter() == Delimiter::Brace => {
                        branches.push(Branch {
                            body: parse_body(inner.stream(), errors, depth + 2),
                        });
                    }
                    TokenTree::Punct(p) if p.as_char() == ';' || p.as_char() == ',' => {}
                    other => {
                        return Err(syn::Error::new_spanned(
                            other,
                            format!(
                                "each branch of `{keyword_text}` is a block in braces, like `{keyword_text} {{ {{ conv 1x1x64; }} {{ conv 3x3x64 pad 1; }} }}`; `{{}}` is the identity"
                            ),
                        ))
                    }
                }
            }
            if branches.len() < 2 {
                return Err(syn::Error::new_spanned(
                    &head,
                    format!(
                        "`{keyword_text}` needs at least two branches, each a block in braces, but has {}: `{keyword_text} {{ {{}} {{ conv 3x3x64 pad 1; }} }}`{}",
                        branches.len(),
                        if block == Block::Add { ", or `residual { ... }` for a shortcut around one body" } else { "" }
                    ),
                ));
            }
        }
        _ => body = Some(parse_body(group.stream(), errors, depth + 1)),
    }
    let assertion = parse_assertion(cursor)?;
    if cursor.peek_punct(0, ';') {
        cursor.next();
    }
    Ok(BlockNode {
        tokens: cursor.since(start),
        head,
        name,
        block,
        body,
        branches,
        assertion,
    })
}

/// `name:` before a statement, if there is one.
pub fn parse_name(cursor: &mut Cursor) -> Option<(String, Ident)> {
    match (cursor.peek(), cursor.peek_at(1), cursor.peek_at(2)) {
        (Some(TokenTree::Ident(ident)), Some(TokenTree::Punct(colon)), next)
            if colon.as_char() == ':'
                && colon.spacing() == Spacing::Alone
                && !matches!(next, Some(TokenTree::Punct(p)) if p.as_char() == ':') =>
        {
            let ident = ident.clone();
            cursor.next();
            cursor.next();
            Some((unraw(&ident), ident))
        }
        _ => None,
    }
}

/// `-> shape`, if the cursor is at one.
pub fn parse_assertion(cursor: &mut Cursor) -> Result<Option<Assertion>> {
    let is_arrow = matches!(cursor.peek(), Some(TokenTree::Punct(p)) if p.as_char() == '-' && p.spacing() == Spacing::Joint)
        && cursor.peek_punct(1, '>');
    if !is_arrow {
        return Ok(None);
    }
    let start = cursor.position;
    cursor.next();
    cursor.next();
    let dims = parse_dims(cursor, "a shape after `->`, like `-> 28x28x8` or `-> 10`")?;
    if dims.values.len() == 2 {
        return Err(syn::Error::new_spanned(
            &dims.tokens,
            format!(
                "`-> {}` is not a shape: write HxWxC (`-> 28x28x8`) or N (`-> 10`)",
                dims.text()
            ),
        ));
    }
    check_parts(&dims, 3, "a shape: HxWxC or N")?;
    Ok(Some(Assertion {
        dims,
        tokens: cursor.since(start),
    }))
}
