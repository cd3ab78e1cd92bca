//! SOFTMAX: TFLite's `reference_ops::Softmax` for int8 in and out (the
//! output's scale is 1/256 and zero point -128, as TFLM requires), in
//! gemmlowp's fixed point: `exp` of the rescaled differences from the
//! row's maximum with 5 integer bits, their sum with 12, its reciprocal.

use super::fixed::{
    doubling_high_mul, exp_on_negative_values, one_over_one_plus_x_for_x_in_0_1, rescale,
    rounding_divide_by_pot,
};
use super::requant::{
    input_radius, multiply_by_quantized_multiplier_greater_than_one, requant, Requant,
};

const SCALED_DIFF_INTEGER_BITS: i32 = 5;
const ACCUMULATION_INTEGER_BITS: i32 = 12;

/// The operator's fixed parameters (TFLite's `SoftmaxParams` for int8).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Params {
    /// `beta * input_scale` as a multiplier of the input differences.
    pub input_multiplier: i32,
    /// Its left shift.
    pub input_left_shift: i32,
    /// Differences below this contribute nothing (their `exp` is 0).
    pub diff_min: i32,
}

impl Params {
    /// TFLM's `CalculateSoftmaxParams` for int8: `PreprocessSoftmaxScaling`
    /// with 5 integer bits and `CalculateInputRadius`.
    pub fn new(input_scale: f32, beta: f32) -> Params {
        let r = preprocess_scaling(
            f64::from(beta),
            f64::from(input_scale),
            SCALED_DIFF_INTEGER_BITS,
        );
        let radius = input_radius(SCALED_DIFF_INTEGER_BITS, r.shift, 31);
        Params {
            input_multiplier: r.multiplier,
            input_left_shift: r.shift,
            diff_min: (-f64::from(radius)) as i32,
        }
    }
}

/// TFLite's `PreprocessSoftmaxScaling` (double rounding's cap, `2^31 -
/// 1`): `beta * input_scale` as a multiplier of differences into a Q with
/// `input_integer_bits` integer bits.
pub fn preprocess_scaling(beta: f64, input_scale: f64, input_integer_bits: i32) -> Requant {
    let max_real_multiplier = ((1i64 << 31) - 1) as f64;
    let real = (beta * input_scale * f64::from(1i32 << (31 - input_integer_bits)))
        .min(max_real_multiplier);
    requant(real)
}

/// The reciprocal of a sum with `integer_digits` integer bits, as a Q0.31
/// significand and the bits of the sum above one: TFLite's `GetReciprocal`.
fn reciprocal(x: i32, integer_digits: i32) -> (i32, i32) {
    let headroom_plus_one = (x as u32).leading_zeros() as i32;
    let num_bits_over_unit = integer_digits - headroom_plus_one;
    let shifted_sum_minus_one =
        ((x as u32).wrapping_shl(headroom_plus_one as u32)).wrapping_sub(1u32 << 31) as i32;
    (
        one_over_one_plus_x_for_x_in_0_1(shifted_sum_minus_one),
        num_bits_over_unit,
    )
}

/// Softmax over each run of `depth` values of `input` (the last axis).
///
/// # Panics
///
/// If the lengths differ or `depth` does not divide them.
pub fn softmax(p: &Params, input: &[i8], depth: usize, output: &mut [i8]) {
    assert_eq!(input.len(), output.len(), "softmax lengths");
    if depth == 0 {
        return;
    }
    assert_eq!(input.len() % depth, 0, "softmax depth");
    let exp_of = |diff: i32| {
        let rescaled = multiply_by_quantized_multiplier_greater_than_one(
            diff,
            p.input_multiplier,
            p.input_left_shift,
        );
        exp_on_negative_values(rescaled, SCALED_DIFF_INTEGER_BITS)
    };
    for (row, out) in input
        .chunks_exact(depth)
        .zip(output.chunks_exact_mut(depth))
    {
        let max = row.iter().copied().fold(i8::MIN, i8::max);
        let mut sum_of_exps = 0i32;
        for &x in row {
            let diff = i32::from(x) - i32::from(max);
            if diff >= p.diff_min {
                sum_of_exps =
                    sum_of_exps.wrapping_add(rescale(exp_of(diff), 0, ACCUMULATION_INTEGER_BITS));
            }
        }
        let (shifted_scale, num_bits_over_unit) =
            reciprocal(sum_of_exps, ACCUMULATION_INTEGER_BITS);
        let exponent = num_bits_over_unit + 31 - 8;
        for (y, &x) in out.iter_mut().zip(row) {
            let diff = i32::from(x) - i32::from(max);
            *y = if diff >= p.diff_min {
                let unsat = rounding_divide_by_pot(
                    doubling_high_mul(shifted_scale, exp_of(diff)),
                    exponent,
                );
                (unsat + i32::from(i8::MIN)).clamp(i32::from(i8::MIN), i32::from(i8::MAX)) as i8
            } else {
                i8::MIN
            };
        }
    }
}
