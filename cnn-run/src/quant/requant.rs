//! Requantisation: a real multiplier as a 32-bit fixed-point significand
//! and a power of two (TFLite's `QuantizeMultiplier`), applied with two
//! roundings as TFLM does (`MultiplyByQuantizedMultiplier` without
//! `TFLITE_SINGLE_ROUNDING`), and the fused activations' clamping ranges.

use super::fixed::{doubling_high_mul, rounding_divide_by_pot};

/// A real multiplier `multiplier * 2^(shift - 31)`: TFLite's quantized
/// multiplier (significand in `[2^30, 2^31)` unless zero) and its shift
/// (positive shifts left).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Requant {
    /// The significand, a Q0.31 fixed-point number.
    pub multiplier: i32,
    /// The power of two, positive to the left.
    pub shift: i32,
}

impl Requant {
    /// `x` times this multiplier, rounded as TFLM rounds:
    /// `MultiplyByQuantizedMultiplier(int32_t, int32_t, int)`.
    #[inline(always)]
    pub fn apply(self, x: i32) -> i32 {
        multiply_by_quantized_multiplier(x, self.multiplier, self.shift)
    }
}

/// A layer's multipliers as its kernel reads them: one for every output
/// channel, or one for all. A slice of [`Requant`]s is one (8 bytes a
/// channel); [`Compact`] is another (5 bytes a channel), the form the int8
/// tables keep, a microcontroller's RAM being what it is.
pub trait Channels: Copy {
    /// How many multipliers.
    fn len(&self) -> usize;
    /// Whether there are none.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Multiplier `i`.
    ///
    /// # Panics
    ///
    /// If there is no multiplier `i`.
    fn at(&self, i: usize) -> Requant;
}

impl<T: AsRef<[Requant]> + ?Sized> Channels for &T {
    #[inline(always)]
    fn len(&self) -> usize {
        (*self).as_ref().len()
    }

    #[inline(always)]
    fn at(&self, i: usize) -> Requant {
        (*self).as_ref()[i]
    }
}

/// Multipliers kept apart, significands and shifts, a shift in an `i8`
/// (every shift [`requant`] gives a scale below `2^127` fits): the same
/// values as a slice of [`Requant`]s in 5 bytes a channel rather than 8.
#[derive(Clone, Copy, Debug)]
pub struct Compact<'a> {
    multipliers: &'a [i32],
    shifts: &'a [i8],
}

impl<'a> Compact<'a> {
    /// The multipliers whose significands are `multipliers` and shifts
    /// `shifts`; `None` unless there are as many of each.
    pub fn new(multipliers: &'a [i32], shifts: &'a [i8]) -> Option<Self> {
        (multipliers.len() == shifts.len()).then_some(Compact {
            multipliers,
            shifts,
        })
    }
}

impl Channels for Compact<'_> {
    #[inline(always)]
    fn len(&self) -> usize {
        self.multipliers.len()
    }

    #[inline(always)]
    fn at(&self, i: usize) -> Requant {
        Requant {
            multiplier: self.multipliers[i],
            shift: i32::from(self.shifts[i]),
        }
    }
}

/// TFLite's `QuantizeMultiplier`: `scale` as a [`Requant`] (`frexp`, the
/// significand rounded to 31 bits, half away from zero; scales below about
/// `2^-31` flush to zero).
pub fn requant(scale: f64) -> Requant {
    if scale == 0.0 {
        return Requant::default();
    }
    let (q, mut shift) = libm::frexp(scale);
    let mut q_fixed = libm::round(q * (1i64 << 31) as f64) as i64;
    if q_fixed == 1i64 << 31 {
        q_fixed /= 2;
        shift += 1;
    }
    if shift < -31 {
        shift = 0;
        q_fixed = 0;
    }
    Requant {
        multiplier: q_fixed as i32,
        shift,
    }
}

/// TFLM's `MultiplyByQuantizedMultiplier` for an `int32_t` `x`: a left
/// shift, gemmlowp's rounding doubling high multiply, then a rounding
/// right shift (two roundings).
#[inline(always)]
pub fn multiply_by_quantized_multiplier(x: i32, multiplier: i32, shift: i32) -> i32 {
    let left = if shift > 0 { shift } else { 0 };
    let right = if shift > 0 { 0 } else { -shift };
    rounding_divide_by_pot(
        doubling_high_mul(x.wrapping_mul(1i32.wrapping_shl(left as u32)), multiplier),
        right,
    )
}

/// TFLite's `MultiplyByQuantizedMultiplierGreaterThanOne`: a left shift
/// then the rounding doubling high multiply.
#[inline(always)]
pub fn multiply_by_quantized_multiplier_greater_than_one(
    x: i32,
    multiplier: i32,
    left_shift: i32,
) -> i32 {
    doubling_high_mul(
        x.wrapping_mul(1i32.wrapping_shl(left_shift as u32)),
        multiplier,
    )
}

/// The inclusive range an int8 output is clamped to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Range {
    /// The least output.
    pub min: i32,
    /// The greatest output.
    pub max: i32,
}

impl Range {
    /// All of int8: `[-128, 127]`.
    pub const INT8: Range = Range {
        min: i8::MIN as i32,
        max: i8::MAX as i32,
    };

    /// `x` clamped to the range, as an `i8` (the range lies in int8).
    #[inline(always)]
    pub fn clamp(self, x: i32) -> i8 {
        x.max(self.min).min(self.max) as i8
    }
}

/// A fused activation of a TFLite operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fused {
    /// No activation.
    None,
    /// `max(x, 0)`.
    Relu,
    /// `clamp(x, -1, 1)`.
    ReluN1To1,
    /// `clamp(x, 0, 6)`.
    Relu6,
}

/// TFLite's `Quantize` helper of the activation range: `zero_point +
/// round(value / scale)` in `f32`, rounding half away from zero.
fn quantize(scale: f32, zero_point: i32, value: f32) -> i32 {
    let q = libm::roundf(value / scale);
    zero_point.wrapping_add(q as i32)
}

/// TFLite's `CalculateActivationRangeQuantized` for an int8 output of
/// `scale` and `zero_point`.
pub fn activation_range(fused: Fused, scale: f32, zero_point: i32) -> Range {
    let (qmin, qmax) = (Range::INT8.min, Range::INT8.max);
    match fused {
        Fused::None => Range::INT8,
        Fused::Relu => Range {
            min: qmin.max(quantize(scale, zero_point, 0.0)),
            max: qmax,
        },
        Fused::Relu6 => Range {
            min: qmin.max(quantize(scale, zero_point, 0.0)),
            max: qmax.min(quantize(scale, zero_point, 6.0)),
        },
        Fused::ReluN1To1 => Range {
            min: qmin.max(quantize(scale, zero_point, -1.0)),
            max: qmax.min(quantize(scale, zero_point, 1.0)),
        },
    }
}

/// The per-output-channel multipliers of a convolution, depthwise,
/// transposed or fully connected layer, as TFLite's
/// `PopulateConvolutionQuantizationParams` computes them:
/// `input_scale * filter_scale / output_scale` in `f64`, one per channel
/// of `out`. A single filter scale (per-tensor weights) applies to every
/// channel.
///
/// # Panics
///
/// If `filter_scales` is empty, or holds neither one scale nor one per
/// channel of `out`.
pub fn per_channel(
    input_scale: f32,
    filter_scales: &[f32],
    output_scale: f32,
    out: &mut [Requant],
) {
    assert!(
        filter_scales.len() == 1 || filter_scales.len() == out.len(),
        "one filter scale, or one per output channel"
    );
    for (i, requant_out) in out.iter_mut().enumerate() {
        let filter_scale = if filter_scales.len() == 1 {
            filter_scales[0]
        } else {
            filter_scales[i]
        };
        let effective = f64::from(input_scale) * f64::from(filter_scale) / f64::from(output_scale);
        *requant_out = requant(effective);
    }
}

/// TFLite's `CalculateInputRadius`: the largest input difference whose
/// rescaled value still fits `input_integer_bits` integer bits.
pub fn input_radius(input_integer_bits: i32, input_left_shift: i32, total_signed_bits: i32) -> i32 {
    let max_input_rescaled = 1.0
        * f64::from((1i32 << input_integer_bits) - 1)
        * pow2(total_signed_bits - input_integer_bits)
        / pow2(input_left_shift);
    libm::floor(max_input_rescaled) as i32
}

/// `2^e` exactly, as C's `1LL << e` converted to `double`.
fn pow2(e: i32) -> f64 {
    libm::ldexp(1.0, e)
}

/// A little-endian `i32` bias at index `i` of `bytes` (a TFLite int32
/// tensor's buffer, at any alignment).
#[inline(always)]
pub fn bias_at(bytes: &[u8], i: usize) -> i32 {
    let b = &bytes[i * 4..i * 4 + 4];
    i32::from_le_bytes([b[0], b[1], b[2], b[3]])
}
