//! Writes `Net::forward` for a network marked `#[cnn(weights)]`: the
//! memory plan's program as one byte string, run by `cnn-run`'s runner
//! on arrays whose lengths are the network's constants, so a wrong input,
//! arena or weight struct does not compile. Behind the `cnn` facade's
//! `run` feature, through its `__cnn_forward!`, so that a user who turns
//! the kernels off gets every count and no reference to them.

use std::fmt::Write;

use proc_macro2::{Ident, TokenStream};

use cnn_lang::Network as Analyzed;

use crate::literal;

/// The items; nothing for a network with no plan, which `expand::check`
/// has reported as an error.
pub fn tokens(name: &Ident, analyzed: &Analyzed) -> TokenStream {
    let Ok(plan) = &analyzed.plan else {
        return TokenStream::new();
    };
    let weights = format!("{name}Weights");
    let mut out = String::with_capacity(1024 + 32 * plan.ops.len());
    let _ = write!(
        out,
        "::cnn::__cnn_forward! {{ #[allow(dead_code)] impl {name} {{ \
         #[doc(hidden)] const __CNN_PROGRAM: &'static [u8] = "
    );
    literal::byte_str(&mut out, &plan.encode());
    out.push(';');
    out.push_str("#[doc = ");
    literal::raw_str(
        &mut out,
        &format!(
            "Runs the network on one input: exactly what PyTorch computes in eval mode, \
             with `weights` in `state_dict` order.\n\n\
             `input` is channels last, the declaration's order (`HxWxC` flattened): from a \
             PyTorch `NCHW` tensor `t` of one sample, that is `t[0].permute(1, 2, 0).flatten()` \
             (`(1, 2, 3, 0)` for a clip, `(1, 0)` for a sequence). The output is channels last \
             too, and lives in `arena`, whose {arena} values are all the working memory the \
             pass needs: it allocates nothing.",
            arena = plan.header.arena_len
        ),
    );
    let _ = write!(
        out,
        "] pub fn forward<'a>(weights: &{weights}<f32>, input: &[f32; Self::INPUT_LEN], \
         arena: &'a mut [f32; Self::ARENA_LEN]) -> &'a [f32; Self::OUTPUT_LEN] {{ \
         ::cnn::__private::forward_array(Self::__CNN_PROGRAM, \
         <{weights}<f32> as ::cnn::weights::Weights<f32>>::as_slice(weights), input, arena) }} }} }}"
    );
    literal::tokens(&out)
}
