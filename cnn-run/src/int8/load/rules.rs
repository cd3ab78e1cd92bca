//! What TFLM's int8 kernels require of a model's quantisation (the
//! outputs they fix, the scales they keep), and the per-channel
//! multipliers, through the kernels' own Prepare.

use super::super::check::{At, Quant, Slot};
use super::super::error::{Error, Mismatch, Role};
use crate::int8::ChannelsMut;
use crate::quant::{self, Requant};

/// TFLM's int8 `SOFTMAX` writes on the scale `1/256` from -128.
pub(super) fn softmax_output<'a>(
    at: &At<'_, 'a>,
    index: usize,
    quant: Quant,
) -> Result<(), Error<'a>> {
    fixed_output(at, index, quant, 1.0 / 256.0, -128)
}

/// The output quantisation TFLM's int8 kernel fixes (`SOFTMAX`,
/// `LOGISTIC`: 1/256 from -128; `TANH`: 1/128 from 0).
pub(super) fn fixed_output<'a>(
    at: &At<'_, 'a>,
    index: usize,
    quant: Quant,
    scale: f32,
    zero_point: i32,
) -> Result<(), Error<'a>> {
    if quant.zero_point == zero_point && quant.scale == scale {
        return Ok(());
    }
    let tensor = at.model.tensor(index).map_err(Error::Model)?;
    let what = if zero_point == 0 {
        "is not TFLM's for an int8 TANH: scale 1/128, zero point 0"
    } else {
        "is not TFLM's for an int8 SOFTMAX or LOGISTIC: scale 1/256, zero point -128"
    };
    Err(at.error(index, &tensor, Role::Output, Mismatch::Quantization(what)))
}

/// TFLM's int8 pooling keeps the input's scale and zero point.
pub(super) fn same_quant<'a>(
    at: &At<'_, 'a>,
    index: usize,
    input: Quant,
    output: Quant,
) -> Result<(), Error<'a>> {
    if input == output {
        return Ok(());
    }
    let tensor = at.model.tensor(index).map_err(Error::Model)?;
    Err(at.error(
        index,
        &tensor,
        Role::Output,
        Mismatch::Quantization("differs from the input's, which TFLM's int8 kernel keeps"),
    ))
}

/// The per-channel multipliers of `out`, through the kernels' own
/// `per_channel`, the scales copied from the file a block at a time
/// (they are little-endian at any alignment): false if one's shift does
/// not fit the table's `i8`.
pub(super) fn per_channel(
    input_scale: f32,
    scales: cnn_tflite::Array<'_, f32>,
    output_scale: f32,
    mut out: ChannelsMut<'_>,
) -> bool {
    const BLOCK: usize = 32;
    let mut block = [0f32; BLOCK];
    let mut computed = [Requant::default(); BLOCK];
    let len = out.len();
    let mut first = 0;
    while first < len {
        let n = BLOCK.min(len - first);
        let scales = if scales.len() == 1 {
            block[0] = scales.get(0).unwrap_or(0.0);
            &block[..1]
        } else {
            for (i, scale) in block.iter_mut().enumerate().take(n) {
                *scale = scales.get(first + i).unwrap_or(0.0);
            }
            &block[..n]
        };
        quant::per_channel(input_scale, scales, output_scale, &mut computed[..n]);
        for (i, requant) in computed[..n].iter().enumerate() {
            if !out.set(first + i, *requant) {
                return false;
            }
        }
        first += n;
    }
    true
}

/// The error of a layer whose multiplier's shift does not fit the table's
/// `i8`: its output's scale, against its input's and filter's, makes a
/// multiplier of `2^127` or more, which TFLM cannot apply either.
pub(super) fn too_large<'a>(at: &At<'_, 'a>) -> Error<'a> {
    match at.tensor(Slot::Out(0), Role::Output) {
        Ok((index, tensor)) => at.error(
            index,
            &tensor,
            Role::Output,
            Mismatch::Quantization(
                "makes a requantisation multiplier of 2^127 or more with the input's and \
                 filter's scales",
            ),
        ),
        Err(error) => error,
    }
}
