//! MEAN: TFLite's `reference_ops::QuantizedMeanOrSum` for int8 (what TFLM
//! runs for every int8 MEAN): the sum of the reduced values minus the zero
//! point's share, times `input_scale / output_scale / count` folded into
//! one multiplier, plus the output's zero point.

use super::requant::{requant, Requant};

/// The operator's fixed parameters for a reduction of `count` values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Params {
    /// The input's zero point.
    pub input_zero_point: i32,
    /// The output's zero point.
    pub output_zero_point: i32,
    /// The number of values each output averages.
    pub count: i32,
    /// `input_scale / output_scale / count`, as the kernel folds it.
    pub multiplier: Requant,
}

impl Params {
    /// TFLM's `PrepareMeanOrSumHelper` (`input_scale / output_scale` in
    /// `f64`), then the kernel's division of the multiplier by `count`.
    pub fn new(
        input_scale: f32,
        input_zero_point: i32,
        output_scale: f32,
        output_zero_point: i32,
        count: usize,
    ) -> Params {
        let base = requant(f64::from(input_scale) / f64::from(output_scale));
        let count = count.min(i32::MAX as usize) as i32;
        let mut multiplier = base;
        if count > 0 {
            let count64 = count as u64;
            let mut shift = 63 - count64.leading_zeros() as i32;
            shift = shift.min(32).min(31 + base.shift).max(0);
            multiplier = Requant {
                multiplier: ((i64::from(base.multiplier) << shift) / i64::from(count)) as i32,
                shift: base.shift - shift,
            };
        }
        Params {
            input_zero_point,
            output_zero_point,
            count,
            multiplier,
        }
    }
}

/// The mean over the middle axis of `input`, `[outer][reduced][inner]`
/// with `reduced` = `p.count`, into `output`, `[outer][inner]` (MEAN over
/// rows and columns of NHWC: `outer` = batches, `reduced` = `h * w`,
/// `inner` = channels).
///
/// # Panics
///
/// If the lengths disagree with the sizes.
pub fn mean(p: &Params, input: &[i8], inner: usize, output: &mut [i8]) {
    let reduced = p.count.max(0) as usize;
    assert!(
        inner > 0 && output.len().is_multiple_of(inner),
        "mean output length"
    );
    let outer = output.len() / inner;
    assert_eq!(input.len(), outer * reduced * inner, "mean input length");
    if reduced == 0 {
        output.fill(0);
        return;
    }
    let zero_share = p.input_zero_point.wrapping_mul(p.count);
    for (block, out) in input
        .chunks_exact(reduced * inner)
        .zip(output.chunks_exact_mut(inner))
    {
        for (channel, y) in out.iter_mut().enumerate() {
            let sum = block[channel..]
                .iter()
                .step_by(inner)
                .fold(0i32, |acc, &x| acc.wrapping_add(i32::from(x)));
            let shifted = sum.wrapping_sub(zero_share);
            let value = p
                .multiplier
                .apply(shifted)
                .wrapping_add(p.output_zero_point);
            *y = value.clamp(i32::from(i8::MIN), i32::from(i8::MAX)) as i8;
        }
    }
}
