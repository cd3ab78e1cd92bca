//! MUL: TFLM's `reference_integer_ops::MulElementwise` (and its 4-D
//! broadcast): the product of the offset inputs requantised once.

use super::broadcast;
use super::requant::{activation_range, requant, Fused, Range, Requant};

/// The operator's fixed parameters (TFLM's `OpDataMul`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Params {
    /// Minus the first input's zero point.
    pub input1_offset: i32,
    /// Minus the second input's zero point.
    pub input2_offset: i32,
    /// The output's zero point.
    pub output_offset: i32,
    /// `scale1 * scale2 / output_scale`.
    pub output: Requant,
    /// The fused activation's range.
    pub range: Range,
}

impl Params {
    /// TFLM's `CalculateOpDataMul` for int8.
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
        let real = f64::from(input1_scale) * f64::from(input2_scale) / f64::from(output_scale);
        Params {
            input1_offset: input1_zero_point.wrapping_neg(),
            input2_offset: input2_zero_point.wrapping_neg(),
            output_offset: output_zero_point,
            output: requant(real),
            range: activation_range(fused, output_scale, output_zero_point),
        }
    }

    /// One output from one value of each input.
    #[inline(always)]
    pub fn mul(&self, x: i8, y: i8) -> i8 {
        let product = self
            .input1_offset
            .wrapping_add(i32::from(x))
            .wrapping_mul(self.input2_offset.wrapping_add(i32::from(y)));
        self.range
            .clamp(self.output_offset.wrapping_add(self.output.apply(product)))
    }
}

/// `output = a * b` elementwise, all of one length.
///
/// # Panics
///
/// If the lengths differ.
pub fn mul(p: &Params, a: &[i8], b: &[i8], output: &mut [i8]) {
    assert!(
        a.len() == output.len() && b.len() == output.len(),
        "mul lengths"
    );
    for ((y, &x1), &x2) in output.iter_mut().zip(a).zip(b) {
        *y = p.mul(x1, x2);
    }
}

/// `output = a * b` with 4-D broadcasting (as [`super::add::add_broadcast`]).
///
/// # Panics
///
/// If a length disagrees with its shape or the shapes do not broadcast.
pub fn mul_broadcast(
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
        "mul output length"
    );
    broadcast::each(a_shape, b_shape, output_shape, |i, j, k| {
        output[k] = p.mul(a[i], b[j])
    });
}
