//! Reads the tokens of a `cnn!` invocation into the [`ast`](crate::ast).
//! Shapes are read from the literal's text (`0x1x3` is three numbers, not
//! the hex number 1). A statement that does not parse records its error and
//! parsing goes on with the next one.

use cnn_core::{kind_by_keyword, option_by_keyword, Argument, Block, KindInfo, KINDS, OPTIONS};
use proc_macro2::{Delimiter, Ident, Spacing, TokenStream, TokenTree};
use quote::ToTokens;

use crate::ast::{
    Assertion, BlockNode, Body, Branch, Dims, Invocation, NetworkDecl, Node, OptionUse,
    OptionValue, Statement,
};
use crate::errors::Errors;
use crate::suggest::nearest;

/// The keywords of blocks.
const BLOCK_KEYWORDS: &[&str] = &["add", "concat", "mul", "residual", "repeat"];

/// How deep blocks may nest: far beyond any real network, and shallow
/// enough that reading them cannot exhaust the compiler's stack.
pub const MAX_DEPTH: usize = 64;

type Result<T> = std::result::Result<T, syn::Error>;

/// Tokens with a read position.
struct Cursor {
    tokens: Vec<TokenTree>,
    position: usize,
}

impl Cursor {
    fn new(tokens: impl IntoIterator<Item = TokenTree>) -> Cursor {
        Cursor {
            tokens: tokens.into_iter().collect(),
            position: 0,
        }
    }

    fn peek(&self) -> Option<&TokenTree> {
        self.tokens.get(self.position)
    }

    fn peek_at(&self, offset: usize) -> Option<&TokenTree> {
        self.tokens.get(self.position + offset)
    }

    fn next(&mut self) -> Option<TokenTree> {
        let token = self.tokens.get(self.position).cloned();
        if token.is_some() {
            self.position += 1;
        }
        token
    }

    fn is_empty(&self) -> bool {
        self.position >= self.tokens.len()
    }

    /// The tokens read since `start`.
    fn since(&self, start: usize) -> TokenStream {
        self.tokens[start..self.position].iter().cloned().collect()
    }

    /// Everything, read or not.
    fn all(&self) -> TokenStream {
        self.tokens.iter().cloned().collect()
    }

    fn peek_ident(&self) -> Option<&Ident> {
        match self.peek() {
            Some(TokenTree::Ident(ident)) => Some(ident),
            _ => None,
        }
    }

    fn peek_punct(&self, offset: usize, character: char) -> bool {
        matches!(self.peek_at(offset), Some(TokenTree::Punct(p)) if p.as_char() == character)
    }
}

/// An identifier's text without `r#`.
pub fn unraw(ident: &Ident) -> String {
    let text = ident.to_string();
    match text.strip_prefix("r#") {
        Some(bare) => bare.to_string(),
        None => text,
    }
}

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
    while cursor.peek_punct(0, '#') {
        let start = cursor.position;
        cursor.next();
        match cursor.next() {
            Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Bracket => {
                attrs.push(cursor.since(start));
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
    })
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
fn parse_name(cursor: &mut Cursor) -> Option<(String, Ident)> {
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
fn parse_assertion(cursor: &mut Cursor) -> Result<Option<Assertion>> {
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

fn parse_statement(mut cursor: Cursor) -> Result<Statement> {
    let tokens = cursor.all();
    let name = parse_name(&mut cursor);
    let keyword = match cursor.next() {
        Some(TokenTree::Ident(keyword)) => keyword,
        Some(other) => {
            return Err(syn::Error::new_spanned(
                other,
                "expected a layer, like `conv 3x3x64` or `relu`",
            ))
        }
        None => {
            return Err(syn::Error::new_spanned(
                tokens,
                "expected a layer after the name, like `conv1: conv 3x3x64`",
            ))
        }
    };
    let info = lookup_kind(&keyword)?;
    let argument = parse_argument(&mut cursor, &keyword, info)?;
    let rate = if info.argument == Argument::OptionalRate {
        parse_rate(&mut cursor)?
    } else {
        None
    };
    if info.argument == Argument::OptionalCount && argument.is_none() {
        if let Some(extra) = cursor.peek_ident() {
            return Err(syn::Error::new_spanned(
                extra,
                format!(
                    "`{keyword}` alone is the activation and takes no options; \
                     for a fully connected layer with a softmax write `{keyword} N {}`",
                    unraw(extra)
                ),
            ));
        }
    }
    let mut options: Vec<OptionUse> = Vec::new();
    while let Some(option_keyword) = cursor.peek_ident().cloned() {
        let start = cursor.position;
        cursor.next();
        let option = lookup_option(&option_keyword, &keyword, info)?;
        if let Some(first) = options
            .iter()
            .find(|used| used.info.keyword == option.keyword)
        {
            let mut error = syn::Error::new_spanned(
                &option_keyword,
                format!("`{}` is given twice", option.keyword),
            );
            error.combine(syn::Error::new_spanned(&first.tokens, "first given here"));
            return Err(error);
        }
        let value = parse_option_value(&mut cursor, &option_keyword)?;
        options.push(OptionUse {
            info: option,
            value,
            tokens: cursor.since(start),
        });
    }
    let assertion = parse_assertion(&mut cursor)?;
    if let Some(extra) = cursor.next() {
        if matches!(&extra, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace) {
            return Err(syn::Error::new_spanned(
                &extra,
                format!(
                    "`{}` is a layer and takes no block; only {}, and a `name:`, come before `{{ ... }}`",
                    unraw(&keyword),
                    list(BLOCK_KEYWORDS.iter().copied())
                ),
            ));
        }
        let is_option =
            matches!(&extra, TokenTree::Ident(ident) if option_by_keyword(&unraw(ident)).is_some());
        let message = if is_option && assertion.is_some() {
            format!("`{extra}` comes after `-> shape`; options go before it, like `conv 3x3x8 {extra} ... -> 28x28x8`")
        } else {
            format!("unexpected `{extra}` in this statement; did you forget a `;` before it?")
        };
        return Err(syn::Error::new_spanned(&extra, message));
    }
    Ok(Statement {
        tokens,
        name,
        keyword,
        info,
        argument,
        rate,
        options,
        assertion,
    })
}

fn lookup_kind(keyword: &Ident) -> Result<&'static KindInfo> {
    let word = unraw(keyword);
    if let Some(info) = kind_by_keyword(&word) {
        return Ok(info);
    }
    let message = if let Some(option) = option_by_keyword(&word) {
        format!(
            "`{word}` is an option, not a layer: write it after the layer it applies to, like `conv 3x3x64 {word}{}`",
            if option.takes_value { " ..." } else { "" }
        )
    } else {
        let known = KINDS
            .iter()
            .map(|kind| kind.keyword)
            .chain(BLOCK_KEYWORDS.iter().copied());
        match nearest(&word, known) {
            Some(known) => format!("unknown layer `{word}`; did you mean `{known}`?"),
            None => format!(
                "unknown layer `{word}`; the layers are {}",
                list(KINDS.iter().map(|kind| kind.keyword))
            ),
        }
    };
    Err(syn::Error::new_spanned(keyword, message))
}

fn lookup_option(
    option: &Ident,
    layer: &Ident,
    info: &'static KindInfo,
) -> Result<&'static cnn_core::OptionInfo> {
    let word = unraw(option);
    let accepted = || {
        OPTIONS
            .iter()
            .filter(|known| info.options.contains(known.option))
            .map(|known| known.keyword)
    };
    let takes = || {
        if accepted().next().is_none() {
            format!("`{layer}` takes no options")
        } else {
            format!("`{layer}` takes {}", list(accepted()))
        }
    };
    match option_by_keyword(&word) {
        Some(known) if info.options.contains(known.option) => Ok(known),
        Some(known) => Err(syn::Error::new_spanned(
            option,
            format!("`{layer}` does not take `{}`; {}", known.keyword, takes()),
        )),
        None => {
            let message = if kind_by_keyword(&word).is_some() {
                format!("unexpected `{word}` after `{layer}`; did you forget a `;` before it?")
            } else if let Some(known) = nearest(&word, accepted()) {
                format!("unknown option `{word}` for `{layer}`; did you mean `{known}`?")
            } else {
                format!("unknown option `{word}`; {}", takes())
            };
            Err(syn::Error::new_spanned(option, message))
        }
    }
}

/// `a, b and c`, each in backticks.
fn list<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let words: Vec<String> = words.map(|word| format!("`{word}`")).collect();
    match words.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => words.concat(),
    }
}

fn parse_argument(
    cursor: &mut Cursor,
    keyword: &Ident,
    info: &'static KindInfo,
) -> Result<Option<Dims>> {
    let (expected, example, parts, required) = match info.argument {
        Argument::None | Argument::OptionalRate => return Ok(None),
        Argument::Shape => ("HxWxC or N", "input 32x32x3", 3, true),
        Argument::KernelFilters => ("KxKxF (kernel and filters)", "conv 3x3x64", 3, true),
        Argument::Window => ("K or KHxKW", "maxpool 2", 2, true),
        Argument::Count => ("N", "fc 10", 1, true),
        Argument::OptionalCount => ("N", "softmax 10", 1, false),
    };
    let has_number = matches!(cursor.peek(), Some(TokenTree::Literal(_)));
    if !has_number {
        if !required {
            return Ok(None);
        }
        let message = format!("`{keyword}` needs {expected} after it, like `{example}`");
        return Err(match cursor.peek() {
            Some(token) => syn::Error::new_spanned(token, message),
            None => syn::Error::new_spanned(keyword, message),
        });
    }
    let dims = parse_dims(cursor, expected)?;
    let count = dims.values.len();
    let fits = match info.argument {
        Argument::Shape => count == 1 || count == 3,
        Argument::KernelFilters => count == 3,
        _ => count <= parts,
    };
    if !fits {
        return Err(syn::Error::new_spanned(
            &dims.tokens,
            format!(
                "`{keyword}` takes {expected}, like `{example}`, but got `{}`",
                dims.text()
            ),
        ));
    }
    Ok(Some(dims))
}

fn parse_rate(cursor: &mut Cursor) -> Result<Option<(String, TokenStream)>> {
    let start = cursor.position;
    let negative =
        cursor.peek_punct(0, '-') && matches!(cursor.peek_at(1), Some(TokenTree::Literal(_)));
    if negative {
        cursor.next();
    }
    let Some(TokenTree::Literal(literal)) = cursor.peek().cloned() else {
        return Ok(None);
    };
    cursor.next();
    let text = cursor.since(start).to_string().replace(' ', "");
    match text.parse::<f64>() {
        Ok(rate) if (0.0..=1.0).contains(&rate) => Ok(Some((text, literal.into_token_stream()))),
        _ => Err(syn::Error::new_spanned(
            cursor.since(start),
            format!(
                "a dropout rate is a probability between 0 and 1, like `dropout 0.5`; got `{text}`"
            ),
        )),
    }
}

fn parse_option_value(cursor: &mut Cursor, option: &Ident) -> Result<OptionValue> {
    let word = unraw(option);
    match word.as_str() {
        "nobias" | "ceil" => Ok(OptionValue::Flag),
        "pad" => {
            if let Some(ident) = cursor.peek_ident().cloned() {
                let value = unraw(&ident);
                return match value.as_str() {
                    "same" => {
                        cursor.next();
                        Ok(OptionValue::Same)
                    }
                    "valid" => {
                        cursor.next();
                        Ok(OptionValue::Valid)
                    }
                    _ => Err(syn::Error::new_spanned(
                        &ident,
                        match nearest(&value, ["same", "valid"]) {
                            Some(known) => format!("unknown padding `{value}`; did you mean `{known}`?"),
                            None => format!(
                                "unknown padding `{value}`; write `pad valid`, `pad same`, `pad P` or `pad PHxPW`"
                            ),
                        },
                    )),
                };
            }
            let dims = parse_dims(cursor, "`valid`, `same`, P or PHxPW after `pad`")?;
            check_parts(&dims, 2, "P or PHxPW")?;
            Ok(OptionValue::Dims(dims))
        }
        _ => {
            let (expected, parts) = match word.as_str() {
                "groups" => ("a number after `groups`, like `groups 32`", 1),
                "multiplier" => ("a number after `multiplier`, like `multiplier 2`", 1),
                "stride" => ("S or SHxSW after `stride`, like `stride 2`", 2),
                _ => ("D or DHxDW after `dilation`, like `dilation 2`", 2),
            };
            if !matches!(cursor.peek(), Some(TokenTree::Literal(_))) {
                let message = format!("expected {expected}");
                return Err(match cursor.peek() {
                    Some(token) => syn::Error::new_spanned(token, message),
                    None => syn::Error::new_spanned(option, message),
                });
            }
            let dims = parse_dims(cursor, expected)?;
            check_parts(&dims, parts, expected)?;
            Ok(OptionValue::Dims(dims))
        }
    }
}

fn check_parts(dims: &Dims, at_most: usize, expected: &str) -> Result<()> {
    if dims.values.len() > at_most {
        return Err(syn::Error::new_spanned(
            &dims.tokens,
            format!("expected {expected}, got `{}`", dims.text()),
        ));
    }
    Ok(())
}

/// Reads numbers separated by `x`, from one literal (`32x32x3`) or several
/// tokens (`32 x 32 x 3`, `32 x32x3`), by their text.
fn parse_dims(cursor: &mut Cursor, expected: &str) -> Result<Dims> {
    let start = cursor.position;
    let mut text = match cursor.next() {
        Some(TokenTree::Literal(literal)) => literal.to_string(),
        Some(other) => {
            return Err(syn::Error::new_spanned(
                other,
                format!("expected {expected}"),
            ))
        }
        None => {
            // Point at what came last: the keyword or `->` awaiting a value.
            let last = cursor.tokens.last().cloned();
            return Err(match last {
                Some(token) => syn::Error::new_spanned(token, format!("expected {expected}")),
                None => syn::Error::new_spanned(cursor.all(), format!("expected {expected}")),
            });
        }
    };
    let is_dims_text = |piece: &str| {
        piece
            .chars()
            .all(|c| c.is_ascii_digit() || c == 'x' || c == '_')
    };
    loop {
        let joinable = match cursor.peek() {
            Some(TokenTree::Ident(ident)) => {
                let piece = ident.to_string();
                piece.starts_with('x') && is_dims_text(&piece) && !text.ends_with('x')
            }
            Some(TokenTree::Literal(literal)) => {
                text.ends_with('x') && is_dims_text(&literal.to_string())
            }
            _ => false,
        };
        if !joinable {
            break;
        }
        if let Some(token) = cursor.next() {
            text.push_str(&token.to_string());
        }
    }
    let tokens = cursor.since(start);
    let mut values = Vec::new();
    for part in text.split('x') {
        let digits: String = part.chars().filter(|&c| c != '_').collect();
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(syn::Error::new_spanned(
                &tokens,
                format!("expected {expected}; `{text}` is not numbers separated by `x`"),
            ));
        }
        match digits.parse::<u64>() {
            Ok(value) => values.push(value),
            Err(_) => {
                return Err(syn::Error::new_spanned(
                    &tokens,
                    format!(
                        "`{digits}` is larger than the largest count, u64::MAX = {}",
                        u64::MAX
                    ),
                ))
            }
        }
    }
    Ok(Dims { values, tokens })
}
