//! The int8 plan: what `#[cnn(int8)]` networks run (`Net::forward_int8`)
//! on the kernels of TensorFlow Lite Micro's arithmetic (`cnn-run`'s
//! `quant` and `int8`).
//!
//! The same walk as the `f32` plan ([`memory`](super::memory)), with two
//! differences:
//! - no convolution takes scratch: TFLM's int8 kernels keep their
//!   accumulators in registers (a `softmax N` keeps its logits, see
//!   [`scratch`]);
//! - a `flatten` moves nothing: the arena is channels last, as TFLite's
//!   NHWC, and an int8 `fc` after a map reads its bytes in TFLite's order
//!   (a `RESHAPE`), where the `f32` forward keeps PyTorch's.
//!
//! A value is one byte, so its offsets and `ARENA_BYTES` are in bytes; the
//! input stays the caller's. Beside the plan, the sizes of the tables
//! `from_tflite` fills ([`Tables`]), so that the macro and the runtime
//! agree on them.

use crate::plan::program::Op;
use crate::{Activation, Block, Kind, LayerSpec, Shape, Storage};

mod step;

pub use step::{program_hash, Step, INPUT};

/// The TFLite builtin operators that compute `kind` in int8, as TFLite
/// names them; `Some("")` for a kind that computes nothing (the input, a
/// `dropout`, a block that only groups), `None` for a kind TFLite's int8
/// builtins do not cover, which an int8 network cannot hold.
///
/// ```
/// use cnn_core::plan::int8::builtin;
/// use cnn_core::{Activation, Kind};
/// assert_eq!(builtin(Kind::Conv), Some("CONV_2D"));
/// assert_eq!(builtin(Kind::Activation(Activation::Gelu)), None);
/// ```
pub const fn builtin(kind: Kind) -> Option<&'static str> {
    Some(match kind {
        Kind::Input | Kind::Dropout | Kind::From => "",
        Kind::Conv => "CONV_2D",
        Kind::DepthwiseConv => "DEPTHWISE_CONV_2D",
        Kind::MaxPool => "MAX_POOL_2D",
        Kind::AvgPool => "AVERAGE_POOL_2D",
        Kind::GlobalAvgPool => "MEAN",
        Kind::Flatten => "RESHAPE",
        Kind::Dense => "FULLY_CONNECTED",
        Kind::Softmax => "FULLY_CONNECTED, SOFTMAX",
        Kind::ZeroPad => "PAD",
        Kind::ConvTranspose => "TRANSPOSE_CONV",
        Kind::Upsample | Kind::Resize => "RESIZE_NEAREST_NEIGHBOR or RESIZE_BILINEAR",
        Kind::Activation(activation) => match activation {
            Activation::Relu => "RELU",
            Activation::Relu6 => "RELU6",
            Activation::LeakyRelu => "LEAKY_RELU",
            Activation::Sigmoid => "LOGISTIC",
            Activation::HardSwish => "HARD_SWISH",
            Activation::Tanh => "TANH",
            Activation::Softmax => "SOFTMAX",
            Activation::Elu
            | Activation::Gelu
            | Activation::GeluTanh
            | Activation::Silu
            | Activation::HardSigmoid
            | Activation::LogSoftmax => return None,
        },
        Kind::Block(block) => match block {
            Block::Sequence | Block::Branch | Block::Repeat(_) => "",
            Block::Add | Block::Residual => "ADD",
            Block::Mul => "MUL",
            Block::Concat => "CONCATENATION",
            Block::Split | Block::Sub | Block::Mix => return None,
        },
        Kind::SeparableConv
        | Kind::GlobalMaxPool
        | Kind::AdaptiveAvgPool
        | Kind::PRelu
        | Kind::BatchNorm
        | Kind::LayerNorm
        | Kind::GroupNorm
        | Kind::Scale
        | Kind::Shuffle
        | Kind::Grn
        | Kind::Slice
        | Kind::Eca
        | Kind::Affine
        | Kind::BlurPool
        | Kind::ContextPool
        | Kind::Times
        | Kind::Gain
        | Kind::SpaceToDepth => return None,
    })
}

/// Where a layer's output lives in the int8 plan: as in the `f32` one
/// ([`LayerSpec::storage`]), but a `flatten` passes its input on, since
/// the bytes are already in TFLite's order, and a `softmax` needs its
/// own: TFLite's reads a whole row for its maximum and sum before it
/// writes.
pub const fn storage(spec: &LayerSpec, input: Shape) -> Storage {
    match spec.kind {
        Kind::Flatten => Storage::Passes,
        Kind::Activation(Activation::Softmax) => Storage::Apart,
        Kind::Activation(
            Activation::Relu
            | Activation::Relu6
            | Activation::LeakyRelu
            | Activation::Elu
            | Activation::Gelu
            | Activation::GeluTanh
            | Activation::Silu
            | Activation::Sigmoid
            | Activation::HardSigmoid
            | Activation::HardSwish
            | Activation::Tanh
            | Activation::LogSoftmax,
        )
        | Kind::Input
        | Kind::Conv
        | Kind::DepthwiseConv
        | Kind::SeparableConv
        | Kind::MaxPool
        | Kind::AvgPool
        | Kind::GlobalAvgPool
        | Kind::GlobalMaxPool
        | Kind::AdaptiveAvgPool
        | Kind::Dense
        | Kind::Softmax
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
        | Kind::Eca
        | Kind::Affine
        | Kind::BlurPool
        | Kind::ContextPool
        | Kind::Times
        | Kind::Gain
        | Kind::SpaceToDepth
        | Kind::Block(
            Block::Sequence
            | Block::Branch
            | Block::Add
            | Block::Concat
            | Block::Mul
            | Block::Residual
            | Block::Repeat(_)
            | Block::Split
            | Block::Sub
            | Block::Mix,
        )
        | Kind::From => spec.storage(input),
    }
}

/// The bytes of working space a step of the int8 plan takes: the
/// `FULLY_CONNECTED` output of a `softmax N`, which its `SOFTMAX` reads
/// (TFLite's two operators, one statement here); none for every other
/// kind.
pub const fn scratch(spec: &LayerSpec, input: Shape) -> usize {
    let logits = match spec.kind {
        Kind::Softmax => true,
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
        | Kind::Activation(
            Activation::Relu
            | Activation::Relu6
            | Activation::LeakyRelu
            | Activation::Elu
            | Activation::Gelu
            | Activation::GeluTanh
            | Activation::Silu
            | Activation::Sigmoid
            | Activation::HardSigmoid
            | Activation::HardSwish
            | Activation::Tanh
            | Activation::Softmax
            | Activation::LogSoftmax,
        )
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
        | Kind::Eca
        | Kind::Affine
        | Kind::BlurPool
        | Kind::ContextPool
        | Kind::Times
        | Kind::Gain
        | Kind::SpaceToDepth
        | Kind::Block(
            Block::Sequence
            | Block::Branch
            | Block::Add
            | Block::Concat
            | Block::Mul
            | Block::Residual
            | Block::Repeat(_)
            | Block::Split
            | Block::Sub
            | Block::Mix,
        )
        | Kind::From => false,
    };
    if !logits {
        return 0;
    }
    match spec.apply(input) {
        Ok(step) => match step.output.elements() {
            Some(n) => n as usize,
            None => 0,
        },
        Err(_) => 0,
    }
}

/// The per-channel requantisations (one multiplier and shift per output
/// channel) a step of the int8 program takes: the output channels of a
/// convolution, depthwise, transposed convolution or fully connected
/// layer (`softmax N` included), 0 for every other step.
pub const fn channels(op: &Op) -> usize {
    let Op::Layer { spec, input, .. } = op else {
        return 0;
    };
    let weighted = matches!(
        spec.kind,
        Kind::Conv | Kind::DepthwiseConv | Kind::ConvTranspose | Kind::Dense | Kind::Softmax
    );
    if !weighted {
        return 0;
    }
    match spec.apply(*input) {
        Ok(step) => step.output.channels() as usize,
        Err(_) => 0,
    }
}

/// The int8 kernels, one bit each, a network's program runs: the macro
/// writes the union of its steps' ([`kernels`]) into `forward_int8` and
/// `load_tflite`, whose dispatch tests each bit as a constant, so that a
/// firmware links the kernels and loaders of its own network's kinds
/// only (the compiler drops the arms of the others).
pub mod kernel {
    /// `CONV_2D`.
    pub const CONV: u32 = 1 << 0;
    /// `DEPTHWISE_CONV_2D`.
    pub const DEPTHWISE: u32 = 1 << 1;
    /// `FULLY_CONNECTED` (an `fc`, or a `softmax N`'s product).
    pub const DENSE: u32 = 1 << 2;
    /// `MAX_POOL_2D`.
    pub const MAX_POOL: u32 = 1 << 3;
    /// `AVERAGE_POOL_2D`.
    pub const AVG_POOL: u32 = 1 << 4;
    /// `SOFTMAX`.
    pub const SOFTMAX: u32 = 1 << 5;
    /// `TRANSPOSE_CONV`.
    pub const TRANSPOSE_CONV: u32 = 1 << 6;
    /// `MEAN` over rows and columns.
    pub const MEAN: u32 = 1 << 7;
    /// `PAD`.
    pub const PAD: u32 = 1 << 8;
    /// `RESIZE_NEAREST_NEIGHBOR` and `RESIZE_BILINEAR`.
    pub const RESIZE: u32 = 1 << 9;
    /// `RELU` (or a `RELU` fused into the operator before).
    pub const RELU: u32 = 1 << 10;
    /// `RELU6` (or fused).
    pub const RELU6: u32 = 1 << 11;
    /// `LEAKY_RELU`.
    pub const LEAKY_RELU: u32 = 1 << 12;
    /// `LOGISTIC`.
    pub const LOGISTIC: u32 = 1 << 13;
    /// `TANH`.
    pub const TANH: u32 = 1 << 14;
    /// `HARD_SWISH`.
    pub const HARD_SWISH: u32 = 1 << 15;
    /// `ADD`.
    pub const ADD: u32 = 1 << 16;
    /// `MUL`.
    pub const MUL: u32 = 1 << 17;
    /// A copy: `CONCATENATION`'s inputs.
    pub const COPY: u32 = 1 << 18;
    /// Every kernel: what `forward_int8` and `Quantized::load` run when
    /// not told the network's.
    pub const ALL: u32 = (1 << 19) - 1;
}

/// The kernels ([`kernel`]) one step of the int8 program runs.
pub const fn kernels(op: &Op) -> u32 {
    use kernel::*;
    match op {
        Op::Layer { spec, .. } => match spec.kind {
            Kind::Conv => CONV,
            Kind::DepthwiseConv => DEPTHWISE,
            Kind::Dense => DENSE,
            Kind::Softmax => DENSE | SOFTMAX,
            Kind::MaxPool => MAX_POOL,
            Kind::AvgPool => AVG_POOL,
            Kind::ConvTranspose => TRANSPOSE_CONV,
            Kind::GlobalAvgPool => MEAN,
            Kind::ZeroPad => PAD,
            Kind::Upsample | Kind::Resize => RESIZE,
            Kind::Activation(activation) => match activation {
                Activation::Relu => RELU,
                Activation::Relu6 => RELU6,
                Activation::LeakyRelu => LEAKY_RELU,
                Activation::Sigmoid => LOGISTIC,
                Activation::Tanh => TANH,
                Activation::HardSwish => HARD_SWISH,
                Activation::Softmax => SOFTMAX,
                Activation::Elu
                | Activation::Gelu
                | Activation::GeluTanh
                | Activation::Silu
                | Activation::HardSigmoid
                | Activation::LogSoftmax => 0,
            },
            // What moves nothing (a block's own work is its `Op::Add`,
            // `Op::Mul` or copies), or what an int8 network cannot hold
            // (the planner refused it first).
            Kind::Input
            | Kind::Dropout
            | Kind::From
            | Kind::Flatten
            | Kind::Block(_)
            | Kind::SeparableConv
            | Kind::GlobalMaxPool
            | Kind::AdaptiveAvgPool
            | Kind::PRelu
            | Kind::BatchNorm
            | Kind::LayerNorm
            | Kind::GroupNorm
            | Kind::Scale
            | Kind::Shuffle
            | Kind::Grn
            | Kind::Slice
            | Kind::Eca
            | Kind::Affine
            | Kind::BlurPool
            | Kind::ContextPool
            | Kind::Times
            | Kind::Gain
            | Kind::SpaceToDepth => 0,
        },
        Op::Copy { .. } => COPY,
        Op::Add { .. } => ADD,
        Op::Mul { .. } => MUL,
        Op::Sub { .. } | Op::Softmax { .. } | Op::Weigh { .. } | Op::Fused { .. } => 0,
    }
}

/// The sizes of the quantisation tables of an int8 network, which the
/// macro writes as its `NetQuantized`'s parameters and `from_tflite`
/// fills.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Tables {
    /// The program's steps: one entry each (an activation TFLite fused
    /// into the layer before it computes nothing, but the declaration
    /// cannot say which are fused, so each has its entry).
    pub steps: usize,
    /// The per-channel requantisations of every step ([`channels`]).
    pub channels: usize,
}

/// An int8 network's memory beside its `f32` figures: what the summary
/// and the JSON show for a `#[cnn(int8)]` network
/// ([`Network::INT8`](crate::Network::INT8)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Figures {
    /// The bytes of its parameters as a TFLite int8 model stores them:
    /// one a weight, four an `int32` bias.
    pub param_bytes: u64,
    /// Its `ARENA_BYTES`: the int8 plan's working memory.
    pub arena_bytes: u64,
}

/// The parameter bytes of one step of the int8 program: its weights at
/// one byte each and its biases (one an output channel) at four.
pub const fn param_bytes(op: &Op) -> u64 {
    let Op::Layer { spec, input, .. } = op else {
        return 0;
    };
    let Ok(step) = spec.apply(*input) else {
        return 0;
    };
    let biases = if spec.bias && channels(op) > 0 {
        step.output.channels()
    } else {
        0
    };
    let params = step.params.saturating_add(step.non_trainable_params);
    params
        .saturating_sub(biases)
        .saturating_add(biases.saturating_mul(4))
}

#[cfg(feature = "alloc")]
pub use planned::{plan, Plan};

#[cfg(feature = "alloc")]
mod planned {
    use alloc::vec::Vec;

    use super::{channels, Tables};
    use crate::plan::memory::{placed, Unplanned};
    use crate::plan::program::{Header, Op, Writer};
    use crate::tree::Node;

    /// A planned int8 forward pass.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct Plan {
        /// The input, arena and output sizes, in bytes.
        pub header: Header,
        /// The steps, in order.
        pub ops: Vec<Op>,
        /// The most bytes alive at once.
        pub alive: usize,
        /// The sizes of the quantisation tables.
        pub tables: Tables,
    }

    impl Plan {
        /// The kernels its steps run ([`super::kernels`]), one bit each.
        pub fn kernels(&self) -> u32 {
            self.ops.iter().fold(0, |all, op| all | super::kernels(op))
        }

        /// Its figures: parameter bytes and arena.
        pub fn figures(&self) -> super::Figures {
            let param_bytes = self
                .ops
                .iter()
                .fold(0u64, |sum, op| sum.saturating_add(super::param_bytes(op)));
            super::Figures {
                param_bytes,
                arena_bytes: self.header.arena_len as u64,
            }
        }

        /// The steps as the int8 runner takes them ([`Step`](super::Step)); `None` if
        /// one is not a step it takes.
        pub fn steps(&self) -> Option<Vec<super::Step>> {
            self.ops.iter().map(super::Step::of).collect()
        }

        /// The program as the int8 runner reads it (the `f32` program's
        /// form, its places in bytes).
        pub fn encode(&self) -> Vec<u8> {
            let mut bytes = Vec::new();
            let mut writer = Writer::default();
            let mut sink = |part: &[u8]| bytes.extend_from_slice(part);
            writer.header(&self.header, &mut sink);
            for op in &self.ops {
                writer.op(op, &mut sink);
            }
            bytes
        }
    }

    /// Plans the int8 forward pass of a network that analysed without
    /// problems; why not, as [`memory::plan`](crate::plan::memory::plan)
    /// says. Whether its kinds have int8 kernels is [`builtin`](super::builtin)'s
    /// question, asked apart.
    pub fn plan(nodes: &[Node]) -> Result<Plan, Unplanned> {
        let placed = placed(nodes, true)?;
        let mut total = 0usize;
        for op in &placed.ops {
            total = total
                .checked_add(channels(op))
                .ok_or(Unplanned::TooLarge(crate::plan::memory::Size::Tensor))?;
        }
        Ok(Plan {
            tables: Tables {
                steps: placed.ops.len(),
                channels: total,
            },
            header: placed.header,
            ops: placed.ops,
            alive: placed.alive,
        })
    }
}
