//! The compact table round-trips every field of every kind of row.

use cnn_core::table::{decode, encode, row};
use cnn_core::{Activation, Block, Kind, Layer, ReceptiveField, Shape, KINDS};

fn sample(kind: Kind, index: u64) -> Layer<'static> {
    Layer {
        name: if index.is_multiple_of(2) {
            Some("größe")
        } else {
            None
        },
        kind,
        spec: "conv 3x3x64 pad 1 \"quoted\"",
        input: Shape::spatial(224, 224, 3 + index),
        output: if index.is_multiple_of(3) {
            Shape::Flat(u64::MAX)
        } else {
            Shape::spatial(1, 1, index)
        },
        params: u64::MAX - index,
        non_trainable_params: index << 40,
        macs: 1 << (index % 64),
        formula: if index.is_multiple_of(2) {
            "((3*3*3)+1)*64 = 1792"
        } else {
            ""
        },
        receptive_field: ReceptiveField {
            size: [index, u64::MAX, 1],
            jump: [1, 1 << 63, index + 1],
            start: [-(index as i64), i64::MIN + index as i64, i64::MAX],
        },
        depth: u16::MAX - index as u16,
        rows: u32::MAX - index as u32,
        times: u64::MAX / (index + 1),
    }
}

#[test]
fn every_kind_and_extreme_round_trips() {
    let mut kinds: Vec<Kind> = KINDS.iter().map(|info| info.kind).collect();
    kinds.push(Kind::Activation(Activation::Softmax));
    for block in [
        Block::Sequence,
        Block::Branch,
        Block::Add,
        Block::Concat,
        Block::Mul,
        Block::Sub,
        Block::Residual,
        Block::Repeat(0),
        Block::Repeat(3),
        Block::Repeat(u64::MAX),
    ] {
        kinds.push(Kind::Block(block));
    }
    let rows: Vec<Layer> = kinds
        .iter()
        .enumerate()
        .map(|(index, &kind)| sample(kind, index as u64))
        .collect();
    const COUNT: usize = 55;
    assert!(rows.len() <= COUNT, "{} rows", rows.len());
    let mut bytes = Vec::new();
    let mut text = String::new();
    let mut starts = Vec::new();
    for index in 0..COUNT {
        starts.push(bytes.len());
        let layer = rows.get(index).unwrap_or(&rows[0]);
        // A pool that keeps every string, repeated or not: the reader must
        // not care.
        let row = encode(layer, &mut |piece| {
            text.push_str(piece);
            text.len() - piece.len()
        });
        bytes.extend_from_slice(row.as_bytes());
    }
    starts.push(bytes.len());
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    let text: &'static str = Box::leak(text.into_boxed_str());
    let decoded = decode::<COUNT>(bytes, text);
    for (index, layer) in rows.iter().enumerate() {
        assert_eq!(&decoded[index], layer, "row {index}");
        let (one, next) = row(bytes, text, starts[index]);
        assert_eq!(&one, layer, "row {index} alone");
        assert_eq!(next, starts[index + 1], "row {index} ends");
    }
}

// Decoding runs at compile time, where `LAYERS` is used. The article's
// conv1, written by hand in 5-bit digits, least significant first (`?`
// plus the digit when more follow, `_` plus it for the last): no name
// `_`, code 1 `` ` ``, spec at 0 `_` for 10 `i` bytes of text, 32x32x3
// (rank 2 `a`, then `` ?`?`b ``) to 28x28x8 (`a{{g`), 608 = 0 + 19*32
// params `?r`, 0 `_`, 470,400 = 0 + 12*32 + 11*32^2 + 14*32^3 MACs `?KJm`,
// formula at 10 `i` for 19 `r` bytes, field 5x5x1 `` dd` `` jump 1x1x1,
// start 0x0x0, depth 0, rows 0, times 1.
const TABLE: &[Layer] = &decode::<1>(
    b"_`_ia?`?`ba{{g?r_?KJmirdd````_____`",
    "conv 5x5x8((5*5*3)+1)*8 = 608",
);
const _: () = assert!(TABLE[0].params == 608);
const _: () = assert!(TABLE[0].macs == 470_400);
const _: () = assert!(matches!(TABLE[0].kind, Kind::Conv));
const _: () = assert!(TABLE[0].spec.len() == 10);
const _: () = assert!(TABLE[0].formula.len() == 19);
