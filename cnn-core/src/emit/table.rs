//! The compact form in which `cnn!` writes a network's rows: one byte
//! string, decoded by a `const fn` only when `LAYERS` is used. A table of
//! struct literals costs rustc time in every build whether it is used or
//! not; one literal costs next to nothing (see `bench/BUILD-TIME.md`).
//!
//! Not a stable interface: the macro and this module change together. Each
//! row is, in order: name (0 for none, else 1 and the string), kind code
//! ([`KindInfo::code`](crate::KindInfo::code)) and, for `repeat`, its count; spec; input and output shapes (rank,
//! that many spatial sizes, channels; rank 0 is a flat vector of
//! `channels`); params, non-trainable params, MACs; formula; receptive
//! field (size and jump on three axes, start zigzag-encoded); depth, rows,
//! times. A number is
//! written in 5-bit digits, least significant first, each one printable
//! ASCII byte: `?` to `^` for a digit with more to come, `_` to `~` for
//! the last. The macro then writes the table as a raw byte string with
//! nothing to escape: escaping LEB128 bytes made the literal four times
//! their size, and every byte costs the (unoptimized) macro and rustc's
//! lexer. A string is where it starts and its length in a pool of all
//! the rows' text (each string once), a `&str` sliced without validating
//! it again.

use crate::arith::digits;
use crate::{Block, Kind, Layer, ReceptiveField, Shape};

/// The most bytes one row takes: 34 numbers of at most 13 digits.
const MAX_ROW: usize = 34 * digits::MAX_DIGITS;

/// One row's bytes, as [`encode`] writes them.
pub struct Row {
    bytes: [u8; MAX_ROW],
    len: usize,
}

impl Row {
    /// The row's bytes, to append to the table.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// Writes a row into a buffer of its own, not byte by byte through a
/// sink: the macro runs unoptimized in a user's debug build, where a call
/// per byte was a tenth of its time on the zoo.
struct Writer<'a, 't> {
    row: Row,
    text: &'a mut dyn FnMut(&'t str) -> usize,
}

impl<'t> Writer<'_, 't> {
    fn number(&mut self, n: u64) {
        self.row.len = digits::write(n, &mut self.row.bytes, self.row.len);
    }

    fn text(&mut self, text: &'t str) {
        let at = (self.text)(text);
        self.number(at as u64);
        self.number(text.len() as u64);
    }

    fn shape(&mut self, shape: Shape) {
        let rank = shape.rank();
        self.number(rank as u64);
        let axes = shape.axes();
        let mut axis = 0;
        while axis < rank {
            self.number(axes[axis]);
            axis += 1;
        }
        self.number(shape.channels());
    }
}

/// The row for `layer`, each of its strings through `text`, which puts it
/// in a pool of text (once, however often it comes) and says at which
/// byte; the row records that.
pub fn encode<'t>(layer: &Layer<'t>, text: &mut dyn FnMut(&'t str) -> usize) -> Row {
    let mut out = Writer {
        row: Row {
            bytes: [0; MAX_ROW],
            len: 0,
        },
        text,
    };
    match layer.name {
        Some(name) => {
            out.number(1);
            out.text(name);
        }
        None => out.number(0),
    }
    out.number(u64::from(layer.kind.code()));
    if let Some(rounds) = layer.kind.rounds() {
        out.number(rounds);
    }
    out.text(layer.spec);
    out.shape(layer.input);
    out.shape(layer.output);
    for n in [layer.params, layer.non_trainable_params, layer.macs] {
        out.number(n);
    }
    out.text(layer.formula);
    let field = layer.receptive_field;
    for n in field.size {
        out.number(n);
    }
    for n in field.jump {
        out.number(n);
    }
    for n in field.start {
        // Zigzag: small magnitudes of either sign stay short.
        out.number(((n << 1) ^ (n >> 63)) as u64);
    }
    for n in [u64::from(layer.depth), u64::from(layer.rows), layer.times] {
        out.number(n);
    }
    out.row
}

/// A reader over a table: its numbers and its text.
struct Reader<'t> {
    bytes: &'t [u8],
    at: usize,
    text: &'t str,
}

impl<'t> Reader<'t> {
    const fn number(&mut self) -> u64 {
        match digits::read(self.bytes, self.at) {
            Some((n, next)) => {
                self.at = next;
                n
            }
            None => panic!("a table that `encode` did not write"),
        }
    }

    /// A string of the pool, by where it starts and its length: a slice,
    /// checked at its ends only.
    const fn text(&mut self) -> &'t str {
        let at = self.number() as usize;
        let len = self.number() as usize;
        let (_, rest) = self.text.split_at(at);
        let (text, _) = rest.split_at(len);
        text
    }

    const fn shape(&mut self) -> Shape {
        let rank = self.number() as usize;
        let mut axes = [1; 3];
        let mut axis = 0;
        while axis < rank && axis < 3 {
            axes[axis] = self.number();
            axis += 1;
        }
        let channels = self.number();
        Shape::of_axes(axes, rank, channels)
    }

    const fn signed(&mut self) -> i64 {
        let n = self.number();
        ((n >> 1) as i64) ^ -((n & 1) as i64)
    }

    const fn layer(&mut self) -> Layer<'t> {
        let name = match self.number() {
            0 => None,
            _ => Some(self.text()),
        };
        let code = self.number();
        let known = if code <= u8::MAX as u64 {
            Kind::from_code(code as u8)
        } else {
            None
        };
        let kind = match known {
            Some(kind) => match kind.rounds() {
                Some(_) => Kind::Block(Block::Repeat(self.number())),
                None => kind,
            },
            None => panic!("a kind code that no kind has: the table is not one `encode` wrote"),
        };
        let spec = self.text();
        let input = self.shape();
        let output = self.shape();
        let params = self.number();
        let non_trainable_params = self.number();
        let macs = self.number();
        let formula = self.text();
        let size = [self.number(), self.number(), self.number()];
        let jump = [self.number(), self.number(), self.number()];
        let start = [self.signed(), self.signed(), self.signed()];
        let depth = self.number() as u16;
        let rows = self.number() as u32;
        let times = self.number();
        Layer {
            name,
            kind,
            spec,
            input,
            output,
            params,
            non_trainable_params,
            macs,
            formula,
            receptive_field: ReceptiveField { size, jump, start },
            depth,
            rows,
            times,
        }
    }
}

/// The row of a table [`encode`] wrote whose numbers start at byte `at`,
/// with its pool of text, and where the next row starts.
pub const fn row<'t>(bytes: &'t [u8], text: &'t str, at: usize) -> (Layer<'t>, usize) {
    let mut reader = Reader { bytes, at, text };
    let layer = reader.layer();
    (layer, reader.at)
}

/// The `N` rows of a table [`encode`] wrote, at compile time.
pub const fn decode<'t, const N: usize>(bytes: &'t [u8], text: &'t str) -> [Layer<'t>; N] {
    let blank = Layer {
        name: None,
        kind: Kind::Input,
        spec: "",
        input: Shape::Flat(1),
        output: Shape::Flat(1),
        params: 0,
        non_trainable_params: 0,
        macs: 0,
        formula: "",
        receptive_field: ReceptiveField::INPUT,
        depth: 0,
        rows: 0,
        times: 1,
    };
    let mut layers = [blank; N];
    let mut reader = Reader { bytes, at: 0, text };
    let mut index = 0;
    while index < N {
        layers[index] = reader.layer();
        index += 1;
    }
    layers
}
