//! The layer kinds of the language as types: [`Kind`], [`Block`],
//! [`Activation`], the [`Argument`] a keyword takes, and the [`Class`] and
//! [`Scratch`] its description gives it. What each one is called and
//! accepts is described once, in [`KINDS`](crate::KINDS).

pub mod block_keywords;
mod checks;
mod describe;
pub mod kinds;
pub mod option;
pub mod spelling;

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
    /// `convtranspose KHxKWxF`: transposed convolution (PyTorch's
    /// `ConvTranspose2d`) with `F` filters.
    ConvTranspose,
    /// `upsample S` / `upsample S bilinear`: upsampling by `S` per axis.
    Upsample,
    /// `resize HxW` / `resize HxW bilinear`: resizing to a size.
    Resize,
    /// `layernorm`: normalises the channels at each position.
    LayerNorm,
    /// `groupnorm G`: group normalisation in `G` groups.
    GroupNorm,
    /// `scale`: layer scale, one learnable multiplier per channel.
    Scale,
    /// `shuffle G`: channel shuffle in `G` groups.
    Shuffle,
    /// `grn`: global response normalisation (ConvNeXt V2's GRN).
    Grn,
    /// `slice A..B`: channels `A` to `B` (`B` not included) of the input,
    /// as PyTorch's `x[:, A:B]`.
    Slice,
    /// `eca K`: ECA's 1-D convolution across the channels at each position
    /// (timm's `EcaModule` conv: kernel `K`, odd, padding `(K-1)/2`, no
    /// bias).
    Eca,
    /// `affine`: a learnable scalar scale and bias (HGNetV2's
    /// `LearnableAffineBlock`).
    Affine,
    /// `blurpool K`: a fixed blur of binomial filter size `K` (the filter a
    /// buffer, not learnt), reflect-padded, subsampled by its stride
    /// (timm's `BlurPool2d`).
    BlurPool,
    /// `contextpool`: GCNet's attention pooling (timm's `GlobalContext`
    /// context): a 1x1 convolution to one logit per position, a softmax
    /// over the positions, and the positions summed by those weights to
    /// `1x1xC`.
    ContextPool,
    /// `times X`: every value times the constant `X` (NF nets' `gamma`,
    /// `beta` and `alpha`, `x * 1.7139`).
    Times,
    /// `gain`: every value times one learnt scalar (NFNet's
    /// `skipinit_gain`, timm's `NormFreeBlock` with `skipinit`).
    Gain,
    /// `spacetodepth B`: each `B`x`B` patch of positions moved into the
    /// channels, in ONNX `SpaceToDepth`'s order (TResNet's stem).
    SpaceToDepth,
    /// A block: its row in [`Model::layers`](crate::Model::layers) carries
    /// the sum of the rows nested in it.
    Block(Block),
    /// `from name`: its row in [`Model::layers`](crate::Model::layers)
    /// shows where what flows on comes from, the output of an earlier
    /// statement, taken as it is (no parameters, no MACs). Not a layer:
    /// no statement declares a [`LayerSpec`](crate::LayerSpec) of it.
    From,
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
    /// One `{ ... }` branch of an `add`, `concat`, `mul`, `sub` or `mix`, fed the block's
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
    /// `split { {..} {..} }`: the input's channels divided equally among
    /// the branches, in order, and their outputs stacked as `concat` does.
    Split,
    /// `sub { {..} {..} }`: two branches of the same shape, the second
    /// subtracted from the first (PoolFormer's `pool(x) - x`).
    Sub,
    /// `mix { {..} {..} {weights} }`: paths of the same shape, mixed by a
    /// softmax across them per channel of weights that the last branch
    /// computes from their sum (SKNet's selective kernel, ResNeSt's split
    /// attention).
    Mix,
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
    /// `gelu tanh`: GELU's tanh approximation, PyTorch's
    /// `approximate='tanh'`.
    GeluTanh,
    Silu,
    Sigmoid,
    HardSigmoid,
    HardSwish,
    Tanh,
    Softmax,
    /// `logsoftmax`: the log of the softmax over the channels, PyTorch's
    /// `log_softmax` (M5's output).
    LogSoftmax,
}

/// What a layer does with its input, as the memory plan, the receptive
/// field, the checker's recovery and its messages ask it: each kind's
/// description ([`KindInfo::class`](crate::KindInfo::class)) gives one,
/// and those questions are answered once per class, not per kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    /// Starts a network: its output is its declared shape (`input`).
    Input,
    /// Slides a window over its input, so stride, padding and dilation
    /// apply: convolutions and pooling.
    Window,
    /// Slides a window from each input to the outputs it feeds, growing
    /// the map: `convtranspose`.
    TransposedWindow,
    /// Pools each channel over regions that the output's size sets: `gap`,
    /// `gmp`, `adaptivepool`.
    Global,
    /// Turns a map into a vector without computing: `flatten`.
    Flatten,
    /// Computes a vector of its count from the whole input, flattened:
    /// `fc`, `softmax N`.
    Dense,
    /// Keeps the shape and may write over its input: each value is
    /// computed from values not yet overwritten, with statistics of the map
    /// taken first where it needs them (activations, the norms, `scale`).
    Pointwise,
    /// Passes its input on unchanged: `dropout`, at inference.
    Identity,
    /// Pads its input with zeros on every side: `zeropad`.
    Pad,
    /// Moves its input's values to new places, without parameters:
    /// `upsample`, `resize`, `shuffle`, `slice`, `spacetodepth`.
    Resample,
    /// Holds other layers ([`Kind::Block`]).
    Block,
}

/// The working space a kind's kernel needs beside its input and output
/// (what [`scratch_len`](crate::scratch_len) computes from it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scratch {
    /// None.
    None,
    /// The packing space of the blocked matrix product over the layer's
    /// windows (`conv`).
    Product,
    /// One value per input channel times the depth multiplier: the
    /// depthwise outputs of one position (`sepconv`), the statistics of
    /// each channel over the map (`grn`), or one position's input (`eca`).
    PerChannel,
    /// One value per position of the input: the attention weights of
    /// `contextpool`.
    PerPosition,
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
    /// A count, `N` (`fc`, `repeat`).
    Count,
    /// An optional count (`softmax` alone is the activation, `softmax N` a
    /// fully connected layer).
    OptionalCount,
    /// An optional rate between 0 and 1 (`dropout`).
    OptionalRate,
    /// A range of channels, `A..B` (`slice`).
    Range,
    /// A positive real number, as `eps` reads one (`times 1.7139`).
    Real,
}

impl Kind {
    /// The block, if this kind is one.
    pub const fn block(self) -> Option<Block> {
        match self {
            Kind::Block(block) => Some(block),
            // Listed, not `_`: a new kind must say whether it is a block.
            Kind::Input
            | Kind::Conv
            | Kind::DepthwiseConv
            | Kind::SeparableConv
            | Kind::MaxPool
            | Kind::AvgPool
            | Kind::GlobalAvgPool
            | Kind::GlobalMaxPool
            | Kind::AdaptiveAvgPool
            | Kind::Flatten
            | Kind::Dense
            | Kind::Softmax
            | Kind::Activation(_)
            | Kind::PRelu
            | Kind::BatchNorm
            | Kind::Dropout
            | Kind::ZeroPad
            | Kind::ConvTranspose
            | Kind::Upsample
            | Kind::Resize
            | Kind::LayerNorm
            | Kind::GroupNorm
            | Kind::Scale
            | Kind::Shuffle
            | Kind::Grn
            | Kind::Slice
            | Kind::From => None,
            Kind::Eca
            | Kind::Affine
            | Kind::BlurPool
            | Kind::ContextPool
            | Kind::Times
            | Kind::Gain
            | Kind::SpaceToDepth => None,
        }
    }

    /// A `repeat`'s number of rounds; `None` for every other kind.
    pub const fn rounds(self) -> Option<u64> {
        match self.block() {
            Some(block) => block.rounds(),
            None => None,
        }
    }
}

impl Block {
    /// A `repeat`'s number of rounds; `None` for every other block.
    pub const fn rounds(self) -> Option<u64> {
        match self {
            Block::Repeat(rounds) => Some(rounds),
            Block::Sequence
            | Block::Branch
            | Block::Add
            | Block::Concat
            | Block::Mul
            | Block::Residual
            | Block::Split
            | Block::Sub
            | Block::Mix => None,
        }
    }
}
