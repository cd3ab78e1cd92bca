//! `blurpool`: timm's `BlurPool2d`, `F.pad(x, p, mode='reflect')` then a
//! depthwise convolution by the fixed filter (a buffer), strided.

use super::{coords, Grid, Slide};

/// Where a tap `at` of the padded axis (`before` values of padding in
/// front of `size` input values) reads: reflected about the first and
/// last input values, as PyTorch's reflect padding (the padding, shorter
/// than the axis, was checked when the layer was applied).
fn reflect(at: usize, before: usize, size: usize) -> usize {
    if at < before {
        before - at
    } else if at - before < size {
        at - before
    } else {
        // Past the end by `over`: mirrored about the last value.
        let over = at - before - size + 1;
        (size - 1).saturating_sub(over)
    }
}

/// Each output value is the sum over the filter's taps (`filter` is
/// `[C][1][K...]`) of the reflected input under them.
pub(crate) fn blur(
    slide: &Slide,
    from: &Grid,
    to: &Grid,
    x: &[f32],
    filter: &[f32],
    y: &mut [f32],
) {
    let channels = from.channels;
    let taps = slide.taps();
    for (position, out) in y.chunks_exact_mut(channels).enumerate() {
        let at = coords(position, to.dims);
        out.fill(0.0);
        for tap in 0..taps {
            let offset = coords(tap, slide.kernel);
            let mut source = [0; 3];
            for axis in 0..3 {
                let padded = at[axis] * slide.stride[axis] + offset[axis];
                source[axis] = reflect(padded, slide.before[axis], from.dims[axis]);
            }
            let index = (source[0] * from.dims[1] + source[1]) * from.dims[2] + source[2];
            let values = &x[index * channels..][..channels];
            for (c, (sum, &value)) in out.iter_mut().zip(values).enumerate() {
                *sum += filter[c * taps + tap] * value;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::reflect;

    #[test]
    fn reflection_mirrors_about_the_edge_values() {
        // [a b c d] padded by 2 reflects as [c b | a b c d | c b].
        let mut read = [0; 8];
        for (at, source) in read.iter_mut().enumerate() {
            *source = reflect(at, 2, 4);
        }
        assert_eq!(read, [2, 1, 0, 1, 2, 3, 2, 1]);
    }
}
