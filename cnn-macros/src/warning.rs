//! Warnings from a proc macro on stable Rust, which has no API for them:
//! the macro declares a deprecated constant and uses it at the span of the
//! text at fault, so rustc prints the note there as a `deprecated`
//! warning. (The `proc-macro-warning` crate does the same; it is written
//! here because that crate builds syn with its `full` feature, which
//! doubles the macro's build time.)

use cnn_lang::Diagnostic;
use proc_macro2::{Ident, TokenStream};
use quote::quote_spanned;

use crate::source::Source;

/// The items that make rustc warn with `diagnostic`'s message and help.
/// With the network's struct, the constant is one of its own, so that the
/// message names it (`LeNet::cnn_input_is_channels_last`); the expression
/// form has none, and says `_::cnn_input_is_channels_last`.
pub fn tokens(
    source: &Source,
    diagnostic: &Diagnostic,
    struct_name: Option<&Ident>,
) -> TokenStream {
    let span = source.span_at(&diagnostic.span);
    let note = match &diagnostic.help {
        Some(help) => format!("{}\nhelp: {help}", diagnostic.message),
        None => diagnostic.message.clone(),
    };
    // The constant's name is what rustc's message names; it says what the
    // warning is about.
    let name = Ident::new("cnn_input_is_channels_last", span);
    if let Some(owner) = struct_name {
        return quote_spanned! {span=>
            #[allow(non_upper_case_globals)]
            impl #owner {
                #[doc(hidden)]
                #[deprecated(note = #note)]
                const #name: () = ();
            }
            const _: () = #owner::#name;
        };
    }
    quote_spanned! {span=>
        const _: () = {
            #[deprecated(note = #note)]
            #[allow(non_upper_case_globals)]
            const #name: () = ();
            #name
        };
    }
}
