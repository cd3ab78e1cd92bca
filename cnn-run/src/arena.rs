//! The forward pass's working memory on a 64-byte line, and zeroed boxes
//! of such buffers made without the stack.

/// A network's arena: `N` values (`Net::ARENA_LEN`) on a 64-byte line.
/// `forward` and `forward_prepared` take any `[f32; ARENA_LEN]`, and this
/// dereferences to one; aligned, each 16-value load and store of the
/// AVX-512 kernels stays inside one cache line, where an array of `f32`
/// on a 16-byte line (what the heap gives a `Vec`) splits every one
/// across two. In one run, alternated, MobileNetV2's prepared pass on one
/// thread took 3.25 to 3.54 ms in an `Arena` and 3.56 to 3.77 ms in a
/// boxed array. No pointers and a `const` constructor, so it can be a
/// `static`; a large network's goes on the heap with `Arena::boxed`
/// (feature `alloc`).
#[repr(C, align(64))]
pub struct Arena<const N: usize> {
    values: [f32; N],
}

impl<const N: usize> Arena<N> {
    /// Zeros.
    pub const fn new() -> Self {
        Arena { values: [0.0; N] }
    }

    /// Zeros on the heap, allocated as zeros (never through the stack).
    /// With the `alloc` feature.
    #[cfg(feature = "alloc")]
    pub fn boxed() -> alloc::boxed::Box<Self> {
        // SAFETY: all-zero bytes are a valid `[f32; N]`, so a valid `Self`.
        unsafe { zeroed_box() }
    }
}

impl<const N: usize> Default for Arena<N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize> core::ops::Deref for Arena<N> {
    type Target = [f32; N];

    fn deref(&self) -> &[f32; N] {
        &self.values
    }
}

impl<const N: usize> core::ops::DerefMut for Arena<N> {
    fn deref_mut(&mut self) -> &mut [f32; N] {
        &mut self.values
    }
}

/// A `T` of zero bytes on the heap, allocated as zeros with `T`'s layout
/// (its alignment included). Not `Box::new(T::new())`: generic, that is
/// compiled in the caller's crate, whose debug build reserves a frame
/// for the array even in a branch never taken, and a network's arena or
/// prepared weights are megabytes.
///
/// # Safety
///
/// All-zero bytes are a valid `T`.
#[cfg(feature = "alloc")]
pub(crate) unsafe fn zeroed_box<T>() -> alloc::boxed::Box<T> {
    use alloc::alloc::{alloc_zeroed, handle_alloc_error, Layout};
    let layout = Layout::new::<T>();
    if layout.size() == 0 {
        // SAFETY: a `T` of no bytes has none to be valid or not, and a
        // box of a zero-sized type owns no allocation: a dangling,
        // aligned pointer is what `Box` itself uses.
        return unsafe {
            alloc::boxed::Box::from_raw(core::ptr::NonNull::<T>::dangling().as_ptr())
        };
    }
    // SAFETY: the layout has a non-zero size; the zeroed memory is a valid
    // `T` (the caller's promise), allocated with `T`'s layout, as `Box`
    // frees it.
    unsafe {
        let memory = alloc_zeroed(layout).cast::<T>();
        if memory.is_null() {
            handle_alloc_error(layout);
        }
        alloc::boxed::Box::from_raw(memory)
    }
}

#[cfg(all(test, feature = "alloc"))]
mod tests {
    use super::*;

    /// Boxed or not, an arena starts on a 64-byte line, holds zeros, and
    /// is the array `forward` takes.
    #[test]
    fn an_arena_is_aligned_zeros() {
        let boxed = Arena::<1001>::boxed();
        assert_eq!(boxed.as_ptr() as usize % 64, 0);
        assert!(boxed.iter().all(|&v| v == 0.0));
        let array: &[f32; 1001] = &boxed;
        assert_eq!(array.len(), 1001);
        let local = Arena::<3>::new();
        assert_eq!(local.as_ptr() as usize % 64, 0);
        assert_eq!(Arena::<0>::boxed().len(), 0);
    }
}
