//! Arrays of numbers as the file stores them: little-endian, borrowed in
//! place. A flatbuffer aligns its vectors only relative to its own start,
//! and a model in `include_bytes!` starts anywhere, so each element is
//! read with `from_le_bytes` rather than through a `&[i32]`.

use core::fmt;
use core::marker::PhantomData;

/// A number an [`Array`] holds: its size in bytes and how it is read.
pub trait Element: Copy + 'static {
    /// Its size in bytes.
    const SIZE: usize;
    /// The value of `SIZE` little-endian bytes.
    fn read(bytes: &[u8]) -> Self;
}

macro_rules! element {
    ($($t:ty),*) => {$(
        impl Element for $t {
            const SIZE: usize = core::mem::size_of::<$t>();
            fn read(bytes: &[u8]) -> Self {
                let mut le = [0; core::mem::size_of::<$t>()];
                le.copy_from_slice(&bytes[..Self::SIZE]);
                <$t>::from_le_bytes(le)
            }
        }
    )*};
}

element!(i32, i64, f32);

/// A vector of the file (a shape, a list of tensor indices, a
/// quantisation's scales), read element by element from the caller's
/// bytes.
#[derive(Clone, Copy)]
pub struct Array<'a, T> {
    bytes: &'a [u8],
    element: PhantomData<T>,
}

/// A shape, or a list of tensor indices.
pub type I32s<'a> = Array<'a, i32>;

impl<'a, T: Element> Array<'a, T> {
    /// The array whose elements are `bytes` (a whole number of them;
    /// a trailing partial element is not one).
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        let whole = bytes.len() - bytes.len() % T::SIZE;
        Array {
            bytes: &bytes[..whole],
            element: PhantomData,
        }
    }

    /// The empty array (a vector the file leaves out).
    pub const fn empty() -> Self {
        Array {
            bytes: &[],
            element: PhantomData,
        }
    }

    /// How many elements.
    pub fn len(&self) -> usize {
        self.bytes.len() / T::SIZE
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// Element `i`, if there is one.
    pub fn get(&self, i: usize) -> Option<T> {
        let start = i.checked_mul(T::SIZE)?;
        let bytes = self.bytes.get(start..start.checked_add(T::SIZE)?)?;
        Some(T::read(bytes))
    }

    /// The elements in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = T> + 'a {
        self.bytes.chunks_exact(T::SIZE).map(T::read)
    }

    /// The bytes, little-endian, as the file holds them.
    pub fn bytes(&self) -> &'a [u8] {
        self.bytes
    }
}

impl<T: Element + PartialEq> Array<'_, T> {
    /// Whether the elements are `values`, in order.
    pub fn equals(&self, values: &[T]) -> bool {
        self.len() == values.len() && self.iter().zip(values).all(|(a, b)| a == *b)
    }
}

impl<T: Element + fmt::Debug> fmt::Debug for Array<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// `[1, 28, 28, 3]`, as errors write a shape.
impl fmt::Display for Array<'_, i32> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[")?;
        for (i, dim) in self.iter().enumerate() {
            if i > 0 {
                write!(f, ", ")?;
            }
            write!(f, "{dim}")?;
        }
        write!(f, "]")
    }
}
