"""Why mobilenet_v2's `tflite_ref_equal` is false: recompute its last op, the per-channel
FULLY_CONNECTED, from the input TFLM gave it, once with TFLM's double rounding
(MultiplyByQuantizedMultiplier without TFLITE_SINGLE_ROUNDING: a saturating rounding
doubling high multiply, then a rounding divide by a power of two) and once with a single
rounding, and compare each with TFLM's and TFLite-REF's outputs.

Run after `python scripts/int8/make_int8.py mobilenet_v2` (it reads target/int8/):

    python scripts/int8/check_fc_rounding.py

Measured: TFLM equals the double rounding on all 4 cases, REF the single rounding; they
differ on 1 of the 4,000 outputs, by 1.
"""

import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np  # noqa: E402
from tflite_micro.python.tflite_micro import runtime  # noqa: E402

import describe  # noqa: E402
import runners  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def quantize_multiplier(s):
    """TFLite's QuantizeMultiplier: s = q * 2^e, q in Q31."""
    if s == 0:
        return 0, 0
    q, e = math.frexp(s)
    qf = round(q * (1 << 31))
    if qf == 1 << 31:
        qf //= 2
        e += 1
    return qf, e


def srdhm(a, b):
    ab = a * b
    v = ab + ((1 << 30) if ab >= 0 else 1 - (1 << 30))
    return v // (1 << 31) if v >= 0 else -((-v) // (1 << 31))


def rounding_divide_by_pot(x, e):
    mask = (1 << e) - 1
    threshold = (mask >> 1) + (1 if x < 0 else 0)
    return (x >> e) + (1 if (x & mask) > threshold else 0)


def double_rounding(acc, m, shift):
    left, right = max(shift, 0), max(-shift, 0)
    return rounding_divide_by_pot(srdhm(acc * (1 << left), m), right)


def single_rounding(acc, m, shift):
    total = 31 - shift
    return (acc * m + (1 << (total - 1))) >> total


def main():
    d = os.path.join(ROOT, "target", "int8")
    tfl = open(os.path.join(d, "mobilenet_v2.tflite"), "rb").read()
    xs = np.fromfile(os.path.join(d, "mobilenet_v2.in"), np.int8).reshape(-1, 1, 224, 224, 3)
    m = describe.load(tfl)
    sg = m.subgraphs[0]
    fc = sg.operators[-1]
    assert describe.op_name(m, fc) == "FULLY_CONNECTED"
    t = sg.tensors
    w = describe.tensor_data(m, t[fc.inputs[1]]).astype(np.int64)
    b = describe.tensor_data(m, t[fc.inputs[2]]).astype(np.int64)
    qi, qw, qo = t[fc.inputs[0]].quantization, t[fc.inputs[1]].quantization, \
        t[fc.outputs[0]].quantization
    ref = runners.tflite_ref_run(tfl, [[x] for x in xs])
    interp = runtime.Interpreter.from_bytes(
        tfl, arena_size=8 << 20,
        intrepreter_config=runtime.InterpreterConfig.kPreserveAllTensors)
    for k, x in enumerate(xs):
        interp.set_input(x, 0)
        interp.invoke()
        fin = np.array(interp.GetTensor(int(fc.inputs[0]), 0)["tensor_data"]).reshape(-1)
        tflm = np.array(interp.get_output(0)).reshape(-1).astype(int)
        acc = w @ (fin.astype(np.int64) - qi.zeroPoint[0]) + b
        two, one = [], []
        for c, a in enumerate(acc):
            scale = (float(np.float32(qi.scale[0])) * float(np.float32(qw.scale[c]))
                     / float(np.float32(qo.scale[0])))
            mult, shift = quantize_multiplier(scale)
            two.append(min(127, max(-128, double_rounding(int(a), mult, shift) + qo.zeroPoint[0])))
            one.append(min(127, max(-128, single_rounding(int(a), mult, shift) + qo.zeroPoint[0])))
        r = ref[k].reshape(-1).astype(int)
        print(f"case {k}: TFLM == double rounding: {(tflm == two).all()}, "
              f"REF == single rounding: {(r == one).all()}, TFLM != REF: {(tflm != r).sum()}")


if __name__ == "__main__":
    main()
