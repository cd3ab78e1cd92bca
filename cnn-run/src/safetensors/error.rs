//! Why a safetensors file does not load into a network's weights, each
//! case with the names and numbers a message needs, kept in the error
//! itself (no allocation, nothing borrowed from the file), so that it can
//! outlive the bytes it was read from.

use core::fmt;

/// Why [`load`](super::load) refused a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// The bytes are not a safetensors file: what is wrong, and where.
    Malformed {
        /// The byte of the file where the problem is.
        at: usize,
        /// What is wrong.
        problem: Malformed,
    },
    /// The declaration has a tensor the file does not.
    Missing {
        /// Its key, as the declaration names it.
        key: &'static str,
        /// The shape the declaration needs.
        shape: &'static [usize],
    },
    /// The file has a tensor the declaration does not.
    Extra {
        /// The first such tensor's key.
        key: Text<48>,
        /// Its shape in the file.
        shape: FoundShape,
        /// How many more such tensors the file has.
        others: usize,
    },
    /// A tensor's shape in the file is not the declaration's (after
    /// trailing axes of size 1 are dropped on both sides).
    Misshapen {
        /// Its key.
        key: &'static str,
        /// The shape the declaration needs.
        expected: &'static [usize],
        /// Its shape in the file.
        found: FoundShape,
    },
    /// A tensor is stored in a type other than F32, F16 and BF16.
    Dtype {
        /// Its key.
        key: &'static str,
        /// Its dtype in the file (`F64`, `I8`...).
        dtype: Text<8>,
    },
    /// A tensor table places a tensor past the end of the values it fills:
    /// a table written by hand, not one the macro made.
    Table {
        /// The tensor's key.
        key: &'static str,
        /// Where its values would end.
        end: usize,
        /// How many values there are.
        len: usize,
    },
}

/// What is wrong with a file that is not a safetensors file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Malformed {
    /// Fewer than the 8 bytes of the header's length.
    TooShort {
        /// The file's length.
        bytes: usize,
    },
    /// The header's length runs past the end of the file.
    HeaderLength {
        /// The length the file gives.
        header: u64,
        /// The bytes after the length.
        after: usize,
    },
    /// The JSON is not what the format writes here.
    Syntax {
        /// What should be there.
        expected: &'static str,
    },
    /// A number that is not a whole number of at most 20 digits (`u64`).
    Number,
    /// A value nested deeper than the reader follows.
    TooDeep,
    /// A tensor's entry lacks a field, or has one twice.
    Field {
        /// The tensor's key.
        tensor: Text,
        /// `dtype`, `shape` or `data_offsets`.
        field: &'static str,
        /// Whether it is there twice, rather than missing.
        twice: bool,
    },
    /// A tensor's `data_offsets` do not lie in the file's data.
    Offsets {
        /// The tensor's key.
        tensor: Text,
        /// Its first byte, counted from the data's start.
        begin: u64,
        /// Its end.
        end: u64,
        /// The data's length.
        data: usize,
    },
    /// A tensor's bytes are not its shape's values at its dtype's size.
    Size {
        /// The tensor's key.
        tensor: Text,
        /// Its dtype.
        dtype: Text<8>,
        /// Its shape.
        shape: FoundShape,
        /// The bytes its `data_offsets` give.
        bytes: u64,
        /// The size of one value at its dtype, in bytes: the shape takes
        /// its values times this.
        value_bytes: u8,
    },
    /// The same tensor is listed twice.
    Duplicate {
        /// Its key.
        tensor: &'static str,
    },
}

impl Error {
    pub(super) const fn malformed(at: usize, problem: Malformed) -> Error {
        Error::Malformed { at, problem }
    }
}

/// Text from the file (a key, a dtype), copied for a message: its first
/// `N` bytes (at most 255), cut at a character. Small, so that the whole
/// [`Error`] stays within the 128 bytes clippy's `result_large_err` lets a
/// user's `Result` carry: a key of a file's own is kept to 32 bytes (48
/// for an extra tensor), which holds torchvision's keys; a key the
/// declaration names is never cut.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Text<const N: usize = 32> {
    bytes: [u8; N],
    len: u8,
    cut: bool,
}

impl<const N: usize> Text<N> {
    /// The most bytes kept.
    pub const CAPACITY: usize = N;

    pub(super) fn from_bytes(bytes: impl Iterator<Item = u8>) -> Text<N> {
        let mut text = Text {
            bytes: [0; N],
            len: 0,
            cut: false,
        };
        for byte in bytes {
            match text.bytes.get_mut(usize::from(text.len)) {
                Some(slot) => {
                    *slot = byte;
                    text.len += 1;
                }
                None => {
                    text.cut = true;
                    break;
                }
            }
        }
        text
    }

    /// The text kept, up to its last whole character.
    pub fn as_str(&self) -> &str {
        let bytes = self.bytes.split_at(usize::from(self.len)).0;
        match core::str::from_utf8(bytes) {
            Ok(text) => text,
            // Cut inside a character, or not UTF-8 (the format requires it,
            // a hostile file need not comply): the valid part.
            Err(error) => core::str::from_utf8(bytes.split_at(error.valid_up_to()).0).unwrap_or(""),
        }
    }

    /// Whether the text was longer than what is kept.
    pub fn is_cut(&self) -> bool {
        self.cut || self.as_str().len() < usize::from(self.len)
    }
}

impl<const N: usize> fmt::Display for Text<N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())?;
        if self.is_cut() {
            f.write_str("...")?;
        }
        Ok(())
    }
}

impl<const N: usize> fmt::Debug for Text<N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

/// A tensor's shape as a file gives it: its first [`FoundShape::KEPT`]
/// sizes, its rank, and how many values it holds.
// Compact (sizes as `u32`, counts as `u8`) for the same reason as `Text`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct FoundShape {
    kept: [u32; FoundShape::KEPT],
    rank: u8,
    /// The rank without trailing sizes of 1.
    trimmed: u8,
    /// Whether a size kept did not fit in `u32` (and shows as its max).
    huge: bool,
    /// Whether the product of the sizes overflows `u64`.
    overflow: bool,
    /// The product of the sizes.
    elements: u64,
}

impl FoundShape {
    /// The most sizes kept.
    pub const KEPT: usize = 6;

    pub(super) const EMPTY: FoundShape = FoundShape {
        kept: [0; FoundShape::KEPT],
        rank: 0,
        trimmed: 0,
        huge: false,
        overflow: false,
        elements: 1,
    };

    pub(super) fn push(&mut self, size: u64) {
        if let Some(slot) = self.kept.get_mut(usize::from(self.rank)) {
            *slot = u32::try_from(size).unwrap_or_else(|_| {
                self.huge = true;
                u32::MAX
            });
        }
        self.rank = self.rank.saturating_add(1);
        if size != 1 {
            self.trimmed = self.rank;
        }
        match self.elements.checked_mul(size) {
            Some(n) => self.elements = n,
            None => self.overflow = true,
        }
    }

    /// The sizes kept, outermost first (all of them, up to [`Self::KEPT`]).
    pub fn sizes(&self) -> &[u32] {
        self.kept.split_at(self.rank().min(FoundShape::KEPT)).0
    }

    /// How many axes.
    pub fn rank(&self) -> usize {
        usize::from(self.rank)
    }

    /// How many values, `None` past `u64`.
    pub fn elements(&self) -> Option<u64> {
        if self.overflow {
            None
        } else {
            Some(self.elements)
        }
    }

    /// Whether this is `expected` once trailing sizes of 1 are dropped from
    /// both.
    pub fn matches(&self, expected: &[usize]) -> bool {
        let mut wanted = expected.len();
        while wanted > 0 && expected[wanted - 1] == 1 {
            wanted -= 1;
        }
        wanted == usize::from(self.trimmed)
            && wanted <= FoundShape::KEPT
            && !self.huge
            && expected
                .iter()
                .zip(&self.kept)
                .take(wanted)
                .all(|(&want, &found)| want as u64 == u64::from(found))
    }
}

impl fmt::Display for FoundShape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[")?;
        for (index, size) in self.sizes().iter().enumerate() {
            if index > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{size}")?;
        }
        if self.rank() > FoundShape::KEPT {
            write!(f, ", ... ({} axes)", self.rank)?;
        }
        f.write_str("]")
    }
}

impl fmt::Debug for FoundShape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// `[64, 3, 7, 7]`.
struct Sizes<'a>(&'a [usize]);

impl fmt::Display for Sizes<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[")?;
        for (index, size) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{size}")?;
        }
        f.write_str("]")
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Malformed { at, problem } => {
                write!(f, "not a safetensors file: at byte {at}, {problem}")
            }
            Error::Missing { key, shape } => write!(
                f,
                "the file has no tensor `{key}`; the declaration needs it, of shape {}",
                Sizes(shape)
            ),
            Error::Extra { key, shape, others } => {
                write!(
                    f,
                    "the file has a tensor `{key}` of shape {shape} that the declaration does not name"
                )?;
                match others {
                    0 => Ok(()),
                    1 => f.write_str(", and 1 more"),
                    _ => write!(f, ", and {others} more"),
                }
            }
            Error::Misshapen {
                key,
                expected,
                found,
            } => write!(
                f,
                "tensor `{key}` has shape {found}, the declaration needs {}",
                Sizes(expected)
            ),
            Error::Dtype { key, dtype } => write!(
                f,
                "tensor `{key}` is stored as {dtype}; only F32, F16 and BF16 are read"
            ),
            Error::Table { key, end, len } => write!(
                f,
                "the tensor table puts `{key}` at values up to {end}, past the {len} values it fills"
            ),
        }
    }
}

impl fmt::Display for Malformed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Malformed::TooShort { bytes } => write!(
                f,
                "the file is {bytes} bytes long, shorter than the 8 bytes of the header's length"
            ),
            Malformed::HeaderLength { header, after } => write!(
                f,
                "the header's length is {header} bytes, but only {after} bytes follow it"
            ),
            Malformed::Syntax { expected } => write!(f, "expected {expected}"),
            Malformed::Number => f.write_str("expected a whole number that fits in 64 bits"),
            Malformed::TooDeep => f.write_str("a value nested more than 64 deep"),
            Malformed::Field {
                tensor,
                field,
                twice: false,
            } => write!(f, "the entry of tensor `{tensor}` has no `{field}`"),
            Malformed::Field {
                tensor,
                field,
                twice: true,
            } => write!(f, "the entry of tensor `{tensor}` has `{field}` twice"),
            Malformed::Offsets {
                tensor,
                begin,
                end,
                data,
            } => write!(
                f,
                "tensor `{tensor}` has data_offsets [{begin}, {end}], outside the {data} bytes of data"
            ),
            Malformed::Size {
                tensor,
                dtype,
                shape,
                bytes,
                value_bytes,
            } => {
                write!(f, "tensor `{tensor}` is {dtype} of shape {shape}, which ")?;
                let needs = shape
                    .elements()
                    .and_then(|n| n.checked_mul(u64::from(*value_bytes)));
                match needs {
                    Some(needs) => write!(f, "takes {needs} bytes")?,
                    None => f.write_str("takes more bytes than 64 bits count")?,
                }
                write!(f, ", but its data_offsets give {bytes}")
            }
            Malformed::Duplicate { tensor } => write!(f, "tensor `{tensor}` is listed twice"),
        }
    }
}

impl core::error::Error for Error {}

// A user's `fn load() -> Result<_, Error>` under `#![deny(clippy::all)]`
// must not trip `result_large_err` (128 bytes).
const _: () = assert!(core::mem::size_of::<Error>() <= 128);
