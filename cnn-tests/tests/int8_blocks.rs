//! `forward_int8` byte for byte against TensorFlow Lite Micro where
//! branches join: `tests/int8/blocks.*` (`scripts/int8_blocks.py`: a Keras
//! model of seeded random weights, converted full-integer int8, its
//! outputs TFLM's on 4 inputs) holds a residual ADD, a CONCATENATION of
//! two branches, a squeeze-excite MUL broadcast over the map, and a
//! LEAKY_RELU and a HARD_SWISH the converter does not fuse, which the int8
//! plan runs in place. The declaration follows the model's JSON op list,
//! one statement per operator.

use cnn::cnn;

cnn! {
    /// blocks.json: CONV_2D (RELU), CONV_2D, ADD, LEAKY_RELU,
    /// DEPTHWISE_CONV_2D, CONV_2D, CONCATENATION, MEAN, CONV_2D, LOGISTIC,
    /// MUL, HARD_SWISH, MAX_POOL_2D, RESHAPE, FULLY_CONNECTED, SOFTMAX.
    #[cnn(int8)]
    pub struct Blocks {
        input 8x8x4;
        conv 3x3x8 pad same; relu;
        residual { conv 3x3x8 pad same; }
        leakyrelu slope 0.1;
        concat { { dwconv 3x3 pad same; } { conv 1x1x4; } }
        mul { {} { gap; conv 1x1x12; sigmoid; } }
        hardswish;
        maxpool 2;
        flatten;
        fc 10;
        softmax;
    }
}

#[test]
fn branches_joined_are_tflms_byte_for_byte() {
    let model = include_bytes!("../../tests/int8/blocks.tflite");
    let inputs: Vec<i8> = include_bytes!("../../tests/int8/blocks.in")
        .iter()
        .map(|&b| b as i8)
        .collect();
    let outputs: Vec<i8> = include_bytes!("../../tests/int8/blocks.out")
        .iter()
        .map(|&b| b as i8)
        .collect();
    let tables = BlocksQuantized::from_tflite(model).unwrap_or_else(|e| panic!("{e}"));
    let image = tables.image();
    let imaged = BlocksQuantized::from_image(&image).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(inputs.len(), 4 * Blocks::INPUT_LEN);
    assert_eq!(outputs.len(), 4 * Blocks::OUTPUT_LEN);
    let mut arena = [0u8; Blocks::ARENA_BYTES];
    for case in 0..4 {
        let input: &[i8; Blocks::INPUT_LEN] = inputs[case * Blocks::INPUT_LEN..]
            [..Blocks::INPUT_LEN]
            .try_into()
            .unwrap();
        for (how, tables) in [("from_tflite", &tables), ("from_image", &imaged)] {
            let output = Blocks::forward_int8(tables, input, &mut arena);
            assert_eq!(
                &output[..],
                &outputs[case * Blocks::OUTPUT_LEN..][..Blocks::OUTPUT_LEN],
                "case {case}, {how}"
            );
        }
    }
}

#[test]
fn the_blocks_arena_is_within_tflms_head() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/int8/blocks.json");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let head = json["tflm_arena_head"].as_u64().unwrap() as usize;
    assert!(
        Blocks::ARENA_BYTES <= head,
        "{} > {head}",
        Blocks::ARENA_BYTES
    );
    // The most bytes alive at once, the least any placement takes: the
    // concatenation's 8x8x12 output with its 8x8x8 and 8x8x4 inputs.
    // Placing equal sizes earliest first only (the f32 plan's order) ends
    // 256 bytes higher; the int8 plan keeps the better of two orders.
    assert_eq!(Blocks::ARENA_BYTES, 8 * 8 * (12 + 8 + 4));
}
