//! The int8 runner's steps in place against the same steps apart.

use super::*;

/// 200 values over all of int8, in no order.
fn values() -> [i8; 200] {
    core::array::from_fn(|i| (i as i32 * 97 % 256 - 128) as i8)
}

#[test]
fn an_activation_in_place_gives_what_it_gives_apart() {
    let relu = quant::relu::Relu::new(0.05, -3, 0.04, 2);
    let kernel = |x: &[i8], y: &mut [i8]| quant::relu::relu(&relu, x, y);
    let x = values();
    // Apart: from the caller's input into the arena.
    let mut apart = [0i8; 200];
    unary(&x, &mut apart, Place::Input, Place::Arena(0), 200, kernel).unwrap();
    // In place: over the values themselves, 64 at a time.
    let mut arena = [0i8; 210];
    arena[10..].copy_from_slice(&x);
    let at = Place::Arena(10);
    unary(&[], &mut arena, at, at, 200, kernel).unwrap();
    assert_eq!(arena[10..], apart);
    assert_ne!(apart, x, "the activation changes values");
}

#[test]
fn an_addition_in_place_gives_what_it_gives_apart() {
    let add = quant::add::Params::new(0.05, -3, 0.02, 5, 0.06, 1, quant::Fused::None);
    let f = |a: i8, b: i8| add.add(a, b);
    let (a, b) = (values(), values().map(|v| v.wrapping_mul(3)));
    let mut arena = [0i8; 600];
    arena[..200].copy_from_slice(&a);
    arena[200..400].copy_from_slice(&b);
    let [pa, pb] = [Place::Arena(0), Place::Arena(200)];
    binary(
        &[],
        &mut arena,
        [pa, pb, Place::Arena(400)],
        [200, 4],
        false,
        false,
        f,
    )
    .unwrap();
    let apart: [i8; 200] = arena[400..].try_into().unwrap();
    // Over `a`, and TFLite's first input as the second (swapped).
    binary(&[], &mut arena, [pa, pb, pa], [200, 4], false, false, f).unwrap();
    assert_eq!(arena[..200], apart);
    arena[..200].copy_from_slice(&a);
    binary(&[], &mut arena, [pb, pa, pa], [200, 4], false, true, f).unwrap();
    assert_eq!(arena[..200], apart);
    // A place over part of an operand is refused, not misread.
    let shifted = Place::Arena(100);
    assert!(binary(
        &[],
        &mut arena,
        [pa, pb, shifted],
        [200, 4],
        false,
        false,
        f
    )
    .is_none());
}
