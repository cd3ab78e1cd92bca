//! The forward pass's entry points on arrays of the sizes a network was
//! planned for: what the code `cnn!` generates calls (`Net::prepare`,
//! `Net::forward`, `Net::forward_prepared`), so that a wrong size does not
//! compile, and a program that is not the network's panics with its error.

use crate::forward::{forward, forward_prepared};

/// [`crate::prepare`] on arrays of the sizes the prepared program was
/// planned for: what a generated `Net::prepare` calls.
///
/// # Panics
///
/// If `program` is not one the planner wrote for these sizes, which a
/// generated `Net::prepare` never passes (the tests run every example's).
pub fn prepare_array<const PREPARED: usize>(
    program: &[u8],
    weights: &[f32],
    prepared: &mut crate::Prepared<PREPARED>,
) {
    if let Err(error) = crate::prepare(program, weights, prepared.as_mut_slice()) {
        panic!("cnn: preparing the weights failed: {error}");
    }
}

/// [`forward_prepared`] on arrays of the sizes the program was planned
/// for: what a generated `Net::forward_prepared` calls.
///
/// # Panics
///
/// As [`forward_array`].
pub fn forward_prepared_array<
    'a,
    const PREPARED: usize,
    const INPUT: usize,
    const ARENA: usize,
    const OUTPUT: usize,
>(
    program: &[u8],
    prepared: &crate::Prepared<PREPARED>,
    input: &[f32; INPUT],
    arena: &'a mut [f32; ARENA],
) -> &'a [f32; OUTPUT] {
    match forward_prepared(program, prepared.as_slice(), input, arena) {
        Ok(output) => match <&[f32; OUTPUT]>::try_from(&*output) {
            Ok(output) => output,
            Err(_) => panic!("cnn: the program's output is not OUTPUT_LEN values"),
        },
        Err(error) => panic!("cnn: the forward pass failed: {error}"),
    }
}

/// [`forward`] on arrays of the sizes the program was planned for: what a
/// generated `Net::forward` calls, so that a wrong size does not compile.
///
/// # Panics
///
/// If `program` is not one the planner wrote for these sizes, which a
/// generated `Net::forward` never passes (the tests run every example's).
pub fn forward_array<'a, const INPUT: usize, const ARENA: usize, const OUTPUT: usize>(
    program: &[u8],
    weights: &[f32],
    input: &[f32; INPUT],
    arena: &'a mut [f32; ARENA],
) -> &'a [f32; OUTPUT] {
    match forward(program, weights, input, arena) {
        Ok(output) => match <&[f32; OUTPUT]>::try_from(&*output) {
            Ok(output) => output,
            Err(_) => panic!("cnn: the program's output is not OUTPUT_LEN values"),
        },
        Err(error) => panic!("cnn: the forward pass failed: {error}"),
    }
}
