"""The table of bench/mcu.sh, from the logs it leaves in target/mcu/.

    python3 bench/mcu/table.py target/mcu

Standard library only. MACs come from tests/int8/MODEL.json's op list
(conv: output positions x filters x kernel x input channels; depthwise:
output positions x channels x kernel; fully connected: outputs x inputs),
not from the code measured; LeNet in f32 is the same network as
tests/int8/lenet.json. MicroFlow's outputs (dequantised f32, printed as
bits) are quantised back, round(y / scale) + zero point, with the output
tensor's parameters, and compared with TFLM's (MODEL.out).
"""

import json
import math
import re
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def fixture(name, suffix):
    """tests/int8/NAME.SUFFIX, or bench/mcu/models/ for NAME_mf (MicroFlow's variants)."""
    if name.endswith("_mf"):
        return ROOT / "bench" / "mcu" / "models" / f"{name.removesuffix('_mf')}.{suffix}"
    return ROOT / "tests" / "int8" / f"{name.removesuffix('_f32')}.{suffix}"


def macs(model):
    total = 0
    for op in model["ops"]:
        kind = op["op"]
        if kind not in ("CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED"):
            continue
        weights = op["inputs"][1]["shape"]
        out = op["outputs"][0]["shape"]
        positions = math.prod(out[:-1])
        if kind == "CONV_2D":  # OHWI
            total += positions * out[-1] * math.prod(weights[1:])
        elif kind == "DEPTHWISE_CONV_2D":  # [1, KH, KW, C * M]
            total += positions * out[-1] * weights[1] * weights[2]
        else:  # [out, in]
            total += positions * weights[0] * weights[1]
    # The fixture's own count (scripts/int8, torchvision's rule) agrees.
    if "macs" in model and model["macs"] != total:
        sys.exit(f"MACs: {total} from the ops, {model['macs']} in the fixture")
    return total


def sizes(path):
    found = {}
    for line in path.read_text().splitlines():
        words = line.split()
        if len(words) == 3 and words[0].startswith("."):
            found[words[0]] = int(words[1])
    # .data's start values are in flash too (cortex-m-rt copies them to RAM).
    flash = sum(found.get(s, 0) for s in (".vector_table", ".text", ".rodata", ".data"))
    ram = sum(found.get(s, 0) for s in (".data", ".bss", ".uninit"))
    return flash, ram


def spans(path):
    return [int(m) for m in re.findall(r"count: span \d+: (\d+) instructions", path.read_text())]


def microflow_outputs(name, model, log):
    """(cases equal, cases, largest |difference| in steps)."""
    out = model["model_outputs"][0] if "model_outputs" in model else model["ops"][-1]["outputs"][0]
    scale, zero = out["scale"][0], out["zero_point"][0]
    expected = [b - 256 if b > 127 else b for b in fixture(name, "out").read_bytes()]
    n = math.prod(model["output_shape"])
    equal = cases = worst = 0
    for line in log.read_text().splitlines():
        m = re.match(r"microflow \S+ case (\d+): .* y bits (.*)", line)
        if not m:
            continue
        case = int(m.group(1))
        ys = [struct.unpack("<f", bytes.fromhex(b)[::-1])[0] for b in m.group(2).split()]
        qs = [max(-128, min(127, round(y / scale) + zero)) for y in ys]
        want = expected[case * n:(case + 1) * n]
        diff = max(abs(a - b) for a, b in zip(qs, want)) if len(qs) == len(want) else 999
        worst = max(worst, diff)
        equal += diff == 0
        cases += 1
    return equal, cases, worst


def number(x, unit=""):
    return "" if x is None else f"{x:,.0f}{unit}"


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "target" / "mcu")
    rows = []
    for model_name in ("lenet_f32", "lenet", "person_detect", "ds_cnn", "person_detect_mf", "ds_cnn_mf"):
        path = fixture(model_name, "json")
        model = json.loads(path.read_text()) if path.exists() else None
        mac = macs(model) if model else None
        for engine in ("cnn", "cnn-tflite", "microflow"):
            log = out / f"{engine}-{model_name}.out"
            build = out / f"{engine}-{model_name}.build"
            if not log.exists():
                if build.exists():
                    error = next((l for l in build.read_text().splitlines() if l.startswith("error")), "build failed")
                    rows.append((model_name, engine, mac, f"refused: {error}"))
                continue
            text = log.read_text()
            counts = spans(out / f"{engine}-{model_name}.count")
            flash, ram = sizes(out / f"{engine}-{model_name}.size")
            # The model's loading (load_image or load_tflite, in place;
            # from_tflite in logs of before) apart from the inferences.
            peak = max((int(p) for p in re.findall(r"(?<!_tflite's )(?<!loading's )peak stack (\d+) B", text)), default=None)
            load = re.search(r"(?:(?:from|load)_tflite|loading)'s peak stack (\d+) B", text)
            load = int(load.group(1)) if load else None
            arena = re.search(r"arena (\d+) B", text)
            status = re.search(r"exit status (\d+)", text).group(1)
            if engine.startswith("cnn"):
                if model_name == "lenet_f32":
                    verdict = "within 1e-4 of PyTorch" if "lenet f32: ok" in text else "MISMATCH"
                else:
                    m = re.search(r"(\d+) of (\d+) outputs equal to TFLM", text)
                    verdict = f"{m.group(1)} of {m.group(2)} equal" if m else "?"
            else:
                equal, cases, worst = microflow_outputs(model_name, model, log)
                verdict = f"{equal} of {cases} equal" + (f", up to {worst} steps apart" if worst else "")
            if status != "0":
                verdict += f" (exit status {status})"
            mean = sum(counts) / len(counts) if counts else None
            rows.append((model_name, engine, mac, mean, min(counts, default=None), max(counts, default=None),
                         flash, ram, (peak, load), int(arena.group(1)) if arena else None, verdict,
                         model.get("tflm_arena_total") if model else None, model.get("tflm_arena_head") if model else None))
    print("| model | engine | MACs | instructions / inference | per MAC | flash (text + rodata + data) | static RAM (data + bss) | peak stack, inference | peak stack, loading | RAM: static + the larger stack | arena | outputs | TFLM arena total / head |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|")
    for row in rows:
        if len(row) == 4:
            print(f"| {row[0]} | {row[1]} | {number(row[2])} | {row[3]} | | | | | | | | | |")
            continue
        name, engine, mac, mean, lo, hi, flash, ram, (peak, load), arena, verdict, total, head = row
        spread = "" if lo == hi else f" ({lo:,} to {hi:,})"
        per_mac = f"{mean / mac:.1f}" if mac and mean else ""
        print(f"| {name} | {engine} | {number(mac)} | {number(mean)}{spread} | {per_mac} | {number(flash, ' B')} | "
              f"{number(ram, ' B')} | {number(peak, ' B')} | {number(load, ' B')} | {number(ram + max(peak, load or 0), ' B')} | {number(arena, ' B')} | "
              f"{verdict} | {f'{total:,} / {head:,} B' if total else ''} |")


main()
