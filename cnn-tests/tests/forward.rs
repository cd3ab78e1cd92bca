//! `Net::forward` on small networks whose outputs are worked out by hand
//! in the comments, one for each thing the memory plan does: a layer in
//! place, `residual` and `add` summing into a buffer they free, `concat`
//! and `split` moving channels, a `mul` gate broadcast over positions,
//! `sub` writing its difference over either branch's output,
//! and an output that would otherwise be the caller's input. The
//! exactness against PyTorch on every example is `forward_examples.rs`.

use cnn::cnn;

cnn! {
    /// `y = relu(2x - 1)` at each of 2 positions, then `y + relu(y - 1)`.
    #[cnn(weights)]
    struct Residual {
        input 1x2x1;
        conv 1x1x1;
        relu;
        residual { conv 1x1x1; relu; }
    }

    /// Two channels per position: a 1x1 conv on each half (split), then
    /// concatenated, then gated by their global average (mul).
    #[cnn(weights)]
    struct Gate {
        input 1x2x2;
        split { { conv 1x1x1 nobias; } { conv 1x1x1 nobias; } }
        mul { {} { gap; } }
    }

    /// `concat` of the identity and a conv, then `add` of two convs.
    #[cnn(weights)]
    struct Branches {
        input 1x1x1;
        concat { {} { conv 1x1x1; } }
        add { { conv 1x1x1 nobias; } { conv 1x1x1 nobias; } }
    }

    /// `grn` in place after a conv, its per-channel norms in scratch.
    #[cnn(weights)]
    struct Response {
        input 1x2x2;
        conv 1x1x2 nobias;
        grn;
    }

    /// `sub` twice: the first writes over its second branch's output (a
    /// conv), as its first is the caller's input; the second over its
    /// first branch's output.
    #[cnn(weights)]
    struct Difference {
        input 1x2x1;
        sub { {} { conv 1x1x1 nobias; } }
        sub { { conv 1x1x1; } {} }
    }

    /// Nothing but the input and a dropout: the output is copied into the
    /// arena, so that only the arena's borrow reaches it.
    #[cnn(weights)]
    struct Identity {
        input 3;
        dropout;
    }

    /// More steps than the planner once took (20,000), each in place on
    /// the first relu's output.
    #[cnn(weights)]
    struct Relus {
        input 4;
        repeat 30000 { relu; }
    }
}

fn arena<const N: usize>() -> Box<[f32; N]> {
    vec![0.0; N].into_boxed_slice().try_into().unwrap()
}

#[test]
fn residual_sums_into_the_body_output() {
    // conv: w = 2, b = -1; body conv: w = 1, b = -1.
    let weights = ResidualWeights::<f32>::from_slice(&[2.0, -1.0, 1.0, -1.0]).unwrap();
    let mut arena = arena::<{ Residual::ARENA_LEN }>();
    // x = [3, 0.25]: 2x - 1 = [5, -0.5], relu = [5, 0]; body relu(y - 1) = [4, 0].
    let y = Residual::forward(weights, &[3.0, 0.25], &mut arena);
    assert_eq!(y, &[9.0, 0.0]);
}

#[test]
fn split_concat_and_a_broadcast_gate() {
    // First half times 2, second half times 3.
    let weights = GateWeights::<f32>::from_slice(&[2.0, 3.0]).unwrap();
    let mut arena = arena::<{ Gate::ARENA_LEN }>();
    // Positions (1, 10) and (3, 20): split -> (2, 30), (6, 60); the gate is
    // the mean per channel, (4, 45); products (8, 1350), (24, 2700).
    let y = Gate::forward(weights, &[1.0, 10.0, 3.0, 20.0], &mut arena);
    assert_eq!(y, &[8.0, 1350.0, 24.0, 2700.0]);
}

#[test]
fn grn_runs_in_place_with_its_norms_in_scratch() {
    // The conv copies its input; grn: weight [1, 1], bias [0.5, -1].
    let weights =
        ResponseWeights::<f32>::from_slice(&[1.0, 0.0, 0.0, 1.0, 1.0, 1.0, 0.5, -1.0]).unwrap();
    let mut arena = arena::<{ Response::ARENA_LEN }>();
    // Channel 0 is [3, 4] over the positions, its L2 norm 5; channel 1 is
    // [0, 0], norm 0; their mean 2.5, so n = [5 / (2.5 + 1e-6), 0], about
    // [2, 0]. Channel 0: x + 0.5 + x * 2 = 3x + 0.5 = [9.5, 12.5];
    // channel 1: x - 1 + 0 = -1.
    let y = Response::forward(weights, &[3.0, 0.0, 4.0, 0.0], &mut arena);
    let expected = [9.5, -1.0, 12.5, -1.0];
    for (got, want) in y.iter().zip(expected) {
        assert!((got - want).abs() < 1e-5, "{y:?}");
    }
}

#[test]
fn sub_takes_the_second_branch_from_the_first() {
    // First conv: w = 5; second: w = 3, b = 1.
    let weights = DifferenceWeights::<f32>::from_slice(&[5.0, 3.0, 1.0]).unwrap();
    let mut arena = arena::<{ Difference::ARENA_LEN }>();
    // x = [2, -1]: x - 5x = -4x = [-8, 4]; then (3y + 1) - y = 2y + 1 =
    // [-15, 9].
    let y = Difference::forward(weights, &[2.0, -1.0], &mut arena);
    assert_eq!(y, &[-15.0, 9.0]);
}

#[test]
fn concat_then_add() {
    // Concat's conv: w = 3, b = 1. The add's convs see two channels:
    // [1, 1] and [10, 100].
    let weights = BranchesWeights::<f32>::from_slice(&[3.0, 1.0, 1.0, 1.0, 10.0, 100.0]).unwrap();
    let mut arena = arena::<{ Branches::ARENA_LEN }>();
    // x = 2: concat gives [2, 7]; the add gives (2 + 7) + (20 + 700) = 729.
    let y = Branches::forward(weights, &[2.0], &mut arena);
    assert_eq!(y, &[729.0]);
}

#[test]
fn an_identity_network_copies_its_input() {
    let weights = IdentityWeights::<f32>::from_slice(&[]).unwrap();
    let mut arena = arena::<{ Identity::ARENA_LEN }>();
    assert_eq!(Identity::ARENA_LEN, 3);
    let y = Identity::forward(weights, &[1.0, 2.0, 3.0], &mut arena);
    assert_eq!(y, &[1.0, 2.0, 3.0]);
}

#[test]
fn the_arena_is_what_the_plan_keeps_alive() {
    // Residual: the relu runs in place on the first conv's 2 values, the
    // body's conv writes 2 more beside them (one input channel: it reads
    // it in place, with no scratch), its relu runs in place, the add sums
    // into the body's output. 2 + 2.
    assert_eq!(Residual::ARENA_LEN, 4);
    assert_eq!(Residual::INPUT_LEN, 2);
    assert_eq!(Residual::OUTPUT_LEN, 2); // 1x2x1
}

#[test]
fn a_long_repeat_of_layers_in_place_takes_one_buffer() {
    // The first relu reads the caller's input and writes 4 values; the
    // other 29,999 overwrite them: the arena is those 4, as for 1 round.
    assert_eq!(Relus::ARENA_LEN, 4);
    let weights = RelusWeights::<f32>::from_slice(&[]).unwrap();
    let mut arena = arena::<{ Relus::ARENA_LEN }>();
    let y = Relus::forward(weights, &[-1.0, 2.0, -3.0, 4.0], &mut arena);
    assert_eq!(y, &[0.0, 2.0, 0.0, 4.0]);
}
