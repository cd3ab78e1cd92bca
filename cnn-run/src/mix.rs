//! `mix`'s kernels: the softmax across paths of each channel's weights,
//! and one path weighed into the sum (SKNet's selective kernel, ResNeSt's
//! split attention, as timm computes them in eval mode).

use libm::expf;

/// Softmax in place across `paths` of each channel, at every position of
/// `values` (`paths * channels` values per position, path-major: the
/// weight of path `i`, channel `c` at `i * channels + c`), shifted by the
/// largest as PyTorch does.
pub(crate) fn softmax(values: &mut [f32], paths: usize, channels: usize) {
    let Some(stride) = paths.checked_mul(channels).filter(|&n| n > 0) else {
        return;
    };
    for position in values.chunks_exact_mut(stride) {
        for c in 0..channels {
            let at = |i: usize| i * channels + c;
            let top = (0..paths).fold(f32::NEG_INFINITY, |top, i| top.max(position[at(i)]));
            let mut sum = 0.0f32;
            for i in 0..paths {
                let value = expf(position[at(i)] - top);
                position[at(i)] = value;
                sum += value;
            }
            for i in 0..paths {
                position[at(i)] /= sum;
            }
        }
    }
}

/// How one path's weights are read: `channels` per position, at `offset`
/// in each weights' position of `stride` values, one position for all
/// with `broadcast`.
#[derive(Clone, Copy)]
pub(crate) struct Weights<'a> {
    pub(crate) values: &'a [f32],
    pub(crate) channels: usize,
    pub(crate) stride: usize,
    pub(crate) offset: usize,
    pub(crate) broadcast: bool,
}

impl Weights<'_> {
    /// The weights of the path at `position`.
    fn at(&self, position: usize) -> &[f32] {
        let start = if self.broadcast {
            0
        } else {
            position * self.stride
        } + self.offset;
        &self.values[start..start + self.channels]
    }
}

/// `y = w * x` (or `y += w * x` with `accumulate`), channel by channel.
pub(crate) fn weigh(y: &mut [f32], x: &[f32], weights: Weights, accumulate: bool) {
    let positions = y
        .chunks_exact_mut(weights.channels)
        .zip(x.chunks_exact(weights.channels));
    for (position, (out, path)) in positions.enumerate() {
        let w = weights.at(position);
        for ((out, &value), &weight) in out.iter_mut().zip(path).zip(w) {
            if accumulate {
                *out += weight * value;
            } else {
                *out = weight * value;
            }
        }
    }
}

/// `y *= w`, in place: the first path weighed where it lies.
pub(crate) fn weigh_in_place(y: &mut [f32], weights: Weights) {
    for (position, out) in y.chunks_exact_mut(weights.channels).enumerate() {
        let w = weights.at(position);
        for (out, &weight) in out.iter_mut().zip(w) {
            *out *= weight;
        }
    }
}
