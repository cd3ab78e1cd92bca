//! The description of every layer kind, written once: its keyword and
//! aliases, the argument and options it takes, what the checks need to know
//! about it, how the summary, the diagram and the JSON export name it, and
//! its code in the compact table. Parser, checker, renderers and the table
//! all read these descriptions; what must stay a `match` (the shape,
//! parameter and MAC rules, which `const fn`s cannot hold as function
//! pointers on stable) matches every kind by name.

use crate::kind::spelling::same;
use crate::{Activation, Argument, Block, Class, Kind, OptionSet, Scratch};

/// The description of one layer kind, under one of its keywords.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KindInfo {
    /// The keyword as written (aliases have their own entry, otherwise the
    /// same as the kind's; see [`KindInfo::is_alias`]).
    pub keyword: &'static str,
    /// The layer kind it declares.
    pub kind: Kind,
    /// What it does with its input, which answers the memory plan's, the
    /// receptive field's and the checker's questions about it.
    pub class: Class,
    /// The working space its kernel needs.
    pub scratch: Scratch,
    /// What must follow the keyword.
    pub argument: Argument,
    /// The options it accepts.
    pub options: OptionSet,
    /// The kind's code in the compact table the macro emits. Never reused
    /// or renumbered: a new kind takes the next free one.
    pub code: u8,
    /// How the summary names a row of this kind that has no statement of
    /// its own: a block's (`{ ... }`, `add`, `repeat` before its count); the
    /// keyword for a layer.
    pub summary_name: &'static str,
    /// What a diagram's block title says after the block's name: empty for
    /// `{ ... }` and a branch, which show their name alone; the keyword
    /// otherwise.
    pub svg_name: &'static str,
    /// The `kind` string of the JSON export (`fc_softmax` for `softmax N`,
    /// `sequence`, `branch`); the keyword otherwise.
    pub json_name: &'static str,
    /// The SVG class of its box, which sets its fill: `input`, `conv`,
    /// `pool`, `fc`, `norm`, `act`, `other` or `block`.
    pub svg_class: &'static str,
    /// Whether it starts a network: its output is its declared shape,
    /// whatever comes before (`input`).
    pub is_input: bool,
    /// Whether it slides a window over its input, so that stride, padding
    /// and dilation apply (convolutions, pooling).
    pub windowed: bool,
    /// Whether its window is a pooling window: the stride defaults to the
    /// window and the padding is at most half of it.
    pub pooling: bool,
    /// Whether it declares a window or size that must be at least 1 on
    /// each axis (a kernel, a pooling window, `adaptivepool`'s size; not
    /// `zeropad`'s padding, which may be 0).
    pub uses_window: bool,
    /// Whether it declares a count that must be at least 1 (filters,
    /// units).
    pub has_count: bool,
    /// Whether it needs an `HxWxC` input, not a flat vector.
    pub spatial_only: bool,
    /// What messages call its window: `kernel`, `window`, `output size`,
    /// `size`, `factor` or `padding`.
    pub window_word: &'static str,
}

const CONV_OPTIONS: OptionSet = OptionSet::STRIDE
    .with(OptionSet::PAD)
    .with(OptionSet::DILATION)
    .with(OptionSet::NOBIAS);
/// A `conv`'s weight standardisation: `ws` or `scaledws`, its `eps`, and
/// `scaledws`'s `gamma`.
const WS_OPTIONS: OptionSet = OptionSet::WS
    .with(OptionSet::SCALEDWS)
    .with(OptionSet::EPS)
    .with(OptionSet::GAMMA);
const POOL_OPTIONS: OptionSet = OptionSet::STRIDE
    .with(OptionSet::PAD)
    .with(OptionSet::DILATION)
    .with(OptionSet::CEIL);

const INPUT: KindInfo = KindInfo::new("input", Kind::Input, Class::Input, 0, "input")
    .takes(Argument::Shape, OptionSet::NONE)
    .starts_network();
const CONV: KindInfo = KindInfo::new("conv", Kind::Conv, Class::Window, 1, "conv")
    .takes(
        Argument::KernelFilters,
        CONV_OPTIONS.with(OptionSet::GROUPS).with(WS_OPTIONS),
    )
    .slides_window()
    .counted()
    .needs(Scratch::Product)
    .calls_window("kernel");
const DWCONV: KindInfo = KindInfo::new("dwconv", Kind::DepthwiseConv, Class::Window, 2, "conv")
    .takes(Argument::Window, CONV_OPTIONS.with(OptionSet::MULTIPLIER))
    .slides_window()
    .calls_window("kernel");
const SEPCONV: KindInfo = KindInfo::new("sepconv", Kind::SeparableConv, Class::Window, 3, "conv")
    .takes(
        Argument::KernelFilters,
        CONV_OPTIONS.with(OptionSet::MULTIPLIER),
    )
    .slides_window()
    .counted()
    .needs(Scratch::PerChannel)
    .calls_window("kernel");
const MAXPOOL: KindInfo = KindInfo::new("maxpool", Kind::MaxPool, Class::Window, 4, "pool")
    .takes(Argument::Window, POOL_OPTIONS)
    .pools();
const AVGPOOL: KindInfo = KindInfo::new("avgpool", Kind::AvgPool, Class::Window, 5, "pool")
    .takes(Argument::Window, POOL_OPTIONS)
    .pools();
const GAP: KindInfo = KindInfo::new("gap", Kind::GlobalAvgPool, Class::Global, 6, "pool").spatial();
const GMP: KindInfo = KindInfo::new("gmp", Kind::GlobalMaxPool, Class::Global, 7, "pool").spatial();
const ADAPTIVEPOOL: KindInfo = KindInfo::new(
    "adaptivepool",
    Kind::AdaptiveAvgPool,
    Class::Global,
    8,
    "pool",
)
.takes(Argument::Window, OptionSet::NONE)
.sized()
.spatial()
.calls_window("output size");
const FLATTEN: KindInfo = KindInfo::new("flatten", Kind::Flatten, Class::Flatten, 9, "other");
const DENSE: KindInfo = KindInfo::new("fc", Kind::Dense, Class::Dense, 10, "fc")
    .takes(Argument::Count, OptionSet::NOBIAS)
    .counted();
const SOFTMAX: KindInfo = KindInfo::new("softmax", Kind::Softmax, Class::Dense, 11, "fc")
    .takes(Argument::OptionalCount, OptionSet::NOBIAS)
    .counted()
    .names("softmax", "softmax", "fc_softmax");

const fn activation(keyword: &'static str, activation: Activation, code: u8) -> KindInfo {
    let kind = Kind::Activation(activation);
    KindInfo::new(keyword, kind, Class::Pointwise, code, "act")
}

const RELU: KindInfo = activation("relu", Activation::Relu, 12);
const RELU6: KindInfo = activation("relu6", Activation::Relu6, 13);
const LEAKYRELU: KindInfo =
    activation("leakyrelu", Activation::LeakyRelu, 14).takes(Argument::None, OptionSet::SLOPE);
const ELU: KindInfo = activation("elu", Activation::Elu, 15);
const GELU: KindInfo =
    activation("gelu", Activation::Gelu, 16).takes(Argument::None, OptionSet::TANH);
/// Declared by `gelu tanh`, which shares [`GELU`]'s keyword entry; so this
/// description has none in [`KINDS`].
const GELU_TANH: KindInfo = activation("gelu", Activation::GeluTanh, 56)
    .takes(Argument::None, OptionSet::TANH)
    .names("gelu", "gelu", "gelu_tanh");
const SILU: KindInfo = activation("silu", Activation::Silu, 17);
const SIGMOID: KindInfo = activation("sigmoid", Activation::Sigmoid, 18);
const HARDSIGMOID: KindInfo = activation("hardsigmoid", Activation::HardSigmoid, 19);
const HARDSWISH: KindInfo = activation("hardswish", Activation::HardSwish, 20);
const TANH: KindInfo = activation("tanh", Activation::Tanh, 21);
const LOGSOFTMAX: KindInfo = activation("logsoftmax", Activation::LogSoftmax, 57);
/// Declared by `softmax` without a count, which shares [`SOFTMAX`]'s
/// keyword entry; so this description has none in [`KINDS`].
const SOFTMAX_ACTIVATION: KindInfo = activation("softmax", Activation::Softmax, 22);
const PRELU: KindInfo = KindInfo::new("prelu", Kind::PRelu, Class::Pointwise, 23, "act");
const BATCHNORM: KindInfo =
    KindInfo::new("batchnorm", Kind::BatchNorm, Class::Pointwise, 24, "norm")
        .takes(Argument::None, OptionSet::EPS);
const DROPOUT: KindInfo = KindInfo::new("dropout", Kind::Dropout, Class::Identity, 25, "other")
    .takes(Argument::OptionalRate, OptionSet::NONE);
const ZEROPAD: KindInfo = KindInfo::new("zeropad", Kind::ZeroPad, Class::Pad, 26, "other")
    .takes(Argument::Window, OptionSet::END)
    .spatial()
    .calls_window("padding");

const CONVTRANSPOSE: KindInfo = KindInfo::new(
    "convtranspose",
    Kind::ConvTranspose,
    Class::TransposedWindow,
    34,
    "conv",
)
.takes(
    Argument::KernelFilters,
    CONV_OPTIONS.with(OptionSet::GROUPS).with(OptionSet::OUTPAD),
)
.slides_window()
.counted()
.calls_window("kernel");
const UPSAMPLE: KindInfo = KindInfo::new("upsample", Kind::Upsample, Class::Resample, 35, "other")
    .takes(Argument::Window, OptionSet::BILINEAR)
    .sized()
    .spatial()
    .calls_window("factor");
const RESIZE: KindInfo = KindInfo::new("resize", Kind::Resize, Class::Resample, 36, "other")
    .takes(Argument::Window, OptionSet::BILINEAR)
    .sized()
    .spatial()
    .calls_window("size");
const LAYERNORM: KindInfo =
    KindInfo::new("layernorm", Kind::LayerNorm, Class::Pointwise, 37, "norm")
        .takes(Argument::None, OptionSet::EPS);
const GROUPNORM: KindInfo =
    KindInfo::new("groupnorm", Kind::GroupNorm, Class::Pointwise, 38, "norm")
        .takes(Argument::Count, OptionSet::EPS)
        .counted();
const SCALE: KindInfo = KindInfo::new("scale", Kind::Scale, Class::Pointwise, 39, "norm");
const SHUFFLE: KindInfo = KindInfo::new("shuffle", Kind::Shuffle, Class::Resample, 40, "other")
    .takes(Argument::Count, OptionSet::NONE)
    .counted();
const GRN: KindInfo = KindInfo::new("grn", Kind::Grn, Class::Pointwise, 42, "norm")
    .takes(Argument::None, OptionSet::EPS)
    .spatial()
    .needs(Scratch::PerChannel);
// Its count is the channels it takes, `B - A`, which must be at least 1.
const SLICE: KindInfo = KindInfo::new("slice", Kind::Slice, Class::Resample, 43, "other")
    .takes(Argument::Range, OptionSet::NONE)
    .counted();
const ECA: KindInfo = KindInfo::new("eca", Kind::Eca, Class::Pointwise, 45, "conv")
    .takes(Argument::Count, OptionSet::NONE)
    .counted()
    .needs(Scratch::PerChannel);
const AFFINE: KindInfo = KindInfo::new("affine", Kind::Affine, Class::Pointwise, 46, "norm");
// NFNet's `skipinit_gain`: one learnt multiplier for the whole map.
const GAIN: KindInfo = KindInfo::new("gain", Kind::Gain, Class::Pointwise, 54, "norm");
const BLURPOOL: KindInfo = KindInfo::new("blurpool", Kind::BlurPool, Class::Window, 47, "pool")
    .takes(Argument::Window, OptionSet::STRIDE)
    .slides_window()
    .calls_window("filter");
// GCNet's context: its 1x1 projection's weights are the only thing it
// learns, its output one position, as `gap`'s.
const CONTEXTPOOL: KindInfo =
    KindInfo::new("contextpool", Kind::ContextPool, Class::Global, 51, "pool")
        .spatial()
        .needs(Scratch::PerPosition);
const TIMES: KindInfo = KindInfo::new("times", Kind::Times, Class::Pointwise, 53, "other")
    .takes(Argument::Real, OptionSet::NONE);
// Its count is the block size, which must divide every spatial axis.
const SPACETODEPTH: KindInfo = KindInfo::new(
    "spacetodepth",
    Kind::SpaceToDepth,
    Class::Resample,
    60,
    "other",
)
.takes(Argument::Count, OptionSet::NONE)
.counted()
.spatial();

// A `from`'s row: parsed on its own (its argument is a name), so not in
// `KINDS`. It computes nothing, as `dropout` at inference; no `LayerSpec`
// of it reaches the plan.
const FROM: KindInfo = KindInfo::new("from", Kind::From, Class::Identity, 48, "other");

/// What a block written with braces alone has for a keyword.
pub(super) const BRACES: &str = "{}";

const fn block(keyword: &'static str, block: Block, code: u8) -> KindInfo {
    KindInfo::new(keyword, Kind::Block(block), Class::Block, code, "block")
}

const SEQUENCE: KindInfo = block(BRACES, Block::Sequence, 27).names("{ ... }", "", "sequence");
const BRANCH: KindInfo = block(BRACES, Block::Branch, 28).names(BRACES, "", "branch");
const ADD: KindInfo = block("add", Block::Add, 29);
const CONCAT: KindInfo = block("concat", Block::Concat, 30);
const MUL: KindInfo = block("mul", Block::Mul, 31);
const RESIDUAL: KindInfo = block("residual", Block::Residual, 32);
const REPEAT: KindInfo =
    block("repeat", Block::Repeat(0), 33).takes(Argument::Count, OptionSet::NONE);
const SPLIT: KindInfo = block("split", Block::Split, 41);
const SUB: KindInfo = block("sub", Block::Sub, 44);
const MIX: KindInfo = block("mix", Block::Mix, 49);

/// Every layer keyword of the language, aliases included, in the order
/// messages list them.
pub const KINDS: &[KindInfo] = &[
    INPUT,
    CONV,
    DWCONV,
    SEPCONV,
    MAXPOOL.alias("pool"),
    MAXPOOL,
    AVGPOOL,
    GAP,
    GMP,
    ADAPTIVEPOOL,
    FLATTEN,
    DENSE,
    DENSE.alias("dense"),
    DENSE.alias("linear"),
    SOFTMAX,
    RELU,
    RELU6,
    LEAKYRELU,
    ELU,
    GELU,
    SILU,
    SILU.alias("swish"),
    SIGMOID,
    HARDSIGMOID,
    HARDSWISH,
    TANH,
    LOGSOFTMAX,
    PRELU,
    BATCHNORM,
    BATCHNORM.alias("bn"),
    DROPOUT,
    ZEROPAD,
    CONVTRANSPOSE,
    UPSAMPLE,
    RESIZE,
    LAYERNORM,
    GROUPNORM,
    SCALE,
    SHUFFLE,
    GRN,
    SLICE,
    ECA,
    AFFINE,
    BLURPOOL,
    CONTEXTPOOL,
    TIMES,
    GAIN,
    SPACETODEPTH,
];

/// The blocks, in the order of [`Block`]; their rows are not statements,
/// so they are not in [`KINDS`].
pub(super) const BLOCKS: [KindInfo; 10] = [
    SEQUENCE, BRANCH, ADD, CONCAT, MUL, RESIDUAL, REPEAT, SPLIT, SUB, MIX,
];

impl Kind {
    /// The kind's description (a `repeat`'s has 0 rounds).
    ///
    /// ```
    /// use cnn_core::{Kind, Argument};
    /// let fc = Kind::Dense.info();
    /// assert_eq!((fc.keyword, fc.argument, fc.svg_class), ("fc", Argument::Count, "fc"));
    /// assert_eq!(Kind::Softmax.info().json_name, "fc_softmax");
    /// ```
    pub const fn info(self) -> &'static KindInfo {
        match self {
            Kind::Input => &INPUT,
            Kind::Conv => &CONV,
            Kind::DepthwiseConv => &DWCONV,
            Kind::SeparableConv => &SEPCONV,
            Kind::MaxPool => &MAXPOOL,
            Kind::AvgPool => &AVGPOOL,
            Kind::GlobalAvgPool => &GAP,
            Kind::GlobalMaxPool => &GMP,
            Kind::AdaptiveAvgPool => &ADAPTIVEPOOL,
            Kind::Flatten => &FLATTEN,
            Kind::Dense => &DENSE,
            Kind::Softmax => &SOFTMAX,
            Kind::Activation(activation) => activation.info(),
            Kind::PRelu => &PRELU,
            Kind::BatchNorm => &BATCHNORM,
            Kind::Dropout => &DROPOUT,
            Kind::ZeroPad => &ZEROPAD,
            Kind::ConvTranspose => &CONVTRANSPOSE,
            Kind::Upsample => &UPSAMPLE,
            Kind::Resize => &RESIZE,
            Kind::LayerNorm => &LAYERNORM,
            Kind::GroupNorm => &GROUPNORM,
            Kind::Scale => &SCALE,
            Kind::Shuffle => &SHUFFLE,
            Kind::Grn => &GRN,
            Kind::Slice => &SLICE,
            Kind::Eca => &ECA,
            Kind::Affine => &AFFINE,
            Kind::BlurPool => &BLURPOOL,
            Kind::ContextPool => &CONTEXTPOOL,
            Kind::Times => &TIMES,
            Kind::Gain => &GAIN,
            Kind::SpaceToDepth => &SPACETODEPTH,
            Kind::Block(block) => block.info(),
            Kind::From => &FROM,
        }
    }

    /// The canonical keyword of this kind (`Kind::Dense` is `fc`).
    pub const fn keyword(self) -> &'static str {
        self.info().keyword
    }

    /// Whether this kind slides a window (and so takes stride, pad,
    /// dilation).
    pub const fn is_windowed(self) -> bool {
        self.info().windowed
    }

    /// Whether this kind is a pooling window (stride defaults to the window).
    pub const fn is_pooling(self) -> bool {
        self.info().pooling
    }

    /// The kind's code in the compact table ([`KindInfo::code`]).
    pub const fn code(self) -> u8 {
        self.info().code
    }

    /// The kind whose [`code`](Kind::code) is `code` (a `repeat` with 0
    /// rounds), or `None` if no kind has it.
    ///
    /// ```
    /// use cnn::Kind;
    /// assert_eq!(Kind::from_code(Kind::Conv.code()), Some(Kind::Conv));
    /// assert_eq!(Kind::from_code(u8::MAX), None);
    /// ```
    pub const fn from_code(code: u8) -> Option<Kind> {
        if (code as usize) < CODES {
            BY_CODE[code as usize]
        } else {
            None
        }
    }
}

impl Block {
    /// The block's description.
    pub const fn info(self) -> &'static KindInfo {
        match self {
            Block::Sequence => &SEQUENCE,
            Block::Branch => &BRANCH,
            Block::Add => &ADD,
            Block::Concat => &CONCAT,
            Block::Mul => &MUL,
            Block::Split => &SPLIT,
            Block::Sub => &SUB,
            Block::Mix => &MIX,
            Block::Residual => &RESIDUAL,
            Block::Repeat(_) => &REPEAT,
        }
    }

    /// The block's keyword (`{}` for a sequence or branch).
    pub const fn keyword(self) -> &'static str {
        self.info().keyword
    }
}

impl Activation {
    /// The activation's description.
    pub const fn info(self) -> &'static KindInfo {
        match self {
            Activation::Relu => &RELU,
            Activation::Relu6 => &RELU6,
            Activation::LeakyRelu => &LEAKYRELU,
            Activation::Elu => &ELU,
            Activation::Gelu => &GELU,
            Activation::GeluTanh => &GELU_TANH,
            Activation::Silu => &SILU,
            Activation::Sigmoid => &SIGMOID,
            Activation::HardSigmoid => &HARDSIGMOID,
            Activation::HardSwish => &HARDSWISH,
            Activation::Tanh => &TANH,
            Activation::Softmax => &SOFTMAX_ACTIVATION,
            Activation::LogSoftmax => &LOGSOFTMAX,
        }
    }

    /// The canonical keyword of this activation.
    pub const fn keyword(self) -> &'static str {
        self.info().keyword
    }
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
        if same(KINDS[i].keyword, keyword) {
            return Some(&KINDS[i]);
        }
        i += 1;
    }
    None
}

/// Every description: each keyword's, each block's, and those that have
/// no keyword of their own (`softmax` the activation, `from`).
pub(crate) const ALL: [KindInfo; KINDS.len() + BLOCKS.len() + 3] = {
    let mut all = [INPUT; KINDS.len() + BLOCKS.len() + 3];
    let mut i = 0;
    while i < KINDS.len() {
        all[i] = KINDS[i];
        i += 1;
    }
    let mut j = 0;
    while j < BLOCKS.len() {
        all[i + j] = BLOCKS[j];
        j += 1;
    }
    all[i + j] = SOFTMAX_ACTIVATION;
    all[i + j + 1] = FROM;
    all[i + j + 2] = GELU_TANH;
    all
};

/// One more than the highest code.
pub(super) const CODES: usize = {
    let mut highest = 0;
    let mut i = 0;
    while i < ALL.len() {
        if ALL[i].code as usize > highest {
            highest = ALL[i].code as usize;
        }
        i += 1;
    }
    highest + 1
};

/// Each code's kind: what the table decoder reads.
pub(super) const BY_CODE: [Option<Kind>; CODES] = {
    let mut kinds = [None; CODES];
    let mut i = 0;
    while i < ALL.len() {
        kinds[ALL[i].code as usize] = Some(ALL[i].kind);
        i += 1;
    }
    kinds
};
