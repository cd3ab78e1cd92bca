//! A layer's step: its window read as TFLite's (SAME or VALID padding,
//! strides, dilations), then handed to the loader of its kind.

use cnn_core::plan::int8::kernel;
use cnn_core::program::Place;
use cnn_core::{Activation, Block, Kind, LayerSpec, Shape};
use cnn_tflite::Padding;

use super::{Layer, Sliding, Walk};
use crate::int8::entry::Entry;
use crate::int8::error::Error;
use crate::int8::ChannelsMut;
use crate::quant;

impl<'m, 'a, const KINDS: u32> Walk<'m, '_, 'a, KINDS> {
    /// A layer's step.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    pub(super) fn layer(
        &mut self,
        step: usize,
        spec: &LayerSpec,
        input: Shape,
        output: Shape,
        x: Place,
        y: Place,
        requants: &mut ChannelsMut<'_>,
    ) -> Result<Entry<'a>, Error<'a>> {
        let kind = spec.kind;
        let program = Error::Program { step };
        let axes = spec.on_axes(input).map_err(|_| program)?;
        // TFLite's windows pad SAME or VALID; explicit padding is a PAD
        // before (a `zeropad`), but a transposed convolution's, which its
        // output's size turns into SAME or VALID.
        let explicit = matches!(axes.padding, Some(pads) if pads != [0; 3]);
        if explicit
            && matches!(
                kind,
                Kind::Conv | Kind::DepthwiseConv | Kind::MaxPool | Kind::AvgPool
            )
        {
            return Err(Error::Padding { step });
        }
        let sliding = Sliding {
            padding: match axes.padding {
                None => Padding::Same,
                Some(_) => Padding::Valid,
            },
            stride: [axes.stride[0] as usize, axes.stride[1] as usize],
            dilation: [axes.dilation[0] as usize, axes.dilation[1] as usize],
            window: [axes.window[0] as usize, axes.window[1] as usize],
        };
        let [h, w, _] = input.axes().map(|a| a as usize);
        let c = input.channels() as usize;
        let out_c = output.channels() as usize;
        let quant_padding = match sliding.padding {
            Padding::Same => quant::Padding::Same,
            Padding::Valid => quant::Padding::Valid,
        };
        let layer = Layer {
            step,
            spec,
            input,
            output,
            x,
            y,
            sliding,
            h,
            w,
            c,
            out_c,
            quant_padding,
        };
        let l = &layer;
        let has = |bits: u32| KINDS & bits != 0;
        match kind {
            Kind::Conv | Kind::DepthwiseConv if has(kernel::CONV | kernel::DEPTHWISE) => {
                self.conv(l, requants)
            }
            Kind::Dense | Kind::Softmax if has(kernel::DENSE) => self.dense(l, requants),
            Kind::ConvTranspose if has(kernel::TRANSPOSE_CONV) => self.transposed(l, requants),
            Kind::MaxPool | Kind::AvgPool if has(kernel::MAX_POOL | kernel::AVG_POOL) => {
                self.pool(l)
            }
            Kind::Activation(Activation::Softmax) if has(kernel::SOFTMAX) => self.softmax(l),
            Kind::GlobalAvgPool if has(kernel::MEAN) => self.gap(l),
            Kind::ZeroPad if has(kernel::PAD) => self.pad(l),
            Kind::Upsample | Kind::Resize if has(kernel::RESIZE) => self.resize(l),
            Kind::Activation(activation) => self.activation(l, activation),
            // A kind above whose kernel this network was built without
            // (the macro passes the kernels it uses, `KINDS`), or never a
            // layer step of an int8 program: the macro refuses what
            // TFLite's int8 builtins do not compute
            // (`cnn_core::plan::int8::builtin`), and the rest (the input,
            // a flatten that moves nothing, a dropout, the blocks) are no
            // layer step here.
            Kind::Conv
            | Kind::DepthwiseConv
            | Kind::Dense
            | Kind::Softmax
            | Kind::ConvTranspose
            | Kind::MaxPool
            | Kind::AvgPool
            | Kind::GlobalAvgPool
            | Kind::ZeroPad
            | Kind::Upsample
            | Kind::Resize
            | Kind::Input
            | Kind::SeparableConv
            | Kind::GlobalMaxPool
            | Kind::AdaptiveAvgPool
            | Kind::Flatten
            | Kind::PRelu
            | Kind::BatchNorm
            | Kind::Dropout
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
            | Kind::From => Err(Error::Unsupported { step }),
        }
    }
}
