//! Reads a safetensors header: the length, then the JSON object of tensor
//! entries, scanned in place, one entry at a time, without allocating.
//!
//! Only the shape the format defines is read: an object whose values are
//! `{"dtype": "F32", "shape": [..], "data_offsets": [begin, end]}`, and
//! `__metadata__`, whose value is skipped. Other fields of an entry are
//! skipped too, so a newer writer's additions do not stop the reader. Every
//! step is bounded by the header's length, and nothing is trusted: a wrong
//! byte anywhere is an [`Error::Malformed`] that says what and where.

use super::error::{Error, FoundShape, Malformed, Text};

/// What a header may nest in a skipped value (`__metadata__` is one level):
/// far above what a writer makes, and the bound of the skipper's stack.
const MAX_NESTING: u32 = 64;

/// The parts of a file: its header's JSON and the data after it.
#[derive(Clone, Copy)]
pub(super) struct Header<'a> {
    json: &'a [u8],
    /// The tensors' bytes; `data_offsets` count from its start.
    pub(super) data: &'a [u8],
}

/// A JSON string as it is in the file, between its quotes, escapes and all.
#[derive(Clone, Copy)]
pub(super) struct RawStr<'a>(&'a [u8]);

/// One tensor entry of the header.
#[derive(Clone, Copy)]
pub(super) struct Entry<'a> {
    pub(super) name: RawStr<'a>,
    pub(super) dtype: RawStr<'a>,
    pub(super) shape: FoundShape,
    pub(super) begin: u64,
    pub(super) end: u64,
    /// Where the entry's name is in the file, for messages.
    pub(super) at: usize,
}

impl<'a> Header<'a> {
    /// The header and data of `file`: an 8-byte little-endian length, that
    /// many bytes of JSON, then the data.
    pub(super) fn parse(file: &'a [u8]) -> Result<Header<'a>, Error> {
        let Some((length, rest)) = file.split_first_chunk::<8>() else {
            return Err(Error::malformed(
                0,
                Malformed::TooShort { bytes: file.len() },
            ));
        };
        let length = u64::from_le_bytes(*length);
        let json_len = usize::try_from(length)
            .ok()
            .filter(|&len| len <= rest.len())
            .ok_or(Error::malformed(
                0,
                Malformed::HeaderLength {
                    header: length,
                    after: rest.len(),
                },
            ))?;
        let (json, data) = rest.split_at(json_len);
        Ok(Header { json, data })
    }

    /// The tensor entries, in the file's order; `__metadata__` is left out.
    /// An error ends them.
    pub(super) fn entries(&self) -> Entries<'a> {
        Entries {
            scanner: Scanner {
                json: self.json,
                at: 0,
            },
            started: false,
            done: false,
        }
    }
}

/// The entries of a header, read as they are asked for.
pub(super) struct Entries<'a> {
    scanner: Scanner<'a>,
    started: bool,
    done: bool,
}

impl<'a> Iterator for Entries<'a> {
    type Item = Result<Entry<'a>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let result = self.step();
        match result {
            Ok(Some(entry)) => Some(Ok(entry)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(error) => {
                self.done = true;
                Some(Err(error))
            }
        }
    }
}

impl<'a> Entries<'a> {
    /// The next tensor entry, `None` after the closing brace.
    fn step(&mut self) -> Result<Option<Entry<'a>>, Error> {
        let scanner = &mut self.scanner;
        loop {
            scanner.space();
            if !self.started {
                self.started = true;
                scanner.expect(b'{', "the header to be a JSON object, starting with `{`")?;
                scanner.space();
                if scanner.eat(b'}') {
                    return scanner.end().map(|()| None);
                }
            } else if scanner.eat(b'}') {
                return scanner.end().map(|()| None);
            } else {
                scanner.expect(b',', "`,` or `}` after a tensor's entry")?;
                scanner.space();
            }
            let at = scanner.file_offset();
            let name = scanner.string("a tensor's name, in quotes")?;
            scanner.space();
            scanner.expect(b':', "`:` after a tensor's name")?;
            scanner.space();
            if name.is("__metadata__") {
                scanner.skip_value()?;
                continue;
            }
            return scanner.entry(name, at).map(Some);
        }
    }
}

/// A position in the header's JSON.
struct Scanner<'a> {
    json: &'a [u8],
    at: usize,
}

impl<'a> Scanner<'a> {
    /// Where the scanner is, counted from the file's first byte (after
    /// the 8 bytes of the length).
    fn file_offset(&self) -> usize {
        self.at.saturating_add(8)
    }

    fn error(&self, problem: Malformed) -> Error {
        Error::malformed(self.file_offset(), problem)
    }

    fn peek(&self) -> Option<u8> {
        self.json.get(self.at).copied()
    }

    /// Skips JSON's whitespace (the format pads the header with spaces).
    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn expect(&mut self, byte: u8, expected: &'static str) -> Result<(), Error> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(self.error(Malformed::Syntax { expected }))
        }
    }

    /// After the object's closing brace: only whitespace.
    fn end(&mut self) -> Result<(), Error> {
        self.space();
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.error(Malformed::Syntax {
                expected: "nothing but spaces after the header's closing `}`",
            })),
        }
    }

    /// A string, its content left as written.
    fn string(&mut self, expected: &'static str) -> Result<RawStr<'a>, Error> {
        self.expect(b'"', expected)?;
        let start = self.at;
        loop {
            match self.peek() {
                None => {
                    return Err(self.error(Malformed::Syntax {
                        expected: "the closing `\"` of a string",
                    }))
                }
                Some(b'"') => {
                    let raw = RawStr(&self.json[start..self.at]);
                    self.at += 1;
                    return Ok(raw);
                }
                Some(b'\\') => {
                    self.at += 1;
                    match self.peek() {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {
                            self.at += 1
                        }
                        Some(b'u') => {
                            self.at += 1;
                            for _ in 0..4 {
                                if !self.peek().is_some_and(|b| b.is_ascii_hexdigit()) {
                                    return Err(self.error(Malformed::Syntax {
                                        expected: "four hexadecimal digits after `\\u`",
                                    }));
                                }
                                self.at += 1;
                            }
                        }
                        _ => {
                            return Err(self.error(Malformed::Syntax {
                                expected: "one of `\"\\/bfnrtu` after `\\` in a string",
                            }))
                        }
                    }
                }
                Some(byte) if byte < 0x20 => {
                    return Err(self.error(Malformed::Syntax {
                        expected: "no control character inside a string",
                    }))
                }
                Some(_) => self.at += 1,
            }
        }
    }

    /// A whole number that fits `u64`.
    fn number(&mut self) -> Result<u64, Error> {
        let start = self.at;
        let mut value: u64 = 0;
        while let Some(digit @ b'0'..=b'9') = self.peek() {
            value = value
                .checked_mul(10)
                .and_then(|value| value.checked_add(u64::from(digit - b'0')))
                .ok_or(self.error(Malformed::Number))?;
            self.at += 1;
        }
        let whole = self.at > start && !matches!(self.peek(), Some(b'.' | b'e' | b'E'));
        if whole {
            Ok(value)
        } else {
            self.at = start;
            Err(self.error(Malformed::Number))
        }
    }

    /// `[n, n, ...]`: each number to `each`, in order.
    fn numbers(&mut self, mut each: impl FnMut(u64)) -> Result<(), Error> {
        self.expect(b'[', "`[` starting a list of numbers")?;
        self.space();
        if self.eat(b']') {
            return Ok(());
        }
        loop {
            self.space();
            each(self.number()?);
            self.space();
            if self.eat(b']') {
                return Ok(());
            }
            self.expect(b',', "`,` or `]` in a list of numbers")?;
        }
    }

    /// One entry's object: `dtype`, `shape` and `data_offsets`, in any
    /// order, each once; other fields skipped.
    fn entry(&mut self, name: RawStr<'a>, at: usize) -> Result<Entry<'a>, Error> {
        let missing = |field| {
            Error::malformed(
                at,
                Malformed::Field {
                    tensor: name.text(),
                    field,
                    twice: false,
                },
            )
        };
        self.expect(b'{', "`{` starting a tensor's entry")?;
        let mut dtype = None;
        let mut shape = None;
        let mut offsets = None;
        self.space();
        let mut first = true;
        loop {
            self.space();
            if self.eat(b'}') {
                break;
            }
            if !first {
                self.expect(b',', "`,` or `}` in a tensor's entry")?;
                self.space();
            }
            first = false;
            let field_at = self.file_offset();
            let field = self.string("a field's name, in quotes")?;
            self.space();
            self.expect(b':', "`:` after a field's name")?;
            self.space();
            let twice = |field| {
                Error::malformed(
                    field_at,
                    Malformed::Field {
                        tensor: name.text(),
                        field,
                        twice: true,
                    },
                )
            };
            if field.is("dtype") {
                if dtype.is_some() {
                    return Err(twice("dtype"));
                }
                dtype = Some(self.string("the dtype, in quotes, like \"F32\"")?);
            } else if field.is("shape") {
                if shape.is_some() {
                    return Err(twice("shape"));
                }
                let mut found = FoundShape::EMPTY;
                self.numbers(|size| found.push(size))?;
                shape = Some(found);
            } else if field.is("data_offsets") {
                if offsets.is_some() {
                    return Err(twice("data_offsets"));
                }
                let mut pair = [0; 2];
                let mut count = 0usize;
                let list_at = self.file_offset();
                self.numbers(|offset| {
                    if let Some(slot) = pair.get_mut(count) {
                        *slot = offset;
                    }
                    count = count.saturating_add(1);
                })?;
                if count != 2 {
                    return Err(Error::malformed(
                        list_at,
                        Malformed::Syntax {
                            expected: "two numbers in `data_offsets`, `[begin, end]`",
                        },
                    ));
                }
                offsets = Some(pair);
            } else {
                self.skip_value()?;
            }
        }
        let dtype = dtype.ok_or_else(|| missing("dtype"))?;
        let shape = shape.ok_or_else(|| missing("shape"))?;
        let [begin, end] = offsets.ok_or_else(|| missing("data_offsets"))?;
        Ok(Entry {
            name,
            dtype,
            shape,
            begin,
            end,
            at,
        })
    }

    /// Skips one JSON value of any kind. Containers are matched bracket for
    /// bracket (an explicit stack of bits, so no recursion), strings with
    /// their escapes; what is inside a container is not checked further.
    fn skip_value(&mut self) -> Result<(), Error> {
        match self.peek() {
            Some(b'"') => return self.string("a value").map(|_| ()),
            Some(b'{' | b'[') => {}
            Some(b'-' | b'0'..=b'9' | b't' | b'f' | b'n') => {
                let start = self.at;
                while let Some(b'-' | b'+' | b'.' | b'0'..=b'9' | b'a'..=b'z' | b'E') = self.peek()
                {
                    self.at += 1;
                }
                return if self.at > start {
                    Ok(())
                } else {
                    Err(self.error(Malformed::Syntax {
                        expected: "a value",
                    }))
                };
            }
            _ => {
                return Err(self.error(Malformed::Syntax {
                    expected: "a value",
                }))
            }
        }
        // Bit `depth` of `braces` is set where the open bracket is `{`.
        let mut braces: u64 = 0;
        let mut depth: u32 = 0;
        loop {
            match self.peek() {
                None => {
                    return Err(self.error(Malformed::Syntax {
                        expected: "the closing bracket of a value",
                    }))
                }
                Some(b'"') => {
                    self.string("a string")?;
                    continue;
                }
                Some(open @ (b'{' | b'[')) => {
                    if depth >= MAX_NESTING {
                        return Err(self.error(Malformed::TooDeep));
                    }
                    if open == b'{' {
                        braces |= 1 << depth;
                    } else {
                        braces &= !(1 << depth);
                    }
                    depth += 1;
                }
                Some(close @ (b'}' | b']')) => {
                    let Some(below) = depth.checked_sub(1) else {
                        return Err(self.error(Malformed::Syntax {
                            expected: "a value, not a closing bracket",
                        }));
                    };
                    let is_brace = braces & (1 << below) != 0;
                    if is_brace != (close == b'}') {
                        return Err(self.error(Malformed::Syntax {
                            expected: "the closing bracket that matches the opening one",
                        }));
                    }
                    depth = below;
                    if depth == 0 {
                        self.at += 1;
                        return Ok(());
                    }
                }
                Some(_) => {}
            }
            self.at += 1;
        }
    }
}

impl<'a> RawStr<'a> {
    /// The string's characters, as UTF-8 bytes, escapes decoded.
    pub(super) fn bytes(self) -> Decoded<'a> {
        Decoded {
            raw: self.0,
            at: 0,
            pending: [0; 4],
            pending_at: 0,
            pending_len: 0,
        }
    }

    /// Whether the string is `text`.
    pub(super) fn is(self, text: &str) -> bool {
        self.bytes().eq(text.bytes())
    }

    /// Whether the string is `head` then `tail`.
    pub(super) fn is_joined(self, head: &str, tail: &str) -> bool {
        self.bytes().eq(head.bytes().chain(tail.bytes()))
    }

    /// The string as text for a message, cut if long.
    pub(super) fn text<const N: usize>(self) -> Text<N> {
        Text::from_bytes(self.bytes())
    }
}

/// A string's bytes with its escapes decoded. A lone surrogate (`\ud800`)
/// becomes U+FFFD, as a lenient decoder makes it.
pub(super) struct Decoded<'a> {
    raw: &'a [u8],
    at: usize,
    pending: [u8; 4],
    pending_at: usize,
    pending_len: usize,
}

impl Decoded<'_> {
    /// Four hex digits at `at`, if they are there.
    fn hex4(&self, at: usize) -> Option<u32> {
        let digits = self.raw.get(at..at.checked_add(4)?)?;
        let mut value = 0;
        for &digit in digits {
            value = value * 16 + char::from(digit).to_digit(16)?;
        }
        Some(value)
    }

    /// The character of the `\u` escape whose digits start at `at`, and how
    /// many bytes the escape (and a low surrogate's escape) take after it.
    fn unicode(&self, at: usize) -> (char, usize) {
        let Some(high) = self.hex4(at) else {
            return (char::REPLACEMENT_CHARACTER, 0);
        };
        if (0xD800..0xDC00).contains(&high) {
            let low_at = at + 4;
            if self.raw.get(low_at..low_at + 2) == Some(b"\\u") {
                if let Some(low) = self.hex4(low_at + 2) {
                    if (0xDC00..0xE000).contains(&low) {
                        let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                        return (
                            char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER),
                            10,
                        );
                    }
                }
            }
        }
        (
            char::from_u32(high).unwrap_or(char::REPLACEMENT_CHARACTER),
            4,
        )
    }
}

impl Iterator for Decoded<'_> {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        if self.pending_at < self.pending_len {
            let byte = self.pending.get(self.pending_at).copied();
            self.pending_at += 1;
            return byte;
        }
        let byte = *self.raw.get(self.at)?;
        self.at += 1;
        if byte != b'\\' {
            return Some(byte);
        }
        let escape = *self.raw.get(self.at)?;
        self.at += 1;
        let decoded = match escape {
            b'b' => 0x08,
            b'f' => 0x0C,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'u' => {
                let (character, used) = self.unicode(self.at);
                self.at += used;
                let length = character.encode_utf8(&mut self.pending).len();
                self.pending_len = length;
                self.pending_at = 1;
                return self.pending.first().copied();
            }
            other => other,
        };
        Some(decoded)
    }
}
