//! Weight standardisation (`conv ... ws`, `conv ... scaledws`): each
//! filter's weights less their mean over its fan-in, over the square root
//! of their biased variance plus `eps`, as timm's `StdConv2d` and
//! `ScaledStdConv2d` compute them with `F.batch_norm(training=True)`;
//! `scaledws` then multiplies by the filter's learnt gain and
//! `gamma / sqrt(fan-in)`.

use cnn_core::{LayerSpec, Standardise};

/// The gain of filter `filter` of a conv whose flat parameters are
/// `source` (weight, then bias if any, then the gains), 1 without
/// `scaledws`.
fn gain(spec: &LayerSpec, source: &[f32], filters: usize, fan_in: usize, filter: usize) -> f32 {
    match spec.standardise {
        Standardise::None | Standardise::Plain => 1.0,
        Standardise::Scaled => {
            let bias = if spec.bias { filters } else { 0 };
            source
                .get(filters * fan_in + bias + filter)
                .copied()
                .unwrap_or(1.0)
        }
    }
}

/// For filter `filter`: its mean, and the factor its weights less the
/// mean are multiplied by.
pub fn filter(
    spec: &LayerSpec,
    source: &[f32],
    filters: usize,
    fan_in: usize,
    filter: usize,
) -> (f32, f32) {
    let weights = &source[filter * fan_in..][..fan_in];
    let n = fan_in as f64;
    let mean = weights.iter().map(|&w| f64::from(w)).sum::<f64>() / n;
    let variance = weights
        .iter()
        .map(|&w| (f64::from(w) - mean) * (f64::from(w) - mean))
        .sum::<f64>()
        / n;
    let eps = f64::from(spec.eps.value_or(Standardise::DEFAULT_EPS));
    let spread = 1.0 / libm::sqrt(variance + eps);
    let scale = match spec.standardise {
        Standardise::None => return (0.0, 1.0),
        Standardise::Plain => 1.0,
        // timm's `gain * (gamma * fan_in ** -0.5)`: the scale a Python
        // float, the product an `f32` tensor.
        Standardise::Scaled => {
            let gamma = f64::from(spec.factor.value_or(1.0));
            gain(spec, source, filters, fan_in, filter) * (gamma / libm::sqrt(n)) as f32
        }
    };
    (mean as f32, (spread * f64::from(scale)) as f32)
}

/// Writes the standardised weights, then the bias if the conv has one,
/// into `out` (a plain conv's parameters, which the conv kernels read).
pub fn weights(spec: &LayerSpec, source: &[f32], filters: usize, fan_in: usize, out: &mut [f32]) {
    for f in 0..filters {
        let (mean, factor) = filter(spec, source, filters, fan_in, f);
        let from = &source[f * fan_in..][..fan_in];
        for (value, &w) in out[f * fan_in..][..fan_in].iter_mut().zip(from) {
            *value = (w - mean) * factor;
        }
    }
    if spec.bias {
        let start = filters * fan_in;
        out[start..start + filters].copy_from_slice(&source[start..start + filters]);
    }
}

/// The values [`weights`] writes: the conv's weights and bias.
pub const fn len(spec: &LayerSpec, filters: usize, fan_in: usize) -> usize {
    filters * fan_in + if spec.bias { filters } else { 0 }
}
