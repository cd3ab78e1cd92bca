#!/usr/bin/env python3
"""Writes the .tflite files of `cnn import`'s refusal cases
(cnn-cli/tests/tflite/), each one of helper fixtures in tests/int8/kinds/
with one thing changed in place, found by following the flatbuffer's
offsets (no TensorFlow, no flatbuffers package):

- gather.tflite: relu.tflite with its operator code RELU (19) made GATHER
  (36), an operator the language has no statement for;
- relu-n1-to-1.tflite: conv_s2_same_relu6.tflite with its fused RELU6 (3)
  made RELU_N1_TO_1 (2);
- truncated.tflite: conv.tflite cut to its first half;
- not-a-model.tflite: text.

Run from the repository: python3 scripts/tflite_refusals.py
"""
import struct
from pathlib import Path

root = Path(__file__).resolve().parent.parent
kinds = root / "tests/int8/kinds"
out = root / "cnn-cli/tests/tflite"


def field(b, table, i):
    """The absolute position of field i of the table at `table`, or None."""
    vtable = table - struct.unpack_from("<i", b, table)[0]
    size = struct.unpack_from("<H", b, vtable)[0]
    if 4 + 2 * i >= size:
        return None
    offset = struct.unpack_from("<H", b, vtable + 4 + 2 * i)[0]
    return table + offset if offset else None


def deref(b, at):
    return at + struct.unpack_from("<I", b, at)[0]


def element(b, vector, i):
    return deref(b, vector + 4 + 4 * i)


def model(b):
    return deref(b, 0)


def first_operator_code(b):
    return element(b, deref(b, field(b, model(b), 1)), 0)


def first_operator(b):
    subgraph = element(b, deref(b, field(b, model(b), 2)), 0)
    return element(b, deref(b, field(b, subgraph, 3)), 0)


relu = bytearray((kinds / "relu.tflite").read_bytes())
code = first_operator_code(relu)
deprecated, builtin = field(relu, code, 0), field(relu, code, 3)
assert relu[deprecated] == 19 and struct.unpack_from("<i", relu, builtin)[0] == 19
relu[deprecated] = 36
struct.pack_into("<i", relu, builtin, 36)
(out / "gather.tflite").write_bytes(relu)

conv = bytearray((kinds / "conv_s2_same_relu6.tflite").read_bytes())
options = deref(conv, field(conv, first_operator(conv), 4))
fused = field(conv, options, 3)
assert conv[fused] == 3
conv[fused] = 2
(out / "relu-n1-to-1.tflite").write_bytes(conv)

plain = (kinds / "conv.tflite").read_bytes()
(out / "truncated.tflite").write_bytes(plain[: len(plain) // 2])

(out / "not-a-model.tflite").write_bytes(b"input 8x8x4;\nconv 3x3x6;\n")
