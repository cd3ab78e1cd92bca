//! Depthwise convolutions whose taps are rows of 3, 5 or 7 neighbours
//! along the line (AVX-512 runs them a whole line at a time, edges and
//! all, with the activation in its store), on every kernel, against the
//! direct loop: blocks of 32 and 16 channels and what is left (8 and
//! single channels, which do not take that path), lines shorter than a
//! step of four positions and than the window, strides 1 and 2, padding
//! even, uneven and none, and the activations applied in the store or
//! after it.

use cnn_core::{Activation, Kind, LayerSpec, Padding, Shape};

use crate::reference::*;

#[test]
fn depthwise_rows_every_window_stride_and_width() {
    for k in [3, 5, 7] {
        for stride in [1, 2] {
            // Heights and widths from one position (every column but
            // the middle one padding) to lines of several steps, with
            // 16, 32, 48 and 57 (32 + 16 + 8 + 1) channels.
            for (h, w, c) in [
                (1, 1, 16),
                (2, 3, 32),
                (k, 2, 16),
                (5, 9, 48),
                (k + 1, 13, 57),
                (3, 22, 32),
            ] {
                let shape = Shape::spatial(h, w, c);
                let half = k / 2;
                let spec = LayerSpec::new(Kind::DepthwiseConv)
                    .window(k, k)
                    .stride(stride, stride)
                    .padding(Padding::Explicit(axes(&[half])));
                check(&format!("dwconv {k}x{k} /{stride} {shape:?}"), spec, shape);
                // Padded along the line only, across it only, and not
                // at all.
                if h >= k {
                    let spec = spec.padding(Padding::Explicit(axes(&[0, half])));
                    check(
                        &format!("dwconv {k}x{k} /{stride} along {shape:?}"),
                        spec,
                        shape,
                    );
                }
                if w >= k {
                    let spec = spec.padding(Padding::Explicit(axes(&[half, 0])));
                    check(
                        &format!("dwconv {k}x{k} /{stride} across {shape:?}"),
                        spec,
                        shape,
                    );
                }
                if h >= k && w >= k {
                    let spec = spec.padding(Padding::Valid).no_bias();
                    check(
                        &format!("dwconv {k}x{k} /{stride} valid {shape:?}"),
                        spec,
                        shape,
                    );
                }
            }
        }
    }
}

#[test]
fn depthwise_rows_padding_past_the_window() {
    // Padding of 3 on a 3x3 window: the first and last positions of each
    // line read no column, and the first and last lines no row.
    let spec = LayerSpec::new(Kind::DepthwiseConv)
        .window(3, 3)
        .padding(Padding::Explicit(axes(&[3])));
    check("dwconv 3x3 padded 3", spec, Shape::spatial(4, 10, 48));
    let spec = spec.stride(2, 2);
    check("dwconv 3x3 /2 padded 3", spec, Shape::spatial(5, 11, 32));
}

#[test]
fn depthwise_rows_one_axis_and_dilation() {
    // One row a line (a 1-D map), and dilation along the line, which
    // stays on the interior loop of `depthwise512`.
    let spec = LayerSpec::new(Kind::DepthwiseConv)
        .window_axes(axes(&[5]))
        .padding(Padding::Explicit(axes(&[2])));
    check("dwconv 1-D 5", spec, Shape::sequence(23, 48));
    let spec = LayerSpec::new(Kind::DepthwiseConv)
        .window(3, 3)
        .dilation(2, 2)
        .padding(Padding::Explicit(axes(&[2])));
    check("dwconv 3x3 dilated", spec, Shape::spatial(7, 15, 48));
    let spec = LayerSpec::new(Kind::DepthwiseConv)
        .window(3, 3)
        .dilation(1, 2)
        .padding(Padding::Explicit(axes(&[1, 2])));
    check("dwconv 3x3 dilated along", spec, Shape::spatial(6, 12, 32));
}

#[test]
fn depthwise_rows_every_activation() {
    let all = [
        None,
        Some(Activation::Relu),
        Some(Activation::Relu6),
        Some(Activation::Silu),
        Some(Activation::Sigmoid),
        Some(Activation::HardSigmoid),
        Some(Activation::HardSwish),
        // Not in registers: a pass over the line after it.
        Some(Activation::Tanh),
    ];
    let spec = LayerSpec::new(Kind::DepthwiseConv)
        .window(5, 5)
        .padding(Padding::Explicit(axes(&[2])));
    // Every channel in a block of 16 or 32 (the activation in the
    // store), and not (after the line).
    check_activations(
        "dwconv 5x5 activations",
        spec,
        Shape::spatial(6, 11, 48),
        &all,
    );
    check_activations(
        "dwconv 5x5 activations",
        spec,
        Shape::spatial(6, 11, 40),
        &all,
    );
    let spec = spec
        .window(3, 3)
        .stride(2, 2)
        .padding(Padding::Explicit(axes(&[1])));
    check_activations(
        "dwconv 3x3 /2 activations",
        spec,
        Shape::spatial(8, 14, 32),
        &all,
    );
}
