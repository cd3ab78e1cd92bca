//! TFLM's arithmetic primitives (`cnn_run::quant`) against sources that are
//! not the code under test: TFLM's own unit-test values
//! (`tensorflow/lite/micro/kernels/quantization_util_test.cc`), gemmlowp's
//! accuracy tests of its fixed-point functions (`test/test_fixedpoint.cc`:
//! the same `f64` references and tolerances) and `i128`/`f64` brute force
//! of the rounding definitions on many values.

use cnn_run::quant::{self, fixed, Fused, Range, Requant};

/// A fixed-seed xorshift generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn i32(&mut self) -> i32 {
        self.next() as i32
    }
}

/// The standard library's `std::mt19937`, for gemmlowp's test values.
struct Mt19937 {
    state: [u32; 624],
    index: usize,
}

impl Mt19937 {
    fn new(seed: u32) -> Mt19937 {
        let mut state = [0u32; 624];
        state[0] = seed;
        for i in 1..624 {
            state[i] = 1812433253u32
                .wrapping_mul(state[i - 1] ^ (state[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        Mt19937 { state, index: 624 }
    }

    fn next(&mut self) -> u32 {
        if self.index >= 624 {
            for i in 0..624 {
                let y = (self.state[i] & 0x8000_0000) | (self.state[(i + 1) % 624] & 0x7fff_ffff);
                let mut v = self.state[(i + 397) % 624] ^ (y >> 1);
                if y & 1 != 0 {
                    v ^= 0x9908_b0df;
                }
                self.state[i] = v;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }
}

/// gemmlowp's `MakeTestVals` for `int32`: powers of two and their
/// neighbours, the extremes, and 1000 values of a default-seeded
/// `std::mt19937` through `uniform_int_distribution` over all of `int32`
/// (libstdc++ adds the range's minimum to the raw draw).
fn test_values() -> Vec<i32> {
    let mut values = Vec::new();
    for i in 0..31 {
        let p = 1i32 << i;
        values.extend([
            p - 2,
            p - 1,
            p,
            p + 1,
            p + 2,
            -p - 2,
            -p - 1,
            -p,
            -p + 1,
            -p + 2,
        ]);
    }
    values.extend([
        i32::MIN,
        i32::MIN + 1,
        i32::MIN + 2,
        i32::MAX - 2,
        i32::MAX - 1,
        i32::MAX,
    ]);
    let mut mt = Mt19937::new(5489);
    for _ in 0..1000 {
        values.push(mt.next().wrapping_add(0x8000_0000) as i32);
    }
    values.sort();
    values
}

/// Many more values for the exact (brute-force) checks.
fn many_values() -> Vec<i32> {
    let mut values = test_values();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..20_000 {
        let v = rng.i32();
        values.push(v);
        values.push(v >> (rng.next() % 31));
    }
    values
}

#[test]
fn quantize_multiplier_array_matches_tflm_unit_test() {
    // quantization_util_test.cc, QuantizeMultiplierArray.
    let weights = [
        -4.0, -2.0, -1.0, -0.5, -0.25, -0.125, 0.0, 0.125, 0.25, 0.5, 1.0, 2.0, 4.0,
    ];
    let significands = [
        -1073741824,
        -1073741824,
        -1073741824,
        -1073741824,
        -1073741824,
        -1073741824,
        0,
        1073741824,
        1073741824,
        1073741824,
        1073741824,
        1073741824,
        1073741824,
    ];
    let shifts = [3, 2, 1, 0, -1, -2, 0, -2, -1, 0, 1, 2, 3];
    for ((&w, &m), &s) in weights.iter().zip(&significands).zip(&shifts) {
        assert_eq!(
            quant::requant(w),
            Requant {
                multiplier: m,
                shift: s
            },
            "scale {w}"
        );
    }
}

#[test]
fn preprocess_softmax_scaling_matches_tflm_unit_test() {
    let r = quant::softmax::preprocess_scaling(1.0, 16.0, 4);
    assert_eq!((r.multiplier, r.shift), (2147483647, 31));
    let r = quant::softmax::preprocess_scaling(1.0, 8.0, 4);
    assert_eq!((r.multiplier, r.shift), (1073741824, 31));
    let r = quant::softmax::preprocess_scaling(2.0, 16.0, 5);
    assert_eq!((r.multiplier, r.shift), (2147483647, 31));
    let r = quant::softmax::preprocess_scaling(2.0, 8.0, 5);
    assert_eq!((r.multiplier, r.shift), (1073741824, 31));
}

#[test]
fn input_radius_matches_tflm_unit_test() {
    assert_eq!(quant::input_radius(4, 27, 31), 15);
    assert_eq!(quant::input_radius(3, 27, 31), 14);
    assert_eq!(quant::input_radius(3, 28, 31), 7);
    assert_eq!(quant::input_radius(4, 2, 31), 503316480);
}

#[test]
fn requant_is_the_nearest_31_bit_significand() {
    // An f64 scale s is m * 2^(shift - 31) with m in [2^30, 2^31), m the
    // nearest integer to s * 2^(31 - shift) (ties away from zero), where
    // 2^(shift - 1) <= s < 2^shift; within 2^-31 of 2^shift it rounds up
    // to m = 2^30 with shift + 1.
    let mut rng = Rng(7);
    for _ in 0..200_000 {
        let mantissa = 1.0 + (rng.next() >> 11) as f64 / (1u64 << 53) as f64;
        let exponent = (rng.next() % 50) as i32 - 30;
        let scale = mantissa * 2f64.powi(exponent);
        let r = quant::requant(scale);
        assert!(
            (1 << 30..=i32::MAX).contains(&r.multiplier),
            "{scale}: {r:?}"
        );
        // The exact value of m / 2^31 * 2^shift against the scale, in
        // units of the significand's last place, via i128 fixed point
        // with 64 more fractional bits.
        let exact = |x: f64, shift: i32| -> i128 {
            // x * 2^(31 - shift + 64), exact: x has 53 significant bits.
            let bits = x.to_bits();
            let e = ((bits >> 52) & 0x7ff) as i32 - 1075;
            let m = ((bits & ((1 << 52) - 1)) | (1 << 52)) as i128;
            let total = e + 31 - shift + 64;
            if total >= 0 {
                m << total
            } else {
                m >> -total
            }
        };
        let target = exact(scale, r.shift);
        let got = (r.multiplier as i128) << 64;
        let diff = (target - got).abs();
        assert!(diff <= 1i128 << 63, "{scale}: {r:?} is {diff} off");
        if diff == 1i128 << 63 {
            // A tie rounds away from zero: the scale sits below.
            assert!(target < got, "{scale}: tie not rounded away from zero");
        }
    }
}

#[test]
fn tiny_scales_flush_to_zero() {
    // Below 2^-32 the shift would pass -31: TFLite flushes to zero.
    assert_eq!(
        quant::requant(2f64.powi(-33)),
        Requant {
            multiplier: 0,
            shift: 0
        }
    );
    assert_eq!(
        quant::requant(2f64.powi(-32)),
        Requant {
            multiplier: 1 << 30,
            shift: -31
        }
    );
}

#[test]
fn doubling_high_mul_is_arms_sqrdmulh() {
    // SQRDMULH: sat((2ab + 2^31) >> 32), computed in i128.
    let values = many_values();
    let mut rng = Rng(3);
    for _ in 0..400_000 {
        let a = values[(rng.next() % values.len() as u64) as usize];
        let b = values[(rng.next() % values.len() as u64) as usize];
        let exact = (2 * a as i128 * b as i128 + (1i128 << 31)) >> 32;
        let expected = exact.clamp(i32::MIN as i128, i32::MAX as i128) as i32;
        assert_eq!(fixed::doubling_high_mul(a, b), expected, "{a} * {b}");
    }
}

#[test]
fn rounding_divide_by_pot_rounds_half_away_from_zero() {
    // gemmlowp's RoundingDivideByPOTOp reference: std::round(x / 2^e).
    for x in many_values() {
        for exponent in 0..=31 {
            let expected = (x as f64 / 2f64.powi(exponent)).round() as i32;
            assert_eq!(
                fixed::rounding_divide_by_pot(x, exponent),
                expected,
                "{x} / 2^{exponent}"
            );
        }
    }
}

#[test]
fn saturating_rounding_multiply_by_pot_matches_gemmlowp_reference() {
    for x in many_values() {
        for exponent in -31..=30 {
            let d = (x as f64 * 2f64.powi(exponent)).clamp(i32::MIN as f64, i32::MAX as f64);
            let expected = d.round() as i32;
            assert_eq!(
                fixed::saturating_rounding_multiply_by_pot(x, exponent),
                expected,
                "{x} * 2^{exponent}"
            );
        }
    }
}

#[test]
fn multiply_by_quantized_multiplier_rounds_twice() {
    // TFLM's double rounding: round-half-up of x * 2^left * m / 2^31, then
    // round-half-away of that over 2^right, each from exact i128 values.
    let mut rng = Rng(11);
    for _ in 0..400_000 {
        let x = (rng.i32() >> (rng.next() % 31)) as i64;
        let m = (1i64 << 30) + (rng.next() % (1 << 30)) as i64;
        let shift = (rng.next() % 40) as i32 - 31;
        let left = shift.max(0);
        let right = (-shift).max(0);
        let shifted = x << left;
        if shifted > i32::MAX as i64 || shifted < i32::MIN as i64 {
            continue;
        }
        let high = (2 * shifted as i128 * m as i128 + (1i128 << 31)) >> 32;
        let high = high as i64;
        let q = high.abs();
        let half = if right == 0 { 0 } else { 1i64 << (right - 1) };
        let rounded = if right == 0 { q } else { (q + half) >> right };
        let expected = if high < 0 { -rounded } else { rounded };
        let got = quant::multiply_by_quantized_multiplier(x as i32, m as i32, shift);
        assert_eq!(got as i64, expected, "{x} * {m} * 2^{shift}");
    }
}

/// gemmlowp's `FromDouble` of a result with no integer bits.
fn q0(value: f64) -> i64 {
    (value * 2f64.powi(31))
        .round()
        .clamp(i32::MIN as f64, i32::MAX as f64) as i64
}

#[test]
fn exp_on_negative_values_within_gemmlowps_tolerance() {
    for integer_bits in [0, 1, 2, 3, 4, 5, 6] {
        for x in test_values() {
            let x = x.min(0);
            let real = x as f64 / 2f64.powi(31 - integer_bits);
            let got = fixed::exp_on_negative_values(x, integer_bits) as i64;
            let diff = (got - q0(real.exp())).abs();
            assert!(
                diff <= 500,
                "exp({real}) with {integer_bits} bits: {diff} raw off"
            );
        }
    }
}

#[test]
fn one_over_one_plus_x_within_gemmlowps_tolerance() {
    for x in test_values() {
        let x = x.max(0);
        let real = x as f64 / 2f64.powi(31);
        let got = fixed::one_over_one_plus_x_for_x_in_0_1(x) as i64;
        let diff = (got - q0(1.0 / (1.0 + real))).abs();
        assert!(diff <= 6, "1/(1+{real}): {diff} raw off");
    }
}

#[test]
fn logistic_and_tanh_within_gemmlowps_tolerance() {
    for integer_bits in [0, 1, 2, 3, 4, 5] {
        for x in test_values() {
            let real = x as f64 / 2f64.powi(31 - integer_bits);
            let logistic = fixed::logistic(x, integer_bits) as i64;
            let diff = (logistic - q0(1.0 / (1.0 + (-real).exp()))).abs();
            assert!(
                diff <= 155,
                "logistic({real}) with {integer_bits} bits: {diff} raw off"
            );
            let tanh = fixed::tanh(x, integer_bits) as i64;
            let diff = (tanh - q0(real.tanh())).abs();
            assert!(
                diff <= 310,
                "tanh({real}) with {integer_bits} bits: {diff} raw off"
            );
        }
    }
}

#[test]
fn activation_ranges_quantize_the_bounds() {
    // zero point -128, scale 6/255: relu6's bounds are -128 and
    // -128 + round(6 / (6/255)) = 127.
    assert_eq!(
        quant::activation_range(Fused::Relu6, 6.0 / 255.0, -128),
        Range {
            min: -128,
            max: 127
        }
    );
    assert_eq!(
        quant::activation_range(Fused::Relu, 0.1, -3),
        Range { min: -3, max: 127 }
    );
    // -1 and 1 at scale 0.25 around 10: 6 and 14.
    assert_eq!(
        quant::activation_range(Fused::ReluN1To1, 0.25, 10),
        Range { min: 6, max: 14 }
    );
    assert_eq!(quant::activation_range(Fused::None, 0.25, 10), Range::INT8);
    // 6 / 0.01 = 600 is past int8: clamped to 127.
    assert_eq!(
        quant::activation_range(Fused::Relu6, 0.01, 0),
        Range { min: 0, max: 127 }
    );
}
