"""Make the int8 fixtures in tests/int8/: the ground truth for `cnn`'s int8 path.

Run with tensorflow-cpu 2.21.0 (Keras 3.15), tflite-micro (0.dev20261023182759) and numpy
(2.4) from the package index (`pip install tensorflow-cpu==2.21.0 tflite-micro numpy`); CI
needs none of them, it reads only the outputs:

    python scripts/int8/make_int8.py            # every kind and model (about 3 minutes)
    python scripts/int8/make_int8.py kinds      # only tests/int8/kinds/
    python scripts/int8/make_int8.py lenet ds_cnn person_detect mobilenet_v2 conv ...

It builds Keras models with seeded random weights (and non-trivial batch-norm statistics
where a batch norm exists; the big models' weights are scaled so that their outputs depend
on their inputs: convert.randomize, convert.calibrate_bn), converts each to a full-integer
int8 .tflite with TFLite's converter (`Optimize.DEFAULT`, a seeded representative dataset
of random inputs, `TFLITE_BUILTINS_INT8`, int8 input and output), and runs it with TFLM's
Python interpreter (the oracle) on fixed int8 inputs. For each model NAME it writes, in
tests/int8/ (the big models) or tests/int8/kinds/ (one operator each):

- NAME.tflite: the converted model (mobilenet_v2's 4 MB one, and its 600 KB .in, go to
  target/int8/, git-ignored: this script makes them);
- NAME.in: the inputs, int8, raw bytes: case after case, each case its model inputs in the
  model's input order;
- NAME.out: TFLM's int8 outputs for them, case after case;
- NAME.json: the figures and the operator list (format in tests/int8/README.md);
- NAME.trace (lenet, ds_cnn, person_detect): TFLM's output of every op for the first case.

The figures: `tflm_arena_total` / `tflm_arena_head` / `tflm_arena_tail` are what TFLM's
RecordingMicroAllocator reports as used after one invoke ("Arena allocation total/head/
tail"): TFLM's own record of its usage, the figures the issue quotes. The head is the
memory planner's tensors and scratch, the tail TFLM's persistent data; total = head + tail.
`tflm_arena_smallest` is the smallest arena size TFLM runs the model in, found by
bisection (equal to the total for the big models; runners.py says why it can differ).
`tflm_f32_arena_head` (big models): the head of the same Keras model converted to f32 and
run in TFLM. `tflite_ref_equal`: whether TFLite's interpreter with its reference kernels
(BUILTIN_REF) gives the same bytes. They part on per-channel FULLY_CONNECTED near-ties, as
the issue says (TFLM rounds twice, REF once: kinds/fully_connected_wide, 4 bytes;
mobilenet_v2, 1 byte; check_fc_rounding.py shows it), and on RELU6, where TFLM clamps in
the input's quantisation and ignores the output's (kinds.NOTES["relu6"]).
`params` and `macs`: from the file's shapes by the formulas in describe.py.

The issue's figures, reproduced (TFLM int8 total / head, f32 head, bytes):

    model           here                           the issue
    lenet           13,856 / 9,344, 37,376         13,888 / 9,344, 37,376
    ds_cnn          24,224 / 16,000, 64,000        24,224 / 16,000, 64,000
    person_detect   85,264 / 55,296, 221,184       85,264 / 55,296, 221,184
    mobilenet_v2    1,665,184 / 1,505,280, 6,021,120   1,665,360 / 1,505,280, 6,021,120

LeNet's total is 32 bytes lower because the converter folds fc4's bias into the next
layer's (one tensor fewer); MobileNetV2's 176 bytes lower because it ends in logits, the
issue's in Keras's softmax (one op fewer). Both explained in models.NOTES; with the bias
kept (a ReLU after fc4) and with the softmax, this script's models give the issue's
figures exactly.

Everything is seeded (and TensorFlow runs on one thread, deterministic ops): re-running
reproduces the committed files byte for byte.
"""

import json
import os
import sys
import zlib

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np  # noqa: E402
import keras  # noqa: E402
import tensorflow as tf  # noqa: E402

tf.config.threading.set_inter_op_parallelism_threads(1)
tf.config.threading.set_intra_op_parallelism_threads(1)
tf.config.experimental.enable_op_determinism()

import convert  # noqa: E402
import describe  # noqa: E402
import models  # noqa: E402
import runners  # noqa: E402
from kinds import KINDS, NOTES  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests", "int8")


def _seed(name):
    return zlib.crc32(name.encode())


def _cases(name, input_shapes, count, structured=False):
    """`count` cases of int8 inputs: the first extreme (-128 and 127 mixed), the rest
    uniform over all 256 values; with `structured` (the big models) the cases from the
    third on are `convert.smooth` images instead, so that outputs differ between cases."""
    rng = np.random.default_rng(_seed(name) ^ 0x5EED)
    cases = []
    for k in range(count):
        inputs = []
        for shape in input_shapes:
            if k == 0:
                x = rng.choice(np.array([-128, 127], dtype=np.int8), size=shape)
            elif structured and k >= 2:
                x = np.round(convert.smooth(rng, shape, -128.0, 127.0)).astype(np.int8)
            else:
                x = rng.integers(-128, 128, size=shape, dtype=np.int16).astype(np.int8)
            inputs.append(x.astype(np.int8))
        cases.append(inputs)
    return cases


def _dump(value, indent=0):
    """JSON with structure indented and number lists on one line (small diffs, small files)."""
    pad = " " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f'{pad} {json.dumps(k)}: {_dump(v, indent + 1)}' for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value):
        items = [pad + " " + _dump(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(value, separators=(",", ":"))


def _write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def _figures_only(op):
    """An op without its tensors: name, options, counts and shapes (mobilenet_v2, whose
    full op list would be a megabyte of quantisation parameters for a file not committed)."""
    return {
        "op": op["op"],
        "options": op["options"],
        "input_shapes": [t.get("shape") for t in op["inputs"]],
        "output_shapes": [t["shape"] for t in op["outputs"]],
        "params": op["params"],
        "macs": op["macs"],
    }


def make(name, build, directory, cases_count, source, f32=False, detail="data",
         tflite_dir=None, note=None, structured=False, trace=False):
    keras.backend.clear_session()
    keras.utils.set_random_seed(_seed(name))
    model, specs = build()
    convert.randomize(model, _seed(name), deep=structured)
    if structured:
        convert.calibrate_bn(model, specs, _seed(name) + 2)
    tfl = convert.to_int8(model, specs, _seed(name) + 1, structured=structured)
    m = describe.load(tfl)
    desc = describe.describe(m, with_data=detail == "data")
    for t in desc["inputs"] + desc["outputs"]:
        assert t["dtype"] == "int8", (name, t)
    input_shapes = [t["shape"] for t in desc["inputs"]]
    cases = _cases(name, input_shapes, cases_count, structured=structured)
    outs, fig = runners.tflm_run(tfl, cases)
    smallest = runners.smallest_arena(tfl, fig["total"])
    ref = runners.tflite_ref_run(tfl, cases)
    diff = max(int(np.max(np.abs(a.astype(np.int32) - b.astype(np.int32))))
               for a, b in zip(outs, ref))
    unequal = sum(int(np.sum(a != b)) for a, b in zip(outs, ref))
    op_names = [op["op"] for op in desc["ops"]]
    info = {
        "source": source,
        "input_shape": input_shapes[0],
    }
    if note:
        info["note"] = note
    if len(input_shapes) > 1:
        info["input_shapes"] = input_shapes
    info.update({
        "output_shape": desc["outputs"][0]["shape"],
        "cases": cases_count,
        "tflm_arena_total": fig["total"],
        "tflm_arena_head": fig["head"],
        "tflm_arena_tail": fig["tail"],
        "tflm_arena_smallest": smallest,
    })
    if f32:
        fmodel = convert.to_f32(model)
        fcases = [[np.zeros(s, np.float32) for s in input_shapes]]
        _, ffig = runners.tflm_run(fmodel, fcases)
        info["tflm_f32_arena_head"] = ffig["head"]
        info["tflm_f32_arena_total"] = ffig["total"]
    info.update({
        "tflite_ref_equal": diff == 0,
        "tflite_ref_max_diff": diff,
        "tflite_ref_unequal": unequal,
        "params": desc["params"],
        "macs": desc["macs"],
        "quantize_ops_left": sum(n in ("QUANTIZE", "DEQUANTIZE") for n in op_names),
        "op_names": op_names,
        **({"trace": f"{name}.trace: the first case's output of every op, in op order, "
                     "each its output tensor's bytes"} if trace else {}),
        "constant_data": {"data": "included", "tensors": "omitted: read the .tflite",
                          "figures": "omitted, with every tensor: figures only"}[detail],
        "model_inputs": desc["inputs"],
        "model_outputs": desc["outputs"],
        "ops": desc["ops"] if detail != "figures" else [_figures_only(o) for o in desc["ops"]],
    })
    _write(os.path.join(tflite_dir or directory, name + ".tflite"), tfl)
    _write(os.path.join(tflite_dir or directory, name + ".in"),
           b"".join(x.tobytes() for case in cases for x in case))
    _write(os.path.join(directory, name + ".out"), b"".join(o.astype(np.int8).tobytes()
                                                           for o in outs))
    if trace:
        values = runners.tflm_trace(tfl, cases[0], [op["outputs"][0]["index"]
                                                     for op in desc["ops"]])
        assert np.array_equal(values[-1].reshape(-1), outs[0].reshape(-1)), name
        _write(os.path.join(directory, name + ".trace"),
               b"".join(v.astype(np.int8).tobytes() for v in values))
    _write(os.path.join(directory, name + ".json"), (_dump(info) + "\n").encode())
    print(f"{name}: {' '.join(op_names)}; arena {fig['total']}/{fig['head']}"
          f" (smallest {smallest})"
          + (f", f32 head {info['tflm_f32_arena_head']}" if f32 else "")
          + f"; params {desc['params']}, macs {desc['macs']}; ref equal {diff == 0}"
          + (f" (max diff {diff})" if diff else ""), flush=True)
    return info


def main(argv):
    wanted = set(argv)
    everything = not wanted
    do_kinds = everything or "kinds" in wanted
    for name, build in KINDS.items():
        if do_kinds or name in wanted:
            make(name, build, os.path.join(OUT, "kinds"), 3,
                 f"scripts/int8/kinds.py: {name}", note=NOTES.get(name))
    for name, (build, detail) in models.MODELS.items():
        if everything or "models" in wanted or name in wanted:
            make(name, build, OUT, 4, f"scripts/int8/models.py: {name}", f32=True,
                 structured=True, note=models.NOTES.get(name), trace=name in models.TRACED,
                 detail=detail,
                 tflite_dir=os.path.join(ROOT, "target", "int8")
                 if name == "mobilenet_v2" else None)


if __name__ == "__main__":
    main(sys.argv[1:])
