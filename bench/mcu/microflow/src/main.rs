//! MicroFlow (crates.io `microflow` 0.1.3) on the int8 models of
//! tests/int8, on the machine the firmware runs on, measured the same way:
//! the firmware's stack painting and instruction marks (its `stack.rs` and
//! `host.rs`), one model per build (a cargo feature named for it).
//!
//! MicroFlow's `predict_quantized` takes the int8 input and returns the
//! output dequantised to f32; this prints each output's bits, and
//! bench/mcu.sh quantises them back with the output tensor's scale and
//! zero point (tests/int8/MODEL.json) to compare with TFLM's (MODEL.out).
#![no_std]
#![no_main]

use core::array;

use cortex_m_rt::entry;
use cortex_m_semihosting::{hprint, hprintln};
use microflow::buffer::{Buffer2D, Buffer4D};

#[path = "../../../../firmware/src/host.rs"]
mod host;
#[path = "../../../../firmware/src/stack.rs"]
mod stack;

/// Runs `predict_quantized` on each case of `inputs` (NHWC bytes,
/// `H * W * C` per case) and prints its outputs' bits, its peak stack and
/// nothing else: the instruction counter (bench/mcu/count.c) reports the
/// instructions between the marks.
fn run<const H: usize, const W: usize, const C: usize, const N: usize>(
    name: &str,
    inputs: &[u8],
    predict: fn(Buffer4D<i8, 1, H, W, C>) -> Buffer2D<f32, 1, N>,
) {
    for (case, bytes) in inputs.chunks_exact(H * W * C).enumerate() {
        let input: Buffer4D<i8, 1, H, W, C> = [Buffer2D::from_fn(|h, w| {
            array::from_fn(|c| bytes[(h * W + w) * C + c] as i8)
        })];
        let depth = stack::paint();
        host::cnn_firmware_mark();
        let y = predict(input);
        host::cnn_firmware_mark();
        let peak = stack::peak();
        hprint!(
            "microflow {} case {}: peak stack {} B (depth at the call {} B); y bits",
            name,
            case,
            peak,
            depth
        );
        for v in y.iter() {
            hprint!(" {:08x}", v.to_bits());
        }
        hprintln!();
    }
}

#[cfg(feature = "lenet")]
#[microflow::model("../../../tests/int8/lenet.tflite")]
struct LeNet;

#[cfg(feature = "person_detect")]
#[microflow::model("../../../tests/int8/person_detect.tflite")]
struct PersonDetect;

#[cfg(feature = "ds_cnn")]
#[microflow::model("../../../tests/int8/ds_cnn.tflite")]
struct DsCnn;

#[cfg(feature = "person_detect_mf")]
#[microflow::model("../models/person_detect.tflite")]
struct PersonDetectMf;

#[cfg(feature = "ds_cnn_mf")]
#[microflow::model("../models/ds_cnn.tflite")]
struct DsCnnMf;

#[entry]
fn main() -> ! {
    #[cfg(feature = "lenet")]
    run::<32, 32, 3, 10>(
        "lenet",
        include_bytes!("../../../../tests/int8/lenet.in"),
        LeNet::predict_quantized,
    );
    #[cfg(feature = "person_detect")]
    run::<96, 96, 1, 2>(
        "person_detect",
        include_bytes!("../../../../tests/int8/person_detect.in"),
        PersonDetect::predict_quantized,
    );
    #[cfg(feature = "ds_cnn")]
    run::<49, 10, 1, 12>(
        "ds_cnn",
        include_bytes!("../../../../tests/int8/ds_cnn.in"),
        DsCnn::predict_quantized,
    );
    #[cfg(feature = "person_detect_mf")]
    run::<96, 96, 1, 2>(
        "person_detect_mf",
        include_bytes!("../../models/person_detect.in"),
        PersonDetectMf::predict_quantized,
    );
    #[cfg(feature = "ds_cnn_mf")]
    run::<49, 10, 1, 12>(
        "ds_cnn_mf",
        include_bytes!("../../models/ds_cnn.in"),
        DsCnnMf::predict_quantized,
    );
    host::exit(true)
}
