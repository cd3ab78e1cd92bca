//! Which vector instructions this x86-64 CPU runs, asked once at run time.
//!
//! `cpufeatures` reads CPUID (and XGETBV: that the OS saves the YMM
//! registers) in no_std and caches the answer in an atomic, so one binary
//! uses AVX2 and FMA where they exist and the portable code elsewhere. A
//! build that already targets them (`-C target-cpu=native`) gets a
//! constant `true`.

cpufeatures::new!(avx2_fma, "avx2", "fma");

/// Whether the CPU has AVX2 and FMA.
#[inline]
pub(crate) fn avx2_fma() -> bool {
    avx2_fma::get()
}
