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
         <{weights}<f32> as ::cnn::weights::Weights<f32>>::as_slice(weights), input, arena) }} "
    );
    prepared(&mut out, name, &weights, plan);
    out.push_str(" } }");
    literal::tokens(&out)
}

/// The prepared path: `PREPARED_LEN`, `prepare` and `forward_prepared`,
/// on the plan's fused program.
fn prepared(out: &mut String, name: &Ident, weights: &str, plan: &cnn_core::plan::memory::Plan) {
    let fused = &plan.fused;
    // Public (hidden) for the benchmark's time per step.
    out.push_str("#[doc(hidden)] pub const __CNN_FUSED: &'static [u8] = ");
    literal::byte_str(out, &fused.encode());
    out.push(';');
    let doc = |out: &mut String, text: &str| {
        out.push_str("#[doc = ");
        literal::raw_str(out, text);
        out.push(']');
    };
    doc(
        out,
        "The values of the network's prepared parameters (`cnn::run::Prepared`), \
         which `prepare` makes once from its weights: every batch norm after a \
         convolution folded into it, the filters packed as the matrix product reads them.",
    );
    let _ = write!(
        out,
        "pub const PREPARED_LEN: usize = {len};",
        len = fused.prepared_len
    );
    let prepared = format!("::cnn::run::Prepared<{{ {name}::PREPARED_LEN }}>");
    doc(
        out,
        "Prepares `weights` for `forward_prepared`, once: allocates nothing, and \
         the result does not depend on the CPU (every kernel reads the same panels).",
    );
    let _ = write!(
        out,
        "pub fn prepare(weights: &{weights}<f32>, prepared: &mut {prepared}) {{ \
         ::cnn::__private::prepare_array(Self::__CNN_FUSED, \
         <{weights}<f32> as ::cnn::weights::Weights<f32>>::as_slice(weights), prepared) }}"
    );
    doc(
        out,
        "`forward` from prepared parameters (`prepare`'s): each convolution's store \
         applies its bias, folded batch norm, residual addition and activation in one \
         pass. The same input, arena and output as `forward`, and the same values \
         within the rounding of the folded batch norms.",
    );
    let _ = write!(
        out,
        "pub fn forward_prepared<'a>(prepared: &{prepared}, input: &[f32; Self::INPUT_LEN], \
         arena: &'a mut [f32; Self::ARENA_LEN]) -> &'a [f32; Self::OUTPUT_LEN] {{ \
         ::cnn::__private::forward_prepared_array(Self::__CNN_FUSED, prepared, input, arena) }}"
    );
}
