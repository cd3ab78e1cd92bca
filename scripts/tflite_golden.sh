#!/usr/bin/env bash
# Writes cnn-cli/tests/imported/tflite/: `cnn import --rust` of every
# .tflite fixture of tests/int8 (made by scripts/int8/make_int8.py), and
# fixtures.rs, which cnn-cli/tests/tflite.rs includes: each declaration
# compiled with `cnn!`, its PARAMS and MACS asserted at compile time to be
# the `params` and `macs` of the fixture's JSON (counted by
# scripts/int8/describe.py from the file's own tensors, not by cnn), and
# the fixtures the language cannot declare, with the refusal each gives.
# MobileNetV2 is imported from target/int8/mobilenet_v2.tflite, which
# scripts/int8/make_int8.py makes on demand (4 MB, not committed).
# Run from the repository: bash scripts/tflite_golden.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet -p cnn-cli
python3 - "$PWD/target/debug/cnn" <<'PY'
import glob, json, os, subprocess, sys
cnn = sys.argv[1]
out = "cnn-cli/tests/imported/tflite"
os.makedirs(out, exist_ok=True)
for old in glob.glob(f"{out}/*.rs"):
    os.remove(old)
files = sorted(glob.glob("tests/int8/*.tflite")) + sorted(glob.glob("tests/int8/kinds/*.tflite"))
# MobileNetV2's 4 MB .tflite is made on demand (scripts/int8/make_int8.py
# writes it to target/int8/); its JSON is committed, and so is its import.
on_demand = [("target/int8/mobilenet_v2.tflite", "tests/int8/mobilenet_v2.json")]
missing = [f for f, _ in on_demand if not os.path.exists(f)]
if missing:
    sys.exit(f"{missing[0]} is missing: run scripts/int8/make_int8.py first")
imported, refused = [], []
for file in files + [f for f, _ in on_demand]:
    stem = os.path.basename(file)[: -len(".tflite")]
    key = ("kind_" if "/kinds/" in file else "") + stem
    name = "".join(part.capitalize() for part in key.split("_"))
    run = subprocess.run([cnn, "import", file, "--rust", name], capture_output=True, text=True)
    if run.returncode != 0:
        refused.append((file, run.stderr.splitlines()[0].removeprefix("error: ")))
        continue
    open(f"{out}/{key}.rs", "w").write(run.stdout)
    figures = json.load(open(dict(on_demand).get(file, file[: -len(".tflite")] + ".json")))
    imported.append((file, key, name, figures["params"], figures["macs"]))
with open(f"{out}/fixtures.rs", "w") as f:
    f.write("// Written by scripts/tflite_golden.sh: every .tflite fixture of tests/int8,\n")
    f.write("// its declaration and the oracle's counts, or the refusal it gives.\n\n")
    for file, key, name, params, macs in imported:
        f.write(f'include!("{key}.rs");\n')
        f.write(f"const _: () = assert!({name}::PARAMS == {params});\n")
        f.write(f"const _: () = assert!({name}::MACS == {macs});\n\n")
    f.write("/// The fixtures that import: file, declaration, PARAMS, MACS (a file\n")
    f.write("/// under target/ is made on demand by scripts/int8/make_int8.py).\n")
    f.write("const IMPORTED: &[(&str, &str, u64, u64)] = &[\n")
    for file, key, name, params, macs in imported:
        f.write(f'    ("{file}", "{key}", {name}::PARAMS, {name}::MACS),\n')
    f.write("];\n\n")
    f.write("/// Each int8 import run by `forward_int8` on its fixture's inputs, the\n")
    f.write("/// weights read by `from_tflite` from the same file (or `from_image` from\n")
    f.write("/// the image `cnn import --image` wrote of it): its outputs, case\n")
    f.write("/// after case, to compare with TFLM's (`.out`).\n")
    f.write("const RUNS: &[(&str, Run)] = &[\n")
    for file, key, name, params, macs in imported:
        f.write(f'    ("{file}", run_{key}),\n')
    f.write("];\n\n")
    for file, key, name, params, macs in imported:
        f.write(f"fn run_{key}(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {{\n")
        f.write(f"    let weights = match image {{\n")
        f.write(f"        Some(image) => {name}Quantized::from_image(image).map_err(|e| e.to_string())?,\n")
        f.write(f"        None => {name}Quantized::from_tflite(model).map_err(|e| e.to_string())?,\n")
        f.write(f"    }};\n")
        f.write(f"    let mut arena = arena::<{{ {name}::ARENA_BYTES }}>();\n")
        f.write(f"    let mut outputs = Vec::new();\n")
        f.write(f"    for case in inputs.chunks_exact({name}::INPUT_LEN) {{\n")
        f.write(f"        let input = int8::<{{ {name}::INPUT_LEN }}>(case);\n")
        f.write(f"        outputs.extend(bytes({name}::forward_int8(&weights, &input, &mut arena)));\n")
        f.write(f"    }}\n")
        f.write(f"    Ok(outputs)\n")
        f.write(f"}}\n\n")
    f.write("/// The fixtures the language cannot declare, and why.\n")
    f.write("const REFUSED: &[(&str, &str)] = &[\n")
    for file, why in refused:
        f.write(f"    ({json.dumps(file)}, {json.dumps(why)}),\n")
    f.write("];\n")
PY

# The images the firmware loads (firmware/src/int8.rs, bench/mcu.sh):
# `cnn import --image` of its models; cnn-cli/tests/tflite.rs checks that
# each is still what the command writes.
for model in tests/int8/lenet tests/int8/ds_cnn tests/int8/person_detect \
  bench/mcu/models/ds_cnn bench/mcu/models/person_detect; do
  target/debug/cnn import "$model.tflite" --image "$model.cnn8" >/dev/null
done
