//! The int8 plan (`plan::int8`): the `f32` plan's walk in bytes, with no
//! convolution scratch and a `flatten` that moves nothing, and the sizes
//! of the tables `from_tflite` fills. Every expected number is worked out
//! by hand from the shapes, in the comments; the comparison with
//! TensorFlow Lite Micro's arena on real models is
//! `cnn-tests/tests/int8.rs`.

use cnn_core::plan::int8::{builtin, plan, Tables};
use cnn_core::program::{Op, Place};
use cnn_core::{Activation, Block, Kind};

fn planned(text: &str) -> cnn_core::plan::int8::Plan {
    let network = cnn_lang::check(text, None)
        .network
        .unwrap_or_else(|| panic!("{text} checks"));
    plan(&network.nodes).expect("planned")
}

#[test]
fn lenet_takes_its_two_largest_neighbours_and_no_scratch() {
    let plan = planned(
        "input 32x32x3; conv 5x5x8; pool 2; conv 5x5x16; pool 2; fc 120; fc 84; softmax 10",
    );
    // conv1's 28*28*8 = 6,272 bytes and pool1's 14*14*8 = 1,568 are alive
    // together; nothing later holds more (1,568 + 10*10*16 = 3,168). The
    // f32 plan adds the convolutions' packing space.
    assert_eq!(plan.header.arena_len, 6_272 + 1_568);
    assert_eq!(plan.header.input_len, 32 * 32 * 3);
    assert_eq!(plan.header.output_len, 10);
    // Seven steps; 8 + 16 + 120 + 84 + 10 multipliers, one per channel.
    assert_eq!(
        plan.tables,
        Tables {
            steps: 7,
            channels: 238
        }
    );
}

#[test]
fn a_flatten_moves_nothing() {
    let plan = planned("input 4x4x8; flatten; fc 10");
    // One step, the `fc` reading the caller's input as it is (TFLite's
    // NHWC order): the f32 plan copies it into PyTorch's (C, H, W) first.
    assert_eq!(plan.ops.len(), 1);
    assert!(matches!(
        plan.ops[0],
        Op::Layer {
            x: Place::Input,
            ..
        }
    ));
    assert_eq!(plan.header.arena_len, 10);
}

#[test]
fn a_softmax_keeps_its_logits_apart() {
    // The `fc`'s 10 logits, then the softmax's 10 outputs elsewhere:
    // TFLite's SOFTMAX reads a whole row before it writes.
    let plan = planned("input 16; softmax 10");
    assert_eq!(plan.header.arena_len, 20);
    let plan = planned("input 16; fc 10; softmax");
    assert_eq!(plan.header.arena_len, 20);
    // A relu runs in place: the fc's 10 values alone.
    let plan = planned("input 16; fc 10; relu");
    assert_eq!(plan.header.arena_len, 10);
}

#[test]
fn only_tflites_int8_builtins_are_kinds_of_an_int8_network() {
    assert_eq!(builtin(Kind::DepthwiseConv), Some("DEPTHWISE_CONV_2D"));
    assert_eq!(
        builtin(Kind::Activation(Activation::Sigmoid)),
        Some("LOGISTIC")
    );
    assert_eq!(builtin(Kind::Block(Block::Residual)), Some("ADD"));
    assert_eq!(builtin(Kind::LayerNorm), None);
    assert_eq!(builtin(Kind::Block(Block::Mix)), None);
    assert_eq!(builtin(Kind::BatchNorm), None);
}
