//! Every int8 kernel of `cnn_run::quant` against TensorFlow Lite Micro's
//! outputs on the per-kind fixtures: `tests/int8/kinds/<kind>.json` (the
//! one operator, its tensors, options and constants), `.in` (the inputs,
//! case after case) and `.out` (TFLM's outputs), made by
//! `scripts/int8/make_int8.py`. The outputs must equal TFLM's byte for
//! byte.

mod quant_fixture;

use quant_fixture::{kinds_dir, Fixture};

fn check(kind: &str) {
    let fixture = Fixture::load(&kinds_dir(), kind);
    assert_eq!(fixture.ops.len(), 1, "{kind}: one operator");
    fixture.check(kind);
}

macro_rules! kinds {
    ($($name:ident: $kind:literal,)*) => {
        $(
            #[test]
            fn $name() {
                check($kind);
            }
        )*

        /// Every fixture of `tests/int8/kinds` has a test above.
        #[test]
        fn every_fixture_is_tested() {
            let mut tested = vec![$($kind),*];
            tested.sort();
            let mut found: Vec<String> = std::fs::read_dir(kinds_dir())
                .expect("fixtures")
                .filter_map(|e| {
                    let name = e.ok()?.file_name().into_string().ok()?;
                    name.strip_suffix(".json").map(str::to_owned)
                })
                .collect();
            found.sort();
            assert_eq!(found, tested);
        }
    };
}

kinds! {
    add_matches_tflm: "add",
    add_broadcast_matches_tflm: "add_broadcast",
    add_relu_matches_tflm: "add_relu",
    avgpool_matches_tflm: "avgpool",
    avgpool_same_matches_tflm: "avgpool_same",
    concatenation_matches_tflm: "concatenation",
    conv_matches_tflm: "conv",
    conv_groups2_matches_tflm: "conv_groups2",
    conv_relu_matches_tflm: "conv_relu",
    conv_s2_same_relu6_matches_tflm: "conv_s2_same_relu6",
    depthwise_matches_tflm: "depthwise",
    depthwise_m2_matches_tflm: "depthwise_m2",
    fully_connected_matches_tflm: "fully_connected",
    fully_connected_relu_matches_tflm: "fully_connected_relu",
    fully_connected_wide_matches_tflm: "fully_connected_wide",
    hardswish_matches_tflm: "hardswish",
    leakyrelu_matches_tflm: "leakyrelu",
    logistic_matches_tflm: "logistic",
    maxpool_matches_tflm: "maxpool",
    maxpool_same_matches_tflm: "maxpool_same",
    mean_matches_tflm: "mean",
    mean_keepdims_matches_tflm: "mean_keepdims",
    mul_matches_tflm: "mul",
    pad_matches_tflm: "pad",
    relu_matches_tflm: "relu",
    relu6_matches_tflm: "relu6",
    reshape_matches_tflm: "reshape",
    resize_bilinear_matches_tflm: "resize_bilinear",
    resize_bilinear_half_pixel_matches_tflm: "resize_bilinear_half_pixel",
    resize_nearest_matches_tflm: "resize_nearest",
    softmax_matches_tflm: "softmax",
    tanh_matches_tflm: "tanh",
    transpose_conv_matches_tflm: "transpose_conv",
}
