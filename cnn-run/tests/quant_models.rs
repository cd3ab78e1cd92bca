//! Whole int8 models through `cnn_run::quant`'s kernels, operator after
//! operator as the fixture's JSON lists them, against TFLM's outputs:
//! the article's LeNet and DS-CNN (`tests/int8/<model>.json`, whose
//! constants are in the JSON) and person detection (MobileNet v1 0.25,
//! whose constants are read from its `.tflite` with `cnn-tflite`).

mod quant_fixture;

use cnn_tflite::{Model, Type};
use quant_fixture::{int8_dir, Fixture};

#[test]
fn lenet_matches_tflm() {
    assert!(Fixture::load(&int8_dir(), "lenet").check("lenet") > 0);
}

#[test]
fn ds_cnn_matches_tflm() {
    assert!(Fixture::load(&int8_dir(), "ds_cnn").check("ds_cnn") > 0);
}

#[test]
fn person_detect_matches_tflm() {
    let mut fixture = Fixture::load(&int8_dir(), "person_detect");
    let bytes =
        std::fs::read(int8_dir().join("person_detect.tflite")).expect("person_detect.tflite");
    let model = Model::parse(&bytes).expect("a valid model");
    let mut filled = 0;
    for op in &mut fixture.ops {
        for t in op
            .inputs
            .iter_mut()
            .filter(|t| t.index >= 0 && t.data.is_none())
        {
            let tensor = model.tensor(t.index as usize).expect("tensor");
            if tensor.data.is_empty() {
                continue;
            }
            t.data = Some(match tensor.dtype {
                Type::Int8 => tensor.data.iter().map(|&b| i64::from(b as i8)).collect(),
                Type::Int32 => tensor
                    .data
                    .chunks_exact(4)
                    .map(|b| i64::from(i32::from_le_bytes([b[0], b[1], b[2], b[3]])))
                    .collect(),
                other => panic!("constant of type {}", other.name()),
            });
            filled += 1;
        }
    }
    assert!(filled > 50, "only {filled} constants read");
    assert!(fixture.check("person_detect") > 0);
}
