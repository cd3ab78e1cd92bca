//! The playground's WebAssembly module: the text of one network in, one
//! JSON document out ([`report`]) with its table, diagram, JSON export and
//! diagnostics, all made by `cnn-lang` and `cnn-core`.
//!
//! The exports are plain `extern "C"` functions over linear memory, with
//! a small hand-written loader in `web/wasm.js`: one string in and one
//! string out need no wasm-bindgen (and no tool to install for it).
//!
//! The protocol: JS asks [`playground_alloc`] for `len` bytes, writes the
//! UTF-8 text there, calls [`playground_analyze`], which gives a pointer
//! to the answer and leaves its length for [`playground_output_len`];
//! JS reads the answer and gives both buffers back with
//! [`playground_free`].

mod escape;
mod report;

use core::sync::atomic::{AtomicUsize, Ordering};

pub use report::{report, Options};

/// The length of the last answer [`playground_analyze`] gave.
static OUTPUT_LEN: AtomicUsize = AtomicUsize::new(0);

/// A buffer of `len` bytes for JS to write into; give it back with
/// [`playground_free`].
#[no_mangle]
pub extern "C" fn playground_alloc(len: usize) -> *mut u8 {
    Box::into_raw(vec![0u8; len].into_boxed_slice()).cast()
}

/// Gives back a buffer from [`playground_alloc`] or [`playground_analyze`].
///
/// # Safety
///
/// `ptr` and `len` must be one such buffer, given back once.
#[no_mangle]
pub unsafe extern "C" fn playground_free(ptr: *mut u8, len: usize) {
    // SAFETY: the caller passes a buffer this module boxed, of this length.
    drop(unsafe { Box::from_raw(core::ptr::slice_from_raw_parts_mut(ptr, len)) });
}

/// Checks the network whose UTF-8 text is the `len` bytes at `ptr` and
/// gives the answer's pointer (its length: [`playground_output_len`]).
/// `depth` limits the table's rows (`u32::MAX`: all); `expanded` other
/// than 0 draws every layer inside blocks. Text that is not UTF-8 gets an
/// answer that says so, never a trap.
///
/// # Safety
///
/// `ptr` and `len` must be a buffer from [`playground_alloc`].
#[no_mangle]
pub unsafe extern "C" fn playground_analyze(
    ptr: *const u8,
    len: usize,
    depth: u32,
    expanded: u32,
) -> *mut u8 {
    // SAFETY: the caller passes a live buffer of `len` bytes.
    let bytes = unsafe { core::slice::from_raw_parts(ptr, len) };
    let options = Options {
        depth: u16::try_from(depth).ok(),
        expanded: expanded != 0,
    };
    let answer = match core::str::from_utf8(bytes) {
        Ok(text) => report(text, options),
        Err(_) => report::not_utf8(),
    };
    let answer = answer.into_bytes().into_boxed_slice();
    OUTPUT_LEN.store(answer.len(), Ordering::Relaxed);
    Box::into_raw(answer).cast()
}

/// The length of the answer [`playground_analyze`] gave last.
#[no_mangle]
pub extern "C" fn playground_output_len() -> usize {
    OUTPUT_LEN.load(Ordering::Relaxed)
}
