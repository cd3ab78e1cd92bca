//! What a network is, once analysed: the report of every layer
//! ([`Layer`]) and the totals of the whole ([`Model`]).

use crate::{Kind, ReceptiveField, Shape};

/// The report of one layer of a declared network: what it is, what it gets
/// and gives, and what it costs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Layer<'a> {
    /// The name given with `name:`, if any.
    pub name: Option<&'a str>,
    /// What the layer does.
    pub kind: Kind,
    /// The statement as written, without name and assertion (`conv 5x5x8`).
    pub spec: &'a str,
    /// The shape it gets.
    pub input: Shape,
    /// The shape it gives.
    pub output: Shape,
    /// Learnable parameters.
    pub params: u64,
    /// Non-trainable parameters (batch norm's running statistics).
    pub non_trainable_params: u64,
    /// Multiply-accumulates for one input (torchvision's rule; see
    /// [`Step::macs`](crate::Step::macs)).
    pub macs: u64,
    /// The article's formula with this layer's numbers, empty when it has no
    /// parameters (`((5*5*3)+1)*8 = 608`).
    pub formula: &'a str,
    /// Which input pixels one of its outputs sees.
    pub receptive_field: ReceptiveField,
    /// How deep the layer sits in blocks; 0 at the top level.
    pub depth: u16,
    /// For a block, how many rows after this one are inside it; 0 for a
    /// layer. A block's counts are the sum of its rows (times their
    /// [`times`](Layer::times)).
    pub rows: u32,
    /// How many times this row runs at its place in the network, relative
    /// to the block around it: more than 1 inside a `repeat` whose rounds
    /// from here on are all alike, where one round's rows are listed once
    /// for all of them. The network's totals count each row `times` times
    /// the `times` of every block around it.
    pub times: u64,
}

impl<'a> Layer<'a> {
    /// Whether this row is a block (`add`, `repeat`, a `{ ... }` stage...).
    pub const fn is_block(&self) -> bool {
        self.kind.block().is_some()
    }

    /// For a `from` row ([`Kind::From`]), the name it takes, as its
    /// [`spec`](Layer::spec) `from name` writes it; `None` for other rows.
    ///
    /// ```
    /// use cnn::{Kind, Layer, ReceptiveField, Shape};
    /// let row = Layer {
    ///     name: None,
    ///     kind: Kind::From,
    ///     spec: "from enc1",
    ///     input: Shape::spatial(8, 8, 4),
    ///     output: Shape::spatial(8, 8, 4),
    ///     params: 0,
    ///     non_trainable_params: 0,
    ///     macs: 0,
    ///     formula: "",
    ///     receptive_field: ReceptiveField::INPUT,
    ///     depth: 0,
    ///     rows: 0,
    ///     times: 1,
    /// };
    /// assert_eq!(row.taken(), Some("enc1"));
    /// ```
    pub fn taken(&self) -> Option<&'a str> {
        if matches!(self.kind, Kind::From) {
            self.spec.strip_prefix("from ")
        } else {
            None
        }
    }

    /// How many values its output holds (`28x28x8` holds 6,272).
    pub const fn output_values(&self) -> u64 {
        match self.output.elements() {
            Some(n) => n,
            None => u64::MAX,
        }
    }
}

/// Everything known about a network, as one value: what the expression form
/// `cnn!(input 28x28x1; fc 10)` gives, and what [`Network::MODEL`](crate::Network::MODEL) holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Model<'a> {
    /// The input shape.
    pub input: Shape,
    /// The output shape.
    pub output: Shape,
    /// Learnable parameters (PyTorch's `sum(p.numel())`, the article's count).
    pub params: u64,
    /// Non-trainable parameters (batch norm's running mean and variance).
    pub non_trainable_params: u64,
    /// All parameters (Keras's "Total params").
    pub total_params: u64,
    /// Multiply-accumulates for one input (torchvision's rule; FLOPs are
    /// twice this).
    pub macs: u64,
    /// The most values any one activation holds (the input included).
    pub largest_activation: u64,
    /// The most activation values alive at once during inference, by the
    /// model in the crate's README ("Memory"): a layer holds its input and
    /// output, and blocks keep their input and finished branches until they
    /// join.
    pub peak_activations: u64,
    /// The values of working memory the forward pass takes (`ARENA_LEN`):
    /// every tensor it keeps, where the memory plan places them, layers
    /// run in place where they may and each convolution's scratch
    /// included; the input is the caller's and not counted. `None` for a
    /// network too large to plan, and for a [`Chain`](crate::Chain).
    pub arena: Option<u64>,
    /// Every layer, in order, the input first; a block's row comes before
    /// its contents.
    pub layers: &'a [Layer<'a>],
}

/// `n` as a `usize`, for a network's lengths (`INPUT_LEN`, `ARENA_LEN`):
/// in `const`, a network too large for this target's `usize` fails the
/// build where the length is used, rather than wrapping.
pub const fn len(n: u64) -> usize {
    assert!(
        n <= usize::MAX as u64,
        "the network's sizes do not fit in usize on this target"
    );
    n as usize
}

impl Model<'_> {
    /// The bytes the parameters take with `element_bytes` bytes each (4 for
    /// f32, 2 for f16, 1 for i8): all parameters, batch norm's running
    /// statistics included, as a model file stores them. Saturates at
    /// `u64::MAX`, so a budget check against it cannot pass by overflow.
    pub const fn param_bytes(&self, element_bytes: u64) -> u64 {
        bytes(self.total_params, element_bytes)
    }

    /// The bytes of the peak activation memory ([`Model::peak_activations`])
    /// with `element_bytes` bytes per value; saturates at `u64::MAX`.
    pub const fn peak_activation_bytes(&self, element_bytes: u64) -> u64 {
        bytes(self.peak_activations, element_bytes)
    }

    /// The bytes of the largest activation with `element_bytes` bytes per
    /// value; saturates at `u64::MAX`.
    pub const fn largest_activation_bytes(&self, element_bytes: u64) -> u64 {
        bytes(self.largest_activation, element_bytes)
    }
}

/// The bytes of `values` values of `element_bytes` bytes each, saturating
/// at `u64::MAX`, so that a budget check cannot pass by overflow.
///
/// ```
/// assert_eq!(cnn_core::bytes(62_958, 4), 251_832);
/// assert_eq!(cnn_core::bytes(u64::MAX, 2), u64::MAX);
/// ```
pub const fn bytes(values: u64, element_bytes: u64) -> u64 {
    values.saturating_mul(element_bytes)
}
