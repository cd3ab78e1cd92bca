//! Writes what `#[cnn(int8)]` declares: `Net::ARENA_BYTES`, the int8
//! plan's arena; `NetQuantized<'a>`, the quantisation tables `cnn-run`
//! fills from a `.tflite` model's bytes (`from_tflite`), sized here; and
//! `Net::forward_int8`, which runs the int8 program on them. The tables
//! and `forward_int8` are behind the `cnn` facade's `run` feature, through
//! its `__cnn_int8!`, as `forward` is.

use std::fmt::Write;

use cnn_core::plan::int8::{Plan, Step};
use proc_macro2::{Ident, TokenStream};

use crate::literal;

/// The items of an int8 network planned as `plan`.
pub fn tokens(name: &Ident, vis: &TokenStream, plan: &Plan) -> TokenStream {
    let quantized = format!("{name}Quantized");
    let tables = plan.tables;
    let mut out = String::with_capacity(2048 + 32 * plan.ops.len());
    let doc = |out: &mut String, text: &str| {
        out.push_str("#[doc = ");
        literal::raw_str(out, text);
        out.push(']');
    };
    out.push_str("#[allow(dead_code)] impl ");
    out.push_str(&name.to_string());
    out.push_str(" {");
    doc(
        &mut out,
        "The bytes of working memory `forward_int8` takes: the length of its arena. From \
         the int8 memory plan made at compile time, one byte a value: layers run in place \
         where they may and tensors share memory when their lifetimes do not meet; no \
         convolution takes scratch. The input is the caller's and not counted.",
    );
    let _ = write!(
        out,
        "pub const ARENA_BYTES: usize = ::cnn::__private::len({});",
        plan.header.arena_len
    );
    out.push_str(" }");
    let _ = write!(out, "::cnn::__cnn_int8! {{ ");
    doc(
        &mut out,
        &format!(
            "The quantisation tables of [`{name}`]'s int8 forward pass: each layer's weights \
             and biases borrowed in place from a `.tflite` model's bytes, and its \
             requantisation multipliers and shifts ({channels} per-channel ones), computed \
             once by [`from_tflite`](Self::from_tflite). Fixed arrays: nothing allocates.",
            channels = tables.channels
        ),
    );
    let _ = write!(
        out,
        "#[derive(Clone, Debug)] #[allow(dead_code)] {vis} struct {quantized}<'a>(::cnn::run::int8::Quantized<'a, {steps}, {channels}>);",
        vis = vis,
        steps = tables.steps,
        channels = tables.channels,
    );
    let _ = write!(out, "#[allow(dead_code)] impl<'a> {quantized}<'a> {{");
    doc(
        &mut out,
        &format!(
            "Reads a full-integer int8 `.tflite` model whose operators are [`{name}`]'s \
             layers, in order, and checks every tensor's shape, type and quantisation against \
             the declaration. The weights stay in `bytes` (a model in flash stays \
             there); an error names the tensor or operator that differs.\n\n\
             The tables are returned by value, built on the stack first: on a \
             microcontroller, fill a `static` of [`EMPTY`](Self::EMPTY) in place with \
             [`load_tflite`](Self::load_tflite) instead."
        ),
    );
    let _ = write!(
        out,
        "pub fn from_tflite(bytes: &'a [u8]) -> ::core::result::Result<Self, ::cnn::run::int8::Error<'a>> {{ \
         ::cnn::run::int8::Quantized::from_tflite_kernels::<{{ {name}::__CNN_INT8_KERNELS }}>({name}::__CNN_INT8, bytes).map(Self) }}"
    );
    doc(
        &mut out,
        "Tables read from no model, for a `static` to [`load_tflite`](Self::load_tflite) \
         into, in `.bss` rather than on the stack; `forward_int8` on them panics.",
    );
    out.push_str("pub const EMPTY: Self = Self(::cnn::run::int8::Quantized::EMPTY);");
    doc(
        &mut out,
        "[`from_tflite`](Self::from_tflite) into these tables, in place; on an error they \
         are left [`EMPTY`](Self::EMPTY).",
    );
    let _ = write!(
        out,
        "pub fn load_tflite(&mut self, bytes: &'a [u8]) -> ::core::result::Result<(), ::cnn::run::int8::Error<'a>> {{ \
         self.0.load_kernels::<{{ {name}::__CNN_INT8_KERNELS }}>({name}::__CNN_INT8, bytes) }}"
    );
    doc(
        &mut out,
        &format!(
            "Reads the tables from an image of them (`cnn import model.tflite --image`, or \
             [`image`](Self::image)): what [`from_tflite`](Self::from_tflite) computed, checked \
             when the image was made, without the `.tflite`'s other bytes or its reader. The \
             weights stay in `bytes`. The error says whether the image is damaged or was made \
             for another declaration than [`{name}`]'s."
        ),
    );
    let _ = write!(
        out,
        "pub fn from_image(bytes: &'a [u8]) -> ::core::result::Result<Self, ::cnn::run::int8::ImageError> {{ \
         let mut tables = Self::EMPTY; tables.load_image(bytes)?; ::core::result::Result::Ok(tables) }}"
    );
    doc(
        &mut out,
        "[`from_image`](Self::from_image) into these tables, in place (a `static` of \
         [`EMPTY`](Self::EMPTY) on a microcontroller); on an error they are left `EMPTY`.",
    );
    let _ = write!(
        out,
        "pub fn load_image(&mut self, bytes: &'a [u8]) -> ::core::result::Result<(), ::cnn::run::int8::ImageError> {{ \
         self.0.load_image_kernels::<{{ {name}::__CNN_INT8_KERNELS }}>({name}::__CNN_INT8_HASH, bytes) }}"
    );
    out.push_str("::cnn::__cnn_alloc! { ");
    doc(
        &mut out,
        "The image of these tables, which [`load_image`](Self::load_image) reads back: \
         their weights, biases, multipliers and parameters, and none of the `.tflite`'s \
         other bytes (with the `alloc` feature).",
    );
    let _ = write!(
        out,
        "pub fn image(&self) -> ::cnn::__private::Vec<u8> {{ self.0.image({name}::__CNN_INT8) }} }} }}"
    );
    let _ = write!(
        out,
        "#[allow(dead_code)] impl {name} {{ #[doc(hidden)] const __CNN_INT8: &'static [u8] = "
    );
    let program = plan.encode();
    literal::byte_str(&mut out, &program);
    out.push(';');
    // What a firmware's `forward_int8` and `load_image` need of the
    // program, as constants: its steps (places and sizes, no program to
    // decode), its header and its hash.
    let header = plan.header;
    let _ = write!(
        out,
        "#[doc(hidden)] const __CNN_INT8_HEADER: ::cnn::__private::Header = ::cnn::__private::Header {{ \
         input_len: {}, arena_len: {}, output: {}, output_len: {}, steps: {} }};",
        header.input_len, header.arena_len, header.output, header.output_len, header.steps
    );
    let _ = write!(
        out,
        "#[doc(hidden)] const __CNN_INT8_HASH: u32 = {};",
        cnn_core::plan::int8::program_hash(&program)
    );
    // `cnn_lang::int8` made the plan only if every step is one.
    let steps = plan.steps().unwrap_or_default();
    let _ = write!(
        out,
        "#[doc(hidden)] const __CNN_INT8_STEPS: [::cnn::__private::Int8Step; {}] = [",
        steps.len()
    );
    for step in &steps {
        step_literal(&mut out, step);
        out.push(',');
    }
    out.push_str("];");
    // The kernels the program runs, one bit each: `forward_int8` and
    // `load_tflite` dispatch on them as constants, so a firmware links
    // these kernels only.
    let _ = write!(
        out,
        "#[doc(hidden)] const __CNN_INT8_KERNELS: u32 = {};",
        plan.kernels()
    );
    doc(
        &mut out,
        "Runs the int8 network on one input with TensorFlow Lite Micro's arithmetic: the \
         same bytes as TFLM gives for the model `weights` was read from.\n\n\
         `input` is the model's int8 input, channels last (`HxWxC` flattened, TFLite's NHWC \
         order); a `flatten` keeps that order, so an `fc` after a map reads TFLite's \
         (the `f32` `forward` reads PyTorch's). The output lives in `arena`, all the working \
         memory the pass needs: it allocates nothing.",
    );
    let _ = write!(
        out,
        "pub fn forward_int8<'a>(weights: &{quantized}<'_>, input: &[i8; Self::INPUT_LEN], \
         arena: &'a mut [u8; Self::ARENA_BYTES]) -> &'a [i8; Self::OUTPUT_LEN] {{ \
         ::cnn::__private::forward_int8_array(::cnn::__private::Kernels::<{{ Self::__CNN_INT8_KERNELS }}>, &Self::__CNN_INT8_HEADER, &Self::__CNN_INT8_STEPS, &weights.0, input, arena) }} }} }}"
    );
    literal::tokens(&out)
}

/// `step` as the struct literal of `::cnn::__private::Int8Step`.
fn step_literal(out: &mut String, step: &Step) {
    let _ = match *step {
        Step::Layer {
            x,
            y,
            input,
            output,
            scratch,
        } => write!(
            out,
            "::cnn::__private::Int8Step::Layer {{ x: {x}, y: {y}, input: {input:?}, output: {output:?}, scratch: {scratch} }}"
        ),
        Step::Copy {
            from,
            to,
            positions,
            width,
            from_stride,
            from_offset,
            to_stride,
            to_offset,
        } => write!(
            out,
            "::cnn::__private::Int8Step::Copy {{ from: {from}, to: {to}, positions: {positions}, width: {width}, \
             from_stride: {from_stride}, from_offset: {from_offset}, to_stride: {to_stride}, to_offset: {to_offset} }}"
        ),
        Step::Add {
            a,
            b,
            y,
            len,
            channels,
            broadcast,
        } => write!(
            out,
            "::cnn::__private::Int8Step::Add {{ a: {a}, b: {b}, y: {y}, len: {len}, channels: {channels}, broadcast: {broadcast} }}"
        ),
        Step::Mul {
            map,
            gate,
            y,
            len,
            channels,
            broadcast,
        } => write!(
            out,
            "::cnn::__private::Int8Step::Mul {{ map: {map}, gate: {gate}, y: {y}, len: {len}, channels: {channels}, broadcast: {broadcast} }}"
        ),
    };
}
