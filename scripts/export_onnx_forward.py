"""Export the small ONNX models of `cnn import --weights`, weights kept, and
onnxruntime's output on a fixed input (cnn-cli/tests/onnx/forward/).

Run with a Python that has torch, onnx and onnxruntime:

    /work/venv/bin/python scripts/export_onnx_forward.py

Each model is small enough to commit with its weights (a few KB), and
exported twice as scripts/export_onnx.py does: `NAME.preserve.onnx` keeps
BatchNormalization and the state_dict names, `NAME.eval.onnx` folds batch
norm into the convolutions. The weights are random (seeded), batch norm's
running statistics too, so that folding them changes every number.

`expected.json` beside them holds, for each file, the input (NCHW, flat),
onnxruntime's output on it (flat, in the graph's NCHW order), both shapes,
and torch's parameter count and MACs. The test imports each file with
`--weights`, runs the declaration's forward pass on the input, and compares
with onnxruntime's output: numbers from neither the importer nor the runner.

`gemm.onnx` is written by hand: a Gemm without transB (its matrix [in, out],
which torch never writes) and a MatMul with the Add of its bias.
"""

import json
import os
import sys

import numpy as np
import onnx
import onnxruntime
import torch
from onnx import TensorProto, helper
from torch import nn

from export_onnx import torch_macs

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "cnn-cli", "tests", "onnx", "forward")


class Tiny(nn.Module):
    """Conv, batch norm, relu, pooling, a residual block, a concat of two
    branches, a depthwise conv with relu6, and a Linear head."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(8)
        self.pool = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(8, 8, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(8)
        self.conv3 = nn.Conv2d(8, 8, 3, padding=1, bias=False)
        self.bn3 = nn.BatchNorm2d(8)
        self.left = nn.Conv2d(8, 4, 1)
        self.right = nn.Conv2d(8, 4, 3, padding=1)
        self.dw = nn.Conv2d(8, 8, 3, stride=2, padding=1, groups=8, bias=False)
        self.bn4 = nn.BatchNorm2d(8)
        self.avg = nn.AvgPool2d(2)
        self.fc = nn.Linear(8 * 2 * 2, 10)

    def forward(self, x):
        x = self.pool(torch.relu(self.bn1(self.conv1(x))))
        y = self.bn3(self.conv3(torch.relu(self.bn2(self.conv2(x)))))
        x = torch.relu(x + y)
        x = torch.cat([self.left(x), torch.relu(self.right(x))], 1)
        x = self.avg(nn.functional.relu6(self.bn4(self.dw(x))))
        return self.fc(torch.flatten(x, 1))


class Layers(nn.Module):
    """PRelu, Elu, GroupNorm, LeakyRelu, Resize (nearest and bilinear),
    Hardswish, SiLU, ConvTranspose, ConvNeXt's block (dwconv, LayerNorm and
    two Linear layers on the channels-last map, GELU, layer scale), and a
    Softmax after the head."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, padding=1)
        self.act1 = nn.PReLU(8)
        self.norm1 = nn.GroupNorm(2, 8)
        self.conv2 = nn.Conv2d(8, 8, 3, stride=2, padding=1)
        self.up = nn.ConvTranspose2d(8, 4, 2, stride=2)
        self.dwconv = nn.Conv2d(4, 4, 7, padding=3, groups=4)
        self.norm2 = nn.LayerNorm(4)
        self.pwconv1 = nn.Linear(4, 16)
        self.pwconv2 = nn.Linear(16, 4)
        self.layer_scale = nn.Parameter(torch.rand(4, 1, 1))
        self.fc = nn.Linear(4, 5)

    def forward(self, x):
        x = nn.functional.elu(self.act1(self.conv1(x)))
        x = nn.functional.leaky_relu(self.norm1(x))
        x = nn.functional.interpolate(x, scale_factor=2, mode="nearest")
        x = nn.functional.hardswish(self.conv2(x))
        x = nn.functional.silu(nn.functional.interpolate(x, size=(12, 12), mode="bilinear"))
        x = self.up(x)
        y = self.dwconv(x).permute(0, 2, 3, 1)
        y = self.pwconv2(nn.functional.gelu(self.pwconv1(self.norm2(y))))
        x = x + self.layer_scale * y.permute(0, 3, 1, 2)
        x = torch.flatten(nn.functional.adaptive_avg_pool2d(x, 1), 1)
        return torch.softmax(self.fc(x), 1)


class Signal(nn.Module):
    """A 1-D network: Conv1d, BatchNorm1d, pooling, a Linear head."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv1d(2, 8, 5, padding=2, bias=False)
        self.bn1 = nn.BatchNorm1d(8)
        self.conv2 = nn.Conv1d(8, 8, 3, stride=2)
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        x = nn.functional.max_pool1d(torch.relu(self.bn1(self.conv1(x))), 2)
        x = torch.sigmoid(self.conv2(x))
        return self.fc(torch.flatten(nn.functional.adaptive_avg_pool1d(x, 1), 1))


class Mixes(nn.Module):
    """timm's SelectiveKernel (SKNet: the input split between a 3x3 and a
    dilated 3x3 path, weights from their sum) and SplitAttn (ResNeSt,
    radix 2: the halves of one grouped conv), the language's `mix`."""

    def __init__(self):
        super().__init__()
        from timm.layers.selective_kernel import SelectiveKernel
        from timm.layers.split_attn import SplitAttn

        self.stem = nn.Conv2d(3, 16, 3, padding=1)
        self.sk = SelectiveKernel(16, 16)
        self.splat = SplitAttn(16, 24, radix=2, norm_layer=nn.BatchNorm2d)
        self.fc = nn.Linear(24, 5)

    def forward(self, x):
        x = self.splat(self.sk(torch.relu(self.stem(x))))
        return self.fc(torch.flatten(nn.functional.adaptive_avg_pool2d(x, 1), 1))


class PreGelu(nn.Module):
    """GELU of a value that a shortcut also reads (NFNet's pre-activation
    block, `x + conv(gelu(x))`): the legacy exporter's Div, Erf, Add, Mul,
    Mul, whose input has a third reader."""

    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(3, 8, 3, padding=1)
        self.conv = nn.Conv2d(8, 8, 3, padding=1)
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        x = self.stem(x)
        x = x + self.conv(nn.functional.gelu(x))
        return self.fc(torch.flatten(nn.functional.adaptive_avg_pool2d(x, 1), 1))


MODELS = {
    "pregelu": (PreGelu, [1, 3, 8, 8]),
    "tiny": (Tiny, [1, 3, 16, 16]),
    "layers": (Layers, [1, 3, 8, 8]),
    "signal": (Signal, [1, 2, 64]),
    "mixes": (Mixes, [1, 3, 12, 12]),
}


def randomise(model):
    """Random weights and batch norm statistics, so nothing is an identity."""
    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, nn.modules.batchnorm._BatchNorm):
                module.weight.uniform_(0.5, 1.5)
                module.bias.uniform_(-0.5, 0.5)
                module.running_mean.uniform_(-0.5, 0.5)
                module.running_var.uniform_(0.5, 2.0)


def run(path, x):
    """onnxruntime's output of the model at `path` on `x`."""
    session = onnxruntime.InferenceSession(path, providers=["CPUExecutionProvider"])
    name = session.get_inputs()[0].name
    return session.run(None, {name: x})[0]


def record(expected, file, x, output, params, macs):
    expected[file] = {
        "input_shape": list(x.shape),
        "input": [float(v) for v in x.flatten()],
        "output_shape": list(output.shape),
        "output": [float(v) for v in output.flatten()],
        "params": params,
        "macs": macs,
    }


def export(name, mode, expected):
    torch.manual_seed(0)
    build, shape = MODELS[name]
    model = build().eval()
    randomise(model)
    x = torch.randn(*shape)
    path = os.path.join(OUT, f"{name}.{mode}.onnx")
    kwargs = dict(input_names=["input"], output_names=["output"], opset_version=17, dynamo=False)
    if mode == "preserve":
        kwargs["training"] = torch.onnx.TrainingMode.PRESERVE
        kwargs["do_constant_folding"] = False
    torch.onnx.export(model, (x,), path, **kwargs)
    # The graph's shapes, which `cnn import` checks its own against.
    onnx.save_model(onnx.shape_inference.infer_shapes(onnx.load(path), data_prop=True), path)
    output = run(path, x.numpy())
    with torch.no_grad():
        assert np.allclose(output, model(x).numpy(), atol=1e-5), (name, mode)
    params = sum(p.numel() for p in model.parameters())
    if mode == "eval":
        bns = [m for m in model.modules() if isinstance(m, nn.modules.batchnorm._BatchNorm)]
        params -= sum(m.num_features for m in bns)
        # A batch norm folded into a conv that has a bias already
        # (SplitAttn's fc1) adds no bias: its 2C go, not C.
        from export_onnx_corpus import biased_convs_folded

        params -= biased_convs_folded(model)
    record(expected, f"{name}.{mode}.onnx", x.numpy(), output, params, torch_macs(model, x))


def gemm(expected):
    """Flatten, Gemm (transB=0), Relu, MatMul, Add: weights stored [in, out]."""
    rng = np.random.default_rng(0)
    w1 = rng.standard_normal((48, 6)).astype(np.float32)
    b1 = rng.standard_normal(6).astype(np.float32)
    w2 = rng.standard_normal((6, 3)).astype(np.float32)
    b2 = rng.standard_normal(3).astype(np.float32)
    inits = [
        onnx.numpy_helper.from_array(w1, "fc1.weight"),
        onnx.numpy_helper.from_array(b1, "fc1.bias"),
        onnx.numpy_helper.from_array(w2, "fc2.weight"),
        onnx.numpy_helper.from_array(b2, "fc2.bias"),
    ]
    nodes = [
        helper.make_node("Flatten", ["input"], ["flat"], name="/flatten/Flatten"),
        helper.make_node("Gemm", ["flat", "fc1.weight", "fc1.bias"], ["h"], name="/fc1/Gemm"),
        helper.make_node("Relu", ["h"], ["r"], name="/relu/Relu"),
        helper.make_node("MatMul", ["r", "fc2.weight"], ["m"], name="/fc2/MatMul"),
        helper.make_node("Add", ["m", "fc2.bias"], ["output"], name="/fc2/Add"),
    ]
    graph = helper.make_graph(
        nodes,
        "gemm",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [1, 3, 4, 4])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 3])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model = onnx.shape_inference.infer_shapes(model)
    path = os.path.join(OUT, "gemm.onnx")
    onnx.save_model(model, path)
    x = rng.standard_normal((1, 3, 4, 4)).astype(np.float32)
    output = run(path, x)
    # The same from numpy, as a check of the graph written by hand.
    reference = np.maximum(x.reshape(1, -1) @ w1 + b1, 0) @ w2 + b2
    assert np.allclose(output, reference, atol=1e-5)
    record(expected, "gemm.onnx", x, output, 48 * 6 + 6 + 6 * 3 + 3, 48 * 6 + 6 * 3)


def main():
    os.makedirs(OUT, exist_ok=True)
    # Names given: only those exported, the others' entries kept.
    only = sys.argv[1:]
    target = os.path.join(OUT, "expected.json")
    expected = json.load(open(target)) if only else {}
    for name in only or MODELS:
        for mode in ["preserve", "eval"]:
            export(name, mode, expected)
    if not only:
        gemm(expected)
    with open(target, "w") as f:
        json.dump(expected, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
