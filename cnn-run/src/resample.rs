//! Layers that move values: `flatten`, `zeropad`, `shuffle`,
//! `spacetodepth`, and
//! `upsample` and `resize`, nearest or (bi/tri)linear.

use super::{coords, Grid};

/// `flatten`: the vector in PyTorch's flatten order (C, H, W), so that the
/// layers after it take PyTorch's weights as they are: `y[c * positions +
/// p] = x[p * C + c]`. A vector passes as it is.
pub(crate) fn flatten(from: &Grid, x: &[f32], y: &mut [f32]) {
    let positions = from.positions();
    for (position, values) in x.chunks_exact(from.channels).enumerate() {
        for (channel, &value) in values.iter().enumerate() {
            y[channel * positions + position] = value;
        }
    }
}

/// `zeropad`: `before` zeros on each side of every spatial axis.
pub(crate) fn zero_pad(from: &Grid, to: &Grid, before: [usize; 3], x: &[f32], y: &mut [f32]) {
    let channels = from.channels;
    y.fill(0.0);
    for (position, values) in x.chunks_exact(channels).enumerate() {
        let at = coords(position, from.dims);
        let target = to.at([at[0] + before[0], at[1] + before[1], at[2] + before[2]]);
        y[target * channels..][..channels].copy_from_slice(values);
    }
}

/// `shuffle G` (PyTorch's `ChannelShuffle`): the channels seen as
/// `[G][C / G]`, transposed to `[C / G][G]`.
pub(crate) fn shuffle(from: &Grid, groups: usize, x: &[f32], y: &mut [f32]) {
    let channels = from.channels;
    let width = channels / groups;
    for (outs, ins) in y.chunks_exact_mut(channels).zip(x.chunks_exact(channels)) {
        for (index, out) in outs.iter_mut().enumerate() {
            let (k, group) = (index / groups, index % groups);
            *out = ins[group * width + k];
        }
    }
}

/// `spacetodepth B` (ONNX `SpaceToDepth`, TResNet's `SpaceToDepth`): each
/// block of `B` positions per axis goes to one output position, its
/// channel `(b0 * B + b1) * C + c` for the offset `(b0, b1)` in the block,
/// on the first `rank` axes (the others are 1).
pub(crate) fn space_to_depth(
    from: &Grid,
    to: &Grid,
    rank: usize,
    block: usize,
    x: &[f32],
    y: &mut [f32],
) {
    let channels = from.channels;
    for (position, values) in x.chunks_exact(channels).enumerate() {
        let at = coords(position, from.dims);
        let mut target = [0; 3];
        let mut offset = 0;
        for axis in 0..rank {
            target[axis] = at[axis] / block;
            offset = offset * block + at[axis] % block;
        }
        let start = to.at(target) * to.channels + offset * channels;
        y[start..][..channels].copy_from_slice(values);
    }
}

/// `slice A..B` (PyTorch's `x[:, A:B]`): at each position, `width`
/// channels from `start` on.
pub(crate) fn slice(from: &Grid, start: usize, width: usize, x: &[f32], y: &mut [f32]) {
    let channels = from.channels;
    for (outs, ins) in y.chunks_exact_mut(width).zip(x.chunks_exact(channels)) {
        outs.copy_from_slice(&ins[start..start + width]);
    }
}

/// Where output `dst` reads on one axis: the source index PyTorch's
/// `upsample_*` kernels compute, in `f32` as they do. `scale` is the
/// input step per output: `1 / factor` for `upsample`, `in / out` for
/// `resize`.
#[derive(Clone, Copy)]
struct Tap {
    /// The first source and its weight.
    low: usize,
    /// The second source (the same at the edge) and its weight.
    high: usize,
    lambda: f32,
}

fn nearest(dst: usize, scale: f32, inputs: usize, outputs: usize) -> Tap {
    // PyTorch's `nearest_idx`: exact for equal sizes and for a factor of
    // two, `floor(dst * scale)` otherwise.
    let low = if outputs == inputs {
        dst
    } else if outputs == 2 * inputs {
        dst >> 1
    } else {
        let source = libm::floorf(dst as f32 * scale) as usize;
        source.min(inputs - 1)
    };
    Tap {
        low,
        high: low,
        lambda: 0.0,
    }
}

fn linear(dst: usize, scale: f32, inputs: usize) -> Tap {
    // `align_corners=False`: `scale * (dst + 0.5) - 0.5`, clamped at 0.
    let source = (scale * (dst as f32 + 0.5) - 0.5).max(0.0);
    let low = (libm::floorf(source) as usize).min(inputs - 1);
    let high = if low + 1 < inputs { low + 1 } else { low };
    let lambda = (source - low as f32).clamp(0.0, 1.0);
    Tap { low, high, lambda }
}

/// `upsample` (`factor` per axis) or `resize` (`factor` `None`): each
/// output reads its nearest input, or interpolates linearly along every
/// spatial axis (PyTorch's `linear`, `bilinear`, `trilinear` with
/// `align_corners=False`).
pub(crate) fn interpolate(
    from: &Grid,
    to: &Grid,
    factor: Option<[u64; 3]>,
    bilinear: bool,
    x: &[f32],
    y: &mut [f32],
) {
    let channels = from.channels;
    let mut scales = [1.0f32; 3];
    for (axis, scale) in scales.iter_mut().enumerate() {
        *scale = match factor {
            // PyTorch keeps the factor: the step is `(float)(1.0 / factor)`.
            Some(factor) => (1.0f64 / factor[axis] as f64) as f32,
            None => from.dims[axis] as f32 / to.dims[axis] as f32,
        };
    }
    for (position, out) in y.chunks_exact_mut(channels).enumerate() {
        let at = coords(position, to.dims);
        let mut taps = [Tap {
            low: 0,
            high: 0,
            lambda: 0.0,
        }; 3];
        for axis in 0..3 {
            let (inputs, outputs) = (from.dims[axis], to.dims[axis]);
            taps[axis] = if bilinear {
                linear(at[axis], scales[axis], inputs)
            } else {
                nearest(at[axis], scales[axis], inputs, outputs)
            };
        }
        out.fill(0.0);
        // The 8 corners of the cell (fewer distinct ones below rank 3,
        // where the unused axes have weight 1 on `low`).
        for corner in 0..8 {
            let mut weight = 1.0;
            let mut source = [0; 3];
            for axis in 0..3 {
                let high = corner >> (2 - axis) & 1 == 1;
                let tap = taps[axis];
                source[axis] = if high { tap.high } else { tap.low };
                weight *= if high { tap.lambda } else { 1.0 - tap.lambda };
            }
            if weight == 0.0 {
                continue;
            }
            let index = from.at(source);
            for (sum, &value) in out.iter_mut().zip(&x[index * channels..][..channels]) {
                *sum += weight * value;
            }
        }
    }
}
