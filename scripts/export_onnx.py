"""Export the ONNX fixtures of `cnn import` (cnn-cli/tests/onnx/).

Run with a Python that has torch, torchvision and onnx:

    /work/venv/bin/python scripts/export_onnx.py

Each torchvision model (weights=None, eval, a 1x3x224x224 input) is exported
twice: `NAME.preserve.onnx` with training=TrainingMode.PRESERVE, which keeps
BatchNormalization nodes and the state_dict names, and `NAME.eval.onnx`, the
default eval export, which folds batch norm into the convolutions. The
weights are written as external data and that file is deleted, so each
committed .onnx holds the graph, the initializers' names and dims, and no
numbers: a few KB.

`expected.json` next to them holds torch's numbers for each file. For the
preserve export they are torchvision's parameter count; for the eval export
batch norm is folded into the convolutions, so torch's count loses each
BatchNorm2d's weight and bias and gains a conv bias: params - sum(C). The
script checks that against the sizes of the weights the graph's nodes read.
Neither comes from the cnn code under test.

It also writes small files for the command's cases: `lstm.onnx` (an
operator the language lacks), `fork.onnx` (a branch that leaves and never
returns: two graph outputs), `bridge.onnx` (branches that do not
join in one node: not series-parallel, imported in the named form),
`interleave.onnx` (a Concat of two branches of one fork with a value from
an earlier fork between them: named form too) and `not-onnx.onnx` (text,
not a model).
"""

import json
import math
import os
import sys
import tempfile

import onnx
import torch
import torchvision
from onnx import TensorProto, helper

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "cnn-cli", "tests", "onnx")
COUNTS = "/work/shared/torchvision-counts.json"


def strip_weights(path):
    """Rewrite `path` with its initializers as external data, then delete
    the data file: the dims and names stay, the numbers go. ONNX shape
    inference first writes every value's shape (value_info), which
    `cnn import` checks its own shapes against."""
    model = onnx.shape_inference.infer_shapes(onnx.load(path), data_prop=True)
    data = os.path.basename(path) + ".data"
    onnx.save_model(
        model,
        path,
        save_as_external_data=True,
        all_tensors_to_one_file=True,
        location=data,
        size_threshold=0,
    )
    os.remove(os.path.join(os.path.dirname(path), data))
    return onnx.load(path, load_external_data=False)


def referenced_count(model):
    """The size of every weight the graph's nodes read, an initializer
    shared through Identity nodes counted once per name it is read under."""
    sizes = {}
    for init in model.graph.initializer:
        size = 1
        for d in init.dims:
            size *= d
        sizes[init.name] = size
    for node in model.graph.node:
        if node.op_type == "Identity" and node.input[0] in sizes:
            sizes[node.output[0]] = sizes[node.input[0]]
    read = set()
    for node in model.graph.node:
        if node.op_type != "Identity":
            read.update(i for i in node.input if i in sizes)
    return sum(sizes[name] for name in read)


def kept_batch_norms(model):
    """The channels of the BatchNormalization nodes an eval export keeps."""
    dims = {init.name: init.dims for init in model.graph.initializer}
    for node in model.graph.node:
        if node.op_type == "Identity" and node.input[0] in dims:
            dims[node.output[0]] = dims[node.input[0]]
    return sum(dims[n.input[1]][0] for n in model.graph.node if n.op_type == "BatchNormalization")


# torchvision's constructors with weights=None, as the counts were taken:
# googlenet without its auxiliary classifiers (eval mode never runs them).
OPTIONS = {"googlenet": {"aux_logits": False, "init_weights": False}}


class UNet(torch.nn.Module):
    """A small U-Net (two levels): ConvTranspose up, Concat of the skip."""

    def __init__(self, c=16, classes=2):
        super().__init__()

        def double(i, o):
            return torch.nn.Sequential(
                torch.nn.Conv2d(i, o, 3, padding=1, bias=False),
                torch.nn.BatchNorm2d(o),
                torch.nn.ReLU(),
                torch.nn.Conv2d(o, o, 3, padding=1, bias=False),
                torch.nn.BatchNorm2d(o),
                torch.nn.ReLU(),
            )

        self.down1 = double(3, c)
        self.down2 = double(c, 2 * c)
        self.bottom = double(2 * c, 4 * c)
        self.pool = torch.nn.MaxPool2d(2)
        self.up2 = torch.nn.ConvTranspose2d(4 * c, 2 * c, 2, stride=2)
        self.dec2 = double(4 * c, 2 * c)
        self.up1 = torch.nn.ConvTranspose2d(2 * c, c, 2, stride=2)
        self.dec1 = double(2 * c, c)
        self.head = torch.nn.Conv2d(c, classes, 1)

    def forward(self, x):
        d1 = self.down1(x)
        d2 = self.down2(self.pool(d1))
        b = self.bottom(self.pool(d2))
        u2 = self.dec2(torch.cat([d2, self.up2(b)], 1))
        u1 = self.dec1(torch.cat([d1, self.up1(u2)], 1))
        return self.head(u1)


def build(name):
    """The model and its input."""
    if name == "unet":
        return UNet(), torch.randn(1, 3, 64, 64)
    if name == "r3d_18":
        return torchvision.models.video.r3d_18(weights=None), torch.randn(1, 3, 16, 112, 112)
    if name == "deeplabv3_resnet50":
        model = torchvision.models.segmentation.deeplabv3_resnet50(
            weights=None, weights_backbone=None, aux_loss=False
        )
        return model, torch.randn(1, 3, 520, 520)
    model = getattr(torchvision.models, name)(weights=None, **OPTIONS.get(name, {}))
    return model, torch.randn(1, 3, 224, 224)


def torch_macs(model, x):
    """MACs from torch's own counter on meta tensors: flops / 2."""
    from torch.utils.flop_counter import FlopCounterMode

    meta = model.to("meta")
    with FlopCounterMode(display=False) as counter:
        with torch.no_grad():
            meta(x.to("meta"))
    return counter.get_total_flops() // 2


def export(name, mode, expected, counts):
    torch.manual_seed(0)
    model, x = build(name)
    model = model.eval()
    path = os.path.join(OUT, f"{name}.{mode}.onnx")
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "model.onnx")
        kwargs = dict(
            input_names=["input"],
            output_names=["output"],
            opset_version=17,
            dynamo=False,
        )
        if mode == "preserve":
            kwargs["training"] = torch.onnx.TrainingMode.PRESERVE
            kwargs["do_constant_folding"] = False
        torch.onnx.export(model, (x,), raw, **kwargs)
        saved = onnx.load(raw)
        onnx.save_model(saved, path)
    stripped = strip_weights(path)
    params = sum(p.numel() for p in model.parameters())
    if mode == "preserve":
        # BatchNormalization's running mean and variance are initializers
        # too; the learnable count is torch's.
        learnable = params
        if name in counts:
            reference = counts[name]["params"]
            assert learnable == reference, (name, learnable, reference)
    else:
        # Folding a BatchNorm2d into the bias-less conv before it drops its
        # weight and bias (2C) and gives the conv a bias (C). A batch norm
        # that follows no conv (DenseNet's come before theirs) stays a
        # BatchNormalization node, and its 2C.
        bns = [m for m in model.modules() if isinstance(m, torch.nn.modules.batchnorm._BatchNorm)]
        kept = kept_batch_norms(stripped)
        learnable = params - sum(m.num_features for m in bns) + kept
        # The same count from the file: every tensor a node reads, the
        # exporter's deduplicated initializers counted once per Identity,
        # less the running statistics of the batch norms kept.
        assert learnable == referenced_count(stripped) - 2 * kept, (name, learnable)
    with torch.no_grad():
        output = model(x)
    if isinstance(output, dict):
        output = output["out"]
    # NCHW to channels-last, as the language writes shapes.
    output = list(output.shape[2:]) + [output.shape[1]]
    inputs = list(x.shape[2:]) + [x.shape[1]]
    macs = torch_macs(model, x)
    if name in counts:
        assert macs == counts[name]["macs"], (name, macs, counts[name]["macs"])
    expected[f"{name}.{mode}.onnx"] = {
        "params": learnable,
        "macs": macs,
        "input": inputs,
        "output": output,
        "torch_params": params,
    }
    print(f"{path}: {os.path.getsize(path)} bytes, params {learnable}", file=sys.stderr)


def lstm():
    """A Conv, then an LSTM node: an operator the language lacks."""
    w = helper.make_tensor("conv.weight", TensorProto.FLOAT, [8, 3, 3, 3], [0.0] * 216)
    conv = helper.make_node("Conv", ["input", "conv.weight"], ["c"], name="/conv/Conv", kernel_shape=[3, 3])
    lw = helper.make_tensor("lstm.W", TensorProto.FLOAT, [1, 64, 8], [0.0] * 512)
    lr = helper.make_tensor("lstm.R", TensorProto.FLOAT, [1, 64, 16], [0.0] * 1024)
    node = helper.make_node("LSTM", ["c", "lstm.W", "lstm.R"], ["output"], name="/rnn/LSTM", hidden_size=16)
    graph = helper.make_graph(
        [conv, node],
        "lstm",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [1, 3, 32, 32])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, None)],
        [w, lw, lr],
    )
    onnx.save_model(helper.make_model(graph), os.path.join(OUT, "lstm.onnx"))


def fork():
    """A Relu whose output is both a graph output and fed on: not a chain
    of blocks (a branch leaves and never returns)."""
    w = helper.make_tensor("conv.weight", TensorProto.FLOAT, [8, 3, 3, 3], [0.0] * 216)
    conv = helper.make_node("Conv", ["input", "conv.weight"], ["c"], name="/conv/Conv", kernel_shape=[3, 3])
    relu = helper.make_node("Relu", ["c"], ["r"], name="/relu/Relu")
    sig = helper.make_node("Sigmoid", ["r"], ["s"], name="/sig/Sigmoid")
    graph = helper.make_graph(
        [conv, relu, sig],
        "fork",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [1, 3, 32, 32])],
        [
            helper.make_tensor_value_info("r", TensorProto.FLOAT, None),
            helper.make_tensor_value_info("s", TensorProto.FLOAT, None),
        ],
        [w],
    )
    onnx.save_model(helper.make_model(graph), os.path.join(OUT, "fork.onnx"))


def bridge():
    """Two branches fork at the input and join in an Add, but one of them
    is read again after the join: not series-parallel."""
    a = helper.make_node("Relu", ["input"], ["a"], name="/a/Relu")
    b = helper.make_node("Sigmoid", ["input"], ["b"], name="/b/Sigmoid")
    c = helper.make_node("Add", ["a", "b"], ["c"], name="/c/Add")
    d = helper.make_node("Add", ["c", "b"], ["output"], name="/d/Add")
    graph = helper.make_graph(
        [a, b, c, d],
        "bridge",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [1, 3, 32, 32])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, None)],
    )
    onnx.save_model(helper.make_model(graph), os.path.join(OUT, "bridge.onnx"))


def interleave():
    """`cat([sigmoid(p), sigmoid(x), tanh(p)])` with `p = relu(x)`: the
    branches of the fork at `p` give channels that a branch of the fork
    at the input comes between, which no nesting of concat blocks gives."""
    p = helper.make_node("Relu", ["input"], ["p"], name="/p/Relu")
    a = helper.make_node("Sigmoid", ["p"], ["a"], name="/a/Sigmoid")
    b = helper.make_node("Tanh", ["p"], ["b"], name="/b/Tanh")
    c = helper.make_node("Sigmoid", ["input"], ["c"], name="/c/Sigmoid")
    d = helper.make_node("Concat", ["a", "c", "b"], ["output"], name="/d/Concat", axis=1)
    graph = helper.make_graph(
        [p, a, b, c, d],
        "interleave",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [1, 3, 32, 32])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, None)],
    )
    onnx.save_model(helper.make_model(graph), os.path.join(OUT, "interleave.onnx"))


def small(name, nodes, inits=()):
    """A graph of `nodes` on a 1x3x32x32 input, for an error case."""
    graph = helper.make_graph(
        nodes,
        name,
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [1, 3, 32, 32])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, None)],
        list(inits),
    )
    model = onnx.shape_inference.infer_shapes(helper.make_model(graph))
    onnx.save_model(model, os.path.join(OUT, f"{name}.onnx"))


def computed_weight():
    """A conv whose weight the graph computes from an initializer (here
    each filter over its L2 norm, as weight normalisation) by a node the importer does not evaluate: refused,
    naming that node, not read as a cycle. (timm's weight standardisation,
    a BatchNormalization of the weight on its own statistics, is read as
    `ws` or `scaledws`.)"""
    w = helper.make_tensor("conv.weight", TensorProto.FLOAT, [8, 3, 3, 3], [0.5] * 216)
    small(
        "computed-weight",
        [
            helper.make_node("LpNormalization", ["conv.weight"], ["normed"], name="/conv/LpNormalization", axis=1, p=2),
            helper.make_node("Conv", ["input", "normed"], ["output"], name="/conv/Conv", kernel_shape=[3, 3]),
        ],
        [w],
    )


def learnt_scalar():
    """A Mul by a learnt scalar, NFNet's `out * skipinit_gain`: an
    initializer named by its `state_dict` key, which torch counts as a
    parameter, read as `gain` (a constant, `x * 0.2`, is `times 0.2`);
    a Div by one (`learnt-scalar-divisor`), which the language cannot
    write, refused."""
    gain = helper.make_tensor("stages.0.0.skipinit_gain", TensorProto.FLOAT, [], [0.5])
    small(
        "learnt-scalar",
        [helper.make_node("Mul", ["input", "stages.0.0.skipinit_gain"], ["output"], name="/stages.0.0/Mul")],
        [gain],
    )
    small(
        "learnt-scalar-divisor",
        [helper.make_node("Div", ["input", "stages.0.0.skipinit_gain"], ["output"], name="/stages.0.0/Div")],
        [gain],
    )


def tanh_gelu(name="tanh-gelu", cubic=0.044715):
    """GELU's tanh approximation as torch's legacy exporter writes
    `nn.GELU(approximate="tanh")` (0.5·x·(1 + tanh(√(2/π)·(x +
    0.044715·x³)))), the language's `gelu tanh`; with another `cubic`
    coefficient (`tanh-gelu-cubic`), a formula the language lacks."""
    scalar = lambda name, v: helper.make_tensor(name, TensorProto.FLOAT, [], [v])  # noqa: E731
    nodes = [
        helper.make_node("Mul", ["input", "input"], ["square"], name="/act/Mul"),
        helper.make_node("Mul", ["input", "square"], ["cube"], name="/act/Mul_1"),
        helper.make_node("Mul", ["c0", "cube"], ["scaled_cube"], name="/act/Mul_2"),
        helper.make_node("Add", ["input", "scaled_cube"], ["inner"], name="/act/Add"),
        helper.make_node("Mul", ["c1", "inner"], ["argument"], name="/act/Mul_3"),
        helper.make_node("Tanh", ["argument"], ["tanh"], name="/act/Tanh"),
        helper.make_node("Add", ["c2", "tanh"], ["one_plus"], name="/act/Add_1"),
        helper.make_node("Mul", ["input", "one_plus"], ["product"], name="/act/Mul_4"),
        helper.make_node("Mul", ["c3", "product"], ["output"], name="/act/Mul_5"),
    ]
    constants = [scalar("c0", cubic), scalar("c1", (2 / math.pi) ** 0.5), scalar("c2", 1.0), scalar("c3", 0.5)]
    small(name, nodes, constants)


def refusals():
    """LeakyRelu of a slope of its own (imported as `leakyrelu slope A`)
    and of a negative slope, a LogSoftmax along the rows, and a Pad of the
    channels: the language has none of the last three. A Pad of more
    after than before (`asymmetric-pad`) is `zeropad P end Q`."""
    tanh_gelu()
    tanh_gelu("tanh-gelu-cubic", 0.05)
    small("logsoftmax-axis", [helper.make_node("LogSoftmax", ["input"], ["output"], name="/act/LogSoftmax", axis=2)])
    small("leaky-slope", [helper.make_node("LeakyRelu", ["input"], ["output"], name="/act/LeakyRelu", alpha=0.2)])
    small("leaky-negative", [helper.make_node("LeakyRelu", ["input"], ["output"], name="/act/LeakyRelu", alpha=-0.2)])
    # ONNX's own SpaceToDepth, which `cnn import` reads as `spacetodepth B`.
    small("space-to-depth", [helper.make_node("SpaceToDepth", ["input"], ["output"], name="/s2d/SpaceToDepth", blocksize=4)])
    pads = helper.make_tensor("pads", TensorProto.INT64, [8], [0, 0, 1, 1, 0, 0, 2, 2])
    small("asymmetric-pad", [helper.make_node("Pad", ["input", "pads"], ["output"], name="/pad/Pad")], [pads])
    channels = helper.make_tensor("pads", TensorProto.INT64, [8], [0, 1, 0, 0, 0, 1, 0, 0])
    small("channel-pad", [helper.make_node("Pad", ["input", "pads"], ["output"], name="/pad/Pad")], [channels])
    gate = helper.make_tensor("gate", TensorProto.FLOAT, [1, 3, 32, 32], [0.0] * 3072)
    small("mul-map", [helper.make_node("Mul", ["input", "gate"], ["output"], name="/mul/Mul")], [gate])


def broadcast_refusals():
    """An AveragePool that leaves out a padding that is not `same`'s (the
    language's avgpool counts `pad P`), one that pads SAME_UPPER but
    counts the padding (`pad same` leaves it out; `avgpool-same`, which
    does not, is `pad same`), and an Expand of the input itself,
    not of a 1xCx1x1 gate a Mul reads."""
    small(
        "avgpool-left-out",
        [
            helper.make_node(
                "AveragePool",
                ["input"],
                ["output"],
                name="/pool/AveragePool",
                kernel_shape=[3, 3],
                strides=[2, 2],
                pads=[1, 1, 1, 1],
                count_include_pad=0,
            )
        ],
    )
    same = dict(kernel_shape=[3, 3], strides=[2, 2], auto_pad="SAME_UPPER")
    small("avgpool-same", [helper.make_node("AveragePool", ["input"], ["output"], name="/pool/AveragePool", **same)])
    small(
        "avgpool-same-counted",
        [
            helper.make_node(
                "AveragePool",
                ["input"],
                ["output"],
                name="/pool/AveragePool",
                kernel_shape=[3, 3],
                strides=[2, 2],
                auto_pad="SAME_UPPER",
                count_include_pad=1,
            )
        ],
    )
    shape = helper.make_tensor("shape", TensorProto.INT64, [4], [2, 3, 32, 32])
    small("expand-map", [helper.make_node("Expand", ["input", "shape"], ["output"], name="/expand/Expand")], [shape])


def mix_refusal():
    """timm's SplitAttn of cardinality 2 (radix 2, groups 2), as ResNeSt's
    `resnest50d_4s2x40d` has it: rSoftMax lays its weights out group by
    group, not path by path as the language's `mix` reads them."""
    from timm.layers.split_attn import SplitAttn

    torch.manual_seed(0)
    model = torch.nn.Sequential(SplitAttn(16, 16, radix=2, groups=2, norm_layer=torch.nn.BatchNorm2d)).eval()
    path = os.path.join(OUT, "mix-groups.onnx")
    torch.onnx.export(model, (torch.randn(1, 16, 8, 8),), path, opset_version=17, dynamo=False)
    strip_weights(path)


def conv_graph(name, weight, corrupt=None):
    """Conv 3x3x8 then Relu on a 1x3x32x32 input, its weight `weight` (a
    TensorProto named conv.weight), with ONNX shape inference's shapes;
    `corrupt(model)` may then change the file by hand."""
    conv = helper.make_node("Conv", ["input", "conv.weight"], ["c"], name="/conv/Conv", kernel_shape=[3, 3])
    relu = helper.make_node("Relu", ["c"], ["output"], name="/relu/Relu")
    graph = helper.make_graph(
        [conv, relu],
        name,
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [1, 3, 32, 32])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, None)],
        [weight],
    )
    model = onnx.shape_inference.infer_shapes(helper.make_model(graph))
    if corrupt:
        corrupt(model)
    onnx.save_model(model, os.path.join(OUT, f"{name}.onnx"))


def weight_refusals():
    """The errors of a graph's own shapes and of --weights: a value_info
    corrupted by hand (the Conv's output said to be 31x31, not 30x30);
    weights stored as float16; raw data shorter than the dims; external
    data outside the model's folder, and past the end of its file."""
    zeros = [0.0] * 216

    def shrink(model):
        dims = next(v for v in model.graph.value_info if v.name == "c").type.tensor_type.shape.dim
        dims[2].dim_value = 31
        dims[3].dim_value = 31

    conv_graph("bad-shape", helper.make_tensor("conv.weight", TensorProto.FLOAT, [8, 3, 3, 3], zeros), shrink)
    half = helper.make_tensor("conv.weight", TensorProto.FLOAT16, [8, 3, 3, 3], zeros)
    conv_graph("half-weights", half)
    short = helper.make_tensor("conv.weight", TensorProto.FLOAT, [8, 3, 3, 3], zeros)
    short.ClearField("float_data")
    short.raw_data = b"\0" * 100
    conv_graph("short-weights", short)
    for name, location, length in [("outside-data", "../conv.data", 864), ("past-end-data", "past-end.data", 864)]:
        weight = helper.make_tensor("conv.weight", TensorProto.FLOAT, [8, 3, 3, 3], zeros)
        weight.ClearField("float_data")
        weight.data_location = TensorProto.EXTERNAL
        for key, value in [("location", location), ("offset", "0"), ("length", str(length))]:
            entry = weight.external_data.add()
            entry.key, entry.value = key, value
        conv_graph(name, weight)
    # 100 bytes, where the tensor needs 864.
    with open(os.path.join(OUT, "past-end.data"), "wb") as f:
        f.write(b"\0" * 100)


def main():
    os.makedirs(OUT, exist_ok=True)
    counts = json.load(open(COUNTS))["models"]
    expected = {}
    names = ["resnet18", "mobilenet_v2", "mobilenet_v3_small", "googlenet"]
    names += ["efficientnet_b0", "shufflenet_v2_x1_0", "convnext_tiny", "r3d_18", "unet"]
    names += ["densenet121", "deeplabv3_resnet50"]
    for name in names:
        for mode in ["preserve", "eval"]:
            export(name, mode, expected, counts)
    lstm()
    refusals()
    broadcast_refusals()
    mix_refusal()
    weight_refusals()
    fork()
    bridge()
    interleave()
    computed_weight()
    learnt_scalar()
    with open(os.path.join(OUT, "not-onnx.onnx"), "w") as f:
        f.write("input 32x32x3; conv 3x3x8;\n")
    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump(expected, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
