//! gemmlowp's fixed-point arithmetic (`fixedpoint/fixedpoint.h`, the
//! scalar `int32` path TFLM is built with), on raw `i32`s. A value with
//! `b` integer bits is `raw / 2^(31 - b)`; the functions take the integer
//! bits of their input where gemmlowp's templates do.
//!
//! gemmlowp's plain additions and subtractions are C `int32` arithmetic
//! whose overflow never happens on the ranges TFLM feeds them; they are
//! wrapping here so that nothing panics in debug builds.

/// `(a * b * 2 + 2^31) >> 32`, saturating the one overflow
/// (`i32::MIN * i32::MIN`): gemmlowp's `SaturatingRoundingDoublingHighMul`,
/// ARM's `SQRDMULH`. Ties round up.
#[inline(always)]
pub fn doubling_high_mul(a: i32, b: i32) -> i32 {
    if a == b && a == i32::MIN {
        return i32::MAX;
    }
    // gemmlowp adds a nudge of 2^30 (or 1 - 2^30 below zero) and divides
    // by 2^31 truncating; both equal flooring ab / 2^31 + 1/2, a shift.
    let ab = i64::from(a) * i64::from(b);
    ((ab + (1 << 30)) >> 31) as i32
}

/// `x / 2^exponent` rounded to nearest, ties away from zero: gemmlowp's
/// `RoundingDivideByPOT` (`exponent` in `0..=31`).
#[inline(always)]
pub fn rounding_divide_by_pot(x: i32, exponent: i32) -> i32 {
    let exponent = exponent.clamp(0, 31);
    let mask = ((1i64 << exponent) - 1) as i32;
    let remainder = x & mask;
    let threshold = (mask >> 1) + i32::from(x < 0);
    (x >> exponent) + i32::from(remainder > threshold)
}

/// `x * 2^exponent`, saturating (`exponent > 0`), or rounded
/// (`exponent < 0`): gemmlowp's `SaturatingRoundingMultiplyByPOT`.
#[inline]
pub fn saturating_rounding_multiply_by_pot(x: i32, exponent: i32) -> i32 {
    match exponent {
        0 => x,
        e if e > 0 => {
            let threshold = (1i32 << (31 - e)) - 1;
            if x > threshold {
                i32::MAX
            } else if x < -threshold {
                i32::MIN
            } else {
                // The wide product of gemmlowp's `ShiftLeft`, clamped.
                (i64::from(x) * (1i64 << e)).clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32
            }
        }
        e => rounding_divide_by_pot(x, -e),
    }
}

/// gemmlowp's `Rescale`: a value with `from` integer bits as one with `to`.
#[inline]
pub fn rescale(x: i32, from: i32, to: i32) -> i32 {
    saturating_rounding_multiply_by_pot(x, from - to)
}

/// `(a + b) / 2` rounded away from zero: gemmlowp's `RoundingHalfSum`.
#[inline]
fn rounding_half_sum(a: i32, b: i32) -> i32 {
    let sum = i64::from(a) + i64::from(b);
    let sign = if sum >= 0 { 1 } else { -1 };
    ((sum + sign) / 2) as i32
}

/// One in a format with no integer bits (its largest value).
pub const ONE_Q0: i32 = i32::MAX;

/// `exp(a)` for `a` in `[-1/4, 0)`, no integer bits in or out: gemmlowp's
/// `exp_on_interval_between_negative_one_quarter_and_0_excl`.
fn exp_on_interval_between_negative_one_quarter_and_0_excl(a: i32) -> i32 {
    const CONSTANT_TERM: i32 = 1895147668; // exp(-1/8)
    const ONE_THIRD: i32 = 715827883;
    let x = a.wrapping_add(1 << 28); // + 1/8
    let x2 = doubling_high_mul(x, x);
    let x3 = doubling_high_mul(x2, x);
    let x4 = doubling_high_mul(x2, x2);
    let x4_over_4 = rounding_divide_by_pot(x4, 2);
    let poly = rounding_divide_by_pot(
        doubling_high_mul(x4_over_4.wrapping_add(x3), ONE_THIRD).wrapping_add(x2),
        1,
    );
    CONSTANT_TERM.wrapping_add(doubling_high_mul(CONSTANT_TERM, x.wrapping_add(poly)))
}

/// `exp(a)` for `a <= 0` with `integer_bits` integer bits, the result with
/// none: gemmlowp's `exp_on_negative_values`.
pub fn exp_on_negative_values(a: i32, integer_bits: i32) -> i32 {
    let fractional_bits = 31 - integer_bits;
    let one_quarter = 1i32 << (fractional_bits - 2);
    let mask = one_quarter - 1;
    let a_mod_quarter_minus_one_quarter = (a & mask).wrapping_sub(one_quarter);
    let mut result = exp_on_interval_between_negative_one_quarter_and_0_excl(rescale(
        a_mod_quarter_minus_one_quarter,
        integer_bits,
        0,
    ));
    let remainder = a_mod_quarter_minus_one_quarter.wrapping_sub(a);
    // exp(-2^k) for k = -2..=4, applied for each bit of the remainder.
    const BARREL: [(i32, i32); 7] = [
        (-2, 1672461947),
        (-1, 1302514674),
        (0, 790015084),
        (1, 290630308),
        (2, 39332535),
        (3, 720401),
        (4, 242),
    ];
    for (exponent, multiplier) in BARREL {
        if integer_bits > exponent {
            let shift = fractional_bits + exponent;
            if remainder & (1i32 << shift) != 0 {
                result = doubling_high_mul(result, multiplier);
            }
        }
    }
    if integer_bits > 5 {
        let clamp = -(1i32 << (36 - integer_bits)); // -32
        if a < clamp {
            result = 0;
        }
    }
    if a == 0 {
        result = ONE_Q0;
    }
    result
}

/// The Newton-Raphson iteration shared by gemmlowp's `1 / (1 + x)` and
/// `(1 - x) / (1 + x)`: `1 / half_denominator` with two integer bits.
fn reciprocal_of_half_denominator(half_denominator: i32) -> i32 {
    const FORTY_EIGHT_OVER_SEVENTEEN: i32 = 1515870810;
    const MINUS_THIRTY_TWO_OVER_SEVENTEEN: i32 = -1010580540;
    const ONE_Q2: i32 = 1 << 29;
    let mut x = FORTY_EIGHT_OVER_SEVENTEEN.wrapping_add(doubling_high_mul(
        half_denominator,
        MINUS_THIRTY_TWO_OVER_SEVENTEEN,
    ));
    for _ in 0..3 {
        let half_denominator_times_x = doubling_high_mul(half_denominator, x);
        let one_minus = ONE_Q2.wrapping_sub(half_denominator_times_x);
        x = x.wrapping_add(rescale(doubling_high_mul(x, one_minus), 4, 2));
    }
    x
}

/// `1 / (1 + a)` for `a` in `[0, 1)`, no integer bits: gemmlowp's
/// `one_over_one_plus_x_for_x_in_0_1`.
pub fn one_over_one_plus_x_for_x_in_0_1(a: i32) -> i32 {
    let x = reciprocal_of_half_denominator(rounding_half_sum(a, ONE_Q0));
    // ExactMulByPot<-1> relabels two integer bits as one.
    rescale(x, 1, 0)
}

/// `(1 - a) / (1 + a)` for `a` in `[0, 1)`, no integer bits: gemmlowp's
/// `one_minus_x_over_one_plus_x_for_x_in_0_1`.
fn one_minus_x_over_one_plus_x_for_x_in_0_1(a: i32) -> i32 {
    let x = reciprocal_of_half_denominator(rounding_half_sum(a, ONE_Q0));
    rescale(x.wrapping_sub(1 << 29), 2, 0)
}

/// The logistic function of `a` (`integer_bits` integer bits), the result
/// with none: gemmlowp's `logistic`.
pub fn logistic(a: i32, integer_bits: i32) -> i32 {
    let positive = a > 0;
    let abs = if positive { a } else { a.wrapping_neg() };
    let result_if_positive =
        one_over_one_plus_x_for_x_in_0_1(exp_on_negative_values(abs.wrapping_neg(), integer_bits));
    if a == 0 {
        1 << 30
    } else if positive {
        result_if_positive
    } else {
        ONE_Q0.wrapping_sub(result_if_positive)
    }
}

/// `tanh(a)` (`integer_bits` integer bits), the result with none:
/// gemmlowp's `tanh`.
pub fn tanh(a: i32, integer_bits: i32) -> i32 {
    let negative = a < 0;
    let n = if negative { a } else { a.wrapping_neg() };
    // neg_tanh_on_negative_values: ExactMulByPot<1> adds an integer bit.
    let t = one_minus_x_over_one_plus_x_for_x_in_0_1(exp_on_negative_values(n, integer_bits + 1));
    if a == 0 {
        0
    } else if negative {
        t.wrapping_neg()
    } else {
        t
    }
}
