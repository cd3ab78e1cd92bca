#!/usr/bin/env bash
# Writes cnn-cli/tests/imported/corpus/: `cnn import --rust` of every corpus model
# (cnn-cli/tests/onnx/corpus/, in both export modes, the legacy one with batch norm kept and at opsets 13 to 16), and corpus.rs, which compiles each with `cnn!`
# and asserts torch's numbers from cnn-cli/tests/onnx/corpus/expected.json (which
# scripts/export_onnx_corpus.py measured with torch). cnn-cli/tests/corpus.rs
# also checks that importing still prints exactly these files.
# Run from the repository: bash scripts/corpus_golden.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
cargo build --quiet -p cnn-cli
cnn="$PWD/target/debug/cnn"
out="$PWD/cnn-cli/tests/imported/corpus"
mkdir -p "$out"
cd cnn-cli/tests/onnx/corpus
python3 - "$cnn" "$out" <<'PY'
import json, subprocess, sys
cnn, out = sys.argv[1], sys.argv[2]
expected = json.load(open("expected.json"))
modes = ("legacy", "dynamo", "preserve", "opset13", "opset14", "opset15", "opset16")
fixtures = sorted(k for k in expected if k.endswith(tuple(f".{mode}.onnx" for mode in modes)))
lines = []
for file in fixtures:
    stem = file[: -len(".onnx")]
    name = "".join(part.capitalize() for part in stem.replace(".", "_").split("_"))
    run = subprocess.run([cnn, "import", file, "--rust", name], capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stderr, end="", file=sys.stderr)
        continue
    text = run.stdout
    open(f"{out}/{stem}.rs", "w").write(text)
    e = expected[file]
    shape = "x".join(str(n) for n in e["output"])
    lines.append((file, stem, name, e["params"], e["macs"], shape))
with open(f"{out}/../../corpus.rs", "w") as f:
    f.write("//! The corpus (timm models, torchvision's CNNs and the examples' M5 as\n")
    f.write("//! torch's two exporters write them, batch norm kept or folded, no ONNX\n")
    f.write("//! shape inference run), imported with `cnn import --rust`\n")
    f.write("//! (the files in `tests/imported/corpus/`, written by\n")
    f.write("//! `scripts/corpus_golden.sh`), compiles with `cnn!` and gives torch's\n")
    f.write("//! parameters and MACs (asserted at compile time) and output shape, as\n")
    f.write("//! `scripts/export_onnx_corpus.py` measured them with torch\n")
    f.write("//! (`tests/onnx/corpus/expected.json`); and importing a model today still\n")
    f.write("//! prints exactly its file.\n\n")
    f.write("use std::process::Command;\n\nuse cnn::cnn;\n\n")
    for file, stem, name, params, macs, shape in lines:
        f.write(f'include!("imported/corpus/{stem}.rs");\n')
        f.write(f"const _: () = assert!({name}::PARAMS == {params});\n")
        f.write(f"const _: () = assert!({name}::MACS == {macs});\n\n")
    f.write("#[test]\nfn each_gives_torchs_output_shape_and_imports_as_committed() {\n")
    f.write("    let fixtures = [\n")
    for file, stem, name, params, macs, shape in lines:
        f.write(f'        ("{stem}", {name}::OUTPUT.to_string(), "{shape}", "{name}"),\n')
    f.write("    ];\n")
    f.write("""    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    for (stem, output, torch, name) in fixtures {
        assert_eq!(output, torch, "{stem}");
        let printed = Command::new(env!("CARGO_BIN_EXE_cnn"))
            .args(["import", &format!("{stem}.onnx"), "--rust", name])
            .current_dir(here.join("onnx/corpus"))
            .output()
            .expect("cnn runs");
        assert!(printed.status.success(), "{stem}");
        let committed = std::fs::read_to_string(here.join(format!("imported/corpus/{stem}.rs"))).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&printed.stdout),
            committed,
            "{stem}: run `bash scripts/corpus_golden.sh`"
        );
    }
}
""")
PY
rustfmt --edition 2021 "$root/cnn-cli/tests/corpus.rs"
