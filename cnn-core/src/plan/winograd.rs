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
//! block by enough rows to pay for it. A block's transformed inputs and
//! products live in the arena's room free at that step (the memory plan
//! finds it, `plan::memory`), never in more: the arena is sized for the
//! plain `forward` alone and never grows for this. Less room, fewer rows
//! a block; a layer whose blocks would be smaller than [`FEWEST`] tiles
//! stays on the matrix product. A small map's tiles (at most [`WHOLE`])
//! go in one block when there is room, so that each transformed filter
//! is read once a pass.

use crate::{Kind, LayerSpec, Shape};

/// The tiles a block aims at (three row panels of the AVX-512 kernel).
pub const TILES: u64 = 36;

/// The fewest tiles in a block: with fewer, each of the 16 products of
/// a block is at most a row panel, reading all the transformed filters
/// (4 MB at 256 channels) for a few rows.
pub const FEWEST: u64 = 12;

/// The most tiles of a map that a block takes all at once when the room
/// holds them: each of the 16 products then reads its transformed
/// filters once for the whole map, where blocks of [`TILES`] read them
/// once a block. (ResNet's 3x3 convolutions over 14x14x256, 49 tiles:
/// in one block 0.57 to 0.68 ms against 1.0 to 1.09 on the product, in
/// blocks of 42 and 7 tiles about a tenth faster than the product.)
pub const WHOLE: u64 = 64;

/// The most input channels and filters a Winograd convolution has: its
/// transformed filters then fit one block of the product's packing (one
/// span of depth, one block of filters), and 16 of them (4 MB at 256)
/// stay in the last level cache while the blocks of tiles read them.
pub const WIDEST: u64 = 256;

/// The fewest input channels and filters: below 16 the transforms cost
/// more than the products they save.
pub const NARROWEST: u64 = 16;

/// Whether `spec` on `input` may run by Winograd on the prepared path: a
/// 2D 3x3 convolution in one group, stride 1, no dilation, with between
/// [`NARROWEST`] and [`WIDEST`] input channels and filters. It does when
/// its room at its step holds a block ([`block_rows`]).
pub const fn winograd(spec: &LayerSpec, input: Shape) -> bool {
    if !matches!(spec.kind, Kind::Conv) || spec.groups != 1 || input.rank() != 2 {
        return false;
    }
    // `prepare` standardises a `ws`/`scaledws` conv's filters as it packs
    // them for the other forms; the Winograd transform reads PyTorch's
    // filters as they are, so such a conv keeps the product.
    if spec.standardise.is_on() {
        return false;
    }
    let (axes, step) = match (spec.on_axes(input), spec.apply(input)) {
        (Ok(axes), Ok(step)) => (axes, step),
        _ => return false,
    };
    let (channels, filters) = (input.channels(), step.output.channels());
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
}

/// Rows of tiles in a block, for an output of `to` (height, width) and
/// `filters` from `channels`, in `room` values: enough for [`TILES`]
/// tiles (every tile of a map of at most [`WHOLE`]), no more than there
/// are or than `room` holds ([`scratch`]), evened out over the blocks. 0 when a block that fits holds fewer than
/// [`FEWEST`] tiles.
pub const fn block_rows(to: [u64; 2], channels: u64, filters: u64, room: u64) -> u64 {
    let across = to[1].div_ceil(2);
    let down = to[0].div_ceil(2);
    if across == 0 || down == 0 {
        return 0;
    }
    let per_row = across
        .saturating_mul(channels.saturating_add(filters))
        .saturating_mul(16);
    let fit = room / per_row;
    let mut rows = if across.saturating_mul(down) <= WHOLE {
        down
    } else {
        TILES.div_ceil(across)
    };
    if rows > fit {
        rows = fit;
    }
    if rows > down {
        rows = down;
    }
    if rows == 0 {
        return 0;
    }
    let rows = down.div_ceil(down.div_ceil(rows));
    if rows.saturating_mul(across) < FEWEST {
        return 0;
    }
    rows
}

/// The most room a block of a convolution with an output of `to`
/// (height, width), `filters` from `channels`, takes, `tensors` being
/// its input's and output's values together: those, so that blocks stay
/// as near the cache as the layer's own tensors, or a whole map of at
/// most [`WHOLE`] tiles ([`block_rows`] then takes it in one block).
pub const fn cap(to: [u64; 2], channels: u64, filters: u64, tensors: u64) -> u64 {
    let down = to[0].div_ceil(2);
    if to[1].div_ceil(2).saturating_mul(down) > WHOLE {
        return tensors;
    }
    let whole = scratch(to, channels, filters, down);
    if whole > tensors {
        whole
    } else {
        tensors
    }
}

/// The scratch of a Winograd convolution with blocks of `rows` rows of
/// tiles ([`block_rows`]'s other arguments): one block's transformed
/// inputs (16 x tiles x channels) and products (16 x tiles x filters).
pub const fn scratch(to: [u64; 2], channels: u64, filters: u64, rows: u64) -> u64 {
    rows.saturating_mul(to[1].div_ceil(2))
        .saturating_mul(channels.saturating_add(filters))
        .saturating_mul(16)
}
