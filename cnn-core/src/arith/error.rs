//! Why a layer cannot be applied to its input.

use core::fmt;

use crate::{Block, PerAxis, Shape};

/// The part of a layer a number belongs to, so an error can point at it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// A dimension of the declared input shape.
    Shape,
    /// The kernel or pooling window (`conv 5x5x8`'s `5x5`).
    Window,
    /// The filter or unit count (`conv 5x5x8`'s `8`, `fc 120`'s `120`).
    Count,
    /// `stride`.
    Stride,
    /// `dilation`.
    Dilation,
    /// `groups`.
    Groups,
    /// `multiplier`.
    Multiplier,
    /// `pad`.
    Padding,
    /// `outpad`.
    OutPad,
    /// The parameter count of a layer or of the network.
    Params,
    /// The multiply-accumulate count of a layer or of the network.
    Macs,
    /// A receptive field's size, jump or start.
    ReceptiveField,
    /// The activation memory of the network.
    Activations,
}

impl Field {
    /// How the field is named in messages.
    pub const fn describe(self) -> &'static str {
        match self {
            Field::Shape => "shape",
            Field::Window => "window",
            Field::Count => "count",
            Field::Stride => "stride",
            Field::Dilation => "dilation",
            Field::Groups => "groups",
            Field::Multiplier => "multiplier",
            Field::Padding => "padding",
            Field::OutPad => "output padding",
            Field::Params => "parameter count",
            Field::Macs => "multiply-accumulate count",
            Field::ReceptiveField => "receptive field",
            Field::Activations => "activation count",
        }
    }
}

/// Why a layer cannot be applied to its input, with the numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    /// A dimension, count, stride, dilation, groups or multiplier of zero.
    Zero {
        /// Which number is zero.
        field: Field,
    },
    /// A spatial layer (convolution, pooling, padding) after the input was
    /// flattened to a vector.
    NeedsSpatial {
        /// The flat input it got.
        input: Shape,
    },
    /// The (dilated) window does not fit in the (padded) input.
    WindowTooLarge {
        /// The window's extent, dilation included, per axis of the input.
        window: [u64; 3],
        /// The padding on each side, per axis.
        padding: [u64; 3],
        /// The input with its padding, per axis.
        padded: [u64; 3],
        /// The input it got.
        input: Shape,
    },
    /// A kernel, window, size or option gives a number of axes that is not
    /// the input's: `conv 3x3x64` (2-D) on `16000x1` (1-D).
    Rank {
        /// Which numbers: the window (kernel, size) or an option.
        field: Field,
        /// How many numbers were written.
        written: u8,
        /// The input it got.
        input: Shape,
    },
    /// A transposed convolution's padding crops its whole output on an
    /// axis.
    PaddingCropsAll {
        /// The padding on each side.
        padding: u64,
        /// The output before cropping.
        full: u64,
    },
    /// `groups` does not divide the input channels.
    GroupsInput {
        /// The groups.
        groups: u64,
        /// The input channels.
        channels: u64,
    },
    /// `groups` does not divide the filters.
    GroupsFilters {
        /// The groups.
        groups: u64,
        /// The filters.
        filters: u64,
    },
    /// `slice A..B` whose channels are not all in its input.
    SliceOutside {
        /// The first channel it takes.
        start: u64,
        /// One past the last.
        end: u64,
        /// The input's channels.
        channels: u64,
    },
    /// `groupnorm G` or `shuffle G` whose `G` does not divide the
    /// channels.
    GroupsChannels {
        /// The groups.
        groups: u64,
        /// The channels.
        channels: u64,
    },
    /// A transposed convolution's `outpad` that is not smaller than its
    /// stride or its dilation on an axis, which PyTorch refuses.
    OutPadTooLarge {
        /// The output padding, per axis.
        outpad: [u64; 3],
        /// The stride, per axis.
        stride: [u64; 3],
        /// The dilation, per axis.
        dilation: [u64; 3],
        /// How many axes the input has.
        rank: u8,
    },
    /// Pooling padding larger than half the window, which PyTorch refuses
    /// (a window could then see only padding).
    PoolPaddingTooLarge {
        /// The padding, per axis.
        padding: [u64; 3],
        /// The window, dilation included, per axis.
        window: [u64; 3],
        /// How many axes the input has.
        rank: u8,
    },
    /// `eca K` with an even `K`: ECA pads `(K-1)/2` on each side, which
    /// keeps the channels only for an odd kernel.
    EvenKernel {
        /// The kernel.
        kernel: u64,
    },
    /// A weight-standardised conv (`ws`, `scaledws`) whose filters have one
    /// weight each (a 1x1 kernel on one input channel per group): less its
    /// mean, every weight is 0.
    StandardiseOne {
        /// Input channels per group.
        channels: u64,
    },
    /// `blurpool`'s reflect padding as long as an axis of its input or
    /// longer: reflection mirrors values inside the input, so PyTorch
    /// refuses it.
    ReflectPadding {
        /// The padding on each side, per axis.
        padding: [u64; 3],
        /// The input it got.
        input: Shape,
    },
    /// `spacetodepth B` whose block size `B` does not divide every spatial
    /// axis of its input.
    SpaceBlock {
        /// The block size.
        block: u64,
        /// The input it got.
        input: Shape,
    },
    /// The branches of a block end in shapes it cannot join: `add` needs
    /// the same shape, `concat` the same height and width, `mul` the same
    /// shape or `1x1xC` against `HxWxC`.
    Mismatch {
        /// The block.
        block: Block,
        /// What the branches before end in (joined).
        first: Shape,
        /// What the branch that does not fit ends in.
        other: Shape,
    },
    /// A count, or the number of values in a shape, does not fit in `u64`.
    Overflow {
        /// What overflowed.
        field: Field,
    },
}

impl Error {
    /// The part of the layer the error is about.
    pub const fn field(&self) -> Option<Field> {
        match *self {
            Error::Zero { field } | Error::Overflow { field } => Some(field),
            Error::GroupsInput { .. } | Error::GroupsFilters { .. } => Some(Field::Groups),
            Error::PoolPaddingTooLarge { .. } => Some(Field::Padding),
            Error::GroupsChannels { .. }
            | Error::EvenKernel { .. }
            | Error::SliceOutside { .. }
            | Error::SpaceBlock { .. } => Some(Field::Count),
            Error::StandardiseOne { .. } => Some(Field::Window),
            Error::OutPadTooLarge { .. } => Some(Field::OutPad),
            Error::Rank { field, .. } => Some(field),
            Error::PaddingCropsAll { .. } | Error::ReflectPadding { .. } => Some(Field::Padding),
            Error::NeedsSpatial { .. } | Error::WindowTooLarge { .. } | Error::Mismatch { .. } => {
                None
            }
        }
    }

    /// The smallest input, per axis, that a [`Error::WindowTooLarge`]
    /// window fits in.
    pub const fn smallest_input(&self) -> Option<[u64; 3]> {
        match *self {
            Error::WindowTooLarge {
                window, padding, ..
            } => Some([
                window[0].saturating_sub(padding[0].saturating_mul(2)),
                window[1].saturating_sub(padding[1].saturating_mul(2)),
                window[2].saturating_sub(padding[2].saturating_mul(2)),
            ]),
            Error::Zero { .. }
            | Error::NeedsSpatial { .. }
            | Error::GroupsInput { .. }
            | Error::GroupsFilters { .. }
            | Error::PoolPaddingTooLarge { .. }
            | Error::GroupsChannels { .. }
            | Error::SliceOutside { .. }
            | Error::EvenKernel { .. }
            | Error::StandardiseOne { .. }
            | Error::ReflectPadding { .. }
            | Error::SpaceBlock { .. }
            | Error::OutPadTooLarge { .. }
            | Error::Rank { .. }
            | Error::PaddingCropsAll { .. }
            | Error::Mismatch { .. }
            | Error::Overflow { .. } => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Error::Zero { field } => {
                write!(f, "the {} must be at least 1, not 0", field.describe())
            }
            Error::NeedsSpatial { input } => write!(
                f,
                "needs an HxWxC input, but its input is the flat vector {input}"
            ),
            Error::WindowTooLarge { window, input, .. } => {
                let smallest = PerAxis(self.smallest_input().unwrap_or(window), input.rank());
                write!(f, "needs an input of at least {smallest}, but got {input}")
            }
            Error::Rank {
                field,
                written,
                input,
            } => write!(
                f,
                "its {} gives {written} axes, but its input {input} has {}",
                field.describe(),
                input.rank()
            ),
            Error::PaddingCropsAll { padding, full } => write!(
                f,
                "padding {padding} on each side crops all {full} positions of its output"
            ),
            Error::GroupsInput { groups, channels } => write!(
                f,
                "groups {groups} must divide the {channels} input channels"
            ),
            Error::GroupsFilters { groups, filters } => {
                write!(f, "groups {groups} must divide the {filters} filters")
            }
            Error::GroupsChannels { groups, channels } => {
                write!(f, "{groups} groups must divide the {channels} channels")
            }
            Error::SliceOutside {
                start,
                end,
                channels,
            } => write!(
                f,
                "channels {start}..{end} are not all in its input's {channels} channels"
            ),
            Error::ReflectPadding { padding, input } => write!(
                f,
                "reflect padding {} must be shorter than each axis of its input {input}",
                PerAxis(padding, input.rank())
            ),
            Error::StandardiseOne { channels } => write!(
                f,
                "each filter has one weight (a 1x1 kernel on {channels} input channel per group), which standardises to 0: weight standardisation needs a fan-in of at least 2"
            ),
            Error::SpaceBlock { block, input } => write!(
                f,
                "block {block} must divide each spatial axis of its input {input}"
            ),
            Error::EvenKernel { kernel } => write!(
                f,
                "kernel {kernel} must be odd, to keep the channels with (K-1)/2 padding on each side"
            ),
            Error::OutPadTooLarge {
                outpad,
                stride,
                dilation,
                rank,
            } => {
                let rank = rank as usize;
                write!(
                    f,
                    "outpad {} must be smaller than the stride {} or the dilation {}",
                    PerAxis(outpad, rank),
                    PerAxis(stride, rank),
                    PerAxis(dilation, rank)
                )
            }
            Error::PoolPaddingTooLarge {
                padding,
                window,
                rank,
            } => write!(
                f,
                "padding {} must be at most half the {} window",
                PerAxis(padding, rank as usize),
                PerAxis(window, rank as usize)
            ),
            Error::Mismatch {
                block,
                first,
                other,
            } => write!(
                f,
                "`{}` cannot join branches ending in {first} and {other}",
                block.keyword()
            ),
            Error::Overflow { field } => {
                write!(f, "the {} overflows u64", field.describe())
            }
        }
    }
}
