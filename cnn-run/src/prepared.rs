//! Prepared parameters: a network's weights in the form its prepared
//! program reads (`cnn_core::plan::prepared`), made once by [`prepare`],
//! the way ONNX Runtime prepares a session: every batch norm that follows
//! a convolution folded into its filters and bias, the filters of every
//! matrix product packed into the micro-kernel's panels, every other
//! layer's parameters copied as they are. Preparing allocates nothing.
//!
//! # One form for every kernel
//!
//! The AVX-512 (12 x 32), AVX2 (6 x 16) and portable micro-kernels all
//! read panels of `NR` = 16 filters (the AVX-512 one two at a time), so
//! the packing does not depend on the kernel chosen at run time: a
//! buffer prepared on one machine, or under `CNN_KERNEL`'s cap, runs
//! with any kernel, and nothing needs recording or checking. Packing for
//! a wider panel would make the AVX2 and portable kernels read across
//! panels, and recording the kernel would make a prepared `static`
//! depend on the CPU it was made on.

use cnn_core::plan::prepared::prepared_len_in;
use cnn_core::program::{Op, Reader};
use cnn_core::{Form, NC, NR};

use crate::gemm::{Depth, Filters};
use crate::{size, standardise, Buffer, RunError};

/// PyTorch's default `eps` for `BatchNorm*d` (as `norm::batch`).
const EPS: f32 = 1e-5;

/// A network's prepared parameters: `N` values (`Net::PREPARED_LEN`), on
/// a 64-byte line so that every packed panel starts on one. No pointers
/// and a `const` constructor, so it can be a `static`; large networks'
/// go on the heap with `Prepared::boxed` (feature `alloc`).
#[repr(C, align(64))]
pub struct Prepared<const N: usize> {
    values: [f32; N],
}

impl<const N: usize> Prepared<N> {
    /// Zeros, to be filled by `Net::prepare`.
    pub const fn new() -> Self {
        Prepared { values: [0.0; N] }
    }

    /// Zeros on the heap, allocated as zeros (never through the stack).
    /// With the `alloc` feature.
    #[cfg(feature = "alloc")]
    pub fn boxed() -> alloc::boxed::Box<Self> {
        // SAFETY: all-zero bytes are a valid `[f32; N]`, so a valid `Self`.
        unsafe { crate::arena::zeroed_box() }
    }

    /// The values.
    pub fn as_slice(&self) -> &[f32] {
        &self.values
    }

    /// The values, to prepare into.
    pub fn as_mut_slice(&mut self) -> &mut [f32] {
        &mut self.values
    }
}

impl<const N: usize> Default for Prepared<N> {
    fn default() -> Self {
        Self::new()
    }
}

/// Fills `prepared` from the network's flat `weights` for the prepared
/// `program` (the fused program `cnn!` writes as `Net::prepare`'s).
/// Allocates nothing; every length is checked.
pub fn prepare(program: &[u8], weights: &[f32], prepared: &mut [f32]) -> Result<(), RunError> {
    let mut reader = Reader::new(program);
    let malformed = |step| move |_| RunError::Program { step };
    let needed = reader.prepared_len().map_err(malformed(0))?;
    if prepared.len() != needed {
        return Err(RunError::Length {
            buffer: Buffer::Weights,
            expected: needed,
            found: prepared.len(),
        });
    }
    let header = reader.header().map_err(malformed(0))?;
    for step in 0..header.steps {
        let op = reader.op().map_err(malformed(step))?;
        one(&op, weights, prepared).map_err(|error| match error {
            RunError::Program { .. } => RunError::Program { step },
            other => other,
        })?;
    }
    Ok(())
}

/// The error of a step whose numbers do not hold.
const BAD: RunError = RunError::Program { step: 0 };

/// Prepares the parameters of one step (nothing for a step without).
fn one(op: &Op, weights: &[f32], prepared: &mut [f32]) -> Result<(), RunError> {
    let Op::Fused {
        spec,
        input,
        weights: from,
        prepared: at,
        norm,
        winograd: rows,
        ..
    } = *op
    else {
        return Ok(());
    };
    let step = spec.apply(input).map_err(RunError::Layer)?;
    let count = size(
        step.params
            .checked_add(step.non_trainable_params)
            .ok_or(RunError::TooLarge)?,
    )?;
    let source = weights
        .get(from..from.checked_add(count).ok_or(BAD)?)
        .ok_or(BAD)?;
    let len = prepared_len_in(&spec, input, rows);
    let out = prepared
        .get_mut(at..at.checked_add(len).ok_or(BAD)?)
        .ok_or(BAD)?;
    let filters = size(step.output.channels())?;
    let norm = match norm {
        Some(at) => Some(
            weights
                .get(at..at.checked_add(4 * filters).ok_or(BAD)?)
                .ok_or(BAD)?,
        ),
        None => None,
    };
    let taps = {
        let axes = spec.on_axes(input).map_err(RunError::Layer)?;
        size(axes.window[0])? * size(axes.window[1])? * size(axes.window[2])?
    };
    match cnn_core::plan::prepared::form_in(&spec, input, rows) {
        Form::AsIs => {
            if norm.is_some() || out.len() != source.len() {
                return Err(BAD);
            }
            out.copy_from_slice(source);
        }
        Form::ChannelsLast => {
            if norm.is_some() || out.len() != source.len() {
                return Err(BAD);
            }
            let channels = size(input.channels())?;
            let inputs = size(input.elements().ok_or(RunError::TooLarge)?)?;
            let positions = inputs / channels.max(1);
            let (matrix, bias) = out.split_at_mut(filters * inputs);
            // Column `c * positions + p` of PyTorch's row to `p * C + c`.
            for (row, from) in matrix
                .chunks_exact_mut(inputs)
                .zip(source.chunks_exact(inputs))
            {
                for (channel, columns) in from.chunks_exact(positions).enumerate() {
                    for (position, &weight) in columns.iter().enumerate() {
                        row[position * channels + channel] = weight;
                    }
                }
            }
            bias.copy_from_slice(&source[filters * inputs..]);
        }
        Form::Direct => {
            let channels = size(input.channels())?;
            let (kernel, bias) = out.split_at_mut(taps * channels * filters);
            scales(norm, bias);
            // PyTorch's `[filter][channel][tap]` to `[tap][channel][filter]`.
            for (filter, weights) in source
                .chunks_exact(channels * taps)
                .take(filters)
                .enumerate()
            {
                let (mean, factor) =
                    standardise::filter(&spec, source, filters, channels * taps, filter);
                for channel in 0..channels {
                    for tap in 0..taps {
                        let weight = (weights[channel * taps + tap] - mean) * factor;
                        kernel[(tap * channels + channel) * filters + filter] =
                            weight * bias[filter];
                    }
                }
            }
            let own = spec.bias.then(|| &source[filters * channels * taps..]);
            shifts(norm, own, bias);
        }
        Form::Winograd => {
            let channels = size(input.channels())?;
            if taps != 9 || source.len() < filters * channels * taps {
                return Err(BAD);
            }
            let block = filters.div_ceil(NR) * NR * channels;
            let (panels, bias) = out.split_at_mut(16 * block);
            scales(norm, bias);
            crate::winograd::transform_filters(source, channels, filters, bias, panels);
            let own = spec.bias.then(|| &source[filters * channels * taps..]);
            shifts(norm, own, bias);
        }
        Form::Depthwise => {
            // Tap-major (`depthwise::Layout::Taps`): a block of channels
            // reads a tap's weights as one run.
            let (kernel, bias) = out.split_at_mut(filters * taps);
            scales(norm, bias);
            for filter in 0..filters {
                let (mean, factor) = standardise::filter(&spec, source, filters, taps, filter);
                for (tap, &weight) in source[filter * taps..][..taps].iter().enumerate() {
                    kernel[tap * filters + filter] = (weight - mean) * factor * bias[filter];
                }
            }
            shifts(norm, spec.bias.then(|| &source[filters * taps..]), bias);
        }
        Form::Packed { groups } => {
            let groups = size(groups)?;
            let inner = size(input.channels())? / groups;
            let per_group = filters / groups;
            let depth = inner * taps;
            let block = per_group.div_ceil(NR) * NR * depth;
            let (panels, bias) = out.split_at_mut(groups * block);
            for group in 0..groups {
                let packed = &mut panels[group * block..][..block];
                Filters {
                    weights: &source[group * per_group * depth..][..per_group * depth],
                    depth: Depth::tap_major(inner, taps),
                }
                .pack_all(per_group, packed);
                // Standardised as packed: each filter's column less its
                // mean, then times its factor, the bias's room lending
                // space to one number per filter at a time.
                if spec.standardise.is_on() {
                    let filters_here = group * per_group..(group + 1) * per_group;
                    let room = &mut bias[filters_here];
                    let each = |f: usize| standardise::filter(&spec, source, filters, depth, f);
                    for (at, value) in room.iter_mut().enumerate() {
                        *value = -each(group * per_group + at).0;
                    }
                    add_columns(packed, &Depth::tap_major(inner, taps), room);
                    for (at, value) in room.iter_mut().enumerate() {
                        *value = each(group * per_group + at).1;
                    }
                    scale_columns(packed, &Depth::tap_major(inner, taps), room);
                }
            }
            scales(norm, bias);
            for group in 0..groups {
                let packed = &mut panels[group * block..][..block];
                if norm.is_some() {
                    let scale = &bias[group * per_group..][..per_group];
                    scale_columns(packed, &Depth::tap_major(inner, taps), scale);
                }
            }
            let own = spec.bias.then(|| &source[filters * depth..]);
            shifts(norm, own, bias);
        }
    }
    Ok(())
}

/// Each filter's batch norm scale, `weight / sqrt(var + eps)` (1 without
/// a norm), into `out`.
fn scales(norm: Option<&[f32]>, out: &mut [f32]) {
    let channels = out.len();
    match norm {
        Some(norm) => {
            for (channel, scale) in out.iter_mut().enumerate() {
                let (gamma, variance) = (norm[channel], norm[3 * channels + channel]);
                *scale = gamma / libm::sqrtf(variance + EPS);
            }
        }
        None => out.fill(1.0),
    }
}

/// Each filter's bias once the norm is folded, over its scale in `out`:
/// `shift + scale * bias`, with `shift = beta - mean * scale` (without a
/// norm, the bias, or 0).
fn shifts(norm: Option<&[f32]>, own: Option<&[f32]>, out: &mut [f32]) {
    let channels = out.len();
    for (channel, value) in out.iter_mut().enumerate() {
        let bias = own.map_or(0.0, |own| own[channel]);
        *value = match norm {
            Some(norm) => {
                let scale = *value;
                let (beta, mean) = (norm[channels + channel], norm[2 * channels + channel]);
                beta - mean * scale + scale * bias
            }
            None => bias,
        };
    }
}

/// Scales each filter's column of packed panels (`Filters::pack_all`'s
/// layout over `depth`) by its entry of `scale`.
fn scale_columns(packed: &mut [f32], depth: &Depth, scale: &[f32]) {
    each_column(packed, depth, scale, &|value, s| *value *= s);
}

/// Adds each filter's entry of `shift` to its column of packed panels.
fn add_columns(packed: &mut [f32], depth: &Depth, shift: &[f32]) {
    each_column(packed, depth, shift, &|value, s| *value += s);
}

/// `apply(value, entry)` on every value of each filter's column of packed
/// panels, with the filter's entry of `entries`.
fn each_column(packed: &mut [f32], depth: &Depth, scale: &[f32], apply: &dyn Fn(&mut f32, f32)) {
    let (filters, k) = (scale.len(), depth.len());
    for n0 in (0..filters).step_by(NC) {
        let nc = NC.min(filters - n0);
        let padded = nc.div_ceil(NR) * NR;
        for span in depth.spans() {
            let kc = span.len();
            let block = &mut packed[n0 * k + span.k0 * padded..][..kc * padded];
            for (panel, values) in block.chunks_exact_mut(kc * NR).enumerate() {
                let first = n0 + panel * NR;
                let lanes = &scale[first..(first + NR).min(filters)];
                for row in values.chunks_exact_mut(NR) {
                    for (value, &s) in row.iter_mut().zip(lanes) {
                        apply(value, s);
                    }
                }
            }
        }
    }
}
