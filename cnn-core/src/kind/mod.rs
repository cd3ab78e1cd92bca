//! The layer kinds of the language as types: [`Kind`], [`Block`],
//! [`Activation`] and the [`Argument`] a keyword takes. What each one is
//! called and accepts is described once, in [`KINDS`](crate::KINDS).

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
    /// `split { {..} {..} }`: the input's channels divided equally among
    /// the branches, in order, and their outputs stacked as `concat` does.
    Split,
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
    /// A count, `N` (`fc`, `repeat`).
    Count,
    /// An optional count (`softmax` alone is the activation, `softmax N` a
    /// fully connected layer).
    OptionalCount,
    /// An optional rate between 0 and 1 (`dropout`).
    OptionalRate,
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
            | Kind::Shuffle => None,
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
            | Block::Split => None,
        }
    }
}
