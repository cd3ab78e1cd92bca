//! Whole int8 models through `cnn_run::quant`'s kernels, operator after
//! operator as the fixture's JSON lists them, against TFLM's outputs:
//! the article's LeNet and DS-CNN (`tests/int8/<model>.json`, whose
//! constants are in the JSON; person detection's are only in its
//! `.tflite`, which the forward pass's tests read).

mod quant_fixture;

use quant_fixture::{int8_dir, Fixture};

#[test]
fn lenet_matches_tflm() {
    assert!(Fixture::load(&int8_dir(), "lenet").check("lenet") > 0);
}

#[test]
fn ds_cnn_matches_tflm() {
    assert!(Fixture::load(&int8_dir(), "ds_cnn").check("ds_cnn") > 0);
}
