//! LOGISTIC and TANH: TFLite's `reference_integer_ops::Logistic` and
//! `Tanh` for int8. The input, less its zero point, is rescaled to a Q4.27
//! (inputs beyond the radius saturate), gemmlowp's fixed-point logistic
//! or tanh gives a Q0.31, rounded to the output's fixed scale (1/256 with
//! zero point -128 for LOGISTIC, 1/128 with 0 for TANH).

use super::fixed::{logistic as fixed_logistic, rounding_divide_by_pot, tanh as fixed_tanh};
use super::requant::{input_radius, multiply_by_quantized_multiplier};

const INPUT_INTEGER_BITS: i32 = 4;

/// The fixed parameters of LOGISTIC or TANH (TFLM's `OpDataLogistic`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Params {
    /// The input's zero point.
    pub input_zero_point: i32,
    /// Inputs this far from the zero point saturate the output.
    pub input_range_radius: i32,
    /// `input_scale * 2^27` as a Q0.31 significand (TFLM's own `frexp`,
    /// without `QuantizeMultiplier`'s normalisation).
    pub input_multiplier: i32,
    /// Its left shift.
    pub input_left_shift: i32,
}

impl Params {
    /// TFLM's `CalculateArithmeticOpDataLogistic` (and TANH's, the same).
    pub fn new(input_scale: f32, input_zero_point: i32) -> Params {
        let real = f64::from(input_scale) * f64::from(1i32 << (31 - INPUT_INTEGER_BITS));
        let (q, shift) = libm::frexp(real);
        // static_cast<int32_t> of the rounded double: 2^31 wraps.
        let multiplier = libm::round(q * (1i64 << 31) as f64) as i64 as i32;
        Params {
            input_zero_point,
            input_range_radius: input_radius(INPUT_INTEGER_BITS, shift, 31),
            input_multiplier: multiplier,
            input_left_shift: shift,
        }
    }

    /// The input, less its zero point, as a Q4.27, or the saturated
    /// output when beyond the radius.
    #[inline]
    fn rescaled(&self, x: i8) -> Result<i32, i8> {
        let input = i32::from(x) - self.input_zero_point;
        if input <= -self.input_range_radius {
            Err(i8::MIN)
        } else if input >= self.input_range_radius {
            Err(i8::MAX)
        } else {
            Ok(multiply_by_quantized_multiplier(
                input,
                self.input_multiplier,
                self.input_left_shift,
            ))
        }
    }
}

/// LOGISTIC of each value of `input` into `output`.
///
/// # Panics
///
/// If the lengths differ.
pub fn logistic(p: &Params, input: &[i8], output: &mut [i8]) {
    assert_eq!(input.len(), output.len(), "logistic lengths");
    for (y, &x) in output.iter_mut().zip(input) {
        *y = match p.rescaled(x) {
            Err(saturated) => saturated,
            Ok(q4) => {
                let q0 = fixed_logistic(q4, INPUT_INTEGER_BITS);
                let q23 = rounding_divide_by_pot(q0, 31 - 8);
                (q23 - 128).clamp(i32::from(i8::MIN), i32::from(i8::MAX)) as i8
            }
        };
    }
}

/// TANH of each value of `input` into `output`.
///
/// # Panics
///
/// If the lengths differ.
pub fn tanh(p: &Params, input: &[i8], output: &mut [i8]) {
    assert_eq!(input.len(), output.len(), "tanh lengths");
    for (y, &x) in output.iter_mut().zip(input) {
        *y = match p.rescaled(x) {
            Err(saturated) => saturated,
            Ok(q4) => {
                let q0 = fixed_tanh(q4, INPUT_INTEGER_BITS);
                let q24 = rounding_divide_by_pot(q0, 31 - 7);
                q24.clamp(i32::from(i8::MIN), i32::from(i8::MAX)) as i8
            }
        };
    }
}
