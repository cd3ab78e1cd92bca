//! The working space each layer's kernel needs beside its input and
//! output: a rule of the memory plan, so it is here, not behind the
//! kernels, with the block sizes of the convolutions'
//! matrix product that decide it (cnn-run's GEMM reads them from here).

use crate::{LayerSpec, Scratch, Shape};

/// Depth of a block of the product: one packed panel of the filters
/// (`KC x NR`, 16 KB) stays in L1 while every row panel of the im2col
/// tile passes over it.
pub const KC: usize = 256;
/// Positions in a tile of im2col rows, at most (a multiple of `MR`):
/// `MC x KC` (72 KB) in L2.
pub const MC: usize = 72;
/// Rows of the micro-kernel: a tile holds at least this many positions
/// (or every position of a smaller layer).
pub const MR: usize = 6;
/// Filters in a packed block (a multiple of `NR`): `KC x NC` (256 KB) in
/// L2 beside the tile.
pub const NC: usize = 256;
/// Columns of the micro-kernel: a packed block is padded to a multiple.
pub const NR: usize = 16;
/// Slack so that a packed block starts on a 64-byte line.
pub const ALIGN: usize = 16;

/// The `f32` values of working space `run::layer` needs for `spec` on
/// `input`, 0 for a layer that does not apply to its input (which
/// `run::layer` refuses):
///
/// - a convolution, the packing space of its blocked product: a block of
///   the filters (at most 256 deep by 256 wide, padded to 16 columns) and
///   a tile of the im2col matrix (positions by at most 256 of depth), the
///   tile left out for a 1x1 stride-1 convolution, which reads its input
///   in place; 16 more to align the block on a cache line. The tile has
///   as many positions as a sixteenth of the layer's input and output hold,
///   between 6 (or every position, if fewer) and 72, so that a small
///   network's scratch stays small beside its tensors while a large one
///   gets the tile its speed needs;
/// - a depthwise one (one input channel per group, as `dwconv` or a
///   `conv` with as many groups as channels), none;
/// - a separable one, the depthwise outputs of one position;
/// - `grn`, the norm of each channel over the map;
/// - every other kind, none.
///
/// Which of these a kind needs is its description's
/// [`KindInfo::scratch`](crate::KindInfo::scratch).
pub const fn scratch_len(spec: &LayerSpec, input: Shape) -> usize {
    let (axes, output) = match (spec.on_axes(input), spec.apply(input)) {
        (Ok(axes), Ok(step)) => (axes, step.output),
        _ => return 0,
    };
    let taps = match axes.window[0].checked_mul(axes.window[1]) {
        Some(area) => match area.checked_mul(axes.window[2]) {
            Some(taps) => taps,
            None => return 0,
        },
        None => return 0,
    };
    let channels = input.channels();
    let needed = match spec.kind.info().scratch {
        Scratch::Product => {
            if spec.groups == 0 {
                return 0;
            }
            let [a, b, c] = input.axes();
            let [d, e, f] = output.axes();
            let pointwise = taps == 1
                && axes.stride[0] == 1
                && axes.stride[1] == 1
                && axes.stride[2] == 1
                && a == d
                && b == e
                && c == f;
            let budget = match (input.elements(), output.elements()) {
                (Some(input), Some(output)) => input.saturating_add(output) / 16,
                _ => return 0,
            };
            conv(
                channels / spec.groups,
                [d, e, f],
                output.channels() / spec.groups,
                taps,
                pointwise,
                budget,
            )
        }
        Scratch::PerChannel => channels.checked_mul(spec.multiplier),
        Scratch::None => Some(0),
    };
    match needed {
        Some(needed) if needed <= usize::MAX as u64 => needed as usize,
        _ => 0,
    }
}

/// A convolution's scratch, per group (the groups run one after
/// another): none with one input channel per group (the depthwise loop),
/// else its product's.
const fn conv(
    inner: u64,
    output: [u64; 3],
    per_group: u64,
    taps: u64,
    pointwise: bool,
    budget: u64,
) -> Option<u64> {
    if inner == 1 {
        return Some(0);
    }
    let Some(positions) = output[0].checked_mul(output[1]) else {
        return None;
    };
    let Some(positions) = positions.checked_mul(output[2]) else {
        return None;
    };
    let Some(depth) = inner.checked_mul(taps) else {
        return None;
    };
    gemm(positions, per_group, depth, pointwise, budget)
}

/// The scratch of an `m x k` by `k x n` product whose left matrix is read
/// in place (`in_place`) or written a tile at a time (of about `budget`
/// values): the packed block, the tile, and the slack to align them.
const fn gemm(m: u64, n: u64, k: u64, in_place: bool, budget: u64) -> Option<u64> {
    let kc = if k < KC as u64 { k } else { KC as u64 };
    let nc = if n < NC as u64 { n } else { NC as u64 };
    let panels = nc.div_ceil(NR as u64) * NR as u64;
    let Some(packed) = kc.checked_mul(panels) else {
        return None;
    };
    let tile = if in_place {
        0
    } else {
        match tile_rows(m, kc, budget).checked_mul(kc) {
            Some(tile) => tile,
            None => return None,
        }
    };
    match packed.checked_add(tile) {
        Some(total) => total.checked_add(ALIGN as u64),
        None => None,
    }
}

/// The positions of an im2col tile `kc` deep that about `budget` values
/// hold: a multiple of `MR` from `MR` to `MC`, and no more than the `m`
/// positions there are.
const fn tile_rows(m: u64, kc: u64, budget: u64) -> u64 {
    let fit = match budget.checked_div(kc) {
        Some(fit) => fit,
        None => MC as u64,
    };
    let rows = if fit < MR as u64 {
        MR as u64
    } else if fit > MC as u64 {
        MC as u64
    } else {
        fit / MR as u64 * MR as u64
    };
    if m < rows {
        m
    } else {
        rows
    }
}
