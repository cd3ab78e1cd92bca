//! This machine's peak f32 rate, measured: a loop of independent AVX2
//! fused multiply-adds (enough chains to cover the FMA latency on both
//! pipes), and the same with AVX-512 where the CPU has it, on one thread
//! and on every thread at once. The peak is the faster of the two.

use std::time::Instant;

/// Chains of FMAs in flight: latency 4 to 5 cycles times 2 pipes.
const CHAINS: usize = 12;

/// # Safety
///
/// The CPU has AVX2 and FMA.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn fma_loop(iterations: u64) -> f32 {
    use std::arch::x86_64::*;
    let mut sums = [_mm256_set1_ps(0.0); CHAINS];
    let a = _mm256_set1_ps(0.999_999);
    let b = _mm256_set1_ps(1e-7);
    for _ in 0..iterations {
        for sum in sums.iter_mut() {
            *sum = _mm256_fmadd_ps(*sum, a, b);
        }
    }
    let mut total = [0.0f32; 8];
    for sum in sums {
        let mut lanes = [0.0f32; 8];
        _mm256_storeu_ps(lanes.as_mut_ptr(), sum);
        for (t, l) in total.iter_mut().zip(lanes) {
            *t += l;
        }
    }
    total.iter().sum()
}

/// # Safety
///
/// The CPU has AVX-512F.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
unsafe fn fma_loop_512(iterations: u64) -> f32 {
    use std::arch::x86_64::*;
    let mut sums = [_mm512_set1_ps(0.0); CHAINS];
    let a = _mm512_set1_ps(0.999_999);
    let b = _mm512_set1_ps(1e-7);
    for _ in 0..iterations {
        for sum in sums.iter_mut() {
            *sum = _mm512_fmadd_ps(*sum, a, b);
        }
    }
    sums.iter().map(|&sum| _mm512_reduce_add_ps(sum)).sum()
}

/// GFLOP/s of `threads` threads each running the AVX-512 FMA loop (best
/// of 5), or `None` without AVX-512F.
pub fn gflops_512(threads: usize) -> Option<f64> {
    if !std::arch::is_x86_feature_detected!("avx512f") {
        return None;
    }
    let iterations = 10_000_000u64;
    let mut best = 0.0f64;
    for _ in 0..5 {
        let started = Instant::now();
        std::thread::scope(|scope| {
            for _ in 0..threads {
                // SAFETY: the CPU has AVX-512F (checked above).
                scope.spawn(|| std::hint::black_box(unsafe { fma_loop_512(iterations) }));
            }
        });
        let seconds = started.elapsed().as_secs_f64();
        let flops = (threads as u64 * iterations * CHAINS as u64 * 16 * 2) as f64;
        best = best.max(flops / seconds / 1e9);
    }
    Some(best)
}

/// GFLOP/s of `threads` threads each running the FMA loop (best of 5).
pub fn gflops(threads: usize) -> f64 {
    assert!(
        std::arch::is_x86_feature_detected!("fma"),
        "the peak is measured with AVX2 FMA"
    );
    let iterations = 20_000_000u64;
    let mut best = 0.0f64;
    for _ in 0..5 {
        let started = Instant::now();
        std::thread::scope(|scope| {
            for _ in 0..threads {
                // SAFETY: the CPU has AVX2 and FMA (asserted above).
                scope.spawn(|| std::hint::black_box(unsafe { fma_loop(iterations) }));
            }
        });
        let seconds = started.elapsed().as_secs_f64();
        let flops = (threads as u64 * iterations * CHAINS as u64 * 8 * 2) as f64;
        best = best.max(flops / seconds / 1e9);
    }
    best
}
