//! ADD: TFLM's `reference_integer_ops::AddFunc`. Both inputs are shifted
//! left by 20 bits, scaled to twice the larger input scale, summed and
//! scaled to the output, each step rounding as
//! `MultiplyByQuantizedMultiplierSmallerThanOneExp`.

use super::broadcast;
use super::requant::{activation_range, requant, Fused, Range, Requant};

/// The operator's fixed parameters (TFLM's `OpDataAdd`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Params {
    /// The left shift of both inputs (20 for int8).
    pub left_shift: i32,
    /// Minus the first input's zero point.
    pub input1_offset: i32,
    /// The first input's multiplier (below one).
    pub input1: Requant,
    /// Minus the second input's zero point.
    pub input2_offset: i32,
    /// The second input's multiplier (below one).
    pub input2: Requant,
    /// The output's zero point.
    pub output_offset: i32,
    /// The sum's multiplier to the output (below one).
    pub output: Requant,
    /// The fused activation's range.
    pub range: Range,
}

impl Params {
    /// TFLM's `CalculateOpDataAdd` for int8.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        input1_scale: f32,
        input1_zero_point: i32,
        input2_scale: f32,
        input2_zero_point: i32,
        output_scale: f32,
        output_zero_point: i32,
        fused: Fused,
    ) -> Params {
        let left_shift = 20;
        let twice_max_input_scale = 2.0 * f64::from(input1_scale.max(input2_scale));
        let real_input1 = f64::from(input1_scale) / twice_max_input_scale;
        let real_input2 = f64::from(input2_scale) / twice_max_input_scale;
        let real_output =
            twice_max_input_scale / (f64::from(1i32 << left_shift) * f64::from(output_scale));
        Params {
            left_shift,
            input1_offset: input1_zero_point.wrapping_neg(),
            input1: requant(real_input1),
            input2_offset: input2_zero_point.wrapping_neg(),
            input2: requant(real_input2),
            output_offset: output_zero_point,
            output: requant(real_output),
            range: activation_range(fused, output_scale, output_zero_point),
        }
    }

    /// One output from one value of each input.
    #[inline(always)]
    pub fn add(&self, x: i8, y: i8) -> i8 {
        let shifted1 = self
            .input1_offset
            .wrapping_add(i32::from(x))
            .wrapping_mul(1 << self.left_shift);
        let shifted2 = self
            .input2_offset
            .wrapping_add(i32::from(y))
            .wrapping_mul(1 << self.left_shift);
        let raw_sum = self
            .input1
            .apply(shifted1)
            .wrapping_add(self.input2.apply(shifted2));
        self.range
            .clamp(self.output.apply(raw_sum).wrapping_add(self.output_offset))
    }
}

/// `output = a + b` elementwise, `a`, `b` and `output` of the same length.
///
/// # Panics
///
/// If the lengths differ.
pub fn add(p: &Params, a: &[i8], b: &[i8], output: &mut [i8]) {
    assert!(
        a.len() == output.len() && b.len() == output.len(),
        "add lengths"
    );
    for ((y, &x1), &x2) in output.iter_mut().zip(a).zip(b) {
        *y = p.add(x1, x2);
    }
}

/// `output = a + b` with broadcasting: each axis of `a_shape` and
/// `b_shape` is `output_shape`'s or 1 (TFLite's shapes extended to 4-D).
///
/// # Panics
///
/// If a length disagrees with its shape or the shapes do not broadcast.
pub fn add_broadcast(
    p: &Params,
    a: &[i8],
    a_shape: [usize; 4],
    b: &[i8],
    b_shape: [usize; 4],
    output: &mut [i8],
    output_shape: [usize; 4],
) {
    assert!(a.len() == broadcast::len(a_shape) && b.len() == broadcast::len(b_shape));
    assert_eq!(
        output.len(),
        broadcast::len(output_shape),
        "add output length"
    );
    broadcast::each(a_shape, b_shape, output_shape, |i, j, k| {
        output[k] = p.add(a[i], b[j])
    });
}
