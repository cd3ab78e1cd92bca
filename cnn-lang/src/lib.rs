//! The `cnn!` language as a library: lexes, parses and checks a network
//! written as text, and gives its rows and totals or every problem as a
//! [`Diagnostic`] on byte spans of that text.
//!
//! The pipeline, one folder a stage: [`lex`] → `syntax` (the tree as
//! written, with spans) → `check` (names and `input`, then the tree
//! lowered to `cnn_core::tree`, which analyses it, and its problems put
//! into words at the text they are about). The proc macro, the `cnn`
//! command and the playground are front ends over [`check`].
//!
//! ```
//! let checked = cnn_lang::check("input 28x28x1; fc 10;", None);
//! assert!(checked.diagnostics.is_empty());
//! assert_eq!(checked.network.map(|n| n.totals.params), Some(7_850));
//! ```

mod check;
mod diagnostic;
mod int8;
pub mod lex;
mod network;
mod planned;
mod suggest;
mod syntax;
mod tensors;

pub use diagnostic::{Diagnostic, Diagnostics, Label, Severity, Span};
pub use int8::int8;
pub use network::{Network, Row};
pub use planned::planned;
pub use suggest::nearest;
pub use tensors::{tensors, Tensor, MAX_TENSORS};

/// What checking a network's text gives.
#[derive(Debug)]
pub struct Checked {
    /// The network, if it has no error (warnings allowed).
    pub network: Option<Network>,
    /// Every problem found, in source order as far as the walk goes.
    pub diagnostics: Vec<Diagnostic>,
    /// The constant of every well-formed layer or block name, each once,
    /// with where the name is: what a front end can still declare when
    /// the network has errors, so that uses of them add no errors.
    pub constants: Vec<(String, Span)>,
}

/// Checks the statements of one network, as written between the braces of
/// `cnn! { struct Name { ... } }`. `name` is the struct's name, which
/// messages use and which makes layer names constants (`Name::CONV1`);
/// `None` is the expression form `cnn!(...)`, whose names need only differ.
pub fn check(source: &str, name: Option<&str>) -> Checked {
    let whole = 0..source.len();
    let tokens = match lex::lex(source) {
        Ok(tokens) => tokens,
        Err(diagnostic) => {
            return Checked {
                network: None,
                diagnostics: vec![diagnostic],
                constants: Vec::new(),
            }
        }
    };
    check_tokens(&tokens, whole, name)
}

/// [`check`] on tokens already lexed (a front end that has its own
/// tokens, like the macro, renders them as text and lexes that). `whole`
/// is the span that stands for the network as a whole.
pub fn check_tokens(tokens: &[lex::Token], whole: Span, name: Option<&str>) -> Checked {
    let mut diagnostics = Diagnostics::default();
    let body = syntax::parse_body(tokens, whole.clone(), &mut diagnostics, 0);
    let network = check::check(&body, &whole, name, &mut diagnostics);
    // The check counts only its own errors; one the parser found (an
    // unknown word, skipped) leaves a network that is not the one written,
    // which no front end may report as valid.
    let network = network.filter(|_| diagnostics.errors() == 0);
    Checked {
        network,
        diagnostics: diagnostics.into_vec(),
        constants: check::constants(&body),
    }
}
