//! `cnn import` on the ONNX files torch exported (tests/onnx/, written by
//! scripts/export_onnx.py): each declaration printed must check and give
//! torch's parameters, MACs and output shape, recorded by the script in
//! tests/onnx/expected.json.

use std::path::Path;
use std::process::Command;

fn import(file: &str, extra: &[&str]) -> (String, String, Option<i32>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/onnx");
    let output = Command::new(env!("CARGO_BIN_EXE_cnn"))
        .arg("import")
        .arg(dir.join(file))
        .args(extra)
        .output()
        .expect("the cnn binary runs");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code(),
    )
}

fn expected() -> serde_json::Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/onnx/expected.json");
    let text = std::fs::read_to_string(path).expect("expected.json is there");
    serde_json::from_str(&text).expect("expected.json is JSON")
}

fn shape(value: &serde_json::Value) -> String {
    let dims: Vec<String> = value
        .as_array()
        .expect("a shape is an array")
        .iter()
        .map(|d| d.to_string())
        .collect();
    dims.join("x")
}

/// Every fixture of expected.json imports to a network with torch's counts.
#[test]
fn torchvision_models_give_torchs_counts() {
    let expected = expected();
    let fixtures = expected.as_object().expect("an object of fixtures");
    assert_eq!(
        fixtures.len(),
        22,
        "resnet18, mobilenet_v2, mobilenet_v3_small, googlenet, efficientnet_b0, \
         shufflenet_v2_x1_0, convnext_tiny, densenet121, deeplabv3_resnet50, r3d_18 and \
         the U-Net, both modes"
    );
    for (file, numbers) in fixtures {
        let (stdout, stderr, code) = import(file, &[]);
        assert_eq!(code, Some(0), "{file}: {stderr}");
        let checked = cnn_lang::check(&stdout, Some("Imported"));
        assert!(
            checked.diagnostics.is_empty(),
            "{file}: {:?}\n{stdout}",
            checked.diagnostics
        );
        let network = checked.network.expect("a valid network");
        assert_eq!(
            network.totals.params,
            numbers["params"].as_u64().unwrap(),
            "{file}: params"
        );
        assert_eq!(
            network.totals.macs,
            numbers["macs"].as_u64().unwrap(),
            "{file}: MACs"
        );
        assert_eq!(
            network.input.to_string(),
            shape(&numbers["input"]),
            "{file}"
        );
        assert_eq!(
            network.output.to_string(),
            shape(&numbers["output"]),
            "{file}"
        );
    }
}

/// `text`'s lines without their indentation.
fn squash(text: &str) -> String {
    text.lines().map(str::trim).collect::<Vec<_>>().join("\n")
}

/// The preserve export keeps batch norm and the state_dict names, which
/// become torch's modules, named sequences whose tensor keys are the
/// state_dict's (`layer2.0.downsample.0.weight`); the eval export folds
/// batch norm into biased convs.
#[test]
fn names_and_folded_batch_norm() {
    let (preserve, _, _) = import("resnet18.preserve.onnx", &[]);
    assert!(preserve.contains("\nconv1: conv 7x7x64 stride 2 pad 3 nobias;\nbn1: bn;\n"));
    assert!(
        preserve.contains(
            "layer1: {\n    0: {\n        residual {\n            conv1: conv 3x3x64 pad 1 \
             nobias;\n            bn1: bn;\n"
        ),
        "{preserve}"
    );
    assert!(
        preserve.contains(
            "                downsample: {\n                    0: conv 1x1x128 stride 2 \
             nobias;\n                    1: bn;\n                }\n"
        ),
        "{preserve}"
    );
    assert!(preserve.contains("fc: fc 1000;"));
    let (eval, _, _) = import("resnet18.eval.onnx", &[]);
    assert!(!eval.contains("bn;"), "{eval}");
    assert!(
        eval.contains("\nconv 7x7x64 stride 2 pad 3;\nrelu;\n"),
        "{eval}"
    );
    let (mobilenet, _, _) = import("mobilenet_v2.eval.onnx", &[]);
    assert!(mobilenet.contains("dwconv 3x3 pad 1;"), "{mobilenet}");
    assert!(mobilenet.contains("relu6;"), "{mobilenet}");
}

/// Squeeze-excite is a `mul` of the map and its gate; an inception module
/// is a `concat` of four branches, in the order of the Concat's inputs.
#[test]
fn squeeze_excite_and_inception() {
    let (mobilenet, _, _) = import("mobilenet_v3_small.preserve.onnx", &[]);
    assert!(
        squash(&mobilenet).contains(&squash(
            "1: {\nmul {\n{\ngap;\nfc1: conv 1x1x8;\nrelu;\nfc2: conv 1x1x16;\n\
                 hardsigmoid;\n}\n{}\n}\n}\n"
        )),
        "{mobilenet}"
    );
    assert!(mobilenet.contains("hardswish;"));
    let (googlenet, _, _) = import("googlenet.eval.onnx", &[]);
    assert_eq!(googlenet.matches("concat {").count(), 9, "{googlenet}");
    assert!(
        googlenet.contains("maxpool 3 stride 2 ceil;"),
        "{googlenet}"
    );
    assert!(googlenet.contains("        maxpool 3 stride 1 pad 1 ceil;\n        conv 1x1x32;\n"));
}

/// `--rust NAME` wraps the same statements in a `cnn!` block; `-o` writes
/// the file that `cnn check` then reads.
#[test]
fn rust_block_and_output_file() {
    let (statements, _, _) = import("mobilenet_v2.preserve.onnx", &[]);
    let (block, _, code) = import("mobilenet_v2.preserve.onnx", &["--rust", "MobileNetV2"]);
    assert_eq!(code, Some(0));
    assert!(block.starts_with("cnn! {\n"), "{block}");
    assert!(block.contains("    pub struct MobileNetV2 {\n        input 224x224x3;\n"));
    assert!(block.ends_with("    }\n}\n"));
    let body: Vec<&str> = statements.lines().skip(1).collect();
    let inner: Vec<&str> = block
        .lines()
        .skip(3)
        .take(body.len())
        .map(|line| line.strip_prefix("        ").unwrap_or(line))
        .collect();
    assert_eq!(inner, body);

    let out = std::env::temp_dir().join(format!("cnn-import-{}.cnn", std::process::id()));
    let out_arg = out.display().to_string();
    let (stdout, stderr, code) = import("resnet18.eval.onnx", &["-o", &out_arg]);
    assert_eq!((code, stdout.as_str()), (Some(0), ""), "{stderr}");
    let check = Command::new(env!("CARGO_BIN_EXE_cnn"))
        .args(["check", &out_arg])
        .output()
        .expect("the cnn binary runs");
    let _ = std::fs::remove_file(&out);
    assert!(check.status.success());
    let line = String::from_utf8_lossy(&check.stdout);
    assert!(line.contains("224x224x3 -> 1000"), "{line}");
}

/// ShuffleNetV2's unit is `shuffle 2` and a `split` whose first branch is
/// `{}`; equal unnamed units fold into `repeat`.
#[test]
fn shuffle_split_and_repeat() {
    let (eval, _, _) = import("shufflenet_v2_x1_0.eval.onnx", &[]);
    assert!(
        eval.contains(
            "repeat 3 {\n    shuffle 2;\n    split {\n        {}\n        {\n            \
             conv 1x1x58;\n            relu;\n            dwconv 3x3 pad 1;\n"
        ),
        "{eval}"
    );
    // Named layers never fold: a name belongs to one layer.
    let (preserve, _, _) = import("shufflenet_v2_x1_0.preserve.onnx", &[]);
    assert!(!preserve.contains("repeat"), "{preserve}");
    assert_eq!(preserve.matches("split {").count(), 13, "{preserve}");
}

/// ConvNeXt's channels-last section (Transpose, LayerNormalization,
/// MatMul, GELU as Div/Erf/Add/Mul/Mul, MatMul, Transpose) and its layer
/// scale, its Linear layers named after the weight behind the Transpose
/// the exporter puts before each MatMul; EfficientNet's x*sigmoid(x).
#[test]
fn convnext_and_silu() {
    let (convnext, _, _) = import("convnext_tiny.preserve.onnx", &[]);
    assert!(
        squash(&convnext).contains(&squash(
            "residual {\nblock: {\n0: dwconv 7x7 pad 3;\n2: layernorm eps 1e-6;\n3: conv 1x1x384;\n\
                 gelu;\n5: conv 1x1x96;\n}\nlayer_scale: scale;\n}\n"
        )),
        "{convnext}"
    );
    let (efficientnet, _, _) = import("efficientnet_b0.eval.onnx", &[]);
    assert_eq!(efficientnet.matches("silu;").count(), 49, "{efficientnet}");
}

/// The U-Net's skips nest `concat { {} { ... } }`, its ConvTranspose is
/// `convtranspose`; r3d_18's clip is `16x112x112x3` with 3-D kernels.
#[test]
fn unet_and_video() {
    let (unet, _, _) = import("unet.preserve.onnx", &[]);
    assert!(
        unet.contains("up2: convtranspose 2x2x32 stride 2;"),
        "{unet}"
    );
    assert!(unet.contains("concat {\n    {}\n    {\n"), "{unet}");
    assert!(
        unet.contains("        concat {\n            {}\n"),
        "{unet}"
    );
    let (r3d, _, _) = import("r3d_18.preserve.onnx", &[]);
    assert!(
        r3d.contains(
            "input 16x112x112x3;\nstem: {\n    0: conv 3x7x7x64 stride 1x2x2 pad 1x3x3 nobias;"
        ),
        "{r3d}"
    );
}

/// DenseNet's Concat of every earlier feature nests, one `concat { {}
/// { layer } }` per layer; DeepLabV3's ASPP is a `concat` of five
/// branches, its pooling branch resized back to the map.
#[test]
fn densenet_and_deeplab() {
    let (densenet, _, _) = import("densenet121.preserve.onnx", &[]);
    assert_eq!(densenet.matches("concat {\n").count(), 58, "{densenet}");
    assert!(squash(&densenet).contains(&squash(
        "denseblock1: {\ndenselayer1: {\nconcat {\n{}\n{\nnorm1: bn;\n"
    )));
    let (deeplab, _, _) = import("deeplabv3_resnet50.eval.onnx", &[]);
    assert!(
        deeplab.contains("        resize 65x65 bilinear;\n    }\n}\n"),
        "{deeplab}"
    );
    assert!(deeplab.ends_with("classifier: {\n    4: conv 1x1x21;\n}\nresize 520x520 bilinear;\n"));
}
