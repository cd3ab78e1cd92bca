"""Run a .tflite with TFLM's Python interpreter (the oracle) and with TFLite's reference
kernels (the cross-check), and read TFLM's arena figures.

The arena figures are what TFLM's RecordingMicroAllocator reports as used after one
`invoke()` ("Arena allocation total / head / tail"): the head is the memory planner's
tensor buffers and kernels' scratch, the tail the persistent data (TfLiteEvalTensors,
node structs, kernels' op data, quantisation multipliers). The total is head + tail.
`smallest_arena` also finds, by bisection, the smallest arena TFLM runs the model in:
it can exceed the recorded total (TFLM places its allocator and memory planner objects
in the arena too, and takes temporary memory while it prepares, neither recorded: 7 KB
more for kinds/fully_connected_wide) or fall short of it by a few bytes (alignment
padding the recording counts). For the big models the two are equal.
"""

import ctypes
import os
import re
import subprocess
import sys
import tempfile

import numpy as np
from tflite_micro.python.tflite_micro import runtime

_LIBC = ctypes.CDLL(None)


def _captured(fn):
    """Run fn() with the process's stdout and stderr (C level) captured; return the text."""
    with tempfile.TemporaryFile(mode="w+b") as tmp:
        _LIBC.fflush(None)
        saved = [os.dup(1), os.dup(2)]
        os.dup2(tmp.fileno(), 1)
        os.dup2(tmp.fileno(), 2)
        try:
            fn()
            _LIBC.fflush(None)
        finally:
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])
        tmp.seek(0)
        return tmp.read().decode(errors="replace")


def tflm_run(model_bytes, cases, arena_size=None):
    """TFLM's outputs for each case (a list of per-input arrays) and its arena figures."""
    if arena_size is None:
        arena_size = max(len(model_bytes) * 10, 1 << 20) + (8 << 20)
    interp = runtime.Interpreter.from_bytes(bytes(model_bytes), arena_size=arena_size)
    outputs = []
    for inputs in cases:
        for i, x in enumerate(inputs):
            interp.set_input(x, i)
        interp.invoke()
        outputs.append(np.array(interp.get_output(0)))
    report = _captured(interp.print_allocations)
    figures = {}
    for key in ("total", "head", "tail"):
        m = re.search(r"Arena allocation %s (\d+) bytes" % key, report)
        assert m, report
        figures[key] = int(m.group(1))
    assert figures["total"] == figures["head"] + figures["tail"], report
    return outputs, figures


def tflm_trace(model_bytes, inputs, tensor_indices):
    """TFLM's values of the given tensors for one case (kPreserveAllTensors keeps every
    tensor; the recording interpreter reuses their memory)."""
    interp = runtime.Interpreter.from_bytes(
        bytes(model_bytes), arena_size=max(len(model_bytes) * 10, 1 << 20) + (8 << 20),
        intrepreter_config=runtime.InterpreterConfig.kPreserveAllTensors)
    for i, x in enumerate(inputs):
        interp.set_input(x, i)
    interp.invoke()
    return [np.array(interp.GetTensor(int(t), 0)["tensor_data"]) for t in tensor_indices]


def check_arena(model_path, size):
    """True if TFLM prepares and runs the model at `model_path` (zero inputs) in an arena
    of `size` bytes. In a child process: TFLM can crash, not just fail, in a tiny arena."""
    child = (
        "import sys\n"
        "import numpy as np\n"
        "from tflite_micro.python.tflite_micro import runtime\n"
        "it = runtime.Interpreter.from_file(sys.argv[1], arena_size=int(sys.argv[2]))\n"
        "i = 0\n"
        "while True:\n"
        "    try:\n"
        "        d = it.get_input_details(i)\n"
        "    except Exception:\n"
        "        break\n"
        "    it.set_input(np.zeros(d['shape'], d['dtype']), i)\n"
        "    i += 1\n"
        "it.invoke()\n"
        "print('ok')\n")
    run = subprocess.run([sys.executable, "-c", child, model_path, str(size)],
                         capture_output=True, text=True)
    return run.returncode == 0 and run.stdout.strip().endswith("ok")


def smallest_arena(model_bytes, recorded_total):
    """The smallest arena (bytes) TFLM runs the model in, by bisection from the recorded
    total (TFLM also needs temporary memory while it prepares, taken from the head's side
    and given back, so the smallest arena can exceed the recorded total)."""
    with tempfile.NamedTemporaryFile(suffix=".tflite") as f:
        f.write(bytes(model_bytes))
        f.flush()
        hi = recorded_total
        while not check_arena(f.name, hi):
            hi *= 2
        lo = 0
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if check_arena(f.name, mid):
                hi = mid
            else:
                lo = mid
        return hi


def tflite_ref_run(model_bytes, cases):
    """TFLite's own interpreter with the reference kernels (BUILTIN_REF)."""
    import tensorflow as tf

    interp = tf.lite.Interpreter(
        model_content=bytes(model_bytes),
        experimental_op_resolver_type=tf.lite.experimental.OpResolverType.BUILTIN_REF)
    interp.allocate_tensors()
    ins = interp.get_input_details()
    out = interp.get_output_details()[0]
    outputs = []
    for inputs in cases:
        for d, x in zip(ins, inputs):
            interp.set_tensor(d["index"], x)
        interp.invoke()
        outputs.append(np.array(interp.get_tensor(out["index"])))
    return outputs
