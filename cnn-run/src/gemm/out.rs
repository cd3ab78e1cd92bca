//! `C` as the product writes it: a pointer and a length rather than a
//! slice, so that threads splitting a product by columns (few rows, many
//! filters: ResNet's 7x7 layers, where splitting the rows made each
//! thread stream every filter) each write their own columns of the same
//! rows, and no two of them hold a `&mut` over overlapping memory. Every
//! write goes through [`Out::row`], a slice of one row's columns.

use core::marker::PhantomData;

/// Values of `C` from some offset on, borrowed mutably for `'a`.
pub(crate) struct Out<'a> {
    ptr: *mut f32,
    len: usize,
    life: PhantomData<&'a mut [f32]>,
}

impl<'a> Out<'a> {
    /// All of `values`.
    pub(crate) fn new(values: &'a mut [f32]) -> Self {
        Out {
            ptr: values.as_mut_ptr(),
            len: values.len(),
            life: PhantomData,
        }
    }

    /// `len` values from `ptr`.
    ///
    /// # Safety
    ///
    /// `ptr..ptr + len` is valid for reads and writes for `'a`, and every
    /// value this `Out` is used to reach (through [`Out::row`] and
    /// [`Out::as_mut_ptr`]) is reached by nothing else during `'a`: a
    /// column share reaches only its own columns.
    #[cfg(feature = "std")]
    pub(crate) unsafe fn from_raw(ptr: *mut f32, len: usize) -> Self {
        Out {
            ptr,
            len,
            life: PhantomData,
        }
    }

    /// How many values it spans.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// The values from `offset` on.
    pub(crate) fn past(&mut self, offset: usize) -> Out<'_> {
        assert!(offset <= self.len);
        Out {
            // SAFETY: `offset <= len`, inside (or one past) the span.
            ptr: unsafe { self.ptr.add(offset) },
            len: self.len - offset,
            life: PhantomData,
        }
    }

    /// `count` values from `at`: one row's columns of a tile.
    pub(crate) fn row(&mut self, at: usize, count: usize) -> &mut [f32] {
        assert!(at + count <= self.len);
        // SAFETY: inside the span (asserted), borrowed mutably through
        // `self`, and reached by no one else (the constructors' contract).
        unsafe { core::slice::from_raw_parts_mut(self.ptr.add(at), count) }
    }

    /// The first value, for a kernel whose writes `Tile::check` bounds
    /// (the AVX-512 one: on other targets nothing calls it).
    #[cfg(target_arch = "x86_64")]
    pub(crate) fn as_mut_ptr(&mut self) -> *mut f32 {
        self.ptr
    }
}
