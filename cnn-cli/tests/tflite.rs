//! Every `.tflite` fixture of `tests/int8` (TFLite's converter's int8
//! models, made by `scripts/int8/make_int8.py`), imported with `cnn import
//! --rust` (the files in `tests/imported/tflite/`, written by
//! `scripts/tflite_golden.sh`): each compiles with `cnn!` and gives the
//! parameters and MACs that the fixture's JSON records (counted by the
//! fixture script from the file's tensors, asserted at compile time in
//! `fixtures.rs` and against the JSON here), each statement gives the
//! shape of the tensor its operator writes as the JSON lists it, and
//! importing a fixture today still prints exactly its file. The fixtures
//! the language cannot declare (several inputs) are refused, naming why.
//! MobileNetV2 (residual adds: blocks of branches) is checked so when
//! `scripts/int8/make_int8.py` has made its `.tflite` in `target/int8`;
//! without it, its committed declaration still compiles at its JSON's
//! counts.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use cnn::cnn;
use cnn_core::Kind;
use serde_json::Value;

include!("imported/tflite/fixtures.rs");

/// The repository, where the fixtures are.
fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The fixture's JSON, beside its `.tflite` (or in `tests/int8` for one
/// made on demand in `target/int8`).
fn figures(file: &str) -> Value {
    let json = file
        .replace("target/int8/", "tests/int8/")
        .replace(".tflite", ".json");
    let json = repository().join(json);
    let text = fs::read_to_string(&json).unwrap_or_else(|e| panic!("{}: {e}", json.display()));
    serde_json::from_str(&text).expect("the fixture's JSON")
}

/// Whether the fixture's `.tflite` is there: MobileNetV2's (4 MB) is made
/// on demand by `scripts/int8/make_int8.py` in `target/int8`, and its
/// committed declaration is checked against its JSON's counts without it.
fn made(file: &str) -> bool {
    let there = repository().join(file).exists();
    if !there {
        eprintln!("{file} is not there: run scripts/int8/make_int8.py to check it too");
    }
    there
}

#[test]
fn every_fixture_imports_as_committed_or_is_refused() {
    let mut files = Vec::new();
    for dir in ["tests/int8", "tests/int8/kinds"] {
        for entry in fs::read_dir(repository().join(dir)).expect("tests/int8") {
            let path = entry.expect("an entry").path();
            if path.extension().is_some_and(|e| e == "tflite") {
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                files.push(format!("{dir}/{name}"));
            }
        }
    }
    files.sort();
    let mut listed: Vec<String> = IMPORTED
        .iter()
        .filter(|f| f.0.starts_with("tests/"))
        .map(|f| f.0.to_string())
        .collect();
    listed.extend(REFUSED.iter().map(|f| f.0.to_string()));
    listed.sort();
    assert_eq!(files, listed, "run scripts/tflite_golden.sh");
    for (file, key, _, _) in IMPORTED.iter().filter(|f| made(f.0)) {
        let name: String = key
            .split('_')
            .map(|part| part[..1].to_uppercase() + &part[1..])
            .collect();
        let printed = Command::new(env!("CARGO_BIN_EXE_cnn"))
            .current_dir(repository())
            .args(["import", file, "--rust", &name])
            .output()
            .expect("cnn import");
        assert!(printed.status.success(), "{file}: {printed:?}");
        let golden = repository().join(format!("cnn-cli/tests/imported/tflite/{key}.rs"));
        let committed = fs::read_to_string(golden).expect("the committed declaration");
        assert_eq!(
            String::from_utf8_lossy(&printed.stdout),
            committed,
            "{file}"
        );
    }
    for (file, why) in REFUSED {
        let path = repository().join(file);
        let error =
            cnn_import::import_file(&path, &cnn_import::Options::default()).expect_err("a refusal");
        let relative = error.to_string().replace(&path.display().to_string(), file);
        assert_eq!(relative, *why);
    }
}

/// How `fixtures.rs` runs one import: the model's bytes (or the image of
/// its tables) and its inputs in, its outputs out.
type Run = fn(&[u8], Option<&[u8]>, &[u8]) -> Result<Vec<u8>, String>;

/// The image `cnn import FILE --image` writes.
fn cli_image(file: &str) -> Vec<u8> {
    let out = std::env::temp_dir().join(format!(
        "cnn-image-{}-{}.cnn8",
        std::process::id(),
        file.replace('/', "_")
    ));
    let status = Command::new(env!("CARGO_BIN_EXE_cnn"))
        .current_dir(repository())
        .args(["import", file, "--image"])
        .arg(&out)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("cnn import --image");
    assert!(status.success(), "{file}: cnn import --image failed");
    let image = fs::read(&out).expect("the image");
    let _ = fs::remove_file(&out);
    image
}

/// A zeroed arena of `N` bytes on the heap (MobileNetV2's is 1.5 MB).
fn arena<const N: usize>() -> Box<[u8; N]> {
    vec![0u8; N].into_boxed_slice().try_into().expect("N bytes")
}

/// One case of a fixture's `.in`, as the int8 values it holds.
fn int8<const N: usize>(case: &[u8]) -> Box<[i8; N]> {
    let values: Vec<i8> = case.iter().map(|&b| b as i8).collect();
    values.into_boxed_slice().try_into().expect("N values")
}

/// The int8 outputs as the bytes `.out` holds.
fn bytes(values: &[i8]) -> impl Iterator<Item = u8> + '_ {
    values.iter().map(|&v| v as u8)
}

/// What `cnn import` prints for an int8 model runs it: the declaration
/// with `#[cnn(int8)]`, the weights `from_tflite` reads from the same file,
/// and `forward_int8` gives TFLM's bytes on every case of the fixture (the
/// `.out` the fixture script recorded from TFLM's interpreter). The
/// two-input kinds are refused above, so every import here has one input.
#[test]
fn every_import_runs_bit_for_bit_with_tflm() {
    let mut checked = 0;
    for (file, run) in RUNS.iter().filter(|r| made(r.0)) {
        let model = fs::read(repository().join(file)).expect("the model");
        let inputs = fs::read(repository().join(file.replace(".tflite", ".in"))).expect(".in");
        let expected = fs::read(
            repository().join(
                file.replace("target/int8/", "tests/int8/")
                    .replace(".tflite", ".out"),
            ),
        )
        .expect(".out");
        // The tables from the model, and from the image `cnn import
        // --image` writes of it.
        let image = cli_image(file);
        assert!(image.len() < model.len(), "{file}");
        for (how, image) in [("from_tflite", None), ("from_image", Some(&image[..]))] {
            let outputs = run(&model, image, &inputs).unwrap_or_else(|e| panic!("{file}: {e}"));
            assert_eq!(outputs.len(), expected.len(), "{file}, {how}");
            if let Some(at) = (0..outputs.len()).find(|&i| outputs[i] != expected[i]) {
                panic!(
                    "{file}, {how}: byte {at} is {} where TFLM's is {}",
                    outputs[at] as i8, expected[at] as i8
                );
            }
        }
        checked += 1;
    }
    assert!(
        checked >= RUNS.len() - 1,
        "only {checked} of {} ran",
        RUNS.len()
    );
}

#[test]
fn counts_are_the_fixture_scripts() {
    for (file, _, params, macs) in IMPORTED {
        let figures = figures(file);
        assert_eq!(figures["params"].as_u64(), Some(*params), "{file}");
        assert_eq!(figures["macs"].as_u64(), Some(*macs), "{file}");
    }
}

/// The statement an operator of TFLite's is, its first word.
fn statement(op: &str) -> &'static str {
    match op {
        "CONV_2D" => "conv",
        "DEPTHWISE_CONV_2D" => "dwconv",
        "FULLY_CONNECTED" => "fc",
        "AVERAGE_POOL_2D" => "avgpool",
        "MAX_POOL_2D" => "maxpool",
        "MEAN" => "gap",
        "PAD" | "PADV2" => "zeropad",
        "SOFTMAX" => "softmax",
        "LOGISTIC" => "sigmoid",
        "TANH" => "tanh",
        "RELU" => "relu",
        "RELU6" => "relu6",
        "HARD_SWISH" => "hardswish",
        "LEAKY_RELU" => "leakyrelu",
        "RESIZE_NEAREST_NEIGHBOR" | "RESIZE_BILINEAR" => "resize",
        "TRANSPOSE_CONV" => "convtranspose",
        "RESHAPE" => "flatten",
        other => panic!("no statement for {other}"),
    }
}

/// `text` with each `repeat N { ... }` written out N times (the rows of
/// a repeat are its body's once).
fn unrolled(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim();
        let Some(count) = line
            .strip_prefix("repeat ")
            .and_then(|rest| rest.strip_suffix(" {"))
            .and_then(|n| n.parse::<usize>().ok())
        else {
            out.push(lines[i].to_string());
            i += 1;
            continue;
        };
        // The body: up to the brace that closes this one.
        let mut depth = 1;
        let mut end = i + 1;
        while depth > 0 {
            depth += lines[end].matches('{').count();
            depth -= lines[end].matches('}').count();
            end += 1;
        }
        let body = unrolled(&lines[i + 1..end - 1].join("\n"));
        for _ in 0..count {
            out.push(body.clone());
        }
        i = end;
    }
    out.join("\n")
}

/// Each operator of `figures` (the fixture's JSON) against the rows of
/// `declaration`, in order: the layer's statement and the fused
/// activation's, each giving the shape of the operator's output tensor.
fn check_rows(file: &str, declaration: &str, figures: &Value) {
    let network = cnn_lang::check(&unrolled(declaration), Some("Imported"))
        .network
        .unwrap_or_else(|| panic!("{file} does not check"));
    let rows: Vec<_> = network
        .rows
        .iter()
        .filter(|row| !matches!(row.kind, Kind::Input | Kind::Block(_) | Kind::From))
        .collect();
    let mut next = 0;
    let ops = figures["ops"].as_array().expect("ops");
    for (i, op) in ops.iter().enumerate() {
        let code = op["op"].as_str().expect("an op name");
        // The big models' JSON gives the shapes alone.
        let output = match &op["outputs"][0]["shape"] {
            Value::Null => &op["output_shapes"][0],
            shape => shape,
        };
        let dims: Vec<String> = output.as_array().expect("a shape")[1..]
            .iter()
            .map(|d| d.to_string())
            .collect();
        let mut shape = dims.join("x");
        if code == "MEAN" && op["options"]["keep_dims"] == false {
            shape = format!("1x1x{shape}");
        }
        let mut words = Vec::new();
        match code {
            "QUANTIZE" | "DEQUANTIZE" | "ADD" | "MUL" | "CONCATENATION" => {}
            // `fc` flattens a map itself: a RESHAPE before it is no row.
            "RESHAPE" if ops.get(i + 1).is_some_and(|n| n["op"] == "FULLY_CONNECTED") => {}
            code => words.push(statement(code)),
        }
        match op["options"]["fused_activation_function"].as_str() {
            None | Some("NONE") => {}
            Some("RELU") => words.push("relu"),
            Some("RELU6") => words.push("relu6"),
            Some("TANH") => words.push("tanh"),
            Some(other) => panic!("{file}: operator {i} fuses {other}"),
        }
        for word in words {
            let row = rows
                .get(next)
                .unwrap_or_else(|| panic!("{file}: no row for operator {i} ({code})"));
            assert_eq!(
                row.spec.split(' ').next(),
                Some(word),
                "{file}: operator {i} ({code}) is `{}`",
                row.spec
            );
            assert_eq!(
                row.step.output.to_string(),
                shape,
                "{file}: operator {i} ({code}), `{}`",
                row.spec
            );
            next += 1;
        }
    }
    assert_eq!(
        next,
        rows.len(),
        "{file}: rows left after the last operator"
    );
    assert_eq!(
        network.totals.params,
        figures["params"].as_u64().expect("params"),
        "{file}"
    );
    assert_eq!(
        network.totals.macs,
        figures["macs"].as_u64().expect("macs"),
        "{file}"
    );
}

#[test]
fn each_statement_gives_its_operators_shape() {
    for (file, _, _, _) in IMPORTED.iter().filter(|f| made(f.0)) {
        let path = repository().join(file);
        let imported = cnn_import::import_file(&path, &cnn_import::Options::default())
            .unwrap_or_else(|e| panic!("{e}"));
        check_rows(file, &imported.declaration, &figures(file));
    }
}

/// The images the firmware loads (firmware/src/int8.rs) are what `cnn
/// import --image` writes of their models today (scripts/tflite_golden.sh
/// writes them again); the firmware checks their outputs against TFLM's on
/// QEMU, and `every_import_runs_bit_for_bit_with_tflm` here.
#[test]
fn the_firmwares_images_are_current() {
    for model in [
        "tests/int8/lenet",
        "tests/int8/ds_cnn",
        "tests/int8/person_detect",
        "bench/mcu/models/ds_cnn",
        "bench/mcu/models/person_detect",
    ] {
        let committed = fs::read(repository().join(format!("{model}.cnn8"))).expect("the image");
        assert!(
            cli_image(&format!("{model}.tflite")) == committed,
            "{model}.cnn8 is not what `cnn import --image` writes: run scripts/tflite_golden.sh"
        );
    }
}
