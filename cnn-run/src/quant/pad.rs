//! PAD and PADV2: TFLite's `reference_ops::Pad` on 4-D int8 tensors. The
//! padding value is the output's zero point (PAD) or the constant input
//! (PADV2); the output keeps the input's quantisation.

/// `input` of `input_shape` into `output` of `output_shape` with
/// `before[d]` values of `value` ahead of axis `d` (and the rest after).
///
/// # Panics
///
/// If a length disagrees with its shape or an output axis is shorter
/// than the input's plus its padding before.
pub fn pad(
    input: &[i8],
    input_shape: [usize; 4],
    before: [usize; 4],
    value: i8,
    output: &mut [i8],
    output_shape: [usize; 4],
) {
    assert_eq!(
        input.len(),
        input_shape.iter().product::<usize>(),
        "pad input length"
    );
    assert_eq!(
        output.len(),
        output_shape.iter().product::<usize>(),
        "pad output length"
    );
    for d in 0..4 {
        assert!(before[d] + input_shape[d] <= output_shape[d], "pad sizes");
    }
    output.fill(value);
    let [_, ih, iw, ic] = input_shape;
    let [_, oh, ow, oc] = output_shape;
    let row = iw * ic;
    for b in 0..input_shape[0] {
        for y in 0..ih {
            let from = (b * ih + y) * row;
            let to = (((b + before[0]) * oh + y + before[1]) * ow + before[2]) * oc + before[3];
            if ic == oc {
                output[to..to + row].copy_from_slice(&input[from..from + row]);
            } else {
                for x in 0..iw {
                    let to = to + x * oc;
                    output[to..to + ic].copy_from_slice(&input[from + x * ic..from + (x + 1) * ic]);
                }
            }
        }
    }
}
