//! Reads one layer statement: `name: keyword argument options -> shape`,
//! its numbers by their text (`0x1x3` is three numbers, not the hex
//! number 1), each error on the token at fault.

use cnn_core::{kind_by_keyword, option_by_keyword, Argument, KindInfo, KINDS, OPTIONS};
use proc_macro2::{Delimiter, Ident, TokenStream, TokenTree};
use quote::ToTokens;

use crate::ast::{Dims, OptionUse, OptionValue, Statement};
use crate::cursor::{unraw, Cursor};
use crate::parse::{parse_assertion, parse_name, BLOCK_KEYWORDS};
use crate::suggest::nearest;

type Result<T> = std::result::Result<T, syn::Error>;

/// Parses one layer statement from its tokens (without the `;`).
pub fn parse_statement(mut cursor: Cursor) -> Result<Statement> {
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

pub fn check_parts(dims: &Dims, at_most: usize, expected: &str) -> Result<()> {
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
pub fn parse_dims(cursor: &mut Cursor, expected: &str) -> Result<Dims> {
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
