//! Reads one layer statement: `name: keyword argument options -> shape`,
//! each error on the token at fault.

use cnn_core::{
    kind_by_keyword, option_by_keyword, Argument, Kind, KindInfo, Opt, OptValue, OptionInfo,
    BLOCK_KEYWORDS, KINDS, OPTIONS,
};

use super::affixes::{parse_assertion, parse_name};
use super::ast::{Dims, OptionUse, OptionValue, Statement};
use super::cursor::Cursor;
use super::dims::{check_parts, parse_dims};
use super::real::{parse_real, read_real};
use super::spellings;
use crate::lex::Token;
use crate::suggest::nearest;
use crate::Diagnostic;

type Result<T> = core::result::Result<T, Diagnostic>;

/// Parses one layer statement from its tokens (without the `;`).
pub fn parse_statement(mut cursor: Cursor) -> Result<Statement> {
    let span = cursor.all();
    let name = parse_name(&mut cursor);
    let keyword = match cursor.next() {
        Some(keyword) if keyword.is_ident() => keyword,
        Some(other) => {
            return Err(Diagnostic::error(
                other.span.clone(),
                "expected a layer, like `conv 3x3x64` or `relu`",
            ))
        }
        None => {
            return Err(Diagnostic::error(
                span,
                "expected a layer after the name, like `conv1: conv 3x3x64`",
            ))
        }
    };
    let info = lookup_kind(keyword)?;
    let argument = parse_argument(&mut cursor, keyword, info)?;
    let rate = match info.argument {
        Argument::OptionalRate => parse_rate(&mut cursor)?,
        // `times 1.7139`: kept as written, as a rate is.
        Argument::Real => {
            let start = cursor.position;
            let word = keyword.unraw();
            let expected = format!("a positive number after `{word}`, like `{word} 1.7139`");
            let why = "(it reads a number as `eps` does)";
            let (text, _) = read_real(&mut cursor, keyword, word, &expected, why)?;
            Some((text, cursor.since(start)))
        }
        Argument::None
        | Argument::Shape
        | Argument::KernelFilters
        | Argument::Window
        | Argument::Count
        | Argument::OptionalCount
        | Argument::Range => None,
    };
    if info.argument == Argument::OptionalCount && argument.is_none() {
        if let Some(extra) = cursor.peek_ident() {
            return Err(Diagnostic::error(
                extra.span.clone(),
                format!(
                    "`{keyword}` alone is the activation and takes no options; \
                     for a fully connected layer with a softmax write `{keyword} N {}`",
                    extra.unraw()
                ),
            ));
        }
    }
    let mut options: Vec<OptionUse> = Vec::new();
    while let Some(option_keyword) = cursor.peek_ident() {
        let start = cursor.position;
        cursor.next();
        let option = lookup_option(option_keyword, keyword, info)?;
        if let Some(first) = options
            .iter()
            .find(|used| used.info.keyword == option.keyword)
        {
            return Err(Diagnostic::error(
                option_keyword.span.clone(),
                format!("`{}` is given twice", option.keyword),
            )
            .label(first.span.clone(), "first given here"));
        }
        let value = parse_option_value(&mut cursor, option_keyword, option)?;
        options.push(OptionUse {
            info: option,
            value,
            span: cursor.since(start),
        });
    }
    check_standardise(&options, info)?;
    let assertion = parse_assertion(&mut cursor)?;
    if let Some(extra) = cursor.next() {
        if extra.is_brace() {
            return Err(Diagnostic::error(
                extra.span.clone(),
                format!(
                    "`{}` is a layer and takes no block; only {}, and a `name:`, come before `{{ ... }}`",
                    keyword.unraw(),
                    list(BLOCK_KEYWORDS.iter().copied())
                ),
            ));
        }
        let is_option = extra.is_ident() && option_by_keyword(extra.unraw()).is_some();
        // `input 5 + 5` from a `$n:expr` fragment: the language reads
        // numbers as written and computes nothing.
        let arithmetic = ["+", "-", "*", "/", "%"].contains(&extra.text.as_str())
            && cursor.peek().is_some_and(Token::is_literal);
        let message = if is_option && assertion.is_some() {
            format!("`{extra}` comes after `-> shape`; options go before it, like `conv 3x3x8 {extra} ... -> 28x28x8`")
        } else if arithmetic {
            format!(
                "unexpected `{extra}`: the language does not compute, it reads each number as written; write the value itself (in a `macro_rules!` network, pass it as `$n:literal`, not an expression)"
            )
        } else {
            format!("unexpected `{extra}` in this statement; did you forget a `;` before it?")
        };
        return Err(Diagnostic::error(extra.span.clone(), message));
    }
    Ok(Statement {
        span,
        name,
        keyword: keyword.unraw().to_string(),
        info,
        argument,
        rate,
        options,
        assertion,
    })
}

fn lookup_kind(keyword: &Token) -> Result<&'static KindInfo> {
    let word = keyword.unraw();
    if let Some(info) = kind_by_keyword(word) {
        return Ok(info);
    }
    let message = if let Some(option) = option_by_keyword(word) {
        format!(
            "`{word}` is an option, not a layer: write it after the layer it applies to, like `conv 3x3x64 {word}{}`",
            if option.takes_value { " ..." } else { "" }
        )
    } else if let Some(advice) = spellings::layer(word) {
        format!("unknown layer `{word}`; {advice}")
    } else {
        let known = KINDS
            .iter()
            .map(|kind| kind.keyword)
            .chain(BLOCK_KEYWORDS.iter().copied());
        match nearest(word, known) {
            Some(known) => format!("unknown layer `{word}`; did you mean `{known}`?"),
            None => format!(
                "unknown layer `{word}`; the layers are {}",
                list(KINDS.iter().map(|kind| kind.keyword))
            ),
        }
    };
    Err(Diagnostic::error(keyword.span.clone(), message))
}

fn lookup_option(
    option: &Token,
    layer: &Token,
    info: &'static KindInfo,
) -> Result<&'static OptionInfo> {
    let word = option.unraw();
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
    match option_by_keyword(word) {
        Some(known) if info.options.contains(known.option) => Ok(known),
        // `tanh` is a layer too, and an option of `gelu` only.
        Some(_) if kind_by_keyword(word).is_some() => Err(Diagnostic::error(
            option.span.clone(),
            format!("unexpected `{word}` after `{layer}`; did you forget a `;` before it?"),
        )),
        Some(known) => Err(Diagnostic::error(
            option.span.clone(),
            format!("`{layer}` does not take `{}`; {}", known.keyword, takes()),
        )),
        None => {
            let message = if kind_by_keyword(word).is_some() {
                format!("unexpected `{word}` after `{layer}`; did you forget a `;` before it?")
            } else if let Some(advice) = spellings::option(word) {
                format!("unknown option `{word}` for `{layer}`; {advice}")
            } else if let Some(known) = nearest(word, accepted()) {
                format!("unknown option `{word}` for `{layer}`; did you mean `{known}`?")
            } else {
                format!("unknown option `{word}`; {}", takes())
            };
            Err(Diagnostic::error(option.span.clone(), message))
        }
    }
}

/// `a, b and c`, each in backticks.
/// A conv's weight standardisation options agree: one of `ws` and
/// `scaledws`, and `eps` or `gamma` only with the one that reads it.
fn check_standardise(options: &[OptionUse], info: &KindInfo) -> Result<()> {
    let find = |opt: Opt| options.iter().find(|used| used.info.opt == opt);
    let (ws, scaled) = (find(Opt::Ws), find(Opt::ScaledWs));
    if let (Some(ws), Some(scaled)) = (ws, scaled) {
        let (first, second) = if ws.span.start < scaled.span.start {
            (ws, scaled)
        } else {
            (scaled, ws)
        };
        return Err(Diagnostic::error(
            second.span.clone(),
            "a conv standardises its weights one way: `ws` as timm's `StdConv2d`, or `scaledws` as its `ScaledStdConv2d` (with a learnt gain per filter); write one of them",
        )
        .label(first.span.clone(), "first given here"));
    }
    if let (Some(gamma), None) = (find(Opt::Gamma), scaled) {
        let message = match ws {
            Some(_) => "`gamma` scales a `scaledws` conv's weights, and `ws` (timm's `StdConv2d`) has none; write `scaledws gamma ...` for timm's `ScaledStdConv2d(gamma=...)`",
            None => "`gamma` scales a `scaledws` conv's weights; write `scaledws gamma ...` for timm's `ScaledStdConv2d(gamma=...)`",
        };
        return Err(Diagnostic::error(gamma.span.clone(), message));
    }
    // A norm's `eps` is its own; a conv's belongs to its standardisation.
    if let (Some(eps), None, None, Kind::Conv) = (find(Opt::Eps), ws, scaled, info.kind) {
        return Err(Diagnostic::error(
            eps.span.clone(),
            "a conv's `eps` is its weight standardisation's; write `ws eps ...` or `scaledws eps ...`, or leave `eps` out",
        ));
    }
    Ok(())
}

pub fn list<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let words: Vec<String> = words.map(|word| format!("`{word}`")).collect();
    match words.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => words.concat(),
    }
}

fn parse_argument(
    cursor: &mut Cursor,
    keyword: &Token,
    info: &'static KindInfo,
) -> Result<Option<Dims>> {
    let (expected, example, parts, required) = match info.argument {
        Argument::None | Argument::OptionalRate | Argument::Real => return Ok(None),
        Argument::Range => return parse_range(cursor, keyword).map(Some),
        Argument::Shape => ("HxWxC, LxC, DxHxWxC or N", "input 32x32x3", 4, true),
        Argument::KernelFilters => ("KxKxF (kernel and filters)", "conv 3x3x64", 4, true),
        Argument::Window => ("K, KHxKW or KDxKHxKW", "maxpool 2", 3, true),
        Argument::Count => ("N", "fc 10", 1, true),
        Argument::OptionalCount => ("N", "softmax 10", 1, false),
    };
    if !cursor.peek().is_some_and(Token::is_literal) {
        if !required {
            return Ok(None);
        }
        let message = format!("`{keyword}` needs {expected} after it, like `{example}`");
        return Err(match cursor.peek() {
            Some(token) => Diagnostic::error(token.span.clone(), message),
            None => Diagnostic::error(keyword.span.clone(), message),
        });
    }
    let dims = parse_dims(cursor, expected)?;
    let count = dims.values.len();
    let fits = match info.argument {
        Argument::Shape => count <= 4,
        Argument::KernelFilters => (2..=4).contains(&count),
        Argument::None
        | Argument::OptionalRate
        | Argument::Real
        | Argument::Range
        | Argument::Window
        | Argument::Count
        | Argument::OptionalCount => count <= parts,
    };
    if !fits && info.argument == Argument::Count && count == 2 {
        // PyTorch's `Linear(in, out)`.
        return Err(Diagnostic::error(
            dims.span.clone(),
            format!(
                "`{keyword}` takes N, the outputs, like `fc 10`, but got `{}`; its inputs come from the layer before, so PyTorch's `Linear({}, {})` is `{keyword} {}`",
                dims.text(),
                dims.values[0],
                dims.values[1],
                dims.values[1]
            ),
        ));
    }
    if !fits {
        return Err(Diagnostic::error(
            dims.span.clone(),
            format!(
                "`{keyword}` takes {expected}, like `{example}`, but got `{}`",
                dims.text()
            ),
        ));
    }
    Ok(Some(dims))
}

/// `A..B`, channels `A` to `B` (not included), as Rust writes a range and
/// as PyTorch's `x[:, A:B]` takes them: two numbers, `B` above `A`.
fn parse_range(cursor: &mut Cursor, keyword: &Token) -> Result<Dims> {
    let start = cursor.position;
    let expected =
        format!("`{keyword}` takes a range of channels, like `{keyword} 0..32` for the first 32");
    let number = |token: Option<&Token>| {
        token
            .filter(|token| token.is_literal())
            .and_then(|token| token.text.replace('_', "").parse::<u64>().ok())
    };
    let first = number(cursor.peek());
    let dots = cursor.peek_punct(1, '.') && cursor.peek_punct(2, '.');
    let last = number(cursor.peek_at(3));
    let (Some(first), true, Some(last)) = (first, dots, last) else {
        let at = cursor
            .peek()
            .map_or_else(|| keyword.span.clone(), |token| token.span.clone());
        return Err(Diagnostic::error(at, expected));
    };
    for _ in 0..4 {
        cursor.next();
    }
    let span = cursor.since(start);
    if last <= first {
        return Err(Diagnostic::error(
            span,
            format!("`{keyword} {first}..{last}` takes no channels; the end comes after the start, like `{keyword} {first}..{}`", first.saturating_add(1)),
        ));
    }
    Ok(Dims {
        values: vec![first, last],
        span,
    })
}

fn parse_rate(cursor: &mut Cursor) -> Result<Option<(String, crate::Span)>> {
    let start = cursor.position;
    let negative = cursor.peek_punct(0, '-') && cursor.peek_at(1).is_some_and(Token::is_literal);
    if negative {
        cursor.next();
    }
    let Some(literal) = cursor.peek().filter(|token| token.is_literal()) else {
        return Ok(None);
    };
    cursor.next();
    let text = if negative {
        format!("-{}", literal.text)
    } else {
        literal.text.clone()
    };
    match text.parse::<f64>() {
        Ok(rate) if (0.0..=1.0).contains(&rate) => Ok(Some((text, literal.span.clone()))),
        _ => Err(Diagnostic::error(
            cursor.since(start),
            format!(
                "a dropout rate is a probability between 0 and 1, like `dropout 0.5`; got `{text}`"
            ),
        )),
    }
}

fn parse_option_value(
    cursor: &mut Cursor,
    option: &Token,
    info: &'static OptionInfo,
) -> Result<OptionValue> {
    let parts = match info.value {
        OptValue::Flag => return Ok(OptionValue::Flag),
        OptValue::Padding => {
            if let Some(ident) = cursor.peek_ident() {
                let value = ident.unraw();
                return match value {
                    "same" => {
                        cursor.next();
                        Ok(OptionValue::Same)
                    }
                    "valid" => {
                        cursor.next();
                        Ok(OptionValue::Valid)
                    }
                    _ => Err(Diagnostic::error(
                        ident.span.clone(),
                        match nearest(value, ["same", "valid"]) {
                            Some(known) => format!("unknown padding `{value}`; did you mean `{known}`?"),
                            None => format!(
                                "unknown padding `{value}`; write `pad valid`, `pad same`, `pad P` or `pad PHxPW`"
                            ),
                        },
                    )),
                };
            }
            let dims = parse_dims(cursor, info.expected)?;
            check_parts(&dims, 3, "P, PHxPW or PDxPHxPW")?;
            return Ok(OptionValue::Dims(dims));
        }
        OptValue::Real => return parse_real(cursor, option, info),
        OptValue::Count => 1,
        OptValue::PerAxis => 3,
    };
    let expected = info.expected;
    if !cursor.peek().is_some_and(Token::is_literal) {
        let message = format!("expected {expected}");
        return Err(match cursor.peek() {
            Some(token) => Diagnostic::error(token.span.clone(), message),
            None => Diagnostic::error(option.span.clone(), message),
        });
    }
    let dims = parse_dims(cursor, expected)?;
    check_parts(&dims, parts, expected)?;
    Ok(OptionValue::Dims(dims))
}
