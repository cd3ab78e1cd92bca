//! Max pooling against its definition: output `o` of channel `c` is the
//! largest of `x[o * stride - pad + k * dilation][c]` over the taps `k`
//! inside the input, NaN if any of them is NaN (PyTorch's rule). On
//! shapes with windows inside the input (read from each tap's distance)
//! and at its edges and past them (`ceil`), channels under 16 (the plain
//! loop), 16 and over with a tail of a vector, on every kernel this CPU
//! runs.

use cnn_core::{Axes, Kind, LayerSpec, Padding, Shape};
use cnn_run::{self as run, Kernel};

fn definition(spec: &LayerSpec, input: Shape, x: &[f32]) -> Vec<f32> {
    let axes = spec.on_axes(input).unwrap();
    let output = spec.apply(input).unwrap().output;
    let pad = axes.padding.expect("explicit padding");
    let channels = input.channels() as usize;
    let [h, w, _] = input.axes().map(|a| a as usize);
    let [oh, ow, _] = output.axes().map(|a| a as usize);
    let mut y = vec![f32::NEG_INFINITY; oh * ow * channels];
    for i in 0..oh {
        for j in 0..ow {
            for c in 0..channels {
                let best = &mut y[(i * ow + j) * channels + c];
                for ki in 0..axes.window[0] as usize {
                    for kj in 0..axes.window[1] as usize {
                        let r = (i * axes.stride[0] as usize + ki * axes.dilation[0] as usize)
                            .checked_sub(pad[0] as usize);
                        let s = (j * axes.stride[1] as usize + kj * axes.dilation[1] as usize)
                            .checked_sub(pad[1] as usize);
                        if let (Some(r), Some(s)) = (r, s) {
                            if r < h && s < w {
                                let value = x[(r * w + s) * channels + c];
                                if value > *best || value.is_nan() || best.is_nan() {
                                    *best = if best.is_nan() { *best } else { value };
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    y
}

fn check(name: &str, spec: LayerSpec, input: Shape) {
    let mut seed = 0x2545_f491_4f6c_dd1du64 ^ name.len() as u64;
    let mut x: Vec<f32> = (0..input.elements().unwrap())
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 40) as f32 / (1u64 << 23) as f32 - 1.0
        })
        .collect();
    // A NaN, an infinity and a -infinity somewhere inside.
    let len = x.len();
    x[len / 3] = f32::NAN;
    x[len / 2] = f32::INFINITY;
    x[len / 5] = f32::NEG_INFINITY;
    let expected = definition(&spec, input, &x);
    let best = run::kernel();
    for kernel in [Kernel::Avx512, Kernel::Avx2Fma, Kernel::Portable] {
        if kernel > best {
            continue;
        }
        run::force_kernel(Some(kernel));
        let mut y = vec![0.5f32; expected.len()];
        run::layer(&spec, input, &x, &[], &mut y, &mut []).unwrap();
        for (at, (got, want)) in y.iter().zip(&expected).enumerate() {
            assert!(
                got.to_bits() == want.to_bits() || (got.is_nan() && want.is_nan()),
                "{name} ({}): at {at}, {got} against {want}",
                kernel.name()
            );
        }
    }
    run::force_kernel(None);
}

fn axes(values: &[u64]) -> Axes {
    Axes::written_as(values).unwrap()
}

#[test]
fn max_pool_inside_edges_and_channels() {
    let resnet = LayerSpec::new(Kind::MaxPool)
        .window(3, 3)
        .stride(2, 2)
        .padding(Padding::Explicit(axes(&[1])));
    check(
        "3x3 /2 pad 1, 64 channels",
        resnet,
        Shape::spatial(13, 12, 64),
    );
    check(
        "3x3 /2 pad 1, 19 channels",
        resnet,
        Shape::spatial(11, 14, 19),
    );
    check("3x3 /2 pad 1, 7 channels", resnet, Shape::spatial(9, 10, 7));
    let lenet = LayerSpec::new(Kind::MaxPool).window(2, 2).stride(2, 2);
    check("2x2 /2, 8 channels", lenet, Shape::spatial(12, 12, 8));
    check("2x2 /2, 16 channels", lenet, Shape::spatial(10, 10, 16));
    let ceil = LayerSpec::new(Kind::MaxPool)
        .window(3, 3)
        .stride(2, 2)
        .ceil_mode();
    check("3x3 /2 ceil, 33 channels", ceil, Shape::spatial(14, 11, 33));
    let dilated = LayerSpec::new(Kind::MaxPool)
        .window(3, 2)
        .dilation(2, 1)
        .padding(Padding::Explicit(axes(&[1])));
    check(
        "3x2 dilated, 32 channels",
        dilated,
        Shape::spatial(10, 9, 32),
    );
}
