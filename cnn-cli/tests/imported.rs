//! Every ONNX fixture, imported with `cnn import --rust` (the files in
//! `tests/imported/`, written by `scripts/import_golden.sh`), compiles with
//! `cnn!` and gives torch's parameters and MACs (asserted at compile time)
//! and output shape, as `scripts/export_onnx.py` measured them with torch
//! (`tests/onnx/expected.json`); and importing a fixture today still
//! prints exactly its file.

use std::process::Command;

use cnn::cnn;

include!("imported/convnext_tiny.eval.rs");
const _: () = assert!(ConvnextTinyEval::PARAMS == 28589128);
const _: () = assert!(ConvnextTinyEval::MACS == 4455531264);

include!("imported/convnext_tiny.preserve.rs");
const _: () = assert!(ConvnextTinyPreserve::PARAMS == 28589128);
const _: () = assert!(ConvnextTinyPreserve::MACS == 4455531264);

include!("imported/deeplabv3_resnet50.eval.rs");
const _: () = assert!(Deeplabv3Resnet50Eval::PARAMS == 39610517);
const _: () = assert!(Deeplabv3Resnet50Eval::MACS == 168731205888);

include!("imported/deeplabv3_resnet50.preserve.rs");
const _: () = assert!(Deeplabv3Resnet50Preserve::PARAMS == 39638869);
const _: () = assert!(Deeplabv3Resnet50Preserve::MACS == 168731205888);

include!("imported/densenet121.eval.rs");
const _: () = assert!(Densenet121Eval::PARAMS == 7971368);
const _: () = assert!(Densenet121Eval::MACS == 2834161664);

include!("imported/densenet121.preserve.rs");
const _: () = assert!(Densenet121Preserve::PARAMS == 7978856);
const _: () = assert!(Densenet121Preserve::MACS == 2834161664);

include!("imported/efficientnet_b0.eval.rs");
const _: () = assert!(EfficientnetB0Eval::PARAMS == 5267540);
const _: () = assert!(EfficientnetB0Eval::MACS == 385814752);

include!("imported/efficientnet_b0.preserve.rs");
const _: () = assert!(EfficientnetB0Preserve::PARAMS == 5288548);
const _: () = assert!(EfficientnetB0Preserve::MACS == 385814752);

include!("imported/googlenet.eval.rs");
const _: () = assert!(GooglenetEval::PARAMS == 6617624);
const _: () = assert!(GooglenetEval::MACS == 1498376192);

include!("imported/googlenet.preserve.rs");
const _: () = assert!(GooglenetPreserve::PARAMS == 6624904);
const _: () = assert!(GooglenetPreserve::MACS == 1498376192);

include!("imported/mobilenet_v2.eval.rs");
const _: () = assert!(MobilenetV2Eval::PARAMS == 3487816);
const _: () = assert!(MobilenetV2Eval::MACS == 300774272);

include!("imported/mobilenet_v2.preserve.rs");
const _: () = assert!(MobilenetV2Preserve::PARAMS == 3504872);
const _: () = assert!(MobilenetV2Preserve::MACS == 300774272);

include!("imported/mobilenet_v3_small.eval.rs");
const _: () = assert!(MobilenetV3SmallEval::PARAMS == 2536800);
const _: () = assert!(MobilenetV3SmallEval::MACS == 56510400);

include!("imported/mobilenet_v3_small.preserve.rs");
const _: () = assert!(MobilenetV3SmallPreserve::PARAMS == 2542856);
const _: () = assert!(MobilenetV3SmallPreserve::MACS == 56510400);

include!("imported/r3d_18.eval.rs");
const _: () = assert!(R3d18Eval::PARAMS == 33366672);
const _: () = assert!(R3d18Eval::MACS == 40696553472);

include!("imported/r3d_18.preserve.rs");
const _: () = assert!(R3d18Preserve::PARAMS == 33371472);
const _: () = assert!(R3d18Preserve::MACS == 40696553472);

include!("imported/resnet18.eval.rs");
const _: () = assert!(Resnet18Eval::PARAMS == 11684712);
const _: () = assert!(Resnet18Eval::MACS == 1814073344);

include!("imported/resnet18.preserve.rs");
const _: () = assert!(Resnet18Preserve::PARAMS == 11689512);
const _: () = assert!(Resnet18Preserve::MACS == 1814073344);

include!("imported/shufflenet_v2_x1_0.eval.rs");
const _: () = assert!(ShufflenetV2X10Eval::PARAMS == 2270514);
const _: () = assert!(ShufflenetV2X10Eval::MACS == 144907992);

include!("imported/shufflenet_v2_x1_0.preserve.rs");
const _: () = assert!(ShufflenetV2X10Preserve::PARAMS == 2278604);
const _: () = assert!(ShufflenetV2X10Preserve::MACS == 144907992);

include!("imported/unet.eval.rs");
const _: () = assert!(UnetEval::PARAMS == 117058);
const _: () = assert!(UnetEval::MACS == 100466688);

include!("imported/unet.preserve.rs");
const _: () = assert!(UnetPreserve::PARAMS == 117378);
const _: () = assert!(UnetPreserve::MACS == 100466688);

#[test]
fn each_gives_torchs_output_shape_and_imports_as_committed() {
    let fixtures = [
        (
            "convnext_tiny.eval",
            ConvnextTinyEval::OUTPUT.to_string(),
            "1000",
            "ConvnextTinyEval",
        ),
        (
            "convnext_tiny.preserve",
            ConvnextTinyPreserve::OUTPUT.to_string(),
            "1000",
            "ConvnextTinyPreserve",
        ),
        (
            "deeplabv3_resnet50.eval",
            Deeplabv3Resnet50Eval::OUTPUT.to_string(),
            "520x520x21",
            "Deeplabv3Resnet50Eval",
        ),
        (
            "deeplabv3_resnet50.preserve",
            Deeplabv3Resnet50Preserve::OUTPUT.to_string(),
            "520x520x21",
            "Deeplabv3Resnet50Preserve",
        ),
        (
            "densenet121.eval",
            Densenet121Eval::OUTPUT.to_string(),
            "1000",
            "Densenet121Eval",
        ),
        (
            "densenet121.preserve",
            Densenet121Preserve::OUTPUT.to_string(),
            "1000",
            "Densenet121Preserve",
        ),
        (
            "efficientnet_b0.eval",
            EfficientnetB0Eval::OUTPUT.to_string(),
            "1000",
            "EfficientnetB0Eval",
        ),
        (
            "efficientnet_b0.preserve",
            EfficientnetB0Preserve::OUTPUT.to_string(),
            "1000",
            "EfficientnetB0Preserve",
        ),
        (
            "googlenet.eval",
            GooglenetEval::OUTPUT.to_string(),
            "1000",
            "GooglenetEval",
        ),
        (
            "googlenet.preserve",
            GooglenetPreserve::OUTPUT.to_string(),
            "1000",
            "GooglenetPreserve",
        ),
        (
            "mobilenet_v2.eval",
            MobilenetV2Eval::OUTPUT.to_string(),
            "1000",
            "MobilenetV2Eval",
        ),
        (
            "mobilenet_v2.preserve",
            MobilenetV2Preserve::OUTPUT.to_string(),
            "1000",
            "MobilenetV2Preserve",
        ),
        (
            "mobilenet_v3_small.eval",
            MobilenetV3SmallEval::OUTPUT.to_string(),
            "1000",
            "MobilenetV3SmallEval",
        ),
        (
            "mobilenet_v3_small.preserve",
            MobilenetV3SmallPreserve::OUTPUT.to_string(),
            "1000",
            "MobilenetV3SmallPreserve",
        ),
        (
            "r3d_18.eval",
            R3d18Eval::OUTPUT.to_string(),
            "400",
            "R3d18Eval",
        ),
        (
            "r3d_18.preserve",
            R3d18Preserve::OUTPUT.to_string(),
            "400",
            "R3d18Preserve",
        ),
        (
            "resnet18.eval",
            Resnet18Eval::OUTPUT.to_string(),
            "1000",
            "Resnet18Eval",
        ),
        (
            "resnet18.preserve",
            Resnet18Preserve::OUTPUT.to_string(),
            "1000",
            "Resnet18Preserve",
        ),
        (
            "shufflenet_v2_x1_0.eval",
            ShufflenetV2X10Eval::OUTPUT.to_string(),
            "1000",
            "ShufflenetV2X10Eval",
        ),
        (
            "shufflenet_v2_x1_0.preserve",
            ShufflenetV2X10Preserve::OUTPUT.to_string(),
            "1000",
            "ShufflenetV2X10Preserve",
        ),
        (
            "unet.eval",
            UnetEval::OUTPUT.to_string(),
            "64x64x2",
            "UnetEval",
        ),
        (
            "unet.preserve",
            UnetPreserve::OUTPUT.to_string(),
            "64x64x2",
            "UnetPreserve",
        ),
    ];
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    for (stem, output, torch, name) in fixtures {
        assert_eq!(output, torch, "{stem}");
        let printed = Command::new(env!("CARGO_BIN_EXE_cnn"))
            .args(["import", &format!("{stem}.onnx"), "--rust", name])
            .current_dir(here.join("onnx"))
            .output()
            .expect("cnn runs");
        assert!(printed.status.success(), "{stem}");
        let committed = std::fs::read_to_string(here.join(format!("imported/{stem}.rs"))).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&printed.stdout),
            committed,
            "{stem}: run `bash scripts/import_golden.sh`"
        );
    }
}
