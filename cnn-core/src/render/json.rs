//! The network as JSON, written straight to a formatter (no allocation);
//! the schema is on [`Json`].

use core::fmt::{self, Display, Write};

use crate::render::text::JsonStr;
use crate::{Layer, Model, Network, ReceptiveField, Shape};

/// A network as JSON; its [`Display`] writes the document, pretty-printed
/// with two-space indentation, one layer field per line. `Json::of::<N>()`
/// exports a network declared with `cnn!`, `model.json(name)` any
/// [`Model`].
///
/// # Schema
///
/// One object:
///
/// ```text
/// {
///   "name": "LeNet",                  // the struct's name
///   "input": [32, 32, 3],             // shape: [height, width, channels] or [length]
///   "output": [10],
///   "params": 62958,                  // learnable
///   "non_trainable_params": 0,        // batch norm's running statistics
///   "total_params": 62958,
///   "macs": 849320,                   // multiply-accumulates for one input
///   "largest_activation": 6272,       // values in the largest activation
///   "peak_activations": 9344,         // values alive at once at the peak
///   "arena": 7938,                    // the forward pass's arena (ARENA_LEN), or null: not planned
///   "int8": {                         // only for a #[cnn(int8)] network:
///     "param_bytes": 63672,           //   int8 weights and int32 biases
///     "arena_bytes": 7840             //   forward_int8's arena (ARENA_BYTES)
///   },
///   "layers": [ layer, ... ]          // the top-level rows, in order
/// }
/// ```
///
/// and each layer:
///
/// ```text
/// {
///   "name": "conv1",                  // or null
///   "kind": "conv",                   // see below
///   "spec": "conv 5x5x8",             // the statement as written
///   "input": [32, 32, 3],
///   "output": [28, 28, 8],
///   "params": 608,
///   "non_trainable_params": 0,
///   "macs": 470400,
///   "formula": "((5*5*3)+1)*8 = 608", // "" when the layer has no parameters
///   "depth": 0,                       // how deep in blocks, 0 at the top
///   "times": 1,                       // rounds this row stands for in a repeat
///   "receptive_field": {              // what one output sees, [height, width]
///     "size": [5, 5], "jump": [1, 1], "start": [0, 0]
///   },
///   "rounds": 3,                      // only on "repeat": N
///   "from": "enc1",                   // only on "from": the name it takes
///   "children": [ layer, ... ]        // only on blocks: the rows directly inside
/// }
/// ```
///
/// `kind` is the layer's keyword (`input`, `conv`, `dwconv`, `sepconv`,
/// `maxpool`, `avgpool`, `gap`, `gmp`, `adaptivepool`, `flatten`, `fc`,
/// `prelu`, `batchnorm`, `dropout`, `zeropad`, or an activation: `relu`,
/// `relu6`, `leakyrelu`, `elu`, `gelu`, `silu`, `sigmoid`, `hardsigmoid`,
/// `hardswish`, `tanh`, `softmax`), except `softmax N` (a fully connected
/// layer with a softmax), which is `fc_softmax`; a block is `sequence`
/// (`{ ... }`), `branch` (one branch of its parent), `add`, `concat`, `mul`,
/// `residual` or `repeat`. A block's counts are the sum of its children's,
/// each times its `times`; an `add`, `concat` or `mul` has one `branch` child
/// per branch (an identity branch `{}` has no children); a `residual`'s
/// children are its body, the identity shortcut implied; a `repeat`'s
/// children are its body once per distinct round, a child with `times` k
/// standing for k identical rounds. A `from name` statement is a row of
/// kind `from`, with `"from": "name"`: what flows on from it is the output
/// of the row called `name` (see `docs/json-schema.md` for which one),
/// its `input` and `output` that row's output, its counts 0. This is [`Model::layers`] with the
/// nesting that [`Layer::depth`] and [`Layer::rows`] encode spelled out.
///
/// Counts are integers up to 2^64 - 1; a reader that parses numbers as
/// doubles (JavaScript) loses precision above 2^53, far beyond any real
/// network.
///
/// # Example
///
/// ```
/// use cnn::{Json, Kind, Layer, Model, Shape};
/// const LAYERS: &[Layer] = &[Layer {
///     name: Some("in"),
///     kind: Kind::Input,
///     spec: "input 10",
///     input: Shape::Flat(10),
///     output: Shape::Flat(10),
///     params: 0,
///     non_trainable_params: 0,
///     macs: 0,
///     formula: "",
///     receptive_field: cnn::ReceptiveField::INPUT,
///     depth: 0,
///     rows: 0,
///     times: 1,
/// }];
/// let model = Model {
///     input: Shape::Flat(10),
///     output: Shape::Flat(10),
///     params: 0,
///     non_trainable_params: 0,
///     total_params: 0,
///     macs: 0,
///     largest_activation: 0,
///     peak_activations: 0,
///     arena: None,
///     layers: LAYERS,
/// };
/// let json = Json::new("Tiny", model).to_string();
/// assert!(json.starts_with("{\n  \"name\": \"Tiny\",\n  \"input\": [10],"));
/// assert!(json.contains("\"kind\": \"input\""));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Json<'a> {
    name: &'a str,
    model: Model<'a>,
    int8: Option<crate::Int8Figures>,
}

impl<'a> Json<'a> {
    /// The JSON export of `model`, named `name`.
    pub const fn new(name: &'a str, model: Model<'a>) -> Json<'a> {
        Json {
            name,
            model,
            int8: None,
        }
    }

    /// The JSON export of a network declared with `cnn!`.
    pub const fn of<N: Network>() -> Json<'static> {
        Json::new(N::NAME, N::MODEL).int8(N::INT8)
    }

    /// The same export with an int8 network's figures (`Network::INT8`):
    /// its `"int8"` object.
    pub const fn int8(mut self, figures: Option<crate::Int8Figures>) -> Json<'a> {
        self.int8 = figures;
        self
    }
}

impl<'a> Model<'a> {
    /// The network as JSON, named `name` (see [`Json`]).
    pub const fn json(self, name: &'a str) -> Json<'a> {
        Json::new(name, self)
    }
}

/// A shape as an array: `[28, 28, 8]`, `[16000, 1]`, `[16, 112, 112, 3]`
/// or `[120]`.
struct Dims(Shape);

impl Display for Dims {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shape = self.0;
        let axes = shape.axes();
        f.write_str("[")?;
        for size in axes.iter().take(shape.rank()) {
            write!(f, "{size}, ")?;
        }
        write!(f, "{}]", shape.channels())
    }
}

fn indent(f: &mut fmt::Formatter<'_>, level: usize) -> fmt::Result {
    for _ in 0..level {
        f.write_str("  ")?;
    }
    Ok(())
}

/// Writes the rows from `start` to `end` that sit directly at this level,
/// as the items of an array, each indented `level` deep.
fn rows(
    f: &mut fmt::Formatter<'_>,
    layers: &[Layer],
    start: usize,
    end: usize,
    level: usize,
) -> fmt::Result {
    let mut index = start;
    let mut first = true;
    while index < end.min(layers.len()) {
        if !first {
            f.write_str(",\n")?;
        }
        first = false;
        layer(f, layers, index, level)?;
        index += 1 + layers[index].rows as usize;
    }
    Ok(())
}

fn layer(f: &mut fmt::Formatter<'_>, layers: &[Layer], index: usize, level: usize) -> fmt::Result {
    let row = &layers[index];
    indent(f, level)?;
    f.write_str("{\n")?;
    let field = |f: &mut fmt::Formatter<'_>, key: &str, value: &dyn Display| {
        indent(f, level + 1)?;
        write!(f, "\"{key}\": {value}")
    };
    match row.name {
        Some(name) => field(f, "name", &JsonStr(name))?,
        None => field(f, "name", &"null")?,
    }
    f.write_str(",\n")?;
    field(f, "kind", &JsonStr(row.kind.info().json_name))?;
    f.write_str(",\n")?;
    field(f, "spec", &JsonStr(row.spec))?;
    f.write_str(",\n")?;
    field(f, "input", &Dims(row.input))?;
    f.write_str(",\n")?;
    field(f, "output", &Dims(row.output))?;
    f.write_str(",\n")?;
    field(f, "params", &row.params)?;
    f.write_str(",\n")?;
    field(f, "non_trainable_params", &row.non_trainable_params)?;
    f.write_str(",\n")?;
    field(f, "macs", &row.macs)?;
    f.write_str(",\n")?;
    field(f, "formula", &JsonStr(row.formula))?;
    f.write_str(",\n")?;
    field(f, "depth", &row.depth)?;
    f.write_str(",\n")?;
    field(f, "times", &row.times)?;
    f.write_str(",\n")?;
    let rank = layers.first().map_or(2, |input| input.output.rank());
    field(f, "receptive_field", &Field(row.receptive_field, rank))?;
    if let Some(rounds) = row.kind.rounds() {
        f.write_str(",\n")?;
        field(f, "rounds", &rounds)?;
    }
    if let Some(taken) = row.taken() {
        f.write_str(",\n")?;
        field(f, "from", &JsonStr(taken))?;
    }
    if row.is_block() {
        f.write_str(",\n")?;
        indent(f, level + 1)?;
        if row.rows == 0 {
            f.write_str("\"children\": []")?;
        } else {
            f.write_str("\"children\": [\n")?;
            rows(
                f,
                layers,
                index + 1,
                index + 1 + row.rows as usize,
                level + 2,
            )?;
            f.write_char('\n')?;
            indent(f, level + 1)?;
            f.write_char(']')?;
        }
    }
    f.write_char('\n')?;
    indent(f, level)?;
    f.write_char('}')
}

impl Display for Json<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let model = &self.model;
        writeln!(f, "{{\n  \"name\": {},", JsonStr(self.name))?;
        writeln!(f, "  \"input\": {},", Dims(model.input))?;
        writeln!(f, "  \"output\": {},", Dims(model.output))?;
        writeln!(f, "  \"params\": {},", model.params)?;
        writeln!(
            f,
            "  \"non_trainable_params\": {},",
            model.non_trainable_params
        )?;
        writeln!(f, "  \"total_params\": {},", model.total_params)?;
        writeln!(f, "  \"macs\": {},", model.macs)?;
        writeln!(f, "  \"largest_activation\": {},", model.largest_activation)?;
        writeln!(f, "  \"peak_activations\": {},", model.peak_activations)?;
        match model.arena {
            Some(arena) => writeln!(f, "  \"arena\": {arena},")?,
            None => f.write_str("  \"arena\": null,\n")?,
        }
        if let Some(int8) = self.int8 {
            writeln!(
                f,
                "  \"int8\": {{ \"param_bytes\": {}, \"arena_bytes\": {} }},",
                int8.param_bytes, int8.arena_bytes
            )?;
        }
        if model.layers.is_empty() {
            f.write_str("  \"layers\": []\n}\n")
        } else {
            f.write_str("  \"layers\": [\n")?;
            rows(f, model.layers, 0, model.layers.len(), 2)?;
            f.write_str("\n  ]\n}\n")
        }
    }
}

/// A receptive field as a JSON object.
/// A receptive field, one number per axis of the network's input (two
/// for a network that takes a vector, as before there were other ranks).
struct Field(ReceptiveField, usize);

impl Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ReceptiveField { size, jump, start } = self.0;
        let rank = if self.1 == 0 { 2 } else { self.1.min(3) };
        let list = |f: &mut fmt::Formatter<'_>, values: [i128; 3]| -> fmt::Result {
            f.write_str("[")?;
            for (axis, value) in values.iter().take(rank).enumerate() {
                if axis > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "{value}")?;
            }
            f.write_str("]")
        };
        f.write_str("{\"size\": ")?;
        list(f, size.map(i128::from))?;
        f.write_str(", \"jump\": ")?;
        list(f, jump.map(i128::from))?;
        f.write_str(", \"start\": ")?;
        list(f, start.map(i128::from))?;
        f.write_str("}")
    }
}
