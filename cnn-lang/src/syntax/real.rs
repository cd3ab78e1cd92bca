//! Reads the real number of an option (`eps 1e-3`, `slope 1e-3`),
//! as PyTorch prints it: digits, perhaps a fraction, perhaps an exponent.
//! Anything else, a number that is not positive, or one an `f32` cannot
//! hold, is an error on its token.

use cnn_core::{Opt, OptionInfo};

use super::ast::OptionValue;
use super::cursor::Cursor;
use crate::lex::Token;
use crate::Diagnostic;

/// The value after `option`, whose description says it is a real number.
pub fn parse_real(
    cursor: &mut Cursor,
    option: &Token,
    info: &'static OptionInfo,
) -> Result<OptionValue, Diagnostic> {
    let why = match info.opt {
        Opt::Gamma => "(timm's `ScaledStdConv2d` scales its weights by it)",
        Opt::Slope => "(it scales the negative values; a slope of 0 is `relu`)",
        // Only `eps`, `gamma` and `slope` take a real number.
        Opt::Eps
        | Opt::Stride
        | Opt::Pad
        | Opt::Dilation
        | Opt::Groups
        | Opt::NoBias
        | Opt::Ceil
        | Opt::Multiplier
        | Opt::OutPad
        | Opt::Bilinear
        | Opt::Ws
        | Opt::ScaledWs
        | Opt::Tanh
        | Opt::End => "(PyTorch adds it to the variance before the square root)",
    };
    let (text, value) = read_real(cursor, option, info.keyword, info.expected, why)?;
    Ok(OptionValue::Real { text, value })
}

/// The number after `keyword` (the token `at`), as written and as an
/// `f32`; `expected` is what an error says it expected, `why` why it
/// must be positive.
pub fn read_real(
    cursor: &mut Cursor,
    at: &Token,
    keyword: &str,
    expected: &str,
    why: &str,
) -> Result<(String, f32), Diagnostic> {
    let option = at;
    let start = cursor.position;
    let negative = cursor.peek_punct(0, '-') && cursor.peek_at(1).is_some_and(Token::is_literal);
    if negative {
        cursor.next();
    }
    let Some(literal) = cursor.peek().filter(|token| token.is_literal()) else {
        let message = format!("expected {expected}");
        return Err(match cursor.peek() {
            Some(token) => Diagnostic::error(token.span.clone(), message),
            None => Diagnostic::error(option.span.clone(), message),
        });
    };
    cursor.next();
    let text = &literal.text;
    if !is_decimal(text) {
        return Err(Diagnostic::error(
            literal.span.clone(),
            format!("`{text}` is not a number as PyTorch prints one; expected {expected}"),
        ));
    }
    let positive = format!("`{keyword}` must be positive {why}");
    // `is_decimal` leaves only what `f32`'s parser reads, correctly rounded.
    let value = text.parse::<f32>().unwrap_or(f32::NAN);
    let problem = if negative {
        Some(format!("{positive}; got `-{text}`"))
    } else if value == 0.0 {
        // `0`, `0.0`, `0e-3`: written as zero, not rounded to it.
        let mantissa = text.split(['e', 'E']).next().unwrap_or(text);
        let zero = mantissa.bytes().all(|b| matches!(b, b'0' | b'.'));
        Some(if zero {
            format!("{positive}; got `{text}`")
        } else {
            format!("{positive}; `{text}` is 0 as an `f32`, whose smallest positive value is about 1e-45")
        })
    } else if !value.is_finite() {
        Some(format!(
            "`{text}` is too large for an `f32`, whose largest value is about 3.4e38"
        ))
    } else {
        None
    };
    match problem {
        Some(message) => Err(Diagnostic::error(cursor.since(start), message)),
        None => Ok((text.clone(), value)),
    }
}

/// Whether `text` is digits, perhaps `.` and digits, perhaps `e` or `E`, a
/// sign and digits: `1e-3`, `0.001`, `1e-06`, `2`.
fn is_decimal(text: &str) -> bool {
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let (mantissa, exponent) = match text.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, Some(exponent)),
        None => (text, None),
    };
    let mantissa_ok = match mantissa.split_once('.') {
        Some((whole, fraction)) => digits(whole) && digits(fraction),
        None => digits(mantissa),
    };
    let exponent_ok = exponent
        .is_none_or(|exponent| digits(exponent.strip_prefix(['+', '-']).unwrap_or(exponent)));
    mantissa_ok && exponent_ok
}

#[cfg(test)]
mod tests {
    use super::is_decimal;

    #[test]
    fn decimal_numbers_as_pytorch_prints_them() {
        for text in ["1e-3", "0.001", "1e-06", "1E+2", "2", "1.5e-5"] {
            assert!(is_decimal(text), "{text}");
        }
        for text in [
            "1e-3f32", "0x10", "1_0", "1e", "1.e3", "1e+", "1.5.5", "32x32x3",
        ] {
            assert!(!is_decimal(text), "{text}");
        }
    }
}
