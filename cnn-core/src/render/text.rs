//! Small text helpers shared by the renderers: counting what a value
//! displays as, thousands separators, and escaping for XML and JSON (each
//! with the feature of the renderer that escapes).

use core::fmt::{self, Display, Write};

/// Counts the characters something displays as.
struct Counter(usize);

impl Write for Counter {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.0 += text.chars().count();
        Ok(())
    }
}

/// How many characters `value` displays as.
pub(crate) fn chars(value: impl Display) -> usize {
    let mut counter = Counter(0);
    // Writing into a counter cannot fail.
    let _ = write!(counter, "{value}");
    counter.0
}

/// A count with thousands separators: `62,958`.
#[derive(Clone, Copy)]
pub(crate) struct Grouped(pub(crate) u64);

impl Display for Grouped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut divisor = 1;
        while self.0 / divisor >= 1000 {
            divisor *= 1000;
        }
        write!(f, "{}", self.0 / divisor)?;
        while divisor > 1 {
            divisor /= 1000;
            write!(f, ",{:03}", self.0 / divisor % 1000)?;
        }
        Ok(())
    }
}

/// Text escaped for XML character data and attribute values.
#[cfg(feature = "svg")]
#[derive(Clone, Copy)]
pub(crate) struct Xml<'a>(pub(crate) &'a str);

#[cfg(feature = "svg")]
impl Display for Xml<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
            f.write_str(&rest[..at])?;
            f.write_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                _ => "&apos;",
            })?;
            rest = &rest[at + 1..];
        }
        f.write_str(rest)
    }
}

/// A JSON string literal, quotes included, with `"`, `\` and control
/// characters escaped.
#[cfg(feature = "json")]
#[derive(Clone, Copy)]
pub(crate) struct JsonStr<'a>(pub(crate) &'a str);

#[cfg(feature = "json")]
impl Display for JsonStr<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_char('"')?;
        let mut rest = self.0;
        while let Some(at) = rest.find(|c: char| c == '"' || c == '\\' || c < ' ') {
            f.write_str(&rest[..at])?;
            match rest.as_bytes()[at] {
                b'"' => f.write_str("\\\"")?,
                b'\\' => f.write_str("\\\\")?,
                b'\n' => f.write_str("\\n")?,
                b'\r' => f.write_str("\\r")?,
                b'\t' => f.write_str("\\t")?,
                byte => write!(f, "\\u{byte:04x}")?,
            }
            rest = &rest[at + 1..];
        }
        f.write_str(rest)?;
        f.write_char('"')
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::ToString;

    use super::{chars, Grouped};

    #[cfg(feature = "svg")]
    #[test]
    fn escapes_xml() {
        use super::Xml;
        assert_eq!(
            Xml("a<b & \"c\" 'd'>").to_string(),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;"
        );
        assert_eq!(Xml("conv 5x5x8 ×2").to_string(), "conv 5x5x8 ×2");
    }

    #[cfg(feature = "json")]
    #[test]
    fn escapes_json() {
        use super::JsonStr;
        assert_eq!(
            JsonStr("a\"b\\c\nd\u{1}×").to_string(),
            "\"a\\\"b\\\\c\\nd\\u0001×\""
        );
    }

    #[test]
    fn counts_and_groups() {
        assert_eq!(chars("×2"), 2);
        assert_eq!(Grouped(0).to_string(), "0");
        assert_eq!(Grouped(62_958).to_string(), "62,958");
        assert_eq!(Grouped(1_000_000).to_string(), "1,000,000");
    }
}
