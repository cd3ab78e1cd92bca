//! Which micro-kernel this CPU runs, asked once at run time.
//!
//! On x86-64, `cpufeatures` reads CPUID (and XGETBV: that the OS saves the
//! YMM and ZMM registers) in no_std and caches the answer in an atomic, so
//! one binary uses AVX-512 or AVX2 and FMA where they exist and the
//! portable code elsewhere. A build that already targets them
//! (`-C target-cpu=native`) gets a constant answer.
//!
//! [`force_kernel`] caps the choice below what the CPU has, so that tests
//! and the bench run the AVX2 and portable kernels on an AVX-512 machine.
//! It can only lower the choice: a kernel the CPU lacks is never run.

use core::sync::atomic::{AtomicU8, Ordering};

#[cfg(target_arch = "x86_64")]
cpufeatures::new!(avx2_fma, "avx2", "fma");
#[cfg(target_arch = "x86_64")]
cpufeatures::new!(avx512, "avx512f");

/// A micro-kernel, from the least capable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kernel {
    /// Plain Rust, which the compiler vectorises for the target.
    Portable,
    /// x86-64 AVX2 and FMA: 6 x 16 tiles of 8-lane vectors.
    Avx2Fma,
    /// x86-64 AVX-512F: 12 x 32 tiles of 16-lane vectors.
    Avx512,
}

impl Kernel {
    /// The name the bench prints.
    pub fn name(self) -> &'static str {
        match self {
            Kernel::Portable => "portable",
            Kernel::Avx2Fma => "avx2+fma",
            Kernel::Avx512 => "avx512f",
        }
    }
}

/// The cap [`force_kernel`] set, as `Kernel as u8`, or `NONE`.
static CAP: AtomicU8 = AtomicU8::new(NONE);
const NONE: u8 = u8::MAX;

/// The best kernel this CPU runs.
fn detected() -> Kernel {
    #[cfg(target_arch = "x86_64")]
    {
        if avx512::get() {
            return Kernel::Avx512;
        }
        if avx2_fma::get() {
            return Kernel::Avx2Fma;
        }
    }
    Kernel::Portable
}

/// The kernel the products, depthwise convolutions and dot products run
/// now: the best this CPU has, at most what [`force_kernel`] allows.
#[inline]
pub fn kernel() -> Kernel {
    let best = detected();
    match CAP.load(Ordering::Relaxed) {
        NONE => best,
        0 => Kernel::Portable,
        1 => best.min(Kernel::Avx2Fma),
        _ => best,
    }
}

/// Runs no kernel better than `cap` from now on, from any thread (`None`:
/// the best the CPU has). For tests and benches; a kernel the CPU lacks is
/// never chosen, whatever the cap.
#[doc(hidden)]
pub fn force_kernel(cap: Option<Kernel>) {
    CAP.store(cap.map_or(NONE, |k| k as u8), Ordering::Relaxed);
}

/// Whether the CPU has AVX2 and FMA (and they are not forced off).
#[cfg(target_arch = "x86_64")]
#[inline]
pub(crate) fn avx2_fma() -> bool {
    kernel() >= Kernel::Avx2Fma
}

/// Whether the CPU has AVX-512F (and it is not forced off).
#[cfg(target_arch = "x86_64")]
#[inline]
pub(crate) fn avx512() -> bool {
    kernel() == Kernel::Avx512
}
