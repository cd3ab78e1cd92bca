//! Activations, PReLU, layer scale and softmax, as PyTorch defines them.

use libm::{erff, expf, expm1f, logf, tanhf};

use cnn_core::Activation;

/// One value through `activation` (every one but softmax, which needs
/// its neighbours).
#[inline(always)]
pub(crate) fn one(activation: Activation, x: f32) -> f32 {
    match activation {
        // NaN passes, as in PyTorch.
        Activation::Relu => {
            if x > 0.0 || x.is_nan() {
                x
            } else {
                0.0
            }
        }
        Activation::Relu6 => relu6(x),
        // PyTorch's default `negative_slope`.
        Activation::LeakyRelu => {
            if x > 0.0 {
                x
            } else {
                x * 0.01
            }
        }
        // alpha = 1: `x` if positive, else `exp(x) - 1`.
        Activation::Elu => {
            if x > 0.0 {
                x
            } else {
                expm1f(x)
            }
        }
        // Exact: `x * Φ(x) = x / 2 * (1 + erf(x / √2))`.
        Activation::Gelu => 0.5 * x * (1.0 + erff(x * core::f32::consts::FRAC_1_SQRT_2)),
        // `x / 2 * (1 + tanh(√(2/π) * (x + 0.044715 * x³)))`, PyTorch's
        // `approximate='tanh'`.
        Activation::GeluTanh => {
            let inner = 0.797_884_6 * (x + 0.044_715 * x * x * x);
            0.5 * x * (1.0 + tanhf(inner))
        }
        Activation::Silu => silu(x),
        Activation::Sigmoid => sigmoid(x),
        // `relu6(x + 3) / 6`.
        Activation::HardSigmoid => relu6(x + 3.0) / 6.0,
        // `x * relu6(x + 3) / 6`.
        Activation::HardSwish => x * relu6(x + 3.0) / 6.0,
        Activation::Tanh => tanhf(x),
        // Not reached: the caller runs `softmax` and `logsoftmax` on whole
        // rows.
        Activation::Softmax | Activation::LogSoftmax => x,
    }
}

/// `min(max(x, 0), 6)`.
#[inline(always)]
fn relu6(x: f32) -> f32 {
    if x.is_nan() {
        x
    } else {
        x.clamp(0.0, 6.0)
    }
}

/// `1 / (1 + exp(-x))`, through [`exp`].
#[inline(always)]
fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + exp(-x))
}

/// `x * sigmoid(x)` as `x / (1 + exp(-x))`.
#[inline(always)]
fn silu(x: f32) -> f32 {
    x / (1.0 + exp(-x))
}

/// `e^x` within about 2 ulp (Cephes' `expf`: `x = n ln 2 + r`, a
/// polynomial in `r`, times `2^n` built from its bits), with no branch
/// and no call, so that a loop of it vectorises: libm's `expf`, a call per
/// value, made SiLU the slowest part of EfficientNet-B0 (a sixth of it).
/// `x` is first clamped to `[-87, 88]`, where `2^n` is a normal number:
/// below, `e^x` is under `1.7e-38` and gives a sigmoid of about that
/// instead of 0. NaN stays NaN.
#[inline(always)]
fn exp(x: f32) -> f32 {
    // `clamp` passes NaN through.
    let x = x.clamp(-87.0, 88.0);
    // Round to nearest by the float adder: 1.5 * 2^23 leaves no fraction.
    const ROUND: f32 = 12_582_912.0;
    let n = (x * core::f32::consts::LOG2_E + ROUND) - ROUND;
    // ln 2 in two parts, the first exact in few bits, for an exact `r`.
    let r = x - n * 0.693_359_4 - n * -2.121_944_4e-4;
    let mut p = 1.987_569_1e-4;
    p = p * r + 1.398_199_9e-3;
    p = p * r + 8.333_452e-3;
    p = p * r + 4.166_579_6e-2;
    p = p * r + 0.166_666_65;
    p = p * r + 0.5;
    let y = p * r * r + r + 1.0;
    // `n` is in [-126, 127] (NaN casts to 0): a normal power of two.
    let scale = f32::from_bits((((n as i32) + 127) as u32) << 23);
    y * scale
}

/// Applies an element-wise activation in place, at the widest vectors
/// this CPU has (`cpu::kernel`): compiled for the baseline x86-64, SiLU's
/// `exp` ran four lanes at a time on a machine with sixteen.
#[inline]
pub(crate) fn activate(activation: Activation, values: &mut [f32]) {
    #[cfg(target_arch = "x86_64")]
    {
        if crate::cpu::avx512() {
            // SAFETY: the CPU has AVX-512F.
            unsafe { activate_avx512(activation, values) };
            return;
        }
        if crate::cpu::avx2_fma() {
            // SAFETY: the CPU has AVX2 and FMA.
            unsafe { activate_avx2(activation, values) };
            return;
        }
    }
    activate_inline(activation, values);
}

/// [`activate_inline`] compiled for AVX-512.
///
/// # Safety
///
/// The CPU has AVX-512F.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
unsafe fn activate_avx512(activation: Activation, values: &mut [f32]) {
    activate_inline(activation, values);
}

/// [`activate_inline`] compiled for AVX2 and FMA.
///
/// # Safety
///
/// The CPU has AVX2 and FMA.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn activate_avx2(activation: Activation, values: &mut [f32]) {
    activate_inline(activation, values);
}

/// `leakyrelu slope A`: PyTorch's `LeakyReLU(negative_slope=A)`.
pub(crate) fn leaky_relu(values: &mut [f32], slope: f32) {
    for value in values.iter_mut() {
        if *value <= 0.0 {
            *value *= slope;
        }
    }
}

/// [`activate`] inlined into its caller, at the caller's width: for
/// kernels already compiled for AVX2 or AVX-512 (a store, a depthwise
/// line), which would otherwise ask the CPU again for every row. The
/// cheap ones get a loop of their own, which the compiler vectorises;
/// with the choice inside the loop it does not (ReLU6 on 112x112x96:
/// 1.3 ms). No FMA contraction here: every width gives the same bits.
///
/// On AVX-512, the vector forms of `activate512` where they exist: the
/// compiler's vectorisation of the scalar SiLU ran at a third of their
/// speed (EfficientNet-B0's stem and depthwise lines). Those give the
/// scalar bits but for SiLU and the sigmoid, within 4 ulp of them.
#[inline(always)]
pub(crate) fn activate_inline(activation: Activation, values: &mut [f32]) {
    // SAFETY: `avx512` says the CPU has AVX-512F.
    #[cfg(target_arch = "x86_64")]
    if crate::cpu::avx512() && unsafe { crate::activate512::slice(Some(activation), values) } {
        return;
    }
    // A `for` loop, not `for_each`: the compiler kept `for_each` out of
    // line, compiled for the baseline x86-64 (`bench/count.sh`).
    #[inline(always)]
    fn each(values: &mut [f32], f: impl Fn(f32) -> f32) {
        for value in values.iter_mut() {
            *value = f(*value);
        }
    }
    match activation {
        Activation::Relu => each(values, |x| one(Activation::Relu, x)),
        Activation::Relu6 => each(values, relu6),
        Activation::LeakyRelu => each(values, |x| one(Activation::LeakyRelu, x)),
        Activation::HardSigmoid => each(values, |x| one(Activation::HardSigmoid, x)),
        Activation::HardSwish => each(values, |x| one(Activation::HardSwish, x)),
        Activation::Silu => each(values, silu),
        Activation::Sigmoid => each(values, sigmoid),
        Activation::Elu
        | Activation::Gelu
        | Activation::GeluTanh
        | Activation::Tanh
        | Activation::Softmax
        | Activation::LogSoftmax => {
            for value in values {
                *value = one(activation, *value);
            }
        }
    }
}

/// Softmax in place over each run of `width` values (the channels of one
/// position, or a whole vector), shifted by the run's max as PyTorch does.
pub(crate) fn softmax(values: &mut [f32], width: usize) {
    if width == 0 {
        return;
    }
    for run in values.chunks_exact_mut(width) {
        let top = run.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let mut sum = 0.0;
        for value in run.iter_mut() {
            *value = expf(*value - top);
            sum += *value;
        }
        for value in run.iter_mut() {
            *value /= sum;
        }
    }
}

/// Log-softmax in place over each run of `width` values, as PyTorch
/// computes it: `x - max - log(sum(exp(x - max)))`, which stays finite
/// where the softmax underflows to 0.
pub(crate) fn log_softmax(values: &mut [f32], width: usize) {
    if width == 0 {
        return;
    }
    for run in values.chunks_exact_mut(width) {
        let top = run.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let sum: f32 = run.iter().map(|value| expf(*value - top)).sum();
        let shift = top + logf(sum);
        for value in run.iter_mut() {
            *value -= shift;
        }
    }
}

/// PReLU with one slope per channel, in place: `x` if positive, else
/// `slope * x`.
pub(crate) fn prelu(channels: usize, values: &mut [f32], slopes: &[f32]) {
    for position in values.chunks_exact_mut(channels) {
        for (value, &slope) in position.iter_mut().zip(slopes) {
            if *value <= 0.0 {
                *value *= slope;
            }
        }
    }
}

/// Layer scale, in place: each channel times its multiplier.
pub(crate) fn scale(channels: usize, values: &mut [f32], gammas: &[f32]) {
    for position in values.chunks_exact_mut(channels) {
        for (value, &gamma) in position.iter_mut().zip(gammas) {
            *value *= gamma;
        }
    }
}

/// timm's `LearnableAffineBlock`, in place: `scale * x + bias`, one scale
/// and one bias for every value.
pub(crate) fn affine(values: &mut [f32], weights: &[f32]) {
    let (scale, bias) = match weights {
        [scale, bias] => (*scale, *bias),
        _ => return,
    };
    for value in values.iter_mut() {
        *value = scale * *value + bias;
    }
}

/// ECA's convolution across channels (timm's `EcaModule`: `Conv1d(1, 1,
/// K, padding=(K-1)/2, bias=False)` over each position's channels), in
/// place: `y[c] = sum_j w[j] * x[c + j - (K-1)/2]`, zero outside the
/// channels. Each position's input is copied to `scratch` (one value per
/// channel) first, as its outputs overwrite it.
pub(crate) fn eca(channels: usize, values: &mut [f32], kernel: &[f32], scratch: &mut [f32]) {
    let Some(input) = scratch.get_mut(..channels) else {
        return;
    };
    let half = kernel.len() / 2;
    for position in values.chunks_exact_mut(channels) {
        input.copy_from_slice(position);
        for (c, value) in position.iter_mut().enumerate() {
            // Taps j with 0 <= c + j - half < channels.
            let first = half.saturating_sub(c);
            let last = kernel.len().min(channels + half - c);
            let mut sum = 0.0f32;
            for j in first..last {
                sum += kernel[j] * input[c + j - half];
            }
            *value = sum;
        }
    }
}

/// Multiplies each position's `gate.len()` channels by the gate, channel
/// by channel (squeeze-and-excitation's scale), at the widest vectors this
/// CPU has: compiled for the baseline x86-64 it ran four lanes at a time,
/// 0.16 ms of EfficientNet-B0's prepared pass on one thread.
pub(crate) fn scale_channels(values: &mut [f32], gate: &[f32]) {
    #[cfg(target_arch = "x86_64")]
    {
        if crate::cpu::avx512() {
            // SAFETY: the CPU has AVX-512F.
            unsafe { scale_channels_avx512(values, gate) };
            return;
        }
        if crate::cpu::avx2_fma() {
            // SAFETY: the CPU has AVX2 and FMA.
            unsafe { scale_channels_avx2(values, gate) };
            return;
        }
    }
    scale_channels_inline(values, gate);
}

/// [`scale_channels_inline`] compiled for AVX-512.
///
/// # Safety
///
/// The CPU has AVX-512F.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
unsafe fn scale_channels_avx512(values: &mut [f32], gate: &[f32]) {
    scale_channels_inline(values, gate);
}

/// [`scale_channels_inline`] compiled for AVX2 and FMA.
///
/// # Safety
///
/// The CPU has AVX2 and FMA.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn scale_channels_avx2(values: &mut [f32], gate: &[f32]) {
    scale_channels_inline(values, gate);
}

/// [`scale_channels`]' loop, for the compiler to vectorise at whatever
/// width the function it is inlined into allows.
#[inline(always)]
fn scale_channels_inline(values: &mut [f32], gate: &[f32]) {
    for position in values.chunks_exact_mut(gate.len().max(1)) {
        for (value, &g) in position.iter_mut().zip(gate) {
            *value *= g;
        }
    }
}

/// Values below which an element-wise pass stays on one thread: a few
/// tens of microseconds of work, about what waking the pool costs.
#[cfg(feature = "std")]
const WORK: usize = 1 << 17;

/// Runs `task` over `values`, a pass that treats each position (`width`
/// values) on its own: in one call, or with the `std` feature and more
/// threads, in runs of whole positions split across them.
pub(crate) fn by_positions(width: usize, values: &mut [f32], task: &(dyn Fn(&mut [f32]) + Sync)) {
    #[cfg(feature = "std")]
    {
        let positions = values.len() / width.max(1);
        if let Some(shares) = crate::threads::shares(positions, values.len(), WORK) {
            crate::threads::split_rows(
                values,
                width,
                positions,
                1,
                shares,
                0,
                &mut [],
                &|_, values, _| task(values),
            );
            return;
        }
    }
    #[cfg(not(feature = "std"))]
    let _ = width;
    task(values);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The branch-free `exp` against libm's `expf` (and the sigmoid and
    /// SiLU built on it against theirs from libm), over the range the
    /// activations see, to a few ulp.
    #[test]
    fn exp_is_libms_within_a_few_ulp() {
        let mut worst = 0f32;
        let mut x = -87.0f32;
        while x <= 88.0 {
            let (ours, libm) = (exp(x), expf(x));
            worst = worst.max(((ours - libm) / libm).abs());
            let reference = 1.0 / (1.0 + expf(-x));
            let sig = sigmoid(x);
            assert!(
                (sig - reference).abs() <= 4e-7 * reference.max(1e-30),
                "{x}: {sig} against {reference}"
            );
            let si = silu(x);
            assert!(
                (si - x * reference).abs() <= 4e-7 * (x * reference).abs().max(1e-30),
                "{x}"
            );
            x += 0.001_7;
        }
        assert!(worst <= 3.0 * f32::EPSILON, "relative error {worst:e}");
        assert!(exp(f32::NAN).is_nan() && sigmoid(f32::NAN).is_nan());
        assert!(sigmoid(-1000.0) < 1e-37);
        assert_eq!(sigmoid(1000.0), 1.0);
    }
}
