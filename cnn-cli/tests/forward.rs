//! `cnn import --weights`, then the declaration's forward pass, against
//! onnxruntime's output on the same input: the small models of
//! tests/onnx/forward/, weights kept, written with their input and
//! onnxruntime's output by scripts/export_onnx_forward.py.
//!
//! The declaration is run without the macro, as the macro would: checked
//! by `cnn_lang`, its plan's program run by `cnn_run::forward` on
//! the weights `cnn_run::safetensors::load` finds by the table's keys.

use std::path::{Path, PathBuf};
use std::process::Command;

/// An input or output as onnxruntime has it: NCHW, flat.
struct Array {
    shape: Vec<usize>,
    values: Vec<f32>,
}

fn array(entry: &serde_json::Value, name: &str) -> Array {
    let numbers = |value: &serde_json::Value| -> Vec<f64> {
        let list = value.as_array().expect("an array");
        list.iter().map(|v| v.as_f64().expect("a number")).collect()
    };
    Array {
        shape: numbers(&entry[format!("{name}_shape")])
            .into_iter()
            .map(|d| d as usize)
            .collect(),
        values: numbers(&entry[name])
            .into_iter()
            .map(|v| v as f32)
            .collect(),
    }
}

/// Channels first ([N, C, rest...]) to channels last ([rest..., C]), or
/// back when `back`.
fn permute(array: &Array, back: bool) -> Vec<f32> {
    let channels = array.shape.get(1).copied().unwrap_or(1);
    let positions = array.values.len() / channels.max(1);
    let mut out = vec![0.0; array.values.len()];
    for c in 0..channels {
        for p in 0..positions {
            let (first, last) = (c * positions + p, p * channels + c);
            if back {
                out[first] = array.values[last];
            } else {
                out[last] = array.values[first];
            }
        }
    }
    out
}

/// The declaration's forward pass on `input`, with the weights that
/// `cnn import --weights` writes for `file`: the output, NCHW, and the
/// declaration's parameters and MACs.
fn forward(file: &Path, input: &Array, output_shape: &[usize]) -> (Vec<f32>, u64, u64) {
    let weights = std::env::temp_dir().join(format!(
        "cnn-forward-{}-{}.safetensors",
        std::process::id(),
        file.file_name().unwrap().to_string_lossy()
    ));
    let run = Command::new(env!("CARGO_BIN_EXE_cnn"))
        .arg("import")
        .arg(file)
        .arg("--weights")
        .arg(&weights)
        .output()
        .expect("the cnn binary runs");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{}: {stderr}", file.display());
    let text = String::from_utf8_lossy(&run.stdout);
    let bytes = std::fs::read(&weights).expect("--weights wrote its file");
    let _ = std::fs::remove_file(&weights);

    let network = cnn_lang::check(&text, Some("Imported"))
        .network
        .expect("the declaration checks");
    let table = cnn_lang::tensors(&network).expect("the tensors have keys");
    let tensors: Vec<cnn_run::safetensors::Tensor> = table
        .iter()
        .map(|t| cnn_run::safetensors::Tensor {
            key: Box::leak(t.key.clone().into_boxed_str()),
            shape: Box::leak(t.shape.iter().map(|&d| d as usize).collect()),
            offset: t.offset as usize,
        })
        .collect();
    let len = tensors.iter().map(|t| t.offset + t.elements()).max();
    let mut values = vec![0.0; len.unwrap_or(0)];
    cnn_run::safetensors::load(&bytes, &tensors, &mut values)
        .unwrap_or_else(|error| panic!("{}: {error}", file.display()));

    let plan = network.plan.expect("the network is planned");
    let mut arena = vec![0.0; plan.header.arena_len];
    let x = permute(input, false);
    let y = cnn_run::forward(&plan.encode(), &values, &x, &mut arena)
        .unwrap_or_else(|error| panic!("{}: {error}", file.display()));
    let y = Array {
        shape: output_shape.to_vec(),
        values: y.to_vec(),
    };
    (
        permute(&y, true),
        network.totals.params,
        network.totals.macs,
    )
}

/// Runs every file of `dir`'s expected.json; gives each one's largest
/// difference from onnxruntime, over the output's scale (max(1, max|y|)).
fn compare(dir: &Path) -> Vec<(String, f32)> {
    let text = std::fs::read_to_string(dir.join("expected.json")).expect("expected.json");
    let expected: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let mut results = Vec::new();
    for (file, entry) in expected.as_object().expect("an object") {
        let input = array(entry, "input");
        let output = array(entry, "output");
        let (ours, params, macs) = forward(&dir.join(file), &input, &output.shape);
        // torch's counts (gemm.onnx's worked by hand), where the script
        // recorded them: not for scripts/check_import_forward.py's folder.
        if entry["params"].as_u64().unwrap_or(0) > 0 {
            assert_eq!(Some(params), entry["params"].as_u64(), "{file}: params");
            assert_eq!(Some(macs), entry["macs"].as_u64(), "{file}: MACs");
        }
        assert_eq!(ours.len(), output.values.len(), "{file}");
        let scale = output.values.iter().fold(1f32, |m, v| m.max(v.abs()));
        let worst = ours
            .iter()
            .zip(&output.values)
            .fold(0f32, |m, (a, b)| m.max((a - b).abs()));
        results.push((file.clone(), worst / scale));
    }
    results
}

/// Every small model matches onnxruntime within 1e-4 of its output's
/// scale, and gives torch's parameters and MACs.
#[test]
fn small_models_match_onnxruntime() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/onnx/forward");
    let results = compare(&dir);
    assert_eq!(
        results.len(),
        11,
        "tiny, layers, signal, mixes and pregelu in both modes, gemm"
    );
    for (file, difference) in results {
        println!("{file}: largest difference {difference:.3e} of the output's scale");
        assert!(difference <= 1e-4, "{file}: {difference}");
    }
}

/// The forms exporters write that the importer rewrites (TensorFlow's
/// "same" pads computed from the input size, an Add of zero, group norm as
/// instance norm, an unequal split that is a finer equal one, ConvNeXt's
/// head, LayerNorm decomposed before opset 17, a parameter through a
/// Reshape), in both exporters and at opsets 13 and 17:
/// scripts/export_onnx_canon.py's model matches
/// onnxruntime, and gives torch's parameters and MACs.
#[test]
fn canonical_forms_match_onnxruntime() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/onnx/canon");
    let results = compare(&dir);
    assert_eq!(
        results.len(),
        4,
        "opset 13, opset 17, preserve and the default exporter"
    );
    for (file, difference) in results {
        println!("{file}: largest difference {difference:.3e} of the output's scale");
        assert!(difference <= 1e-4, "{file}: {difference}");
    }
}

/// GCNet's global context (timm's `GlobalContext`, added and as a gate) in
/// both exporters and at opsets 13 and 17: scripts/export_onnx_context.py's
/// model matches onnxruntime, and gives torch's parameters and MACs.
#[test]
fn global_context_matches_onnxruntime() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/onnx/context");
    let results = compare(&dir);
    assert_eq!(
        results.len(),
        3,
        "opset 13, opset 17 and the default exporter"
    );
    for (file, difference) in results {
        println!("{file}: largest difference {difference:.3e} of the output's scale");
        assert!(difference <= 1e-4, "{file}: {difference}");
    }
}

/// Weight-standardised convs (timm's `ScaledStdConv2d` and `StdConv2d`,
/// read as `scaledws` and `ws`) and NF nets' constant multiplies and a
/// division (`times`), in both exporters: scripts/export_onnx_nf.py's
/// model matches onnxruntime, and gives torch's parameters (the gains
/// among them) and MACs.
#[test]
fn nf_net_matches_onnxruntime() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/onnx/nf");
    let results = compare(&dir);
    assert_eq!(results.len(), 2, "the legacy and the default exporter");
    for (file, difference) in results {
        println!("{file}: largest difference {difference:.3e} of the output's scale");
        assert!(difference <= 1e-5, "{file}: {difference}");
    }
}

/// The same on a folder that scripts/check_import_forward.py writes (the
/// torchvision models, too large to commit):
/// `CNN_FORWARD_DIR=/tmp/forward cargo test -p cnn-cli --release --test
/// forward -- --ignored --nocapture`.
#[test]
#[ignore = "needs CNN_FORWARD_DIR, from scripts/check_import_forward.py"]
fn folder_matches_onnxruntime() {
    let dir = PathBuf::from(std::env::var("CNN_FORWARD_DIR").expect("CNN_FORWARD_DIR is set"));
    for (file, difference) in compare(&dir) {
        println!("{file}: largest difference {difference:.3e} of the output's scale");
        assert!(difference <= 1e-4, "{file}: {difference}");
    }
}
