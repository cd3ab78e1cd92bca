//! The blocked convolutions on one thread, every kernel, against the
//! direct loop.

use cnn_core::{Form, Kind, LayerSpec, Padding, Shape};

use crate::reference::*;

#[test]
fn im2col_crosses_every_block() {
    // Depth 270 (a block of 256 that ends inside a line of taps, then 14),
    // 260 filters (a block of 256 and one of 4: a partial panel), 99
    // positions (a tile of 72, then 27: a partial row panel).
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(260)
        .padding(Padding::Explicit(axes(&[1])));
    check("3x3 over 30 channels", spec, Shape::spatial(9, 11, 30));
    let spec = LayerSpec::new(Kind::Conv).window(3, 3).count(33).no_bias();
    check("3x3 without bias", spec, Shape::spatial(8, 9, 20));
    // 289 taps, more than a block holds: spans of one channel's taps.
    let spec = LayerSpec::new(Kind::Conv)
        .window(17, 17)
        .count(5)
        .padding(Padding::Explicit(axes(&[8])));
    check("17x17", spec, Shape::spatial(9, 10, 3));
}

/// Prepared filters of at least 32 channels whose taps do not fit one
/// span of depth, ordered by taps (`Depth::tap_major`): spans of whole
/// taps of every channel (40 channels: 5 taps, then 4), and of one tap
/// of a block of 256 channels (300: 256, then 44); stride 2 and padding,
/// so that taps of a line fall in the padding, and a partial block of
/// filters.
#[test]
fn tap_major_spans() {
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(35)
        .stride(2, 2)
        .padding(Padding::Explicit(axes(&[1])));
    check("3x3 /2 over 40 channels", spec, Shape::spatial(11, 9, 40));
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(260)
        .padding(Padding::Explicit(axes(&[1, 0])));
    check("3x3 over 300 channels", spec, Shape::spatial(7, 6, 300));
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(20)
        .stride(2, 2)
        .padding(Padding::Explicit(axes(&[1])));
    check(
        "3x3 /2 over 128 channels",
        spec,
        Shape::spatial(10, 13, 128),
    );
}

/// 3x3 stride-1 convolutions of 16 to 256 channels and filters, which the
/// prepared path runs by Winograd's F(2x2, 3x3) (`Form::Winograd`): odd
/// outputs (a half tile at the bottom and the right), several blocks of
/// tiles, no padding, uneven padding (a tile reaching past the input on
/// one side only), partial panels of filters, the most channels and the
/// most filters.
#[test]
fn winograd_tiles_and_blocks() {
    let check = |name, spec: LayerSpec, input| {
        let form = cnn_core::plan::prepared::form_in(&spec, input, winograd_rows(&spec, input));
        assert_eq!(form, cnn_core::Form::Winograd, "{name}");
        check(name, spec, input);
    };
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(17)
        .padding(Padding::Explicit(axes(&[1])));
    check(
        "winograd, two blocks, odd sides",
        spec,
        Shape::spatial(29, 9, 16),
    );
    let spec = LayerSpec::new(Kind::Conv).window(3, 3).count(40).no_bias();
    check("winograd, no padding", spec, Shape::spatial(30, 26, 24));
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(32)
        .padding(Padding::Explicit(axes(&[2, 0])));
    check("winograd, uneven padding", spec, Shape::spatial(20, 30, 33));
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(20)
        .padding(Padding::Explicit(axes(&[1])));
    check("winograd, 256 channels", spec, Shape::spatial(16, 16, 256));
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(256)
        .padding(Padding::Explicit(axes(&[1])));
    check("winograd, 256 filters", spec, Shape::spatial(16, 16, 16));
    // A map of at most `WHOLE` tiles in one block: 7 x 7 tiles, the last
    // row and column half ones, 256 channels, filters ending in a partial
    // panel.
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(200)
        .padding(Padding::Explicit(axes(&[1])));
    let input = Shape::spatial(13, 13, 256);
    assert_eq!(winograd_rows(&spec, input), 7);
    check("winograd, the whole map in one block", spec, input);
    #[cfg(feature = "std")]
    {
        // Enough work to split: shares of whole blocks, on the pool.
        let spec = LayerSpec::new(Kind::Conv)
            .window(3, 3)
            .count(64)
            .padding(Padding::Explicit(axes(&[1])));
        cnn_run::set_threads(2);
        check("winograd on two threads", spec, Shape::spatial(36, 10, 64));
        cnn_run::set_threads(1);
    }
}

#[test]
fn pointwise_reads_its_input_in_place() {
    let spec = LayerSpec::new(Kind::Conv).window(1, 1).count(270);
    check("1x1 over 260 channels", spec, Shape::spatial(10, 10, 260));
    let spec = LayerSpec::new(Kind::Conv)
        .window(1, 1)
        .count(17)
        .stride(2, 2);
    check("1x1 stride 2", spec, Shape::spatial(9, 9, 20));
    let spec = LayerSpec::new(Kind::Conv).window(1, 1).count(5).no_bias();
    check("1x1 on one position", spec, Shape::spatial(1, 1, 7));
}

#[test]
fn a_stem_copies_whole_runs_of_taps() {
    let spec = LayerSpec::new(Kind::Conv)
        .window(7, 7)
        .count(64)
        .stride(2, 2)
        .padding(Padding::Explicit(axes(&[3])));
    check("7x7 stride 2 over RGB", spec, Shape::spatial(30, 31, 3));
    // 147 deep with at least 32 filters: the direct loop too
    // (`DIRECT_DEPTH_WIDE`), 72 filters in blocks of 32 (AVX-512's fused
    // multiply-adds), then 8; lines of 6 neighbours, the edges one at a
    // time.
    let spec = LayerSpec::new(Kind::Conv)
        .window(7, 7)
        .count(72)
        .stride(2, 2)
        .padding(Padding::Explicit(axes(&[3])));
    let input = Shape::spatial(29, 27, 3);
    assert_eq!(cnn_core::plan::prepared::form(&spec, input), Form::Direct);
    check("7x7 stride 2 over RGB, 72 filters", spec, input);
    let spec = LayerSpec::new(Kind::Conv)
        .window(5, 5)
        .count(40)
        .padding(Padding::Explicit(axes(&[1, 2])));
    let input = Shape::spatial(13, 20, 4);
    assert_eq!(cnn_core::plan::prepared::form(&spec, input), Form::Direct);
    check("5x5 over 4 channels, 40 filters", spec, input);
    // 27 deep: the prepared path's direct loop (`Form::Direct`), 32
    // filters a block, then 8, then one at a time.
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(45)
        .stride(2, 2)
        .padding(Padding::Explicit(axes(&[1])));
    check("3x3 stride 2 over RGB", spec, Shape::spatial(17, 16, 3));
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(32)
        .dilation(2, 1)
        .no_bias()
        .padding(Padding::Explicit(axes(&[2, 1])));
    check(
        "3x3 dilated over 2 channels",
        spec,
        Shape::spatial(9, 10, 2),
    );
    // Groups of 6 whose windows reach into the padding read a padded
    // copy of the input under them: dilated along the line, lines of 13
    // (two groups, the second going back over the first) and of 5 (too
    // short for a group: one at a time), rows past the bottom.
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(64)
        .dilation(1, 2)
        .padding(Padding::Explicit(axes(&[1, 2])));
    check(
        "3x3 dilated along lines of 13",
        spec,
        Shape::spatial(8, 13, 3),
    );
    check(
        "3x3 dilated along lines of 5",
        spec,
        Shape::spatial(7, 5, 3),
    );
    let spec = LayerSpec::new(Kind::Conv)
        .window(7, 7)
        .count(32)
        .stride(3, 2)
        .padding(Padding::Explicit(axes(&[5, 4])));
    check("7x7 padded past a window", spec, Shape::spatial(6, 25, 3));
    let spec = LayerSpec::new(Kind::Conv)
        .window_axes(axes(&[3, 3, 3]))
        .count(8)
        .padding(Padding::Explicit(axes(&[1])));
    check("3x3x3 over one channel", spec, Shape::volume(4, 5, 6, 1));
    // 75 deep with fewer than 16 filters (LeNet's first layer): direct
    // too, in blocks of 8 (then one at a time), lines of 4 neighbours
    // and the rest.
    let spec = LayerSpec::new(Kind::Conv).window(5, 5).count(8);
    check("LeNet's 5x5 over RGB", spec, Shape::spatial(11, 15, 3));
    // LeNet's own size, 470 K multiply-accumulates: split in two runs of
    // positions, each with its part of the residual.
    cnn_run::set_threads(2);
    check(
        "LeNet's 5x5 on two threads",
        spec,
        Shape::spatial(32, 32, 3),
    );
    cnn_run::set_threads(1);
    let spec = LayerSpec::new(Kind::Conv)
        .window(5, 5)
        .count(13)
        .padding(Padding::Explicit(axes(&[2])));
    check("5x5 over RGB, 13 filters", spec, Shape::spatial(9, 10, 3));
}

#[test]
fn groups_dilation_and_uneven_padding() {
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(24)
        .stride(2, 1)
        .dilation(2, 3)
        .groups(4)
        .padding(Padding::Explicit(axes(&[1, 2])));
    check("grouped and dilated", spec, Shape::spatial(13, 10, 16));
}

#[test]
fn one_and_three_axes() {
    let spec = LayerSpec::new(Kind::Conv)
        .window_axes(axes(&[5]))
        .count(30)
        .dilation_axes(axes(&[2]))
        .padding(Padding::Explicit(axes(&[3])));
    check("1-D", spec, Shape::sequence(50, 20));
    let spec = LayerSpec::new(Kind::Conv)
        .window_axes(axes(&[3, 3, 3]))
        .count(12)
        .stride_axes(axes(&[1, 2, 2]))
        .padding(Padding::Explicit(axes(&[1])));
    check("3-D", spec, Shape::volume(5, 6, 7, 10));
}

#[test]
fn depthwise_vector_and_scalar_paths() {
    // 40 channels: two blocks of 16, then 8 one at a time.
    let spec = LayerSpec::new(Kind::DepthwiseConv)
        .window(3, 3)
        .stride(2, 2)
        .padding(Padding::Explicit(axes(&[1])));
    check("dwconv 3x3 stride 2", spec, Shape::spatial(15, 14, 40));
    // Stride 2's own interior: lines of 12 and 11 interior positions
    // (groups of four, then none or three more), in blocks of 32, then
    // 16 and 7; unpadded, and padded across the lines but not along them.
    let spec = LayerSpec::new(Kind::DepthwiseConv)
        .window(3, 3)
        .stride(2, 2)
        .padding(Padding::Explicit(axes(&[1])));
    check(
        "dwconv 3x3 stride 2 long lines",
        spec,
        Shape::spatial(7, 27, 87),
    );
    check(
        "dwconv 3x3 stride 2 odd lines",
        spec,
        Shape::spatial(5, 25, 87),
    );
    let spec = LayerSpec::new(Kind::DepthwiseConv)
        .window(3, 3)
        .stride(2, 2)
        .padding(Padding::Explicit(axes(&[0])));
    check(
        "dwconv 3x3 stride 2 unpadded",
        spec,
        Shape::spatial(9, 31, 64),
    );
    let spec = LayerSpec::new(Kind::DepthwiseConv)
        .window(3, 3)
        .stride(2, 2)
        .no_bias()
        .padding(Padding::Explicit(axes(&[1, 0])));
    check(
        "dwconv 3x3 stride 2 rows padded",
        spec,
        Shape::spatial(8, 22, 32),
    );
    let spec = LayerSpec::new(Kind::DepthwiseConv)
        .window(7, 7)
        .no_bias()
        .padding(Padding::Explicit(axes(&[3])));
    check("dwconv 7x7", spec, Shape::spatial(9, 8, 32));
    // Lines whose interior (15 positions) is groups of four and three
    // more, in blocks of 32 and 16 channels, then 8 and 1.
    let spec = LayerSpec::new(Kind::DepthwiseConv)
        .window(5, 5)
        .padding(Padding::Explicit(axes(&[2])));
    check("dwconv 5x5 long lines", spec, Shape::spatial(6, 19, 57));
    let spec = LayerSpec::new(Kind::Conv)
        .window(3, 3)
        .count(48)
        .groups(48)
        .padding(Padding::Explicit(axes(&[1])));
    check(
        "conv with one group per channel",
        spec,
        Shape::spatial(6, 7, 48),
    );
    // A multiplier, and a window past the vector path's 64 taps.
    let spec = LayerSpec::new(Kind::DepthwiseConv)
        .window(3, 3)
        .multiplier(2);
    check("dwconv multiplier 2", spec, Shape::spatial(6, 6, 5));
    let spec = LayerSpec::new(Kind::DepthwiseConv).window(9, 9);
    check("dwconv 9x9", spec, Shape::spatial(10, 11, 16));
    let spec = LayerSpec::new(Kind::DepthwiseConv)
        .window_axes(axes(&[3, 3, 3]))
        .padding(Padding::Explicit(axes(&[1])));
    check("dwconv 3-D", spec, Shape::volume(4, 5, 6, 17));
}
