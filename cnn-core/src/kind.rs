//! The table of layer kinds: each keyword, the argument it takes and the
//! options it accepts. Parser, checker and summary all read this one table.

/// What a layer does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `input HxWxC` / `input N`: the network's input.
    Input,
    /// `conv KHxKWxF`: 2-D convolution with `F` filters.
    Conv,
    /// `dwconv KHxKW`: depthwise convolution (`groups` = input channels).
    DepthwiseConv,
    /// `sepconv KHxKWxF`: depthwise then 1x1 pointwise, bias on the pointwise
    /// only (Keras `SeparableConv2D`).
    SeparableConv,
    /// `maxpool K` (and `pool N`): max pooling.
    MaxPool,
    /// `avgpool K`: average pooling.
    AvgPool,
    /// `gap`: global average pooling to `1x1xC`.
    GlobalAvgPool,
    /// `gmp`: global max pooling to `1x1xC`.
    GlobalMaxPool,
    /// `adaptivepool HxW`: adaptive average pooling to `HxWxC`.
    AdaptiveAvgPool,
    /// `flatten`: `HxWxC` to `H*W*C`.
    Flatten,
    /// `fc N` / `dense N` / `linear N`: fully connected.
    Dense,
    /// `softmax N`: fully connected with a softmax, counted as the article
    /// counts it.
    Softmax,
    /// An element-wise activation; the shape is kept.
    Activation(Activation),
    /// `prelu`: an activation with one learnable slope per channel.
    PRelu,
    /// `batchnorm` / `bn`: batch normalization.
    BatchNorm,
    /// `dropout` / `dropout P`.
    Dropout,
    /// `zeropad P` / `zeropad PHxPW`: zero padding on every side.
    ZeroPad,
    /// A block: its row in [`Model::layers`](crate::Model::layers) carries
    /// the sum of the rows nested in it.
    Block(Block),
}

/// The blocks of the language: layers that hold other layers.
///
/// In [`Model::layers`](crate::Model::layers) a block's row comes first,
/// then its contents one level deeper ([`Layer::depth`](crate::Layer::depth)),
/// [`Layer::rows`](crate::Layer::rows) of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Block {
    /// `{ ... }` or `name: { ... }`: layers in sequence, a named stage.
    Sequence,
    /// One `{ ... }` branch of an `add`, `concat` or `mul`, fed the block's
    /// input; `{}` is the identity.
    Branch,
    /// `add { {..} {..} }`: branches of the same shape, added.
    Add,
    /// `concat { {..} {..} }`: branches of the same height and width, their
    /// channels stacked.
    Concat,
    /// `mul { {..} {..} }`: branches multiplied element-wise; a `1x1xC`
    /// branch is broadcast over an `HxWxC` one (squeeze-excite).
    Mul,
    /// `residual { body }`: `add { {} { body } }`.
    Residual,
    /// `repeat N { body }`: the body `N` times, each round fed the last.
    Repeat(u64),
}

impl Block {
    /// The block's keyword (`{}` for a sequence or branch).
    pub const fn keyword(self) -> &'static str {
        match self {
            Block::Sequence | Block::Branch => "{}",
            Block::Add => "add",
            Block::Concat => "concat",
            Block::Mul => "mul",
            Block::Residual => "residual",
            Block::Repeat(_) => "repeat",
        }
    }
}

/// The activations without learnable parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)] // each variant is its keyword
pub enum Activation {
    Relu,
    Relu6,
    LeakyRelu,
    Elu,
    Gelu,
    Silu,
    Sigmoid,
    HardSigmoid,
    HardSwish,
    Tanh,
    Softmax,
}

/// The argument written right after a layer's keyword.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Argument {
    /// Nothing (`relu`, `flatten`, `gap`).
    None,
    /// A shape, `HxWxC` or `N` (`input`).
    Shape,
    /// A window and a count, `KxKxF` or `KHxKWxF` (`conv`, `sepconv`).
    KernelFilters,
    /// A window, `K` or `KHxKW` (`dwconv`, pooling, `adaptivepool`, `zeropad`).
    Window,
    /// A count, `N` (`fc`).
    Count,
    /// An optional count (`softmax` alone is the activation, `softmax N` a
    /// fully connected layer).
    OptionalCount,
    /// An optional rate between 0 and 1 (`dropout`).
    OptionalRate,
}

/// A set of the options a layer accepts, as bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OptionSet(u8);

impl OptionSet {
    /// No options.
    pub const NONE: OptionSet = OptionSet(0);
    /// `stride S` / `stride SHxSW`.
    pub const STRIDE: OptionSet = OptionSet(1);
    /// `pad valid` / `pad same` / `pad P` / `pad PHxPW`.
    pub const PAD: OptionSet = OptionSet(2);
    /// `dilation D` / `dilation DHxDW`.
    pub const DILATION: OptionSet = OptionSet(4);
    /// `groups G`.
    pub const GROUPS: OptionSet = OptionSet(8);
    /// `nobias`.
    pub const NOBIAS: OptionSet = OptionSet(16);
    /// `ceil`.
    pub const CEIL: OptionSet = OptionSet(32);
    /// `multiplier M`.
    pub const MULTIPLIER: OptionSet = OptionSet(64);

    /// Both sets together.
    pub const fn with(self, other: OptionSet) -> OptionSet {
        OptionSet(self.0 | other.0)
    }

    /// Whether every option of `other` is in this set.
    pub const fn contains(self, other: OptionSet) -> bool {
        self.0 & other.0 == other.0
    }
}

/// One option keyword, the bit it sets, and whether a value follows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OptionInfo {
    /// The keyword as written.
    pub keyword: &'static str,
    /// The bit in [`OptionSet`].
    pub option: OptionSet,
    /// Whether a value follows the keyword.
    pub takes_value: bool,
}

/// Every option keyword of the language.
pub const OPTIONS: &[OptionInfo] = &[
    OptionInfo {
        keyword: "stride",
        option: OptionSet::STRIDE,
        takes_value: true,
    },
    OptionInfo {
        keyword: "pad",
        option: OptionSet::PAD,
        takes_value: true,
    },
    OptionInfo {
        keyword: "dilation",
        option: OptionSet::DILATION,
        takes_value: true,
    },
    OptionInfo {
        keyword: "groups",
        option: OptionSet::GROUPS,
        takes_value: true,
    },
    OptionInfo {
        keyword: "nobias",
        option: OptionSet::NOBIAS,
        takes_value: false,
    },
    OptionInfo {
        keyword: "ceil",
        option: OptionSet::CEIL,
        takes_value: false,
    },
    OptionInfo {
        keyword: "multiplier",
        option: OptionSet::MULTIPLIER,
        takes_value: true,
    },
];

/// One keyword of the language and what it declares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KindInfo {
    /// The keyword as written (aliases have their own entry).
    pub keyword: &'static str,
    /// The layer kind it declares.
    pub kind: Kind,
    /// What must follow the keyword.
    pub argument: Argument,
    /// The options it accepts.
    pub options: OptionSet,
}

const fn info(
    keyword: &'static str,
    kind: Kind,
    argument: Argument,
    options: OptionSet,
) -> KindInfo {
    KindInfo {
        keyword,
        kind,
        argument,
        options,
    }
}

const fn activation(keyword: &'static str, activation: Activation) -> KindInfo {
    info(
        keyword,
        Kind::Activation(activation),
        Argument::None,
        OptionSet::NONE,
    )
}

const CONV_OPTIONS: OptionSet = OptionSet::STRIDE
    .with(OptionSet::PAD)
    .with(OptionSet::DILATION)
    .with(OptionSet::NOBIAS);
const POOL_OPTIONS: OptionSet = OptionSet::STRIDE
    .with(OptionSet::PAD)
    .with(OptionSet::DILATION)
    .with(OptionSet::CEIL);

/// Every layer keyword of the language, aliases included.
pub const KINDS: &[KindInfo] = &[
    info("input", Kind::Input, Argument::Shape, OptionSet::NONE),
    info(
        "conv",
        Kind::Conv,
        Argument::KernelFilters,
        CONV_OPTIONS.with(OptionSet::GROUPS),
    ),
    info(
        "dwconv",
        Kind::DepthwiseConv,
        Argument::Window,
        CONV_OPTIONS.with(OptionSet::MULTIPLIER),
    ),
    info(
        "sepconv",
        Kind::SeparableConv,
        Argument::KernelFilters,
        CONV_OPTIONS.with(OptionSet::MULTIPLIER),
    ),
    info("pool", Kind::MaxPool, Argument::Window, POOL_OPTIONS),
    info("maxpool", Kind::MaxPool, Argument::Window, POOL_OPTIONS),
    info("avgpool", Kind::AvgPool, Argument::Window, POOL_OPTIONS),
    info("gap", Kind::GlobalAvgPool, Argument::None, OptionSet::NONE),
    info("gmp", Kind::GlobalMaxPool, Argument::None, OptionSet::NONE),
    info(
        "adaptivepool",
        Kind::AdaptiveAvgPool,
        Argument::Window,
        OptionSet::NONE,
    ),
    info("flatten", Kind::Flatten, Argument::None, OptionSet::NONE),
    info("fc", Kind::Dense, Argument::Count, OptionSet::NOBIAS),
    info("dense", Kind::Dense, Argument::Count, OptionSet::NOBIAS),
    info("linear", Kind::Dense, Argument::Count, OptionSet::NOBIAS),
    info(
        "softmax",
        Kind::Softmax,
        Argument::OptionalCount,
        OptionSet::NOBIAS,
    ),
    activation("relu", Activation::Relu),
    activation("relu6", Activation::Relu6),
    activation("leakyrelu", Activation::LeakyRelu),
    activation("elu", Activation::Elu),
    activation("gelu", Activation::Gelu),
    activation("silu", Activation::Silu),
    activation("swish", Activation::Silu),
    activation("sigmoid", Activation::Sigmoid),
    activation("hardsigmoid", Activation::HardSigmoid),
    activation("hardswish", Activation::HardSwish),
    activation("tanh", Activation::Tanh),
    info("prelu", Kind::PRelu, Argument::None, OptionSet::NONE),
    info(
        "batchnorm",
        Kind::BatchNorm,
        Argument::None,
        OptionSet::NONE,
    ),
    info("bn", Kind::BatchNorm, Argument::None, OptionSet::NONE),
    info(
        "dropout",
        Kind::Dropout,
        Argument::OptionalRate,
        OptionSet::NONE,
    ),
    info("zeropad", Kind::ZeroPad, Argument::Window, OptionSet::NONE),
];

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The table entry for a layer keyword.
///
/// ```
/// use cnn_core::{kind_by_keyword, Kind};
/// assert_eq!(kind_by_keyword("dense").map(|k| k.kind), Some(Kind::Dense));
/// assert!(kind_by_keyword("convolution").is_none());
/// ```
pub const fn kind_by_keyword(keyword: &str) -> Option<&'static KindInfo> {
    let mut i = 0;
    while i < KINDS.len() {
        if str_eq(KINDS[i].keyword, keyword) {
            return Some(&KINDS[i]);
        }
        i += 1;
    }
    None
}

/// The table entry for an option keyword.
pub const fn option_by_keyword(keyword: &str) -> Option<&'static OptionInfo> {
    let mut i = 0;
    while i < OPTIONS.len() {
        if str_eq(OPTIONS[i].keyword, keyword) {
            return Some(&OPTIONS[i]);
        }
        i += 1;
    }
    None
}

impl Kind {
    /// The canonical keyword of this kind (`Kind::Dense` is `fc`).
    pub const fn keyword(self) -> &'static str {
        match self {
            Kind::Input => "input",
            Kind::Conv => "conv",
            Kind::DepthwiseConv => "dwconv",
            Kind::SeparableConv => "sepconv",
            Kind::MaxPool => "maxpool",
            Kind::AvgPool => "avgpool",
            Kind::GlobalAvgPool => "gap",
            Kind::GlobalMaxPool => "gmp",
            Kind::AdaptiveAvgPool => "adaptivepool",
            Kind::Flatten => "flatten",
            Kind::Dense => "fc",
            Kind::Softmax => "softmax",
            Kind::Activation(activation) => activation.keyword(),
            Kind::PRelu => "prelu",
            Kind::BatchNorm => "batchnorm",
            Kind::Dropout => "dropout",
            Kind::ZeroPad => "zeropad",
            Kind::Block(block) => block.keyword(),
        }
    }

    /// Whether this kind slides a window (and so takes stride, pad,
    /// dilation).
    pub const fn is_windowed(self) -> bool {
        matches!(
            self,
            Kind::Conv | Kind::DepthwiseConv | Kind::SeparableConv | Kind::MaxPool | Kind::AvgPool
        )
    }

    /// Whether this kind is a pooling window (stride defaults to the window).
    pub const fn is_pooling(self) -> bool {
        matches!(self, Kind::MaxPool | Kind::AvgPool)
    }
}

impl Activation {
    /// The canonical keyword of this activation.
    pub const fn keyword(self) -> &'static str {
        match self {
            Activation::Relu => "relu",
            Activation::Relu6 => "relu6",
            Activation::LeakyRelu => "leakyrelu",
            Activation::Elu => "elu",
            Activation::Gelu => "gelu",
            Activation::Silu => "silu",
            Activation::Sigmoid => "sigmoid",
            Activation::HardSigmoid => "hardsigmoid",
            Activation::HardSwish => "hardswish",
            Activation::Tanh => "tanh",
            Activation::Softmax => "softmax",
        }
    }
}
