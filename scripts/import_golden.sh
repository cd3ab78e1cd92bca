#!/usr/bin/env bash
# Writes cnn-cli/tests/imported/: `cnn import --rust` of every ONNX fixture
# in both export modes, and imported.rs, which compiles each with `cnn!`
# and asserts torch's numbers from cnn-cli/tests/onnx/expected.json (which
# scripts/export_onnx.py measured with torch). cnn-cli/tests/imported.rs
# also checks that importing still prints exactly these files.
# Run from the repository: bash scripts/import_golden.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
cargo build --quiet -p cnn-cli
cnn="$PWD/target/debug/cnn"
out="$PWD/cnn-cli/tests/imported"
mkdir -p "$out"
cd cnn-cli/tests/onnx
python3 - "$cnn" "$out" <<'PY'
import json, subprocess, sys
cnn, out = sys.argv[1], sys.argv[2]
expected = json.load(open("expected.json"))
fixtures = sorted(k for k in expected if k.endswith((".preserve.onnx", ".eval.onnx")))
lines = []
for file in fixtures:
    stem = file[: -len(".onnx")]
    name = "".join(part.capitalize() for part in stem.replace(".", "_").split("_"))
    text = subprocess.run([cnn, "import", file, "--rust", name], check=True,
                          capture_output=True, text=True).stdout
    open(f"{out}/{stem}.rs", "w").write(text)
    e = expected[file]
    shape = "x".join(str(n) for n in e["output"])
    lines.append((file, stem, name, e["params"], e["macs"], shape))
with open(f"{out}/../imported.rs", "w") as f:
    f.write("//! Every ONNX fixture, imported with `cnn import --rust` (the files in\n")
    f.write("//! `tests/imported/`, written by `scripts/import_golden.sh`), compiles with\n")
    f.write("//! `cnn!` and gives torch's parameters and MACs (asserted at compile time)\n")
    f.write("//! and output shape, as `scripts/export_onnx.py` measured them with torch\n")
    f.write("//! (`tests/onnx/expected.json`); and importing a fixture today still\n")
    f.write("//! prints exactly its file.\n\n")
    f.write("use std::process::Command;\n\nuse cnn::cnn;\n\n")
    for file, stem, name, params, macs, shape in lines:
        f.write(f'include!("imported/{stem}.rs");\n')
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
""")
PY
rustfmt --edition 2021 "$root/cnn-cli/tests/imported.rs"
