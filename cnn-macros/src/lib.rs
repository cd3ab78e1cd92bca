//! The `cnn!` procedural macro. Use it through the `cnn` crate, which
//! re-exports it with the types it expands to.
//!
//! One pass per file: `parse` reads the tokens into an `ast`, `model`
//! turns each statement into a `cnn_core::LayerSpec`, `check` runs
//! `cnn-core`'s analysis over the network and turns its errors into spanned
//! messages, `expand` writes the constants, and `fallback` writes a stub
//! when there are errors so that follow-on errors in the
//! user's code do not drown the real one. The macro reads no files, no
//! environment and no network, and does no arithmetic of its own.

mod ast;
mod check;
mod cursor;
mod describe;
mod errors;
mod expand;
mod fallback;
#[cfg(test)]
mod hostile;
mod model;
mod parse;
#[cfg(test)]
mod proptests;
mod statement;
mod suggest;
#[cfg(test)]
mod tests;
mod types;
mod walk;
mod weights;

use proc_macro::TokenStream;

/// Declares convolutional networks and computes every shape and parameter
/// count at compile time. See the `cnn` crate for the language.
#[proc_macro]
pub fn cnn(input: TokenStream) -> TokenStream {
    expand::expand(input.into()).into()
}
