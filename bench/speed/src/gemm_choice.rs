//! The GEMM choice, measured: our blocked product (through a 1x1
//! convolution, whose input is the left matrix as it is) against
//! `matrixmultiply` and `gemm` on the matrix shapes of the benchmark's
//! networks, one thread each, same data layout (A positions x channels
//! row-major, B PyTorch's `[N][K]` weight read transposed, C row-major).

use std::time::Instant;

use cnn_core::{Kind, LayerSpec, Shape};
use cnn_run as run;

/// `(what, M, K, N)`: positions, depth, filters.
const SHAPES: &[(&str, usize, usize, usize)] = &[
    ("resnet18 layer1 3x3 (im2col)", 3136, 576, 64),
    ("resnet18 layer2 3x3", 784, 1152, 128),
    ("resnet18 layer3 3x3", 196, 2304, 256),
    ("resnet18 layer4 3x3", 49, 4608, 512),
    ("mobilenet_v2 1x1 24->144", 3136, 24, 144),
    ("mobilenet_v2 1x1 144->24", 3136, 144, 24),
    ("mobilenet_v2 1x1 64->384", 196, 64, 384),
    ("mobilenet_v2 1x1 320->1280", 49, 320, 1280),
];

/// The best of `runs` timings of `f`, in seconds.
fn best(runs: usize, mut f: impl FnMut()) -> f64 {
    f();
    (0..runs)
        .map(|_| {
            let started = Instant::now();
            f();
            started.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

/// Prints GFLOP/s of each implementation on each shape.
pub fn compare(runs: usize) {
    println!("| shape | M x K x N | ours | matrixmultiply 0.3 | gemm 0.18 |");
    println!("| --- | --- | ---: | ---: | ---: |");
    for &(what, m, k, n) in SHAPES {
        let a: Vec<f32> = (0..m * k)
            .map(|i| ((i * 7919) % 1000) as f32 / 1000.0 - 0.5)
            .collect();
        let w: Vec<f32> = (0..n * k + n)
            .map(|i| ((i * 104_729) % 1000) as f32 / 1000.0 - 0.5)
            .collect();
        let mut c = vec![0.0f32; m * n];
        let flops = 2.0 * (m * k * n) as f64;

        let conv = LayerSpec::new(Kind::Conv).window(1, 1).count(n as u64);
        let input = Shape::spatial(1, m as u64, k as u64);
        let mut scratch = vec![0.0f32; run::scratch_len(&conv, input)];
        let ours = best(runs, || {
            run::layer(&conv, input, &a, &w, &mut c, &mut scratch).unwrap();
        });
        let reference = c.clone();

        // SAFETY: `a` is m x k, `w` k x n (read with strides k and 1,
        // transposed) and `c` m x n, each as long as the strides reach.
        let mm = best(runs, || unsafe {
            matrixmultiply::sgemm(
                m,
                k,
                n,
                1.0,
                a.as_ptr(),
                k as isize,
                1,
                w.as_ptr(),
                1,
                k as isize,
                0.0,
                c.as_mut_ptr(),
                n as isize,
                1,
            );
        });
        // SAFETY: the same three matrices, with the strides that give
        // their sizes; `c` is written only, `a` and `w` only read.
        let gemm_crate = best(runs, || unsafe {
            gemm::gemm(
                m,
                n,
                k,
                c.as_mut_ptr(),
                1,
                n as isize,
                false,
                a.as_ptr(),
                1,
                k as isize,
                w.as_ptr(),
                k as isize,
                1,
                0.0f32,
                1.0f32,
                false,
                false,
                false,
                gemm::Parallelism::None,
            );
        });
        // Ours adds the bias; the others do not.
        let bias = &w[n * k..];
        let worst = c
            .iter()
            .zip(&reference)
            .enumerate()
            .map(|(i, (x, y))| (x + bias[i % n] - y).abs())
            .fold(0.0f32, f32::max);
        assert!(worst < 1e-3, "{what}: the products differ by {worst}");
        println!(
            "| {what} | {m} x {k} x {n} | {:.1} | {:.1} | {:.1} |",
            flops / ours / 1e9,
            flops / mm / 1e9,
            flops / gemm_crate / 1e9
        );
    }
}
