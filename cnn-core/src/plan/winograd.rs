//! Which convolutions the prepared path runs by Winograd's F(2x2, 3x3)
//! and the room they take: rules of the plan (the prepared buffer and the
//! scratch are sized when the network is declared), so they are here.
//!
//! F(2x2, 3x3) computes each 2x2 block of outputs (a tile) from the 4x4
//! input patch under it with 16 products per channel and filter instead
//! of 36: the input patch and the filters transformed (`B^T d B`,
//! `G g G^T`), one matrix product per point of the 4x4 transform (tiles
//! by channels, times channels by filters), and the 16 products folded
//! back into the 2x2 outputs (`A^T m A`). The filters' transforms are
//! made once, by `prepare`.
//!
//! The tiles are taken in blocks of whole rows of tiles, about [`TILES`]
//! a block, so that each of the 16 transformed filters is read once per
//! block by enough rows to pay for it: the scratch holds one block's
//! transformed inputs and products, no more values than the layer's input
//! and output, so that an arena barely grows for it (the plain `forward`
//! shares the scratch). A layer whose blocks would be smaller than
//! [`FEWEST`] tiles (a map of 14x14 or less, whose block would be a
//! quarter of it) stays on the matrix product.

use crate::{Kind, LayerSpec, Shape};

/// The tiles a block aims at (three row panels of the AVX-512 kernel).
pub const TILES: u64 = 36;

/// The fewest tiles in a block: with fewer, each of the 16 products of
/// a block is at most a row panel, reading all the transformed filters
/// (4 MB at 256 channels) for a few rows. (ResNet-18's 3x3 convolutions
/// over 14x14x256, in blocks of 42 and 7 tiles, gained about a tenth,
/// within the noise of a loaded machine; capped to the layer's tensors
/// their blocks would be 7 tiles.)
pub const FEWEST: u64 = 12;

/// The most input channels and filters a Winograd convolution has: its
/// transformed filters then fit one block of the product's packing (one
/// span of depth, one block of filters), and 16 of them (4 MB at 256)
/// stay in the last level cache while the blocks of tiles read them.
pub const WIDEST: u64 = 256;

/// The fewest input channels and filters: below 16 the transforms cost
/// more than the products they save.
pub const NARROWEST: u64 = 16;

/// Whether `spec` on `input` runs by Winograd on the prepared path: a 2D
/// 3x3 convolution in one group, stride 1, no dilation, with between
/// [`NARROWEST`] and [`WIDEST`] input channels and filters, whose blocks
/// ([`block_rows`]) hold at least [`FEWEST`] tiles.
pub const fn winograd(spec: &LayerSpec, input: Shape) -> bool {
    if !matches!(spec.kind, Kind::Conv) || spec.groups != 1 || input.rank() != 2 {
        return false;
    }
    let (axes, step) = match (spec.on_axes(input), spec.apply(input)) {
        (Ok(axes), Ok(step)) => (axes, step),
        _ => return false,
    };
    let (channels, filters) = (input.channels(), step.output.channels());
    let [height, width, _] = step.output.axes();
    let [in_height, in_width, _] = input.axes();
    axes.window[0] == 3
        && axes.window[1] == 3
        && axes.window[2] == 1
        && axes.stride[0] == 1
        && axes.stride[1] == 1
        && axes.dilation[0] == 1
        && axes.dilation[1] == 1
        && channels >= NARROWEST
        && channels <= WIDEST
        && filters >= NARROWEST
        && filters <= WIDEST
        && block_rows([in_height, in_width], [height, width], channels, filters)
            .saturating_mul(width.div_ceil(2))
            >= FEWEST
}

/// Rows of tiles in a block, from an input of `from` (height, width) and
/// `channels` to an output of `to` and `filters`: enough for [`TILES`]
/// tiles, no more than there are, and no more than the layer's input and
/// output hold together (so that the scratch, [`scratch`], stays within
/// what the layer's tensors take, and an arena barely grows), evened out
/// over the blocks. 0 when not even one row fits.
pub const fn block_rows(from: [u64; 2], to: [u64; 2], channels: u64, filters: u64) -> u64 {
    let across = to[1].div_ceil(2);
    let down = to[0].div_ceil(2);
    if across == 0 || down == 0 {
        return 0;
    }
    let budget = from[0]
        .saturating_mul(from[1])
        .saturating_mul(channels)
        .saturating_add(to[0].saturating_mul(to[1]).saturating_mul(filters));
    let per_row = across
        .saturating_mul(channels.saturating_add(filters))
        .saturating_mul(16);
    let fit = budget / per_row;
    let mut rows = TILES.div_ceil(across);
    if rows > fit {
        rows = fit;
    }
    if rows > down {
        rows = down;
    }
    if rows == 0 {
        return 0;
    }
    down.div_ceil(down.div_ceil(rows))
}

/// The scratch of a Winograd convolution ([`block_rows`]'s arguments):
/// one block's transformed inputs (16 x tiles x channels) and products
/// (16 x tiles x filters), at most the values of the input and output.
pub const fn scratch(from: [u64; 2], to: [u64; 2], channels: u64, filters: u64) -> u64 {
    block_rows(from, to, channels, filters)
        .saturating_mul(to[1].div_ceil(2))
        .saturating_mul(channels.saturating_add(filters))
        .saturating_mul(16)
}
