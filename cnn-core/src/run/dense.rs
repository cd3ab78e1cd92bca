//! Fully connected layers (`fc`, and the linear part of `softmax N`).

use super::conv::dot;
use super::Grid;

/// `y = W x + b` with PyTorch's weight `[units][inputs]`, then `[units]`
/// if `bias`. On a spatial input the weight's columns are in PyTorch's
/// flatten order (C, H, W): column `c * positions + p` multiplies the
/// channels-last `x[p * C + c]`.
pub(crate) fn dense(
    from: &Grid,
    units: usize,
    bias: bool,
    x: &[f32],
    weights: &[f32],
    y: &mut [f32],
) {
    let inputs = x.len();
    let positions = from.positions();
    let channels = from.channels;
    let (matrix, biases) = weights.split_at(units * inputs);
    for (unit, out) in y.iter_mut().enumerate() {
        let row = &matrix[unit * inputs..][..inputs];
        let sum = if positions == 1 {
            dot(x, row)
        } else {
            let mut sum = 0.0;
            for (position, values) in x.chunks_exact(channels).enumerate() {
                for (channel, &value) in values.iter().enumerate() {
                    sum += value * row[channel * positions + position];
                }
            }
            sum
        };
        *out = if bias { biases[unit] + sum } else { sum };
    }
}
