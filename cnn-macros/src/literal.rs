//! Rust literals and paths written as source text, for the items the macro
//! emits as one string that rustc lexes itself.
//!
//! Why text: the macro runs unoptimized in a user's debug build, and
//! there building tens of thousands of tokens through `quote!` and
//! `proc_macro2`, and escaping the docs through `Literal::string`, was
//! most of its time on the zoo. One `TokenStream::from_str` hands the text
//! to rustc's own (optimized) lexer instead.

use cnn_core::Shape;
use proc_macro2::TokenStream;
use std::fmt::Write;

/// Appends `text` as a raw string literal, with as many `#` as it needs.
pub fn raw_str(out: &mut String, text: &str) {
    let hashes = hashes_needed(text);
    out.push('r');
    push_hashes(out, hashes);
    out.push('"');
    out.push_str(text);
    out.push('"');
    push_hashes(out, hashes);
}

/// One more `#` than the longest run of them after a `"` in `text`.
fn hashes_needed(text: &str) -> usize {
    let bytes = text.as_bytes();
    // Most text has no quote, or no `#` after one: both found by std's
    // searchers, optimized even in a debug build, not by the loop below.
    if !bytes.contains(&b'"') {
        return 0;
    }
    if !text.contains("\"#") {
        return 1;
    }
    let mut most = 0;
    let mut run = None;
    for &byte in bytes {
        run = match (byte, run) {
            (b'"', _) => Some(0),
            (b'#', Some(n)) => Some(n + 1),
            _ => None,
        };
        if let Some(n) = run {
            most = most.max(n);
        }
    }
    most + 1
}

fn push_hashes(out: &mut String, n: usize) {
    for _ in 0..n {
        out.push('#');
    }
}

/// Appends `bytes` as a byte string literal: raw when nothing in it needs
/// escaping (a table `cnn-core` encodes is printable ASCII), else with
/// zero as `\0` and every byte that is not printable ASCII as `\xHH`.
pub fn byte_str(out: &mut String, bytes: &[u8]) {
    if let Some(text) = raw_ascii(bytes) {
        out.push_str("br\"");
        out.push_str(text);
        out.push('"');
        return;
    }
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut text = Vec::with_capacity(bytes.len() * 4 + 3);
    text.extend_from_slice(b"b\"");
    for &byte in bytes {
        if (0x20..0x7f).contains(&byte) && byte != b'"' && byte != b'\\' {
            text.push(byte);
        } else if byte == 0 {
            text.extend_from_slice(b"\\0");
        } else {
            text.extend_from_slice(&[
                b'\\',
                b'x',
                HEX[usize::from(byte >> 4)],
                HEX[usize::from(byte & 0xf)],
            ]);
        }
    }
    text.push(b'"');
    // Every byte pushed is ASCII.
    out.push_str(std::str::from_utf8(&text).unwrap_or_default());
}

/// `bytes` as text if a raw byte string can hold them as they are: ASCII,
/// with no `"` and no carriage return.
fn raw_ascii(bytes: &[u8]) -> Option<&str> {
    if !bytes.is_ascii() || bytes.contains(&b'"') || bytes.contains(&b'\r') {
        return None;
    }
    std::str::from_utf8(bytes).ok()
}

/// Appends a shape as the `::cnn::Shape` expression that builds it.
pub fn shape(out: &mut String, shape: Shape) {
    // Writing to a String cannot fail.
    let _ = match shape {
        Shape::Spatial {
            height,
            width,
            channels,
        } => write!(
            out,
            "::cnn::Shape::Spatial {{ height: {height}, width: {width}, channels: {channels} }}"
        ),
        Shape::Flat(n) => write!(out, "::cnn::Shape::Flat({n})"),
        Shape::Sequence { length, channels } => write!(
            out,
            "::cnn::Shape::Sequence {{ length: {length}, channels: {channels} }}"
        ),
        Shape::Volume {
            depth,
            height,
            width,
            channels,
        } => write!(
            out,
            "::cnn::Shape::Volume {{ depth: {depth}, height: {height}, width: {width}, channels: {channels} }}"
        ),
    };
}

/// Appends a shape as the type `Network::Input` names:
/// `::cnn::Dims<H, W, C>`, `::cnn::Dims1<L, C>`, `::cnn::Dims3<D, H, W, C>`
/// or `::cnn::Flat<N>`.
pub fn shape_type(out: &mut String, shape: Shape) {
    let _ = match shape {
        Shape::Spatial {
            height,
            width,
            channels,
        } => write!(out, "::cnn::Dims<{height}, {width}, {channels}>"),
        Shape::Flat(n) => write!(out, "::cnn::Flat<{n}>"),
        Shape::Sequence { length, channels } => {
            write!(out, "::cnn::Dims1<{length}, {channels}>")
        }
        Shape::Volume {
            depth,
            height,
            width,
            channels,
        } => write!(out, "::cnn::Dims3<{depth}, {height}, {width}, {channels}>"),
    };
}

/// The tokens of `text`, which the macro wrote: if rustc cannot lex it,
/// that is the macro's bug, said as a compile error rather than a panic.
pub fn tokens(text: &str) -> TokenStream {
    // proc_macro2's `from_str` first lexes the text again with its own
    // lexer, unoptimized here, which cost more than all the rest; rustc's
    // lexer needs no such check. Outside a macro (the unit tests) there is
    // only proc_macro2's.
    let parsed = if proc_macro::is_available() {
        text.parse::<proc_macro::TokenStream>()
            .map(TokenStream::from)
            .map_err(|error| error.to_string())
    } else {
        text.parse::<TokenStream>()
            .map_err(|error| error.to_string())
    };
    match parsed {
        Ok(tokens) => tokens,
        Err(error) => {
            let message =
                format!("cnn! wrote items rustc cannot read ({error}); please report this");
            quote::quote!(::core::compile_error!(#message);)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(text: &str) -> String {
        let mut out = String::new();
        raw_str(&mut out, text);
        out
    }

    #[test]
    fn raw_strings_take_the_hashes_their_text_needs() {
        assert_eq!(raw("plain"), "r\"plain\"");
        assert_eq!(raw("a \"quote\""), "r#\"a \"quote\"\"#");
        assert_eq!(raw("\"## and \"#"), "r###\"\"## and \"#\"###");
        assert_eq!(raw("# not after a quote"), "r\"# not after a quote\"");
    }

    #[test]
    fn raw_strings_read_back_as_their_text() {
        for text in ["", "x", "\"", "\"#", "a\n\"##b\"#", "é ✓ \\n"] {
            let parsed: syn::LitStr = syn::parse_str(&raw(text)).unwrap();
            assert_eq!(parsed.value(), text);
        }
    }

    #[test]
    fn byte_strings_read_back_as_their_bytes() {
        // Zero before a digit too: `\01` is zero and '1', not octal.
        let bytes: Vec<u8> = (0..=255).chain(*b"\x001\x00").collect();
        let mut out = String::new();
        byte_str(&mut out, &bytes);
        assert!(out.starts_with("b\""));
        let parsed: syn::LitByteStr = syn::parse_str(&out).unwrap();
        assert_eq!(parsed.value(), bytes);
    }

    #[test]
    fn a_printable_table_is_written_raw() {
        let bytes = b"?_~\\ a'#";
        let mut out = String::new();
        byte_str(&mut out, bytes);
        assert_eq!(out, "br\"?_~\\ a'#\"");
        let parsed: syn::LitByteStr = syn::parse_str(&out).unwrap();
        assert_eq!(parsed.value(), bytes);
    }
}
