//! Blocks: every kind against numbers worked out by hand or against the
//! same network written out without the block, and `repeat` in closed form
//! against its unrolled rounds.

use cnn::{cnn, Block, Kind, Shape};

const fn spatial(height: u64, width: u64, channels: u64) -> Shape {
    Shape::Spatial {
        height,
        width,
        channels,
    }
}

// A basic residual block on 8x8x4. By hand: each conv 3x3x4 nobias is
// 3*3*4*4 = 144 parameters and 8*8*4*3*3*4 = 9,216 MACs; each bn 2*4 = 8
// learnable and 8 non-trainable.
cnn! {
    struct Basic {
        input 8x8x4;
        block: residual { conv 3x3x4 pad 1 nobias; bn; relu; conv 3x3x4 pad 1 nobias; bn; } -> 8x8x4
        relu;
    }
}
const _: () = assert!(Basic::PARAMS == 144 + 8 + 144 + 8);
const _: () = assert!(Basic::NON_TRAINABLE_PARAMS == 16);
const _: () = assert!(Basic::MACS == 2 * 9_216);
const _: () = assert!(Basic::BLOCK.params == 304);
const _: () = assert!(Basic::BLOCK.rows == 5);
const _: () = assert!(matches!(Basic::BLOCK.kind, Kind::Block(Block::Residual)));

// `residual { body }` is `add { {} { body } }`: same counts, same output.
cnn! {
    struct BasicAsAdd {
        input 8x8x4;
        add { {} { conv 3x3x4 pad 1 nobias; bn; relu; conv 3x3x4 pad 1 nobias; bn; } }
        relu;
    }
}
const _: () = assert!(BasicAsAdd::PARAMS == Basic::PARAMS);
const _: () = assert!(BasicAsAdd::MACS == Basic::MACS);
const _: () = assert!(BasicAsAdd::OUTPUT.same_as(&Basic::OUTPUT));

// A projection shortcut: 8x8x4 to 4x4x8. Shortcut conv 1x1x8 stride 2:
// 4*8 = 32 params, 4*4*8*4 = 512 MACs. Main path conv 3x3x8 stride 2 pad 1:
// 3*3*4*8 = 288 params, 4*4*8*36 = 4,608 MACs; conv 3x3x8 pad 1: 576
// params, 4*4*8*72 = 9,216 MACs; three bn of 16 learnable each.
cnn! {
    struct Projection {
        input 8x8x4;
        add {
            { conv 1x1x8 stride 2 nobias; bn; }
            { conv 3x3x8 stride 2 pad 1 nobias; bn; relu; conv 3x3x8 pad 1 nobias; bn; }
        } -> 4x4x8
    }
}
const _: () = assert!(Projection::PARAMS == 32 + 16 + 288 + 16 + 576 + 16);
const _: () = assert!(Projection::NON_TRAINABLE_PARAMS == 48);
const _: () = assert!(Projection::MACS == 512 + 4_608 + 9_216);
const _: () = assert!(Projection::OUTPUT.same_as(&spatial(4, 4, 8)));

// concat: channels add up; the identity branch passes 6 channels through.
// conv 1x1x2: 6*2+2 = 14; conv 3x3x3 pad 1: 3*3*6*3+3 = 165.
cnn! {
    struct Stack {
        input 5x5x6;
        concat {
            {}
            { conv 1x1x2; }
            { maxpool 3 stride 1 pad 1; conv 3x3x3 pad 1; }
        } -> 5x5x11
    }
}
const _: () = assert!(Stack::PARAMS == 14 + 165);
const _: () = assert!(Stack::MACS == 5 * 5 * 2 * 6 + 5 * 5 * 3 * 54);

// concat of vectors: lengths add up.
cnn! {
    struct Heads {
        input 10;
        concat { { fc 3; } { fc 4; } {} } -> 17
        fc 1;
    }
}
const _: () = assert!(Heads::PARAMS == 33 + 44 + 18);

// Squeeze-excite: a 1x1xC gate multiplies the HxWxC map. gap; conv 1x1x2:
// 8*2+2 = 18 params, 1*1*2*8 = 16 MACs; conv 1x1x8: 2*8+8 = 24, 16 MACs.
cnn! {
    struct SqueezeExcite {
        input 6x6x8;
        se: mul { {} { gap; conv 1x1x2; relu; conv 1x1x8; sigmoid; } } -> 6x6x8
    }
}
const _: () = assert!(SqueezeExcite::PARAMS == 18 + 24);
const _: () = assert!(SqueezeExcite::MACS == 32);
// The gate may come first too.
cnn! {
    struct GateFirst {
        input 6x6x8;
        mul { { gap; conv 1x1x8; sigmoid; } {} } -> 6x6x8
    }
}
const _: () = assert!(GateFirst::PARAMS == 72);

// `repeat` whose body keeps the shape: N times the body, in closed form.
cnn! {
    struct Thrice {
        input 8x8x16;
        stage: repeat 3 { conv 3x3x16 pad 1; relu; }
    }
    struct ThriceUnrolled {
        input 8x8x16;
        conv 3x3x16 pad 1; relu;
        conv 3x3x16 pad 1; relu;
        conv 3x3x16 pad 1; relu;
    }
}
const _: () = assert!(Thrice::PARAMS == ThriceUnrolled::PARAMS);
const _: () = assert!(Thrice::PARAMS == 3 * (3 * 3 * 16 * 16 + 16));
const _: () = assert!(Thrice::MACS == ThriceUnrolled::MACS);
// One round is listed, standing for all three.
const _: () = assert!(Thrice::STAGE.rows == 2);
const _: () = assert!(Thrice::LAYERS[2].times == 3);

// A body that changes the shape once, then keeps it: round 1 is listed on
// its own (3 to 16 channels), then round 2 for rounds 2 and 3.
cnn! {
    struct Widen {
        input 8x8x3;
        stage: repeat 3 { conv 3x3x16 pad 1; relu; }
    }
    struct WidenUnrolled {
        input 8x8x3;
        conv 3x3x16 pad 1; relu;
        conv 3x3x16 pad 1; relu;
        conv 3x3x16 pad 1; relu;
    }
}
const _: () = assert!(Widen::PARAMS == WidenUnrolled::PARAMS);
const _: () = assert!(Widen::PARAMS == (3 * 3 * 3 * 16 + 16) + 2 * (3 * 3 * 16 * 16 + 16));
const _: () = assert!(Widen::MACS == WidenUnrolled::MACS);
const _: () = assert!(Widen::STAGE.rows == 4);
const _: () = assert!(Widen::LAYERS[2].times == 1 && Widen::LAYERS[4].times == 2);

// A dense block: every round gets 4 more channels, so every round is
// listed, and the whole equals the unrolled chain.
cnn! {
    struct Dense {
        input 4x4x8;
        repeat 3 { concat { {} { bn; relu; conv 3x3x4 pad 1 nobias; } } } -> 4x4x20
    }
    struct DenseUnrolled {
        input 4x4x8;
        concat { {} { bn; relu; conv 3x3x4 pad 1 nobias; } }
        concat { {} { bn; relu; conv 3x3x4 pad 1 nobias; } }
        concat { {} { bn; relu; conv 3x3x4 pad 1 nobias; } }
    }
}
const _: () = assert!(Dense::PARAMS == DenseUnrolled::PARAMS);
// By hand: bn 2*8 + conv 3*3*8*4, then 2*12 + 3*3*12*4, then 2*16 + 3*3*16*4.
const _: () = assert!(Dense::PARAMS == (16 + 288) + (24 + 432) + (32 + 576));
const _: () = assert!(Dense::NON_TRAINABLE_PARAMS == 16 + 24 + 32);
const _: () = assert!(Dense::MACS == DenseUnrolled::MACS);

// Huge repeats are computed in closed form: no round-by-round loop.
cnn! {
    struct Billion {
        input 8x8x64;
        repeat 1000000000 { relu; }
        long: repeat 4294967295 { conv 3x3x64 pad 1; }
    }
}
const _: () = assert!(Billion::PARAMS == 4_294_967_295 * (3 * 3 * 64 * 64 + 64));
const _: () = assert!(Billion::MACS == 4_294_967_295 * (8 * 8 * 64 * 3 * 3 * 64));
const _: () = assert!(Billion::LONG.times == 1);

// Nested blocks, named at every level; a name inside a `repeat` names its
// first round.
cnn! {
    struct Nested {
        input 4x4x2;
        outer: {
            inner: repeat 2 {
                residual { deep: conv 1x1x2; }
            }
        }
    }
}
const _: () = assert!(Nested::OUTER.depth == 0 && Nested::INNER.depth == 1);
const _: () = assert!(Nested::DEEP.depth == 3);
const _: () = assert!(Nested::DEEP.params == 6 && Nested::PARAMS == 12);

// The expression form takes blocks too.
const _: () = assert!(cnn!(input 4x4x2; residual { conv 1x1x2; } gap; fc 1).params == 9);

#[test]
fn the_summary_shows_the_tree() {
    let summary = Projection::summary().to_string();
    let lines: Vec<&str> = summary.lines().collect();
    let add = lines
        .iter()
        .position(|l| l.trim_start().starts_with("add"))
        .unwrap();
    assert!(lines[add + 1].starts_with("   branch 1"), "{summary}");
    assert!(
        lines[add + 2].starts_with("     conv 1x1x8 stride 2 nobias"),
        "{summary}"
    );
    let widen = Widen::summary().to_string();
    assert!(widen.contains("  conv 3x3x16 pad 1 (×2)"), "{widen}");
}

// A squeeze-excite gate sees the whole map, but it does not move the map's
// outputs apart: the jump after `mul` is the map's, so repeated SE blocks
// grow the field linearly (found when EfficientNet's 7x7 stages overflowed).
cnn! {
    struct RepeatedExcite {
        input 7x7x8;
        stage: repeat 2 {
            residual { conv 3x3x8 pad 1; mul { {} { gap; conv 1x1x2; relu; conv 1x1x8; sigmoid; } } }
        }
    }
}
// Round 1: the conv sees 3x3, the gate all 3 + 6 = 9 pixels of the padded
// map's outputs; round 2 adds 2 for its conv and 6 more for its gate.
const _: () = assert!(RepeatedExcite::STAGE.receptive_field.jump[0] == 1);
const _: () = assert!(RepeatedExcite::STAGE.receptive_field.size[0] == 17);

#[test]
fn a_summary_can_stop_at_a_depth() {
    let model = cnn!(input 8x8x4; stage: repeat 2 { conv 3x3x4 pad 1; relu; } gap; fc 2);
    let short = model.summary("Net").depth(0).to_string();
    assert!(short.contains("stage: repeat 2"), "{short}");
    assert!(!short.contains("conv 3x3x4"), "{short}");
    let full = model.summary("Net").to_string();
    assert!(full.contains("conv 3x3x4 pad 1 (×2)"), "{full}");
    // The totals are the whole network's either way.
    let foot = |text: &str| {
        let lines: Vec<&str> = text.lines().filter(|line| line.contains(": ")).collect();
        lines[lines.len() - 7..].join("\n")
    };
    assert_eq!(foot(&short), foot(&full));
}
