//! Normalisation: batch norm (running statistics), layer norm over the
//! channels of each position, group norm, global response norm.

use libm::{sqrt, sqrtf};

use super::Grid;

/// PyTorch's default `eps` for `BatchNorm*d`, `LayerNorm` and `GroupNorm`,
/// when a layer writes none. A written one (`bn eps 1e-3`) is added as
/// PyTorch adds its own: to the variance, in `f32`.
pub(crate) const EPS: f32 = 1e-5;

/// Channels whose scale and shift [`batch`] works out at a time (2 KB of
/// stack): every channel of most layers, so one sweep over the values.
const BLOCK: usize = 256;

/// Batch norm in eval mode, as PyTorch computes it: per channel
/// `scale = weight / sqrt(var + eps)` and `shift = bias - mean * scale`
/// from the running statistics, then `x * scale + shift`. `weights` is
/// weight, bias, running mean, running variance, `channels` each. In
/// place. The square roots are taken once per channel, not per value
/// (per value, one 112x112x96 layer took 8.5 ms).
pub(crate) fn batch(channels: usize, values: &mut [f32], weights: &[f32], eps: f32) {
    let (gamma, rest) = weights.split_at(channels);
    let (beta, rest) = rest.split_at(channels);
    let (mean, variance) = rest.split_at(channels);
    let mut scale = [0.0f32; BLOCK];
    let mut shift = [0.0f32; BLOCK];
    for first in (0..channels).step_by(BLOCK) {
        let width = BLOCK.min(channels - first);
        for channel in 0..width {
            let at = first + channel;
            let inverse = 1.0 / sqrtf(variance[at] + eps);
            scale[channel] = inverse * gamma[at];
            shift[channel] = beta[at] - mean[at] * scale[channel];
        }
        let (scale, shift) = (&scale[..width], &shift[..width]);
        for position in values.chunks_exact_mut(channels) {
            let block = &mut position[first..first + width];
            for ((value, &scale), &shift) in block.iter_mut().zip(scale).zip(shift) {
                *value = *value * scale + shift;
            }
        }
    }
}

/// The mean and the biased variance of `values`, in two passes.
fn moments(values: impl Iterator<Item = f32> + Clone) -> (f32, f32) {
    // In f64: a group norm's group is a whole map's worth of values.
    let mut count = 0usize;
    let mut sum = 0.0f64;
    for value in values.clone() {
        sum += f64::from(value);
        count += 1;
    }
    let mean = sum / count.max(1) as f64;
    let mut squares = 0.0f64;
    for value in values {
        let centred = f64::from(value) - mean;
        squares += centred * centred;
    }
    (mean as f32, (squares / count.max(1) as f64) as f32)
}

/// Layer norm over the channels of each position (PyTorch's
/// `nn.LayerNorm(C)` on a channels-last map; on a vector, over its
/// values). `weights` is weight then bias. In place: each position's
/// moments are taken before it is written.
pub(crate) fn layer(channels: usize, values: &mut [f32], weights: &[f32], eps: f32) {
    let (gamma, beta) = weights.split_at(channels);
    for position in values.chunks_exact_mut(channels) {
        let (mean, variance) = moments(position.iter().copied());
        let inverse = 1.0 / sqrtf(variance + eps);
        for channel in 0..channels {
            position[channel] =
                (position[channel] - mean) * inverse * gamma[channel] + beta[channel];
        }
    }
}

/// Group norm: the channels in `groups` runs, each normalised over its
/// channels at every position, then each channel's weight and bias. In
/// place: a group's moments are taken before it is written, and groups
/// do not share channels.
pub(crate) fn group(from: &Grid, groups: usize, values: &mut [f32], weights: &[f32], eps: f32) {
    let channels = from.channels;
    let width = channels / groups;
    let (gamma, beta) = weights.split_at(channels);
    for group in 0..groups {
        let first = group * width;
        let members = values
            .chunks_exact(channels)
            .flat_map(|position| position[first..first + width].iter().copied());
        let (mean, variance) = moments(members);
        let inverse = 1.0 / sqrtf(variance + eps);
        for position in values.chunks_exact_mut(channels) {
            for channel in first..first + width {
                position[channel] =
                    (position[channel] - mean) * inverse * gamma[channel] + beta[channel];
            }
        }
    }
}

/// timm's default `eps` for `GlobalResponseNorm`.
pub(crate) const RESPONSE_EPS: f32 = 1e-6;

/// Global response norm, as timm's `GlobalResponseNorm(C)` computes it on
/// a channels-last map (ConvNeXt V2's GRN): each channel's L2 norm over
/// the positions, `g[c]`, divided by the mean of the norms over the
/// channels plus `eps` (1e-6 unless written), `n[c]`; then `x + bias[c] + weight[c] * (x * n[c])`.
/// `weights` is weight then bias; `scratch` (at least `channels` values)
/// holds `n`. In place: every norm is taken before any value is written.
pub(crate) fn response(
    channels: usize,
    values: &mut [f32],
    weights: &[f32],
    scratch: &mut [f32],
    eps: f32,
) {
    let (gamma, beta) = weights.split_at(channels);
    let norms = &mut scratch[..channels];
    // The sums of squares in f64, as the other norms' moments, a block of
    // channels at a time, so that the stack holds them.
    let mut sums = [0.0f64; BLOCK];
    let mut total = 0.0f64;
    for first in (0..channels).step_by(BLOCK) {
        let width = BLOCK.min(channels - first);
        let sums = &mut sums[..width];
        sums.fill(0.0);
        for position in values.chunks_exact(channels) {
            for (sum, &value) in sums.iter_mut().zip(&position[first..first + width]) {
                *sum += f64::from(value) * f64::from(value);
            }
        }
        for (norm, &sum) in norms[first..first + width].iter_mut().zip(sums.iter()) {
            let g = sqrt(sum);
            total += g;
            *norm = g as f32;
        }
    }
    let inverse = 1.0 / (total / channels.max(1) as f64 + f64::from(eps));
    for norm in norms.iter_mut() {
        *norm = (f64::from(*norm) * inverse) as f32;
    }
    let norms = &*norms;
    for position in values.chunks_exact_mut(channels) {
        for (((value, &n), &gamma), &beta) in position.iter_mut().zip(norms).zip(gamma).zip(beta) {
            *value += beta + gamma * (*value * n);
        }
    }
}
