//! torch's own `state_dict`, saved with safetensors, loads into the
//! declaration `cnn import` prints for the model's default export, and
//! the forward pass on it gives torch's output: the declaration's tensor
//! keys are torch's (`blocks.1.0.conv_exp.weight`). The fixture,
//! tests/onnx/names/, is written by scripts/torch_names_fixture.py.
//!
//! The declaration is run without the macro, as the macro would: checked
//! by `cnn_lang`, its tensors looked up by key in the file by
//! `cnn_run::safetensors::load` (what `NameWeights::from_safetensors`
//! calls), its plan run by `cnn_run::forward`.

use std::path::Path;
use std::process::Command;

fn numbers(value: &serde_json::Value) -> Vec<f64> {
    let list = value.as_array().expect("an array");
    list.iter().map(|v| v.as_f64().expect("a number")).collect()
}

#[test]
fn torch_state_dict_loads_into_the_imported_declaration_and_runs_as_torch() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/onnx/names");
    let text = std::fs::read_to_string(dir.join("expected.json")).expect("expected.json");
    let expected: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let file = expected["file"].as_str().expect("a file name");
    let run = Command::new(env!("CARGO_BIN_EXE_cnn"))
        .arg("import")
        .arg(dir.join(file))
        .output()
        .expect("the cnn binary runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let declaration = String::from_utf8_lossy(&run.stdout);
    let network = cnn_lang::check(&declaration, Some("Imported"))
        .network
        .expect("the declaration checks");
    assert_eq!(
        Some(network.totals.params),
        expected["params"].as_u64(),
        "torch's parameter count"
    );

    // Every key is torch's, in the state_dict's order.
    let table = cnn_lang::tensors(&network).expect("the tensors have keys");
    let keys: Vec<&str> = table.iter().map(|t| t.key.as_str()).collect();
    let torch: Vec<&str> = expected["keys"]
        .as_array()
        .expect("the keys")
        .iter()
        .map(|k| k.as_str().expect("a key"))
        .collect();
    assert_eq!(keys, torch);

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
    let bytes = std::fs::read(dir.join("state_dict.safetensors")).expect("the state_dict");
    cnn_run::safetensors::load(&bytes, &tensors, &mut values)
        .unwrap_or_else(|error| panic!("torch's state_dict does not load: {error}"));

    // NCHW to channels last.
    let input = numbers(&expected["input"]);
    let shape = numbers(&expected["input_shape"]);
    let channels = shape[1] as usize;
    let positions = input.len() / channels;
    let mut x = vec![0f32; input.len()];
    for c in 0..channels {
        for p in 0..positions {
            x[p * channels + c] = input[c * positions + p] as f32;
        }
    }
    let plan = network.plan.expect("the network is planned");
    let mut arena = vec![0.0; plan.header.arena_len];
    let y = cnn_run::forward(&plan.encode(), &values, &x, &mut arena).expect("it runs");
    let output = numbers(&expected["output"]);
    assert_eq!(y.len(), output.len());
    let scale = output.iter().fold(1f64, |m, v| m.max(v.abs()));
    let worst = y
        .iter()
        .zip(&output)
        .fold(0f64, |m, (&a, &b)| m.max((f64::from(a) - b).abs()));
    println!("largest difference from torch: {worst:.3e} of the output's scale {scale:.3}");
    assert!(worst / scale <= 1e-4, "{worst}");
}
