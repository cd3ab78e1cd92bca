//! CONCATENATION: TFLite's `reference_ops::Concatenation`. TFLM requires
//! every input to share the output's scale and zero point, so the bytes
//! are copied as they are.

/// Concatenates `inputs` along an axis into `output`: each input is
/// `outer` blocks (the product of the axes before the concatenated one),
/// and input `i`'s block is `inputs[i].len() / outer` values.
///
/// # Panics
///
/// If `outer` does not divide an input, or the blocks do not fill
/// `output`.
pub fn concat(inputs: &[&[i8]], outer: usize, output: &mut [i8]) {
    assert!(outer > 0, "concatenation outer size");
    let total: usize = inputs.iter().map(|x| x.len()).sum();
    assert_eq!(total, output.len(), "concatenation output length");
    let mut at = 0;
    for k in 0..outer {
        for input in inputs {
            assert_eq!(input.len() % outer, 0, "concatenation input length");
            let block = input.len() / outer;
            output[at..at + block].copy_from_slice(&input[k * block..(k + 1) * block]);
            at += block;
        }
    }
}
