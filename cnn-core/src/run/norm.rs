//! Normalisation: batch norm (running statistics), layer norm over the
//! channels of each position, group norm.

use libm::sqrtf;

use super::Grid;

/// PyTorch's default `eps` for `BatchNorm*d`, `LayerNorm` and `GroupNorm`.
const EPS: f32 = 1e-5;

/// Batch norm in eval mode: `(x - mean) / sqrt(var + eps) * weight + bias`
/// with the running statistics. `weights` is weight, bias, running mean,
/// running variance, `channels` each. In place.
pub(crate) fn batch(channels: usize, values: &mut [f32], weights: &[f32]) {
    let (gamma, rest) = weights.split_at(channels);
    let (beta, rest) = rest.split_at(channels);
    let (mean, variance) = rest.split_at(channels);
    for position in values.chunks_exact_mut(channels) {
        for channel in 0..channels {
            let inverse = 1.0 / sqrtf(variance[channel] + EPS);
            position[channel] =
                (position[channel] - mean[channel]) * inverse * gamma[channel] + beta[channel];
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
pub(crate) fn layer(channels: usize, values: &mut [f32], weights: &[f32]) {
    let (gamma, beta) = weights.split_at(channels);
    for position in values.chunks_exact_mut(channels) {
        let (mean, variance) = moments(position.iter().copied());
        let inverse = 1.0 / sqrtf(variance + EPS);
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
pub(crate) fn group(from: &Grid, groups: usize, values: &mut [f32], weights: &[f32]) {
    let channels = from.channels;
    let width = channels / groups;
    let (gamma, beta) = weights.split_at(channels);
    for group in 0..groups {
        let first = group * width;
        let members = values
            .chunks_exact(channels)
            .flat_map(|position| position[first..first + width].iter().copied());
        let (mean, variance) = moments(members);
        let inverse = 1.0 / sqrtf(variance + EPS);
        for position in values.chunks_exact_mut(channels) {
            for channel in first..first + width {
                position[channel] =
                    (position[channel] - mean) * inverse * gamma[channel] + beta[channel];
            }
        }
    }
}
