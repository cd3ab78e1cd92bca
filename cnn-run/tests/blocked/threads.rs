//! The same layers split across threads (the `std` feature's pool),
//! against one thread's output to the bit and the direct loop.

use cnn_core::{Kind, LayerSpec, Padding, Shape};
use cnn_run as run;

use crate::reference::*;

/// One layer on `threads` threads (`layer`, or `layer_in_place` for the
/// kinds that write over their input).
fn on_threads(spec: &LayerSpec, input: Shape, threads: usize, seed: u64) -> Vec<f32> {
    let step = spec.apply(input).unwrap();
    let mut noise = Noise(seed);
    // Positive weights: batch norm's running variances.
    let x = noise.take(input.elements().unwrap() as usize);
    let w: Vec<f32> = noise
        .take((step.params + step.non_trainable_params) as usize)
        .into_iter()
        .map(f32::abs)
        .collect();
    let mut scratch = vec![0.0; run::scratch_len(spec, input)];
    run::set_threads(threads);
    assert_eq!(run::threads(), threads);
    let y = if matches!(
        spec.kind,
        Kind::Conv | Kind::DepthwiseConv | Kind::MaxPool | Kind::Dense
    ) {
        let mut y = vec![f32::NAN; step.output.elements().unwrap() as usize];
        run::layer(spec, input, &x, &w, &mut y, &mut scratch).unwrap();
        y
    } else {
        let mut y = x;
        run::layer_in_place(spec, input, &mut y, &w, &mut scratch).unwrap();
        y
    };
    run::set_threads(1);
    y
}

/// With the `std` feature and more threads, a large product is split
/// into shares of rows (or, with fewer rows than filters, of blocks of
/// filters), each worker of the pool with its own packing
/// space; a depthwise convolution into shares of lines, and a pass over
/// positions (batch norm, an activation, a max pool) into runs of
/// positions. Each
/// value is computed as on one thread, so the outputs are the same to the
/// bit (the direct loop above checks the one-thread path; a product large
/// enough to be split would take it minutes in a debug build).
#[test]
fn threads_split_the_work_and_change_no_bit() {
    let _one = KERNEL.lock().unwrap_or_else(|e| e.into_inner());
    let cases = [
        (
            LayerSpec::new(Kind::Conv)
                .window(3, 3)
                .count(64)
                .padding(Padding::Explicit(axes(&[1]))),
            Shape::spatial(48, 50, 32),
        ),
        (
            LayerSpec::new(Kind::Conv).window(1, 1).count(200),
            Shape::spatial(50, 60, 64),
        ),
        // Fewer positions than filters: split by blocks of 256 filters
        // (2 of them; 600, too uneven, by rows; 4 read in place).
        (
            LayerSpec::new(Kind::Conv)
                .window(3, 3)
                .count(512)
                .padding(Padding::Explicit(axes(&[1]))),
            Shape::spatial(7, 7, 64),
        ),
        (
            LayerSpec::new(Kind::Conv)
                .window(3, 3)
                .count(600)
                .padding(Padding::Explicit(axes(&[1]))),
            Shape::spatial(7, 7, 64),
        ),
        (
            LayerSpec::new(Kind::Conv).window(1, 1).count(1024),
            Shape::spatial(5, 5, 128),
        ),
        (
            LayerSpec::new(Kind::DepthwiseConv)
                .window(3, 3)
                .stride(2, 2)
                .padding(Padding::Explicit(axes(&[1]))),
            Shape::spatial(57, 56, 96),
        ),
        (LayerSpec::new(Kind::BatchNorm), Shape::spatial(56, 55, 96)),
        // Runs of output positions (ResNet's pool, its windows inside the
        // input and at its edges).
        (
            LayerSpec::new(Kind::MaxPool)
                .window(3, 3)
                .stride(2, 2)
                .padding(Padding::Explicit(axes(&[1]))),
            Shape::spatial(80, 81, 64),
        ),
        // Runs of units, a multiple of four but the last (MobileNetV2's
        // classifier, one unit more), on a vector and on a map.
        (
            LayerSpec::new(Kind::Dense).count(1001),
            Shape::spatial(1, 1, 1280),
        ),
        (
            LayerSpec::new(Kind::Dense).count(301),
            Shape::spatial(3, 4, 97),
        ),
        (
            LayerSpec::new(Kind::Activation(cnn_core::Activation::Silu)),
            Shape::spatial(56, 57, 48),
        ),
    ];
    for (at, (spec, input)) in cases.into_iter().enumerate() {
        let one = on_threads(&spec, input, 1, 7 + at as u64);
        assert!(one.iter().all(|v| v.is_finite()), "{:?} {input}", spec.kind);
        for threads in [2, 3] {
            let many = on_threads(&spec, input, threads, 7 + at as u64);
            assert_eq!(one, many, "{:?} {input} on {threads}", spec.kind);
        }
        // Two callers at once: one has the pool, the other finds it busy
        // and runs its shares itself; both as on one thread.
        let both = std::thread::scope(|scope| {
            let callers: Vec<_> = (0..2)
                .map(|_| scope.spawn(|| on_threads(&spec, input, 2, 7 + at as u64)))
                .collect();
            callers
                .into_iter()
                .map(|caller| caller.join().unwrap())
                .collect::<Vec<_>>()
        });
        for many in both {
            assert_eq!(one, many, "{:?} {input}, two callers", spec.kind);
        }
    }
}
