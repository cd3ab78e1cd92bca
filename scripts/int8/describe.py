"""A .tflite flatbuffer described as plain data: the operators, their options and tensors
(the fixture JSON's "ops"), and the parameter and MAC counts, by formula from the file's
shapes (never from `cnn`'s code).

Read with the schema's generated Python code that ships with tflite-micro.
"""

import re

import numpy as np
from tflite_micro.tensorflow.lite.micro.python import schema_py_generated as fb

_DTYPES = {
    fb.TensorType.FLOAT32: np.float32,
    fb.TensorType.INT32: np.int32,
    fb.TensorType.INT8: np.int8,
    fb.TensorType.UINT8: np.uint8,
    fb.TensorType.INT16: np.int16,
    fb.TensorType.INT64: np.int64,
    fb.TensorType.BOOL: np.bool_,
}

# Option fields that hold an enum: written by name.
_ENUMS = {
    "padding": fb.Padding,
    "fused_activation_function": fb.ActivationFunctionType,
    "weights_format": fb.FullyConnectedOptionsWeightsFormat,
    "quantized_bias_type": fb.TensorType,
    "in_data_type": fb.TensorType,
    "out_data_type": fb.TensorType,
    "mode": fb.MirrorPadMode,
}


def _names(enum_class):
    return {v: k for k, v in vars(enum_class).items() if not k.startswith("_")}


_OP_NAMES = _names(fb.BuiltinOperator)
_TYPE_NAMES = _names(fb.TensorType)


def _snake(name):
    return re.sub(r"([A-Z])", r"_\1", name).lower()


def _plain(value):
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating,)):
        return float(value)
    if isinstance(value, bytes):
        return list(value)
    return value


def _options(options):
    if options is None:
        return {}
    out = {}
    for key, value in vars(options).items():
        key = _snake(key)
        if value is None:
            continue
        if key in _ENUMS:
            value = _names(_ENUMS[key]).get(value, value)
        elif hasattr(value, "__dict__"):
            value = _options(value)
        out[key] = _plain(value)
    return out


def load(model_bytes):
    """The model's object tree (one subgraph)."""
    model = fb.ModelT.InitFromObj(fb.Model.GetRootAsModel(bytearray(model_bytes), 0))
    assert len(model.subgraphs) == 1, "one subgraph"
    return model


def op_name(model, op):
    code = model.operatorCodes[op.opcodeIndex]
    return _OP_NAMES[max(code.builtinCode, code.deprecatedBuiltinCode)]


def tensor_data(model, tensor):
    """The constant's values as a numpy array, or None for a runtime tensor."""
    buf = model.buffers[tensor.buffer]
    if buf is None or buf.data is None or len(buf.data) == 0:
        return None
    dtype = _DTYPES[tensor.type]
    return np.frombuffer(bytes(bytearray(buf.data)), dtype=dtype).reshape(
        [int(d) for d in tensor.shape] if tensor.shape is not None else [])


def _tensor(model, index, with_data):
    if index < 0:
        return {"index": -1}
    t = model.subgraphs[0].tensors[index]
    q = t.quantization
    data = tensor_data(model, t)
    out = {
        "index": int(index),
        "name": t.name.decode() if isinstance(t.name, bytes) else t.name,
        "shape": [int(d) for d in t.shape] if t.shape is not None else [],
        "dtype": _TYPE_NAMES[t.type].lower(),
        "scale": [float(s) for s in q.scale] if q is not None and q.scale is not None else [],
        "zero_point": ([int(z) for z in q.zeroPoint]
                       if q is not None and q.zeroPoint is not None else []),
        "quantized_dimension": int(q.quantizedDimension) if q is not None else 0,
        "constant": data is not None,
        "data": None,
    }
    if data is not None and with_data:
        out["data"] = [_plain(x) for x in data.reshape(-1).tolist()]
    return out


# The weight inputs (tensor positions) each counted operator carries: filter and bias.
_WEIGHTED = {
    "CONV_2D": (1, 2),
    "DEPTHWISE_CONV_2D": (1, 2),
    "FULLY_CONNECTED": (1, 2),
    "TRANSPOSE_CONV": (1, 3),
}


def op_counts(model, op):
    """(params, macs) of one operator, by the README's counting rules (torchvision's):
    conv Hout*Wout*Cout*KH*KW*Cin/groups (the filter's last axis is Cin/groups),
    depthwise Hout*Wout*Cout*KH*KW, fully connected in*out (per row of the batch),
    transposed conv Hin*Win*Cin*Cout*KH*KW (every input position, as PyTorch's counter);
    pooling, mean, add, mul, activations, resizing, softmax count zero.
    Params: the elements of the filter and bias constants (the f32 model's count after
    batch-norm folding: a folded batch norm is the bias)."""
    name = op_name(model, op)
    tensors = model.subgraphs[0].tensors

    def shape(i):
        return [int(d) for d in tensors[i].shape]

    params = 0
    for pos in _WEIGHTED.get(name, ()):
        if pos < len(op.inputs) and op.inputs[pos] >= 0:
            params += int(np.prod(shape(op.inputs[pos])))
    if name == "CONV_2D":
        _, oh, ow, oc = shape(op.outputs[0])
        _, kh, kw, icg = shape(op.inputs[1])
        macs = oh * ow * oc * kh * kw * icg
    elif name == "DEPTHWISE_CONV_2D":
        _, oh, ow, oc = shape(op.outputs[0])
        _, kh, kw, _ = shape(op.inputs[1])
        macs = oh * ow * oc * kh * kw
    elif name == "FULLY_CONNECTED":
        out_units, in_units = shape(op.inputs[1])
        rows = int(np.prod(shape(op.outputs[0]))) // out_units
        macs = rows * in_units * out_units
    elif name == "TRANSPOSE_CONV":
        oc, kh, kw, ic = shape(op.inputs[1])
        _, ih, iw, _ = shape(op.inputs[2])
        macs = ih * iw * ic * oc * kh * kw
    else:
        macs = 0
    return params, macs


def describe(model, with_data=True):
    """The fixture JSON's model part: ops (with per-op params/macs), totals, I/O tensors."""
    sg = model.subgraphs[0]
    ops = []
    total_params = 0
    total_macs = 0
    for op in sg.operators:
        params, macs = op_counts(model, op)
        total_params += params
        total_macs += macs
        ops.append({
            "op": op_name(model, op),
            "options": _options(op.builtinOptions),
            "inputs": [_tensor(model, int(i), with_data) for i in op.inputs],
            "outputs": [_tensor(model, int(i), with_data) for i in op.outputs],
            "params": params,
            "macs": macs,
        })
    return {
        "inputs": [_tensor(model, int(i), False) for i in sg.inputs],
        "outputs": [_tensor(model, int(i), False) for i in sg.outputs],
        "params": total_params,
        "macs": total_macs,
        "ops": ops,
    }
