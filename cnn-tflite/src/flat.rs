//! A bounds-checked reader of the few flatbuffer tables this crate reads.
//!
//! Hand-written rather than read through the `flatbuffers` crate and the
//! schema's generated code, which a microcontroller cannot afford: in
//! `no_std` that crate links the `alloc` crate (its lib.rs declares
//! `extern crate alloc` whatever its features), so every binary reading a
//! model would need a `#[global_allocator]`; and its verifier, which must
//! run before the generated accessors may be used, is generated for the
//! whole TFLite schema, about 160 KB of code on a Cortex-M4, more than
//! the kernels and the loader together. This reader knows only the tables
//! and fields the crate's view reads (`schema/README.md` lists them) and
//! checks every offset and length when it follows it, so nothing reads
//! outside the bytes and a malformed file is an [`Error`], never a panic.
//!
//! The generated code remains the oracle: the tests read every model of
//! tests/int8 with both and compare every field (the `generated` feature
//! also offers it, with its whole-schema verifier, to a host that wants
//! it).
//!
//! The format: a table starts with the signed distance back to its
//! vtable; the vtable holds its own size, the table's size, then one
//! 16-bit offset a field from the table's start (0 or past the end:
//! absent, the schema's default). A table, vector or string field holds
//! an unsigned 32-bit offset, from the field, to it; a vector or string
//! starts with its 32-bit length. Everything is little-endian, at any
//! alignment here (a model in `include_bytes!` starts anywhere).

use crate::error::Error;

/// An offset, length or field that reaches outside the bytes (the
/// flatbuffers verifier's words for it, which `cnn import` prints).
pub(crate) const RANGE: Error = Error::Malformed("an offset or length reaches past the end");
/// A table whose vtable is not inside the bytes.
const VTABLE: Error = Error::Malformed("a table's vtable offset reaches past the end");

/// `N` bytes of `buf` at `at`.
fn bytes<const N: usize>(buf: &[u8], at: usize) -> Result<[u8; N], Error> {
    let slice = buf.get(at..at.checked_add(N).ok_or(RANGE)?).ok_or(RANGE)?;
    let mut out = [0; N];
    out.copy_from_slice(slice);
    Ok(out)
}

fn u16_at(buf: &[u8], at: usize) -> Result<usize, Error> {
    bytes::<2>(buf, at).map(|b| usize::from(u16::from_le_bytes(b)))
}

fn u32_at(buf: &[u8], at: usize) -> Result<usize, Error> {
    // usize is at least 32 bits on every target this crate builds for.
    bytes::<4>(buf, at).map(|b| u32::from_le_bytes(b) as usize)
}

/// Where the offset stored at `at` points.
fn follow(buf: &[u8], at: usize) -> Result<usize, Error> {
    let to = at.checked_add(u32_at(buf, at)?).ok_or(RANGE)?;
    match to < buf.len() {
        true => Ok(to),
        false => Err(RANGE),
    }
}

/// The elements of the vector at `at`, `size` bytes each, and how many.
fn vector(buf: &[u8], at: usize, size: usize) -> Result<(&[u8], usize), Error> {
    let len = u32_at(buf, at)?;
    let start = at + 4;
    let end = len
        .checked_mul(size)
        .and_then(|n| n.checked_add(start))
        .ok_or(RANGE)?;
    Ok((buf.get(start..end).ok_or(RANGE)?, len))
}

/// One table of the flatbuffer, its vtable read and checked.
#[derive(Clone, Copy)]
pub(crate) struct Table<'a> {
    buf: &'a [u8],
    at: usize,
    vtable: usize,
    /// How many fields the vtable has entries for.
    fields: usize,
    /// The table's size in bytes, from `at`.
    size: usize,
}

impl<'a> Table<'a> {
    /// The root table, which the offset at the buffer's start points to.
    pub(crate) fn root(buf: &'a [u8]) -> Result<Self, Error> {
        Table::at(buf, follow(buf, 0)?)
    }

    /// The table at `at`.
    fn at(buf: &'a [u8], at: usize) -> Result<Self, Error> {
        let back = i32::from_le_bytes(bytes::<4>(buf, at)?);
        // vtable = at - back, inside the buffer.
        let vtable = i64::try_from(at)
            .ok()
            .and_then(|at| usize::try_from(at - i64::from(back)).ok())
            .ok_or(VTABLE)?;
        let vtable_size = u16_at(buf, vtable).map_err(|_| VTABLE)?;
        let size = u16_at(buf, vtable + 2).map_err(|_| VTABLE)?;
        if vtable_size < 4
            || vtable
                .checked_add(vtable_size)
                .is_none_or(|end| end > buf.len())
        {
            return Err(VTABLE);
        }
        if size < 4 || at.checked_add(size).is_none_or(|end| end > buf.len()) {
            return Err(RANGE);
        }
        Ok(Table {
            buf,
            at,
            vtable,
            fields: (vtable_size - 4) / 2,
            size,
        })
    }

    /// Where field `id` is, `size` bytes inside the table; `None` if the
    /// table leaves it out.
    fn field(&self, id: usize, size: usize) -> Result<Option<usize>, Error> {
        if id >= self.fields {
            return Ok(None);
        }
        let offset = u16_at(self.buf, self.vtable + 4 + 2 * id)?;
        if offset == 0 {
            return Ok(None);
        }
        if offset < 4 || offset + size > self.size {
            return Err(RANGE);
        }
        Ok(Some(self.at + offset))
    }

    /// The scalar field `id`, or `default`.
    fn scalar<const N: usize>(&self, id: usize, default: [u8; N]) -> Result<[u8; N], Error> {
        match self.field(id, N)? {
            Some(at) => bytes::<N>(self.buf, at),
            None => Ok(default),
        }
    }

    pub(crate) fn u8(&self, id: usize, default: u8) -> Result<u8, Error> {
        self.scalar(id, [default]).map(|[b]| b)
    }

    pub(crate) fn i8(&self, id: usize, default: i8) -> Result<i8, Error> {
        self.scalar(id, default.to_le_bytes())
            .map(i8::from_le_bytes)
    }

    /// A `bool` field: any byte but 0 is true, as the generated code reads it.
    pub(crate) fn bool(&self, id: usize, default: bool) -> Result<bool, Error> {
        self.u8(id, u8::from(default)).map(|b| b != 0)
    }

    pub(crate) fn i32(&self, id: usize, default: i32) -> Result<i32, Error> {
        self.scalar(id, default.to_le_bytes())
            .map(i32::from_le_bytes)
    }

    pub(crate) fn u32(&self, id: usize, default: u32) -> Result<u32, Error> {
        self.scalar(id, default.to_le_bytes())
            .map(u32::from_le_bytes)
    }

    pub(crate) fn u64(&self, id: usize, default: u64) -> Result<u64, Error> {
        self.scalar(id, default.to_le_bytes())
            .map(u64::from_le_bytes)
    }

    pub(crate) fn f32(&self, id: usize, default: f32) -> Result<f32, Error> {
        self.scalar(id, default.to_le_bytes())
            .map(f32::from_le_bytes)
    }

    /// Where the offset field `id` points, if the table has it.
    fn offset(&self, id: usize) -> Result<Option<usize>, Error> {
        match self.field(id, 4)? {
            Some(at) => follow(self.buf, at).map(Some),
            None => Ok(None),
        }
    }

    /// The table field `id`.
    pub(crate) fn table(&self, id: usize) -> Result<Option<Table<'a>>, Error> {
        match self.offset(id)? {
            Some(at) => Table::at(self.buf, at).map(Some),
            None => Ok(None),
        }
    }

    /// The bytes of the vector field `id` of `size`-byte scalars (empty
    /// if absent).
    pub(crate) fn scalars(&self, id: usize, size: usize) -> Result<&'a [u8], Error> {
        match self.offset(id)? {
            Some(at) => vector(self.buf, at, size).map(|(bytes, _)| bytes),
            None => Ok(&[]),
        }
    }

    /// The vector of tables field `id` (empty if absent).
    pub(crate) fn tables(&self, id: usize) -> Result<Tables<'a>, Error> {
        match self.offset(id)? {
            Some(at) => {
                let (_, len) = vector(self.buf, at, 4)?;
                Ok(Tables {
                    buf: self.buf,
                    start: at + 4,
                    len,
                })
            }
            None => Ok(Tables::EMPTY),
        }
    }

    /// The string field `id`, `""` if absent: its bytes in range, the
    /// zero after them, and UTF-8.
    pub(crate) fn string(&self, id: usize) -> Result<&'a str, Error> {
        let Some(at) = self.offset(id)? else {
            return Ok("");
        };
        let (text, len) = vector(self.buf, at, 1)?;
        if self.buf.get(at + 4 + len) != Some(&0) {
            return Err(Error::Malformed("a string has no terminating zero"));
        }
        core::str::from_utf8(text).map_err(|_| Error::Malformed("a string is not UTF-8"))
    }
}

/// A vector of tables.
#[derive(Clone, Copy)]
pub(crate) struct Tables<'a> {
    buf: &'a [u8],
    /// Where the first table's offset is.
    start: usize,
    len: usize,
}

impl<'a> Tables<'a> {
    /// A vector the file leaves out.
    pub(crate) const EMPTY: Tables<'static> = Tables {
        buf: &[],
        start: 0,
        len: 0,
    };

    /// How many tables.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Table `i`; `None` past the end.
    pub(crate) fn get(&self, i: usize) -> Option<Result<Table<'a>, Error>> {
        (i < self.len).then(|| Table::at(self.buf, follow(self.buf, self.start + 4 * i)?))
    }
}
