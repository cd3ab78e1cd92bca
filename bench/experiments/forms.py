"""Hand-written forms of what `cnn!` could emit for the benchmark's network
(`input 8x8x4;` then `relu; conv 1x1x4;` alternating), to time how much the
form of the emitted code costs rustc. Used by time-forms.sh; not part of the
benchmark, and nothing here is what the macro emits except `literal`.

    python3 forms.py FORM LAYERS > form.rs

FORM is one of:
  literal  what the macro emits today: one `::cnn::Layer { .. }` struct
           literal per layer (with `::cnn::Shape::Spatial { .. }` twice),
           the architecture table in the rustdoc
  nodoc    the same without the rustdoc table
  ctor     one call of a `const fn` per layer with positional scalars:
           `__l(kind, "spec", h, w, c, h, w, c, params, nt, "formula")`
  nostr    the same call without the two strings (`spec`, `formula`): what
           a layer costs when its text is not a literal of its own
  code     `ctor` with the kind as a number (`0` for conv, ...) that the
           `const fn` turns into a `Kind`, instead of a path expression
Every form ends with a `const _` assertion that reads `PARAMS` and
`LAYERS`, so the whole table is evaluated, as a user's assertion does.
"""
import sys

FORM, N = sys.argv[1], int(sys.argv[2])
SPATIAL = "::cnn::Shape::Spatial { height: 8u64, width: 8u64, channels: 4u64 }"


def layer(i):
    """kind, spec, params, formula of layer i"""
    if i == 0:
        return "::cnn::Kind::Input", "input 8x8x4", 0, ""
    if i % 2:
        return "::cnn::Kind::Activation(::cnn::Activation::Relu)", "relu", 0, ""
    return "::cnn::Kind::Conv", "conv 1x1x4", 20, "((1*1*4)+1)*4 = 20"


CTOR = """
#[allow(clippy::too_many_arguments)]
const fn __l(kind: ::cnn::Kind, spec: &'static str, h: u64, w: u64, c: u64,
             oh: u64, ow: u64, oc: u64, params: u64, nt: u64, formula: &'static str) -> ::cnn::Layer {
    ::cnn::Layer {
        name: None, kind, spec,
        input: ::cnn::Shape::Spatial { height: h, width: w, channels: c },
        output: ::cnn::Shape::Spatial { height: oh, width: ow, channels: oc },
        params, non_trainable_params: nt, formula, depth: 0,
    }
}
"""


def element(i):
    kind, spec, params, formula = layer(i)
    if FORM in ("literal", "nodoc"):
        return (f"::cnn::Layer {{ name: ::core::option::Option::None, kind: {kind}, "
                f"spec: \"{spec}\", input: {SPATIAL}, output: {SPATIAL}, params: {params}u64, "
                f"non_trainable_params: 0u64, formula: \"{formula}\", depth: 0 }}")
    if FORM == "ctor":
        return f"__l({kind}, \"{spec}\", 8, 8, 4, 8, 8, 4, {params}, 0, \"{formula}\")"
    if FORM == "nostr":
        return f"__l({kind}, 8, 8, 4, 8, 8, 4, {params}, 0)"
    if FORM == "code":
        code = 0 if i == 0 else 1 if i % 2 else 2
        return f"__l({code}, \"{spec}\", 8, 8, 4, 8, 8, 4, {params}, 0, \"{formula}\")"
    sys.exit(f"unknown form {FORM}")


out = ["#![allow(dead_code, missing_docs)]\n"]
if FORM == "ctor":
    out.append(CTOR)
if FORM == "nostr":
    out.append(CTOR.replace("spec: &'static str, ", "").replace(", formula: &'static str", "")
               .replace("kind, spec,", "kind, spec: \"\",").replace("formula, depth", "formula: \"\", depth"))
if FORM == "code":
    out.append(CTOR.replace("kind: ::cnn::Kind,", "kind: u8,").replace(
        "name: None, kind,",
        "name: None,\n        kind: match kind { 0 => ::cnn::Kind::Input, "
        "1 => ::cnn::Kind::Activation(::cnn::Activation::Relu), _ => ::cnn::Kind::Conv },"))
if FORM != "nodoc":
    rows = "".join(f" {layer(i)[1]:<13} 8x8x4 {layer(i)[2]:>10}   {layer(i)[3]}\\n" for i in range(N))
    out.append(f'#[doc = "# Architecture\\n\\n```text\\n{rows}```"]\n')
total = sum(layer(i)[2] for i in range(N))
layers = ",\n".join(element(i) for i in range(N))
out.append(f"""pub struct Net;
impl Net {{
    pub const MODEL: ::cnn::Model = ::cnn::Model {{
        input: {SPATIAL}, output: {SPATIAL},
        params: {total}u64, non_trainable_params: 0u64, total_params: {total}u64,
        layers: &[{layers}],
    }};
    pub const PARAMS: u64 = Self::MODEL.params;
    pub const LAYERS: &'static [::cnn::Layer] = Self::MODEL.layers;
}}
impl ::cnn::Network for Net {{
    const NAME: &'static str = "Net";
    const MODEL: ::cnn::Model = Net::MODEL;
}}
const _: () = assert!(Net::PARAMS == {total} && Net::LAYERS.len() == {N});
""")
sys.stdout.write("".join(out))
