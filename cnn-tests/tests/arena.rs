//! The forward pass's arena against TensorFlow Lite Micro's on the same
//! networks. The TFLM figures are issue 15's, measured with the
//! `tflite-micro` package's recording allocator on float32 models
//! converted from Keras: its "head" is the tensors and scratch of one
//! inference, in bytes. TFLM keeps the input in its arena; `ARENA_LEN`
//! does not (the caller passes it), so the input is shown beside it.
//! The target: `ARENA_LEN` × 4 ≤ TFLM's head on each network.

#[path = "../../examples/zoo/mobilenet.rs"]
mod mobilenet;
#[path = "../../examples/zoo/resnet.rs"]
mod resnet;

use cnn::cnn;
use mobilenet::MobileNetV2;
use resnet::ResNet50;

cnn! {
    /// The article's network.
    struct LeNet {
        input 32x32x3;
        conv1: conv 5x5x8;
        pool 2;
        conv2: conv 5x5x16;
        pool 2;
        fc3: fc 120;
        fc4: fc 84;
        out: softmax 10;
    }
}

/// TFLM's head in bytes, from issue 15.
const TFLM_LENET: usize = 37_376;
const TFLM_MOBILENET_V2: usize = 6_021_120;
const TFLM_RESNET50: usize = 9_633_792;

const _: () = assert!(LeNet::ARENA_LEN * 4 <= TFLM_LENET);
const _: () = assert!(MobileNetV2::ARENA_LEN * 4 <= TFLM_MOBILENET_V2);
const _: () = assert!(ResNet50::ARENA_LEN * 4 <= TFLM_RESNET50);

#[test]
fn the_arena_beats_tensorflow_lite_micro() {
    let rows = [
        (
            "LeNet",
            LeNet::ARENA_LEN,
            LeNet::INPUT_LEN,
            LeNet::PEAK_ACTIVATIONS,
            TFLM_LENET,
        ),
        (
            "MobileNetV2",
            MobileNetV2::ARENA_LEN,
            MobileNetV2::INPUT_LEN,
            MobileNetV2::PEAK_ACTIVATIONS,
            TFLM_MOBILENET_V2,
        ),
        (
            "ResNet-50",
            ResNet50::ARENA_LEN,
            ResNet50::INPUT_LEN,
            ResNet50::PEAK_ACTIVATIONS,
            TFLM_RESNET50,
        ),
    ];
    println!("| network | ARENA_LEN x 4 | input x 4 | PEAK_ACTIVATIONS x 4 | TFLM head |");
    for (name, arena, input, peak, tflm) in rows {
        println!(
            "| {name} | {} | {} | {} | {tflm} |",
            arena * 4,
            input * 4,
            peak * 4
        );
        assert!(arena * 4 <= tflm);
        // The plan never needs more than counting every layer apart did.
        assert!(arena as u64 <= peak);
    }
}
