//! The activations on sixteen lanes of AVX-512, for kernels that apply
//! them to sums still in registers. ReLU, ReLU6 and the hard ones are
//! `elementwise`'s scalar definitions done in the same order with the
//! same roundings (an ordered compare where the scalar code compares), so
//! they give the same bits, NaN and -0 included. SiLU and the sigmoid
//! use fused multiply-adds, a table of powers of two in a register and a
//! refined reciprocal estimate instead of a division: within 4 ulp of the
//! scalar ones (tested); the division's removal took 0.4 ms of
//! EfficientNet-B0's 8.5 ms on one thread, the table 0.4 of its 5.2.

use cnn_core::Activation;
use core::arch::x86_64::{
    __m512, __mmask16, _mm512_add_ps, _mm512_castps_si512, _mm512_cmp_ps_mask, _mm512_div_ps,
    _mm512_fmadd_ps, _mm512_fnmadd_ps, _mm512_fnmsub_ps, _mm512_loadu_ps, _mm512_mask_mov_ps,
    _mm512_mask_storeu_ps, _mm512_maskz_loadu_ps, _mm512_maskz_mov_ps, _mm512_max_ps,
    _mm512_min_ps, _mm512_mul_ps, _mm512_permutexvar_ps, _mm512_rcp14_ps, _mm512_scalef_ps,
    _mm512_set1_ps, _mm512_setzero_ps, _mm512_storeu_ps, _mm512_sub_ps, _CMP_GT_OQ, _CMP_LT_OQ,
    _CMP_NLE_UQ,
};

/// Applies `activation` to every value, sixteen at a time (the last few
/// masked), with the activation's code fixed in the loop; `false`, having
/// done nothing, for one the vector forms do not take. Written out
/// because the compiler's vectorisation of the scalar SiLU ran at a third
/// of this speed (EfficientNet-B0's depthwise lines).
///
/// # Safety
///
/// The CPU has AVX-512F.
#[target_feature(enable = "avx512f")]
pub(crate) unsafe fn slice(activation: Option<Activation>, values: &mut [f32]) -> bool {
    match activation {
        None => {}
        Some(Activation::Relu) => each(values, |x| relu(x)),
        Some(Activation::Relu6) => each(values, |x| relu6(x)),
        Some(Activation::Silu) => each(values, |x| silu(x)),
        Some(Activation::Sigmoid) => each(values, |x| sigmoid(x)),
        Some(Activation::HardSigmoid) => each(values, |x| hard_sigmoid(x)),
        Some(Activation::HardSwish) => each(values, |x| hard_swish(x)),
        Some(
            Activation::LeakyRelu
            | Activation::Elu
            | Activation::Gelu
            | Activation::GeluTanh
            | Activation::Tanh
            | Activation::Softmax
            | Activation::LogSoftmax,
        ) => return false,
    }
    true
}

/// `$body` with `$f` bound to `$activation`'s vector form (the identity
/// for none, and for the activations without one, which the callers'
/// checks keep out: `gemm::End::takes`). One arm per activation, so that
/// the loop `$body` runs has its activation fixed in it: with the choice
/// (or a call) inside the loop, the product's accumulators lived on the
/// stack, at half the speed. The products' store, Winograd's output
/// transform and the depthwise rows take their activation through it.
macro_rules! with_vector_form {
    ($activation:expr, $f:ident => $body:expr) => {{
        use cnn_core::Activation as A;
        use $crate::activate512 as v;
        match $activation {
            Some(A::Relu) => {
                let $f = |x| v::relu(x);
                $body
            }
            Some(A::Relu6) => {
                let $f = |x| v::relu6(x);
                $body
            }
            Some(A::Silu) => {
                let $f = |x| v::silu(x);
                $body
            }
            Some(A::Sigmoid) => {
                let $f = |x| v::sigmoid(x);
                $body
            }
            Some(A::HardSigmoid) => {
                let $f = |x| v::hard_sigmoid(x);
                $body
            }
            Some(A::HardSwish) => {
                let $f = |x| v::hard_swish(x);
                $body
            }
            None
            | Some(
                A::LeakyRelu
                | A::Elu
                | A::Gelu
                | A::GeluTanh
                | A::Tanh
                | A::Softmax
                | A::LogSoftmax,
            ) => {
                let $f = |x| x;
                $body
            }
        }
    }};
}
pub(crate) use with_vector_form;

/// `f` over `values` in vectors of sixteen, the tail masked.
#[inline]
#[target_feature(enable = "avx512f")]
fn each(values: &mut [f32], f: impl Fn(__m512) -> __m512) {
    let mut chunks = values.chunks_exact_mut(16);
    for chunk in &mut chunks {
        // SAFETY: `chunk` has 16 values.
        unsafe {
            let x = _mm512_loadu_ps(chunk.as_ptr());
            _mm512_storeu_ps(chunk.as_mut_ptr(), f(x));
        }
    }
    let tail = chunks.into_remainder();
    let mask: __mmask16 = (1u16 << tail.len()).wrapping_sub(1);
    // SAFETY: the mask covers `tail.len()` < 16 lanes, all inside `tail`.
    unsafe {
        let x = _mm512_maskz_loadu_ps(mask, tail.as_ptr());
        _mm512_mask_storeu_ps(tail.as_mut_ptr(), mask, f(x));
    }
}

/// `x` where `x > 0` or NaN (not `x <= 0`, unordered), else +0.
#[inline]
#[target_feature(enable = "avx512f")]
pub(crate) fn relu(x: __m512) -> __m512 {
    _mm512_maskz_mov_ps(_mm512_cmp_ps_mask::<_CMP_NLE_UQ>(x, _mm512_setzero_ps()), x)
}

/// `min(max(x, 0), 6)`, NaN passing.
#[inline]
#[target_feature(enable = "avx512f")]
pub(crate) fn relu6(x: __m512) -> __m512 {
    clamp(x, 0.0, 6.0)
}

/// `relu6(x + 3) / 6`.
#[inline]
#[target_feature(enable = "avx512f")]
pub(crate) fn hard_sigmoid(x: __m512) -> __m512 {
    _mm512_div_ps(
        relu6(_mm512_add_ps(x, _mm512_set1_ps(3.0))),
        _mm512_set1_ps(6.0),
    )
}

/// `x * relu6(x + 3) / 6`.
#[inline]
#[target_feature(enable = "avx512f")]
pub(crate) fn hard_swish(x: __m512) -> __m512 {
    _mm512_div_ps(
        _mm512_mul_ps(x, relu6(_mm512_add_ps(x, _mm512_set1_ps(3.0)))),
        _mm512_set1_ps(6.0),
    )
}

/// `1 / (1 + exp(-x))`.
#[inline]
#[target_feature(enable = "avx512f")]
pub(crate) fn sigmoid(x: __m512) -> __m512 {
    reciprocal(one_plus_exp_minus(x))
}

/// `x / (1 + exp(-x))`.
#[inline]
#[target_feature(enable = "avx512f")]
pub(crate) fn silu(x: __m512) -> __m512 {
    _mm512_mul_ps(x, reciprocal(one_plus_exp_minus(x)))
}

/// `1 / d` for `d >= 1` (always so here): the 14-bit estimate and one
/// Newton step, within 2 ulp, at a fraction of a division's cost, which
/// was most of SiLU's (EfficientNet-B0 spends more on SiLU than on any
/// kind of layer but its 1x1 convolutions).
#[inline]
#[target_feature(enable = "avx512f")]
fn reciprocal(d: __m512) -> __m512 {
    let r = _mm512_rcp14_ps(d);
    _mm512_fmadd_ps(_mm512_fnmadd_ps(d, r, _mm512_set1_ps(1.0)), r, r)
}

/// `x` clamped to `[low, high]` as `f32::clamp` does: ordered compares,
/// so NaN passes and -0 stays -0.
#[inline]
#[target_feature(enable = "avx512f")]
fn clamp(x: __m512, low: f32, high: f32) -> __m512 {
    let (low, high) = (_mm512_set1_ps(low), _mm512_set1_ps(high));
    let x = _mm512_mask_mov_ps(x, _mm512_cmp_ps_mask::<_CMP_LT_OQ>(x, low), low);
    _mm512_mask_mov_ps(x, _mm512_cmp_ps_mask::<_CMP_GT_OQ>(x, high), high)
}

/// `2^(j/16)` for `j` in `0..16`, each rounded to the nearest `f32`.
const POWERS: [f32; 16] = [
    1.0,
    1.044_273_7,
    1.090_507_7,
    1.138_788_6,
    1.189_207_1,
    1.241_857_8,
    1.296_839_6,
    1.354_255_6,
    core::f32::consts::SQRT_2,
    1.476_826_2,
    1.542_210_8,
    1.610_490_3,
    1.681_792_9,
    1.756_252_2,
    1.834_008_1,
    1.915_206_6,
];

/// `1 + exp(-x)`, within 2 ulp of `elementwise::exp`'s. `-x = m ln 2 + r`
/// with `m` a multiple of 1/16, so `e^-x = 2^floor(m) 2^frac(m) e^r`: the
/// middle factor from a table of 16 in one register (a permute, not an
/// arithmetic pipe's instruction), `2^floor(m)` by `scalef` (which floors
/// its exponent itself), and `|r| <= ln 2 / 32`, where four terms of
/// `e^r`'s series are within 0.1 ulp. The last multiplication takes the
/// `1 +` with it. Ten instructions on the two FMA pipes, SiLU's bound
/// (every output of EfficientNet-B0's expansions and depthwise steps),
/// where Cephes' seven-term polynomial and its reduction by whole powers
/// of two took thirteen and an addition more. The clamp (of `x` to
/// `[-88, 87]`, so of `-x` to `[-87, 88]` as the scalar code clamps)
/// takes `x` second, which passes NaN as the scalar `clamp` does.
#[inline]
#[target_feature(enable = "avx512f")]
fn one_plus_exp_minus(x: __m512) -> __m512 {
    let x = _mm512_min_ps(
        _mm512_set1_ps(87.0),
        _mm512_max_ps(_mm512_set1_ps(-88.0), x),
    );
    // 1.5 * 2^19: from 2^19 to 2^20 floats are 1/16 apart, so adding it
    // rounds `-x log2(e)` to `m = n / 16`, `n` whole, leaves `n` in the
    // low bits (its own low four are 0), and takes it away exactly.
    let shift = _mm512_set1_ps(786_432.0);
    let k = _mm512_fmadd_ps(x, _mm512_set1_ps(-core::f32::consts::LOG2_E), shift);
    let m = _mm512_sub_ps(k, shift);
    // SAFETY: `POWERS` has 16 values.
    let powers = unsafe { _mm512_loadu_ps(POWERS.as_ptr()) };
    // The low four bits of `n` (two's complement) are `16 frac(m)`.
    let fraction = _mm512_permutexvar_ps(_mm512_castps_si512(k), powers);
    // `r = -x - m ln 2`, ln 2 in two parts: `-(x + m hi) - m lo`.
    let t = _mm512_fmadd_ps(m, _mm512_set1_ps(core::f32::consts::LN_2), x);
    let r = _mm512_fnmsub_ps(m, _mm512_set1_ps(-1.904_654_2e-9), t);
    let one = _mm512_set1_ps(1.0);
    let mut p = _mm512_fmadd_ps(_mm512_set1_ps(1.0 / 6.0), r, _mm512_set1_ps(0.5));
    p = _mm512_fmadd_ps(p, r, one);
    p = _mm512_fmadd_ps(p, r, one);
    // `|m| < 127`, so `2^floor(m)` and the product are normal numbers.
    _mm512_fmadd_ps(_mm512_scalef_ps(fraction, m), p, one)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `activation` of each lane; `x` itself for one the micro-kernel's
    /// `End::takes` refuses. The kernels call each function directly, to
    /// keep the choice out of their loops; this is the test's.
    ///
    /// # Safety
    ///
    /// The CPU has AVX-512F.
    #[inline]
    #[target_feature(enable = "avx512f")]
    unsafe fn apply(activation: Activation, x: __m512) -> __m512 {
        match activation {
            Activation::Relu => relu(x),
            Activation::Relu6 => relu6(x),
            Activation::HardSigmoid => hard_sigmoid(x),
            Activation::HardSwish => hard_swish(x),
            Activation::Sigmoid => sigmoid(x),
            Activation::Silu => silu(x),
            Activation::LeakyRelu
            | Activation::Elu
            | Activation::Gelu
            | Activation::GeluTanh
            | Activation::Tanh
            | Activation::Softmax
            | Activation::LogSoftmax => x,
        }
    }

    /// The table is `2^(j/16)` rounded, by the double-precision `powf`.
    #[test]
    fn powers_are_two_to_the_sixteenths() {
        for (j, &power) in POWERS.iter().enumerate() {
            assert_eq!(power, 2f64.powf(j as f64 / 16.0) as f32, "2^({j}/16)");
        }
    }

    /// Each activation on sixteen lanes gives the scalar definition's bits
    /// on a sweep of values and the special ones (±0, ±inf, NaN, the
    /// clamp's ends and the tiniest).
    #[test]
    fn every_lane_is_the_scalar_definition() {
        if !crate::cpu::avx512() {
            return;
        }
        let mut values: std::vec::Vec<f32> = (-20_000..20_000).map(|i| i as f32 * 0.0071).collect();
        values.extend([
            0.0,
            -0.0,
            f32::INFINITY,
            f32::NEG_INFINITY,
            f32::NAN,
            -87.0,
            88.0,
            -87.5,
            88.5,
            f32::MIN_POSITIVE,
            -f32::MIN_POSITIVE,
            f32::MAX,
            f32::MIN,
            6.0,
            -3.0,
            3.0,
        ]);
        while !values.len().is_multiple_of(16) {
            values.push(1.5);
        }
        for activation in [
            Activation::Relu,
            Activation::Relu6,
            Activation::Silu,
            Activation::Sigmoid,
            Activation::HardSigmoid,
            Activation::HardSwish,
        ] {
            for chunk in values.chunks_exact(16) {
                let mut out = [0.0f32; 16];
                // SAFETY: the CPU has AVX-512F (checked above), and both
                // pointers have 16 values.
                unsafe {
                    let lanes = apply(activation, _mm512_loadu_ps(chunk.as_ptr()));
                    _mm512_storeu_ps(out.as_mut_ptr(), lanes);
                }
                for (&x, &got) in chunk.iter().zip(&out) {
                    let want = crate::elementwise::one(activation, x);
                    // The exponential's get within 4 ulp (fused, and a
                    // reciprocal's estimate refined), the others the bits.
                    let ulps = match activation {
                        Activation::Silu | Activation::Sigmoid => 4,
                        _ => 0,
                    };
                    let near = got.is_finite()
                        && want.is_finite()
                        && (got - want).abs() <= ulps as f32 * f32::EPSILON * want.abs();
                    assert!(
                        got.to_bits() == want.to_bits() || (got.is_nan() && want.is_nan()) || near,
                        "{activation:?}({x}): {got} against the scalar {want}"
                    );
                }
            }
        }
    }
}
