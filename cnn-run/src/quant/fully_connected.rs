//! FULLY_CONNECTED: TFLM's `reference_integer_ops::FullyConnectedPerChannel`
//! (per-channel weights, the converter's default) and `FullyConnected`
//! (per-tensor), which differ only in their multipliers: both round twice.

use super::conv::{dot, requant_of, sum};
use super::requant::{activation_range, bias_at, requant, Channels, Fused, Range, Requant};

/// The layer's fixed parameters (TFLM's `OpDataFullyConnected` without
/// the multipliers).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Params {
    /// Minus the input's zero point.
    pub input_offset: i32,
    /// The output's zero point.
    pub output_offset: i32,
    /// The fused activation's range.
    pub range: Range,
}

impl Params {
    /// TFLM's Prepare: offsets and the fused activation's range.
    pub fn new(
        input_zero_point: i32,
        output_scale: f32,
        output_zero_point: i32,
        fused: Fused,
    ) -> Params {
        Params {
            input_offset: input_zero_point.wrapping_neg(),
            output_offset: output_zero_point,
            range: activation_range(fused, output_scale, output_zero_point),
        }
    }
}

/// The multiplier of per-tensor weights, as TFLM's
/// `GetQuantizedConvolutionMultipler` computes it: the product of the
/// input's and the filter's scales in `f32`, then over the output's in
/// `f64`. (Per-channel weights use [`super::per_channel`], whose
/// product is in `f64`.)
pub fn per_tensor(input_scale: f32, filter_scale: f32, output_scale: f32) -> Requant {
    requant(f64::from(input_scale * filter_scale) / f64::from(output_scale))
}

/// `output[b][o] = requant(sum_i filter[o][i] * (input[b][i] +
/// input_offset) + bias[o])` for `input` of `batches x depth` and
/// `filter` of `outputs x depth` (`outputs` = `output.len() / batches`),
/// the optional `bias` little-endian `i32`s, `requant` one per output or
/// one for all.
///
/// # Panics
///
/// If a length disagrees with the others.
pub fn fully_connected(
    p: &Params,
    input: &[i8],
    batches: usize,
    filter: &[i8],
    bias: Option<&[u8]>,
    requant: impl Channels,
    output: &mut [i8],
) {
    assert!(
        batches > 0 && input.len().is_multiple_of(batches) && output.len().is_multiple_of(batches)
    );
    let depth = input.len() / batches;
    let outputs = output.len() / batches;
    assert_eq!(
        filter.len(),
        outputs * depth,
        "fully connected filter length"
    );
    assert!(
        requant.len() == 1 || requant.len() == outputs,
        "fully connected multipliers"
    );
    if let Some(bias) = bias {
        assert!(bias.len() >= outputs * 4, "fully connected bias length");
    }
    if depth == 0 {
        // No weights: the bias alone (an empty product sums to zero).
        for (o, y) in output.iter_mut().enumerate() {
            let o = o % outputs.max(1);
            let b = bias.map_or(0, |bias| bias_at(bias, o));
            *y = p.range.clamp(
                requant_of(requant, o)
                    .apply(b)
                    .wrapping_add(p.output_offset),
            );
        }
        return;
    }
    for (o, row) in filter.chunks_exact(depth).enumerate() {
        let b = bias.map_or(0, |bias| bias_at(bias, o));
        let base = b.wrapping_add(p.input_offset.wrapping_mul(sum(row)));
        let rq = requant_of(requant, o);
        for (batch, x) in input.chunks_exact(depth).enumerate() {
            let acc = base.wrapping_add(dot(x, row));
            output[batch * outputs + o] =
                p.range.clamp(rq.apply(acc).wrapping_add(p.output_offset));
        }
    }
}
