//! What the user wrote, as far as Rust's item syntax goes: the networks an
//! invocation declares, each body left as tokens for `cnn-lang`.

use proc_macro2::{Ident, TokenStream};

use crate::errors::Errors;

/// One invocation of `cnn!`.
pub enum Invocation {
    /// `cnn! { pub struct A { .. } struct B { .. } }`.
    Items(Vec<NetworkDecl>),
    /// `cnn!(input 28x28x1; fc 10)`: a constant expression.
    Expr(TokenStream),
}

/// `#[attrs] vis struct Name { body }`.
pub struct NetworkDecl {
    /// Outer attributes and doc comments, each `#[...]`, as written.
    pub attrs: Vec<TokenStream>,
    /// The visibility, as written (empty for private).
    pub vis: TokenStream,
    /// The struct's name.
    pub name: Ident,
    /// The statements, as tokens.
    pub body: TokenStream,
    /// The errors found while reading it, kept with it so that its stub
    /// can carry them.
    pub errors: Errors,
    /// Whether `#[cnn(weights)]` asks for its `NameWeights<T>` struct.
    pub weights: bool,
    /// Whether `#[cnn(int8)]` asks for `ARENA_BYTES`, `NameQuantized` and
    /// `forward_int8`.
    pub int8: bool,
}
