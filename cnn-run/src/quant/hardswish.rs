//! HARD_SWISH: TFLite's `reference_ops::HardSwish` for int8, in 16-bit
//! fixed point: the input on a finer scale (times 128), a "reluish"
//! factor `relu6(x + 3) / 6` as a Q0.15, their product requantised.

use super::requant::requant;

/// The operator's fixed parameters (TFLite's `HardSwishParams`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Params {
    /// The input's zero point.
    pub input_zero_point: i16,
    /// The output's zero point.
    pub output_zero_point: i16,
    /// The hi-res input scale over the 3/32768 reluish scale, Q0.15.
    pub reluish_multiplier_fixedpoint_int16: i16,
    /// Its power of two.
    pub reluish_multiplier_exponent: i32,
    /// The hi-res input scale over the output's, Q0.15.
    pub output_multiplier_fixedpoint_int16: i16,
    /// Its power of two (at most 0).
    pub output_multiplier_exponent: i32,
}

/// TFLite's `DownScaleInt32ToInt16Multiplier`.
fn down_scale(multiplier: i32) -> i16 {
    const ROUNDING: i32 = 1 << 15;
    if multiplier >= i32::MAX - ROUNDING {
        return i16::MAX;
    }
    ((multiplier + ROUNDING) >> 16) as i16
}

impl Params {
    /// TFLM's `HardSwishPrepare` (its scale arithmetic in `f32`).
    pub fn new(
        input_scale: f32,
        input_zero_point: i32,
        output_scale: f32,
        output_zero_point: i32,
    ) -> Params {
        let hires_input_scale = (1.0f32 / 128.0) * input_scale;
        let reluish_scale = 3.0f32 / 32768.0;
        let output = requant(f64::from(hires_input_scale / output_scale));
        let reluish = requant(f64::from(hires_input_scale / reluish_scale));
        Params {
            input_zero_point: input_zero_point as i16,
            output_zero_point: output_zero_point as i16,
            reluish_multiplier_fixedpoint_int16: down_scale(reluish.multiplier),
            reluish_multiplier_exponent: reluish.shift,
            output_multiplier_fixedpoint_int16: down_scale(output.multiplier),
            output_multiplier_exponent: output.shift,
        }
    }
}

/// gemmlowp's 16-bit `SaturatingRoundingDoublingHighMul`.
fn doubling_high_mul_16(a: i16, b: i16) -> i16 {
    if a == b && a == i16::MIN {
        return i16::MAX;
    }
    let ab = i32::from(a) * i32::from(b);
    let nudge: i32 = if ab >= 0 { 1 << 14 } else { 1 - (1 << 14) };
    ((ab + nudge) / (1 << 15)) as i16
}

/// gemmlowp's `RoundingDivideByPOT` on `int16_t` (its mask and threshold
/// narrowed to 16 bits as C does).
fn rounding_divide_by_pot_16(x: i16, exponent: i32) -> i16 {
    let exponent = exponent.clamp(0, 31);
    let mask = ((1i64 << exponent) - 1) as i16;
    let remainder = x & mask;
    let threshold = ((i32::from(mask) >> 1) + i32::from(x < 0)) as i16;
    ((i32::from(x) >> exponent) + i32::from(remainder > threshold)) as i16
}

/// TFLite's `SaturatingLeftShift` on `int16_t`.
fn saturating_left_shift(value: i16, amount: i32) -> i16 {
    let result = i64::from(value) * (1i64 << amount.clamp(0, 62));
    result.clamp(i64::from(i16::MIN), i64::from(i16::MAX)) as i16
}

/// TFLite's `SaturatingDoublingHighMul` on `int16_t` (truncating).
fn doubling_high_mul_16_truncating(a: i16, b: i16) -> i16 {
    if a == b && a == i16::MIN {
        return i16::MAX;
    }
    ((i32::from(a) * i32::from(b)) / (1 << 15)) as i16
}

/// HARD_SWISH of each value of `input` into `output`.
///
/// # Panics
///
/// If the lengths differ.
pub fn hardswish(p: &Params, input: &[i8], output: &mut [i8]) {
    assert_eq!(input.len(), output.len(), "hardswish lengths");
    for (y, &x) in output.iter_mut().zip(input) {
        let input_value = (i32::from(x) - i32::from(p.input_zero_point)) as i16;
        let hires = (i32::from(input_value) * (1 << 7)) as i16;
        let preshift_output = doubling_high_mul_16(hires, p.output_multiplier_fixedpoint_int16);
        let mut reluish = hires;
        if p.reluish_multiplier_exponent > 0 {
            reluish = saturating_left_shift(reluish, p.reluish_multiplier_exponent - 1);
        }
        reluish = doubling_high_mul_16(reluish, p.reluish_multiplier_fixedpoint_int16);
        if p.reluish_multiplier_exponent > 0 {
            reluish = saturating_left_shift(reluish, 1);
        }
        if p.reluish_multiplier_exponent < 0 {
            reluish = rounding_divide_by_pot_16(reluish, -p.reluish_multiplier_exponent);
        }
        reluish = ((i32::from(reluish) + (1 << 15)) >> 1) as i16;
        let preshift = doubling_high_mul_16_truncating(reluish, preshift_output);
        let mut value = rounding_divide_by_pot_16(preshift, -p.output_multiplier_exponent);
        value = value.wrapping_add(p.output_zero_point);
        *y = value.clamp(i16::from(i8::MIN), i16::from(i8::MAX)) as i8;
    }
}
