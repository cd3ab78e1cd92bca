//! RELU, RELU6 and LEAKY_RELU as TFLM runs them on int8: RELU requantises
//! to the output's scale and clamps at its zero; RELU6 clamps on the
//! input's scale (TFLM ignores the output's); LEAKY_RELU requantises the
//! negative side by `alpha` and the positive side by one.

use super::requant::{requant, Range, Requant};

/// RELU's fixed parameters (TFLM's `ReluOpData`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Relu {
    /// The input's zero point.
    pub input_zero_point: i32,
    /// The output's zero point.
    pub output_zero_point: i32,
    /// `input_scale / output_scale` (the division in `f32`).
    pub output: Requant,
    /// The output's zero up to 127.
    pub range: Range,
}

impl Relu {
    /// TFLM's `CalculateReluOpData<int8_t>`.
    pub fn new(
        input_scale: f32,
        input_zero_point: i32,
        output_scale: f32,
        output_zero_point: i32,
    ) -> Relu {
        let zero = output_zero_point.wrapping_add(libm::roundf(0.0 / output_scale) as i32);
        Relu {
            input_zero_point,
            output_zero_point,
            output: requant(f64::from(input_scale / output_scale)),
            range: Range {
                min: i32::from(i8::MIN).max(zero),
                max: i32::from(i8::MAX),
            },
        }
    }
}

/// RELU of each value of `input` into `output` (TFLM's `ReluQuantized`).
///
/// # Panics
///
/// If the lengths differ.
pub fn relu(p: &Relu, input: &[i8], output: &mut [i8]) {
    assert_eq!(input.len(), output.len(), "relu lengths");
    for (y, &x) in output.iter_mut().zip(input) {
        let v = p.output_zero_point.wrapping_add(
            p.output
                .apply(i32::from(x).wrapping_sub(p.input_zero_point)),
        );
        *y = p.range.clamp(v);
    }
}

/// RELU6's bounds on the input's scale (TFLM's `Relu6OpData`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Relu6 {
    /// The input's zero point.
    pub zero: i8,
    /// 6 on the input's scale, clamped to int8.
    pub six: i8,
}

impl Relu6 {
    /// TFLM's `Relu6Prepare`: `FloatToQuantizedType<int8_t>(6, scale,
    /// zero_point)`.
    pub fn new(input_scale: f32, input_zero_point: i32) -> Relu6 {
        let six = (libm::roundf(6.0 / input_scale) + input_zero_point as f32) as i32;
        Relu6 {
            zero: input_zero_point as i8,
            six: six.clamp(i32::from(i8::MIN), i32::from(i8::MAX)) as i8,
        }
    }
}

/// RELU6 of each value (TFLM's `Relu6Quantized`).
///
/// # Panics
///
/// If the lengths differ.
pub fn relu6(p: &Relu6, input: &[i8], output: &mut [i8]) {
    assert_eq!(input.len(), output.len(), "relu6 lengths");
    for (y, &x) in output.iter_mut().zip(input) {
        *y = if x > p.six {
            p.six
        } else if x < p.zero {
            p.zero
        } else {
            x
        };
    }
}

/// LEAKY_RELU's fixed parameters (TFLM's `LeakyReluOpData`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct LeakyRelu {
    /// The input's zero point.
    pub input_zero_point: i32,
    /// The output's zero point.
    pub output_zero_point: i32,
    /// `input_scale * alpha / output_scale` (in `f32`), possibly negative.
    pub alpha: Requant,
    /// `input_scale / output_scale` (in `f32`).
    pub identity: Requant,
}

impl LeakyRelu {
    /// TFLM's `CalculateOpDataLeakyRelu`.
    pub fn new(
        input_scale: f32,
        input_zero_point: i32,
        output_scale: f32,
        output_zero_point: i32,
        alpha: f32,
    ) -> LeakyRelu {
        LeakyRelu {
            input_zero_point,
            output_zero_point,
            alpha: requant(f64::from(input_scale * alpha / output_scale)),
            identity: requant(f64::from(input_scale / output_scale)),
        }
    }
}

/// LEAKY_RELU of each value (TFLite's `QuantizeLeakyRelu`).
///
/// # Panics
///
/// If the lengths differ.
pub fn leaky_relu(p: &LeakyRelu, input: &[i8], output: &mut [i8]) {
    assert_eq!(input.len(), output.len(), "leaky relu lengths");
    let negative = p.alpha.multiplier < 0;
    let alpha = Requant {
        multiplier: p.alpha.multiplier.wrapping_abs(),
        shift: p.alpha.shift,
    };
    for (y, &x) in output.iter_mut().zip(input) {
        let v = i32::from(x).wrapping_sub(p.input_zero_point);
        let scaled = if v >= 0 {
            p.identity.apply(v)
        } else {
            let s = alpha.apply(v);
            if negative {
                s.wrapping_neg()
            } else {
                s
            }
        };
        *y = Range::INT8.clamp(p.output_zero_point.wrapping_add(scaled));
    }
}
