//! The `cnn!` procedural macro. Use it through the `cnn` crate, which
//! re-exports it with the types it expands to.
//!
//! A thin adapter over `cnn-lang`: `parse` reads the Rust item syntax
//! (attributes, visibility, `struct Name`) into an `ast`, `source` renders
//! each network's tokens as the text `cnn-lang` checks and maps its
//! diagnostics back to spanned errors, `expand` writes the constants, and
//! `fallback` writes a stub when there are errors so that follow-on errors
//! in the user's code do not drown the real one. The macro reads no files,
//! no environment and no network, and does no arithmetic of its own.

mod ast;
mod cursor;
mod errors;
mod expand;
mod fallback;
mod forward;
#[cfg(test)]
mod hostile;
mod int8;
mod literal;
#[cfg(test)]
mod memory;
mod parse;
#[cfg(test)]
mod proptests;
mod source;
#[cfg(test)]
mod tests;
mod warning;
mod weights;

use proc_macro::TokenStream;

/// Declares convolutional networks and computes every shape and parameter
/// count at compile time. See the `cnn` crate for the language.
#[proc_macro]
pub fn cnn(input: TokenStream) -> TokenStream {
    expand::expand(input.into()).into()
}
