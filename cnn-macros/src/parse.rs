//! Reads the Rust side of a `cnn!` invocation into the [`ast`](crate::ast):
//! attributes, visibility, `struct Name` and the braces of each network,
//! or the statements of the expression form. What is inside the braces is
//! the language's, and goes to `cnn-lang` as it is.

use proc_macro2::{Delimiter, TokenStream, TokenTree};

use crate::ast::{Invocation, NetworkDecl};
use crate::cursor::Cursor;
use crate::errors::Errors;

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
        Invocation::Expr(input)
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
    let (mut weights, mut int8) = (false, false);
    while cursor.peek_punct(0, '#') {
        let start = cursor.position;
        cursor.next();
        match cursor.next() {
            Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Bracket => {
                match cnn_attribute(&group)? {
                    Some(options) => {
                        weights |= options.weights;
                        int8 |= options.int8;
                    }
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
    Ok(NetworkDecl {
        attrs,
        vis,
        name,
        body: body.stream(),
        errors: Errors::default(),
        weights,
        int8,
    })
}

/// What the macro's own attribute asks for.
#[derive(Default)]
struct Options {
    /// `weights`: the `NameWeights<T>` struct and `forward`.
    weights: bool,
    /// `int8`: `ARENA_BYTES`, `NameQuantized` and `forward_int8`.
    int8: bool,
}

/// The options there are, as `#[cnn(...)]` lists them.
const OPTIONS: [&str; 2] = ["weights", "int8"];

/// What `#[cnn(...)]` may say, for messages.
const SAYS: &str = "`#[cnn(weights)]` declares the network's `NameWeights<T>` struct and \
                    `forward`, `#[cnn(int8)]` its `NameQuantized` and `forward_int8`, \
                    `#[cnn(weights, int8)]` both";

/// `#[cnn(weights)]`, `#[cnn(int8)]` or `#[cnn(weights, int8)]`, the
/// macro's own attribute: `Some` if the attribute is it, `None` if it is
/// the user's, an error for `#[cnn(...)]` with anything else inside.
fn cnn_attribute(group: &proc_macro2::Group) -> Result<Option<Options>> {
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
                format!("`cnn!` reads `#[cnn(...)]` on a network: {SAYS}"),
            ))
        }
    };
    let mut options = Options::default();
    let mut expect_word = true;
    for token in inner.stream() {
        let word = token.to_string();
        let known = match &token {
            TokenTree::Punct(p) if p.as_char() == ',' && !expect_word => {
                expect_word = true;
                continue;
            }
            TokenTree::Ident(_) if expect_word => match word.as_str() {
                "weights" => Some(&mut options.weights),
                "int8" => Some(&mut options.int8),
                _ => None,
            },
            _ => None,
        };
        expect_word = false;
        let Some(flag) = known else {
            let hint = match cnn_lang::nearest(&word, OPTIONS) {
                Some(known) if matches!(token, TokenTree::Ident(_)) => {
                    format!("did you mean `{known}`? ")
                }
                _ => String::new(),
            };
            return Err(syn::Error::new_spanned(
                &token,
                format!("unknown `cnn` option `{word}`; {hint}{SAYS}"),
            ));
        };
        if *flag {
            return Err(syn::Error::new_spanned(
                &token,
                format!("`{word}` is written twice in `#[cnn(...)]`"),
            ));
        }
        *flag = true;
    }
    if !options.weights && !options.int8 {
        return Err(syn::Error::new_spanned(
            &inner,
            format!("`#[cnn()]` asks for nothing: {SAYS}"),
        ));
    }
    Ok(Some(options))
}
