//! The working space each layer's kernel needs beside its input and
//! output: a rule of the memory plan, so it is here, not behind the
//! kernels' `run` feature.

use crate::{Kind, LayerSpec, Shape};

/// The `f32` values of working space `run::layer` needs for `spec` on
/// `input`: one im2col row for a convolution (none when each group sees
/// one channel, as a depthwise one), the depthwise outputs of one
/// position for a separable one, 0 for every other kind (and for a
/// layer that does not apply to its input, which `run::layer` refuses).
pub const fn scratch_len(spec: &LayerSpec, input: Shape) -> usize {
    let axes = match spec.on_axes(input) {
        Ok(axes) => axes,
        Err(_) => return 0,
    };
    let taps = match axes.window[0].checked_mul(axes.window[1]) {
        Some(area) => match area.checked_mul(axes.window[2]) {
            Some(taps) => taps,
            None => return 0,
        },
        None => return 0,
    };
    let channels = input.channels();
    let needed = match spec.kind {
        Kind::Conv => {
            if spec.groups == 0 {
                return 0;
            }
            match channels / spec.groups {
                // One input channel per group reads the input in place.
                1 => 0,
                per_group => match taps.checked_mul(per_group) {
                    Some(row) => row,
                    None => return 0,
                },
            }
        }
        // Reads the input in place: MobileNetV2's widest depthwise layer
        // already takes all the memory TensorFlow Lite Micro's plan does.
        Kind::DepthwiseConv => 0,
        Kind::SeparableConv => match channels.checked_mul(spec.multiplier) {
            Some(middle) => middle,
            None => return 0,
        },
        Kind::Input
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
        | Kind::Block(_) => 0,
    };
    if needed > usize::MAX as u64 {
        0
    } else {
        needed as usize
    }
}
