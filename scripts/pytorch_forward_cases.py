"""Single layers run by PyTorch in eval mode, for cnn-run/tests/run.rs.

    venv/bin/python scripts/pytorch_forward_cases.py > cnn-run/tests/data/forward_cases.txt

Each case is a statement of the language and the input shape it runs on
(channels last, as the language writes shapes). The script reads the
statement, builds the PyTorch module it stands for, fills every parameter
and buffer (batch norm's running statistics included) with seeded random
values, runs a seeded random input through it and writes:

    case <statement>
    input <shape>
    spec <the LayerSpec's fields, so the test needs no parser>
    x <n> <input values, channels last>
    w <n> <parameters flat, in state_dict order>
    y <n> <expected output, channels last>

Values are printed with 9 significant digits, which give back the exact
float32. CI does not need torch: the output of this script is committed.
"""

import math
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

ACTIVATIONS = {
    "relu": nn.ReLU,
    "relu6": nn.ReLU6,
    "leakyrelu": nn.LeakyReLU,
    "elu": nn.ELU,
    "gelu": nn.GELU,
    "silu": nn.SiLU,
    "swish": nn.SiLU,
    "sigmoid": nn.Sigmoid,
    "hardsigmoid": nn.Hardsigmoid,
    "hardswish": nn.Hardswish,
    "tanh": nn.Tanh,
}

# (statement, input shape channels last). Kept tiny: the file is committed.
CASES = [
    # Convolutions of every rank, with every option.
    ("conv 3x3x4", [6, 7, 3]),
    ("conv 3x3x4 stride 2 pad 1", [7, 7, 3]),
    ("conv 3x2x5 stride 2x1 pad 1x0 nobias", [6, 5, 2]),
    ("conv 3x3x4 dilation 2 pad 2", [7, 6, 2]),
    ("conv 3x3x6 groups 2", [5, 5, 4]),
    ("conv 3x3x4 pad same", [5, 6, 3]),
    ("conv 4x4x3 stride 2 pad same", [7, 6, 2]),
    ("conv 2x2x3 stride 3 pad same", [7, 8, 2]),
    ("conv 1x1x5", [3, 4, 6]),
    ("conv 5x4", [12, 3]),
    ("conv 3x6 stride 2 pad 1 dilation 2 groups 3", [11, 6]),
    ("conv 4x2 pad same", [9, 2]),
    ("conv 3x3x3x4", [4, 5, 5, 2]),
    ("conv 3x2x2x4 stride 1x2x2 pad 1x0x1 groups 2 nobias", [4, 5, 6, 2]),
    ("conv 3x3x3x2 pad same dilation 2", [4, 5, 4, 1]),
    ("dwconv 3x3", [5, 5, 3]),
    ("dwconv 3x3 stride 2 pad 1 nobias", [6, 6, 4]),
    ("dwconv 3x3 multiplier 2 pad same", [5, 4, 3]),
    ("dwconv 5 dilation 2 pad 4", [9, 3]),
    ("dwconv 3 stride 2", [5, 5, 5, 2]),
    ("sepconv 3x3x5", [5, 5, 3]),
    ("sepconv 3x3x4 stride 2 pad same multiplier 2", [6, 7, 2]),
    ("sepconv 3x3x4 nobias pad 1", [4, 4, 3]),
    ("sepconv 3x6 pad 1", [8, 4]),
    ("convtranspose 2x2x4 stride 2", [3, 4, 3]),
    ("convtranspose 3x3x4 stride 2 pad 1 outpad 1", [3, 3, 2]),
    ("convtranspose 3x3x6 stride 2 groups 2 nobias", [3, 3, 4]),
    ("convtranspose 3x3x3 dilation 2", [3, 4, 2]),
    ("convtranspose 3x5x3 stride 3x2 pad 1x2 outpad 2x1", [3, 4, 2]),
    ("convtranspose 3x3x3 stride 2 pad same", [3, 4, 2]),
    ("convtranspose 2x2x3 stride 3 pad same", [3, 3, 2]),
    ("convtranspose 4x3 stride 2 pad 1", [5, 2]),
    ("convtranspose 2x2x2x3 stride 2", [2, 3, 2, 2]),
    # Pooling.
    ("pool 2", [6, 6, 3]),
    ("maxpool 3 stride 2", [7, 7, 2]),
    ("maxpool 3 stride 2 ceil", [8, 8, 2]),
    ("maxpool 3 stride 2 pad 1", [6, 7, 2]),
    ("maxpool 2x3 stride 1x2 pad 1x1 dilation 2", [7, 8, 2]),
    ("maxpool 3 stride 2 pad same", [6, 7, 2]),
    ("maxpool 3 stride 2 pad 1 ceil", [6, 6, 2]),
    ("maxpool 3 stride 2", [11, 3]),
    ("maxpool 2", [4, 4, 4, 2]),
    ("avgpool 2", [6, 6, 3]),
    ("avgpool 3 stride 2 pad 1", [7, 6, 2]),
    ("avgpool 3 stride 2 ceil", [8, 8, 2]),
    ("avgpool 3 stride 2 pad 1 ceil", [6, 6, 2]),
    ("avgpool 3 stride 2 pad same", [6, 7, 2]),
    ("avgpool 2x3 stride 1x2", [5, 7, 2]),
    ("avgpool 3 stride 2 pad 1", [9, 2]),
    ("avgpool 2 stride 1x2x2", [3, 4, 4, 2]),
    ("gap", [4, 5, 3]),
    ("gap", [7, 3]),
    ("gap", [2, 3, 3, 2]),
    ("gmp", [4, 5, 3]),
    ("gmp", [3, 2, 2, 2]),
    ("adaptivepool 3x2", [7, 5, 2]),
    ("adaptivepool 1x1", [4, 4, 3]),
    ("adaptivepool 4x4", [5, 6, 2]),
    ("adaptivepool 3", [10, 2]),
    ("adaptivepool 2x2x3", [3, 5, 4, 2]),
    # Flatten and fully connected: PyTorch's (C, H, W) order.
    ("flatten", [3, 4, 2]),
    ("flatten", [5, 3]),
    ("flatten", [2, 2, 3, 2]),
    ("flatten", [6]),
    ("fc 5", [3, 4, 2]),
    ("fc 4", [12]),
    ("fc 3 nobias", [5, 2]),
    ("fc 3", [2, 2, 2, 2]),
    ("fc 2", [1, 1, 6]),
    ("softmax 6", [2, 3, 2]),
    ("softmax 4", [10]),
    # Activations.
    ("relu", [3, 4, 2]),
    ("relu6", [3, 4, 2]),
    ("leakyrelu", [3, 4, 2]),
    ("elu", [3, 4, 2]),
    ("gelu", [3, 4, 2]),
    ("silu", [3, 4, 2]),
    ("swish", [7, 2]),
    ("sigmoid", [3, 4, 2]),
    ("hardsigmoid", [3, 4, 2]),
    ("hardswish", [3, 4, 2]),
    ("tanh", [3, 4, 2]),
    ("softmax", [3, 4, 5]),
    ("softmax", [9]),
    ("softmax", [4, 3]),
    ("prelu", [3, 4, 3]),
    ("prelu", [8]),
    ("prelu", [5, 3]),
    # Normalisation and the rest.
    ("batchnorm", [3, 4, 3]),
    ("bn", [10]),
    ("bn", [6, 3]),
    ("bn", [2, 3, 3, 2]),
    ("dropout", [3, 4, 2]),
    ("dropout 0.5", [6]),
    ("zeropad 1", [3, 4, 2]),
    ("zeropad 2x1", [3, 3, 2]),
    ("zeropad 2", [4, 2]),
    ("zeropad 1x0x2", [2, 2, 2, 2]),
    ("upsample 2", [3, 4, 2]),
    ("upsample 3x2", [3, 3, 2]),
    ("upsample 2 bilinear", [3, 4, 2]),
    ("upsample 3x2 bilinear", [3, 3, 2]),
    ("upsample 3", [4, 2]),
    ("upsample 2 bilinear", [5, 2]),
    ("upsample 2", [2, 2, 3, 2]),
    ("upsample 2 bilinear", [2, 3, 2, 2]),
    ("resize 7x5", [3, 4, 2]),
    ("resize 2x3", [5, 7, 2]),
    ("resize 7x5 bilinear", [3, 4, 2]),
    ("resize 2x3 bilinear", [5, 7, 2]),
    ("resize 7", [3, 2]),
    ("resize 5 bilinear", [8, 2]),
    ("resize 3x4x5 bilinear", [2, 3, 3, 2]),
    ("resize 3x2x5", [2, 3, 3, 2]),
    ("layernorm", [3, 4, 5]),
    ("layernorm", [12]),
    ("layernorm", [6, 4]),
    ("groupnorm 2", [3, 4, 6]),
    ("groupnorm 1", [3, 3, 4]),
    ("groupnorm 4", [5, 4]),
    ("groupnorm 3", [2, 2, 2, 6]),
    ("scale", [3, 4, 5]),
    ("scale", [6, 3]),
    ("shuffle 2", [3, 3, 6]),
    ("shuffle 3", [4, 6]),
    # Appended, so that the random values of the cases above stay as they were.
    ("grn", [3, 4, 5]),
    ("grn", [6, 3]),
    ("grn", [2, 3, 2, 4]),
    ("grn", [2, 1, 260]),
    # `slice A..B`, PyTorch's x[:, A:B].
    ("slice 1..4", [3, 4, 6]),
    ("slice 0..2", [5, 3]),
    ("slice 2..5", [6]),
    ("eca 3", [1, 1, 9]),
    ("eca 5", [1, 1, 16]),
    ("eca 3", [3, 4, 5]),
    ("eca 7", [4, 3]),
    ("eca 9", [1, 1, 4]),
    ("eca 1", [6]),
    ("affine", [3, 4, 5]),
    ("affine", [7]),
    ("affine", [2, 2, 3, 2]),
    ("blurpool 3 stride 2", [6, 6, 3]),
    ("blurpool 3 stride 2", [7, 5, 2]),
    ("blurpool 5 stride 2", [9, 8, 2]),
    ("blurpool 3", [4, 5, 2]),
    ("blurpool 3 stride 2", [9, 3]),
    ("blurpool 2 stride 2", [4, 4, 2]),
    ("blurpool 3 stride 2", [3, 4, 5, 2]),
    # `eps E`: the brief's 1e-3 (DPN's batch norms) and 1e-6 (ConvNeXt's
    # layer norms), and large ones whose effect is far above the tolerance.
    ("bn eps 1e-3", [3, 4, 3]),
    ("batchnorm eps 0.5", [5, 4]),
    ("layernorm eps 1e-06", [3, 4, 5]),
    ("layernorm eps 0.25", [12]),
    ("groupnorm 2 eps 1e-3", [3, 4, 6]),
    ("groupnorm 2 eps 0.1", [5, 4]),
    ("grn eps 0.1", [3, 4, 5]),
    ("grn eps 1e-3", [6, 3]),
    # GCNet's attention pooling: a map, one position, a sequence, a volume.
    ("contextpool", [5, 7, 6]),
    ("contextpool", [1, 1, 4]),
    ("contextpool", [9, 3]),
    ("contextpool", [2, 3, 4, 5]),
    ("contextpool", [16, 16, 20]),
    # Weight-standardised convs (timm's StdConv2d and ScaledStdConv2d, the
    # classes themselves) and `times`, NF nets' constant multiply.
    ("conv 3x3x4 ws", [6, 7, 3]),
    ("conv 3x3x4 ws eps 1e-5 nobias stride 2 pad 1", [7, 7, 3]),
    ("conv 3x3x5 scaledws", [6, 5, 3]),
    ("conv 3x3x4 scaledws gamma 1.7139 eps 1e-5 pad 1", [5, 6, 2]),
    ("conv 1x1x6 scaledws gamma 1.7139 nobias", [4, 4, 5]),
    ("conv 3x3x6 scaledws groups 2 stride 2", [7, 7, 4]),
    ("conv 7x7x8 scaledws gamma 1.7139 eps 1e-5 stride 2 pad 3", [12, 12, 3]),
    ("times 1.7139", [3, 4, 2]),
    ("times 0.5", [7]),
    # `gain`, NFNet's learnt scalar `skipinit_gain` (a 0-d parameter).
    ("gain", [3, 4, 2]),
    ("gain", [7]),
    ("gain", [2, 2, 3, 2]),
    # GELU's tanh approximation, PyTorch's approximate='tanh'; wide inputs
    # so the cube term and tanh's saturation both show.
    ("gelu tanh", [3, 4, 5]),
    ("gelu tanh", [9]),
    # The log of the softmax over the channels (M5's output), with a wide
    # spread so that some softmax values are far below 1.
    ("logsoftmax", [3, 4, 5]),
    ("logsoftmax", [9]),
    ("logsoftmax", [4, 3]),
    # `zeropad P end Q`: HGNetV2's `F.pad(x, (0, 1, 0, 1))`, and others.
    ("zeropad 0 end 1", [4, 5, 2]),
    ("zeropad 1x0 end 0x2", [3, 4, 2]),
    ("zeropad 2 end 1", [5, 2]),
    ("zeropad 0x1x0 end 1", [2, 2, 3, 2]),
    # `spacetodepth B` (ONNX SpaceToDepth's order, TResNet's stem) at
    # ranks 1 to 3.
    ("spacetodepth 2", [4, 6, 3]),
    ("spacetodepth 4", [8, 4, 2]),
    ("spacetodepth 3", [6, 2]),
    ("spacetodepth 2", [2, 4, 2, 3]),
    ("spacetodepth 1", [3, 2, 2]),
    # `leakyrelu slope A` (TResNet's InplaceABN, slope 1e-3).
    ("leakyrelu slope 1e-3", [3, 4, 5]),
    ("leakyrelu slope 0.2", [6, 3]),
    ("leakyrelu slope 1.5", [7]),
]

AXES_OPTIONS = {"stride", "dilation", "outpad"}


def numbers(text):
    return [int(n) for n in text.split("x")]


def parse(statement):
    """The statement's keyword, argument and options as a dict."""
    words = statement.split()
    spec = {"keyword": words[0], "argument": None, "options": {}}
    i = 1
    if i < len(words) and words[i][0].isdigit():
        spec["argument"] = words[i]
        i += 1
    while i < len(words):
        word = words[i]
        if word in ("nobias", "ceil", "bilinear", "ws", "scaledws", "tanh"):
            spec["options"][word] = True
            i += 1
        else:
            spec["options"][word] = words[i + 1]
            i += 2
    return spec


def per_axis(values, rank, neutral=None):
    if len(values) == 1:
        return values * rank
    assert len(values) == rank, (values, rank)
    return values


class Module(nn.Module):
    """A function of the input, around the modules that hold parameters."""

    def __init__(self, forward, **modules):
        super().__init__()
        for name, module in modules.items():
            self.add_module(name, module)
        self.run = forward

    def forward(self, x):
        return self.run(self, x)


def same_padding(sizes, kernel, stride, dilation):
    """TensorFlow's `same`: total padding per axis, the extra at the end,
    as F.pad's argument (last axis first)."""
    pad = []
    for size, k, s, d in zip(sizes, kernel, stride, dilation):
        out = -(-size // s)
        total = max((out - 1) * s + d * (k - 1) + 1 - size, 0)
        pad.append((total // 2, total - total // 2))
    flat = []
    for before, after in reversed(pad):
        flat += [before, after]
    return flat


def build(statement, shape):
    """The PyTorch module for `statement` on a channels-last `shape`, and
    the LayerSpec's fields."""
    spec = parse(statement)
    keyword, argument, options = spec["keyword"], spec["argument"], spec["options"]
    rank = len(shape) - 1
    channels = shape[-1]
    fields = {"kind": keyword}
    conv_nd = [None, nn.Conv1d, nn.Conv2d, nn.Conv3d]
    bias = "nobias" not in options
    if not bias:
        fields["bias"] = 0
    # PyTorch's own default when none is written.
    eps = {} if "eps" not in options else {"eps": float(options["eps"])}
    if eps:
        fields["eps"] = options["eps"]

    window = None
    count = None
    if keyword == "slice":
        start, end = (int(n) for n in argument.split(".."))
        fields["window"] = start
        fields["count"] = end - start
        return Module(lambda m, x: x[:, start:end]), fields
    if keyword == "times":
        factor = float(argument)
        fields["factor"] = argument
        return Module(lambda m, x: x * factor), fields
    if argument is not None and keyword not in ("dropout",):
        values = numbers(argument)
        if keyword in ("conv", "sepconv", "convtranspose"):
            window, count = values[:-1], values[-1]
        elif keyword in ("fc", "softmax", "groupnorm", "shuffle", "eca", "spacetodepth"):
            count = values[0]
        else:
            window = values
    if window is not None:
        fields["window"] = ",".join(map(str, window))
        window = per_axis(window, rank)
    if count is not None:
        fields["count"] = count
    stride = dilation = outpad = None
    for name in ("stride", "dilation", "outpad"):
        if name in options:
            fields[name] = ",".join(map(str, numbers(options[name])))
    if "stride" in options:
        stride = per_axis(numbers(options["stride"]), rank)
    elif keyword in ("pool", "maxpool", "avgpool"):
        stride = window
    else:
        stride = [1] * rank
    dilation = per_axis(numbers(options.get("dilation", "1")), rank)
    outpad = per_axis(numbers(options.get("outpad", "0")), rank)
    pad_text = options.get("pad", "valid")
    fields["pad"] = pad_text if pad_text in ("valid", "same") else ",".join(map(str, numbers(pad_text)))
    same = pad_text == "same"
    padding = [0] * rank if pad_text in ("valid", "same") else per_axis(numbers(pad_text), rank)
    groups = int(options.get("groups", "1"))
    if groups != 1:
        fields["groups"] = groups
    multiplier = int(options.get("multiplier", "1"))
    if multiplier != 1:
        fields["multiplier"] = multiplier
    ceil = "ceil" in options
    if ceil:
        fields["ceil"] = 1
    if "bilinear" in options:
        fields["bilinear"] = 1
    sizes = shape[:-1]

    def padded(module, value=0.0):
        """`module` after TensorFlow's `same` padding (explicit padding is
        the module's own)."""
        if not same:
            return module
        pad = same_padding(sizes, window, stride, dilation)
        return Module(lambda m, x: m.inner(F.pad(x, pad, value=value)), inner=module)

    if keyword == "conv" and ("ws" in options or "scaledws" in options):
        # timm's own classes (timm/layers/std_conv.py), 2-D only.
        from timm.layers import ScaledStdConv2d, StdConv2d

        ws_eps = float(options.get("eps", "1e-6"))
        common = dict(stride=stride, padding=padding, dilation=dilation, groups=groups, bias=bias, eps=ws_eps)
        if "ws" in options:
            fields["standardise"] = "plain"
            module = StdConv2d(channels, count, window, **common)
        else:
            fields["standardise"] = "scaled"
            gamma = float(options.get("gamma", "1.0"))
            if "gamma" in options:
                fields["factor"] = options["gamma"]
            module = ScaledStdConv2d(channels, count, window, gamma=gamma, **common)
        return module, fields
    if keyword in ("conv", "dwconv"):
        if keyword == "dwconv":
            groups, count = channels, channels * multiplier
        module = conv_nd[rank](channels, count, window, stride=stride, padding=padding, dilation=dilation, groups=groups, bias=bias)
        return padded(module), fields
    if keyword == "sepconv":
        middle = channels * multiplier
        depthwise = conv_nd[rank](channels, middle, window, stride=stride, padding=padding, dilation=dilation, groups=channels, bias=False)
        pointwise = conv_nd[rank](middle, count, 1, bias=bias)
        return padded(nn.Sequential(depthwise, pointwise)), fields
    if keyword == "convtranspose":
        transpose_nd = [None, nn.ConvTranspose1d, nn.ConvTranspose2d, nn.ConvTranspose3d][rank]
        if not same:
            module = transpose_nd(channels, count, window, stride=stride, padding=padding, output_padding=outpad, groups=groups, bias=bias, dilation=dilation)
            return module, fields
        # Keras's `same`: `I * S` outputs of the full transposed
        # convolution, cropped by TensorFlow's padding of the forward one.
        module = transpose_nd(channels, count, window, stride=stride, groups=groups, bias=bias, dilation=dilation)

        def run(m, x):
            conv = m.inner
            fn = [None, F.conv_transpose1d, F.conv_transpose2d, F.conv_transpose3d][rank]
            full = fn(x, conv.weight, None, stride=stride, groups=groups, dilation=dilation)
            index = [slice(None), slice(None)]
            for axis in range(rank):
                total = max(dilation[axis] * (window[axis] - 1) + 1 - stride[axis], 0)
                before = total // 2
                want = sizes[axis] * stride[axis]
                have = full.shape[2 + axis]
                if have < before + want:
                    grow = [0, 0] * rank
                    grow[2 * (rank - 1 - axis) + 1] = before + want - have
                    full = F.pad(full, grow)
                index.append(slice(before, before + want))
            out = full[tuple(index)]
            if conv.bias is not None:
                out = out + conv.bias.view(1, -1, *([1] * rank))
            return out

        return Module(run, inner=module), fields
    if keyword in ("pool", "maxpool"):
        fields["kind"] = "maxpool"
        pool_nd = [None, nn.MaxPool1d, nn.MaxPool2d, nn.MaxPool3d][rank]
        module = pool_nd(window, stride=stride, padding=padding, dilation=dilation, ceil_mode=ceil)
        return padded(module, value=-math.inf), fields
    if keyword == "avgpool":
        pool_nd = [None, nn.AvgPool1d, nn.AvgPool2d, nn.AvgPool3d][rank]
        module = pool_nd(window, stride=stride, padding=padding, ceil_mode=ceil, count_include_pad=True)
        if not same:
            return module, fields
        # TensorFlow's `same`: the mean of the values inside the input.
        pad = same_padding(sizes, window, stride, dilation)

        def run(m, x):
            ones = torch.ones_like(x)
            return m.inner(F.pad(x, pad)) / m.inner(F.pad(ones, pad))

        return Module(run, inner=module), fields
    if keyword == "gap":
        return [None, nn.AdaptiveAvgPool1d, nn.AdaptiveAvgPool2d, nn.AdaptiveAvgPool3d][rank](1), fields
    if keyword == "gmp":
        return [None, nn.AdaptiveMaxPool1d, nn.AdaptiveMaxPool2d, nn.AdaptiveMaxPool3d][rank](1), fields
    if keyword == "adaptivepool":
        return [None, nn.AdaptiveAvgPool1d, nn.AdaptiveAvgPool2d, nn.AdaptiveAvgPool3d][rank](tuple(window)), fields
    if keyword == "flatten":
        return nn.Flatten(), fields
    inputs = math.prod(shape)
    if keyword == "fc":
        return nn.Sequential(nn.Flatten(), nn.Linear(inputs, count, bias=bias)), fields
    if keyword == "softmax" and count is not None:
        return nn.Sequential(nn.Flatten(), nn.Linear(inputs, count, bias=bias), nn.Softmax(dim=1)), fields
    if keyword == "softmax":
        return nn.Softmax(dim=1), fields
    if keyword == "logsoftmax":
        return nn.LogSoftmax(dim=1), fields
    if keyword == "gelu" and "tanh" in options:
        fields["tanh"] = 1
        return nn.GELU(approximate="tanh"), fields
    if keyword == "leakyrelu" and "slope" in options:
        # The spec keeps the slope where a norm keeps its eps.
        fields["eps"] = options["slope"]
        return nn.LeakyReLU(float(options["slope"])), fields
    if keyword in ACTIVATIONS:
        return ACTIVATIONS[keyword](), fields
    if keyword == "prelu":
        return nn.PReLU(channels), fields
    if keyword in ("batchnorm", "bn"):
        return [nn.BatchNorm1d, nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d][rank](channels, **eps), fields
    if keyword == "dropout":
        if argument is not None:
            fields["rate"] = argument
        return nn.Dropout(float(argument or 0.5)), fields
    if keyword == "zeropad":
        # `end Q`: Q after each axis (the spec keeps it as its outpad).
        end = window
        if "end" in options:
            end = per_axis(numbers(options["end"]), rank)
            fields["outpad"] = ",".join(map(str, numbers(options["end"])))
        pad = []
        for p, q in zip(reversed(window), reversed(end)):
            pad += [p, q]
        return Module(lambda m, x: F.pad(x, pad)), fields
    if keyword in ("upsample", "resize"):
        mode = ["nearest", "linear", "bilinear", "trilinear"][rank] if "bilinear" in options else "nearest"
        extra = {"align_corners": False} if mode != "nearest" else {}
        if keyword == "upsample":
            return nn.Upsample(scale_factor=tuple(float(s) for s in window), mode=mode, **extra), fields
        return Module(lambda m, x: F.interpolate(x, size=tuple(window), mode=mode, **extra)), fields
    if keyword == "layernorm":
        norm = nn.LayerNorm(channels, **eps)
        if rank == 0:
            return norm, fields
        last = [0] + list(range(2, rank + 2)) + [1]
        first = [0, rank + 1] + list(range(1, rank + 1))
        return Module(lambda m, x: m.norm(x.permute(*last)).permute(*first), norm=norm), fields
    if keyword == "groupnorm":
        return nn.GroupNorm(count, channels, **eps), fields
    if keyword == "scale":
        module = Module(lambda m, x: x * m.gamma)
        module.gamma = nn.Parameter(torch.ones(channels, *([1] * rank)))
        return module, fields
    if keyword == "shuffle":
        return nn.ChannelShuffle(count), fields
    if keyword == "grn":
        return response_norm(channels, rank, **eps), fields
    if keyword == "spacetodepth":
        # timm's SpaceToDepth (timm/layers/space_to_depth.py) at any rank:
        # each axis split into (S / B, B), the B's moved before the
        # channels, so that channel (b0 * B + b1) * C + c holds offset
        # (b0, b1) of channel c, as ONNX SpaceToDepth orders them.
        def space_to_depth(m, x):
            n, c, *axes = x.shape
            split = [n, c] + [v for a in axes for v in (a // count, count)]
            order = [0] + [3 + 2 * i for i in range(rank)] + [1] + [2 + 2 * i for i in range(rank)]
            x = x.reshape(split).permute(order)
            return x.reshape(n, c * count**rank, *[a // count for a in axes])

        return Module(space_to_depth), fields
    if keyword == "eca":
        # timm's EcaModule conv (timm/layers/eca.py), over each position's
        # channels as one sequence.
        def channel_conv(m, x):
            n, c, *axes = x.shape
            y = m.conv(x.movedim(1, -1).reshape(-1, 1, c))
            return y.reshape(n, *axes, c).movedim(-1, 1)

        conv = nn.Conv1d(1, 1, count, padding=(count - 1) // 2, bias=False)
        return Module(channel_conv, conv=conv), fields
    if keyword == "blurpool":
        # timm's BlurPool2d (timm/layers/blur_pool.py) at any rank: reflect
        # padding of ((S - 1) + (K - 1)) // 2 on each side, then the
        # strided depthwise conv by the filter, here a buffer kept in the
        # state_dict (timm's is not persistent) so that its values are the
        # case's weights.
        pads = [((s - 1) + (w - 1)) // 2 for s, w in zip(stride, window)]

        def blur(m, x):
            padded = F.pad(x, [p for p in reversed(pads) for _ in range(2)], mode="reflect")
            return getattr(F, f"conv{rank}d")(padded, m.filt, stride=tuple(stride), groups=channels)

        module = Module(blur)
        module.register_buffer("filt", torch.ones(channels, 1, *window))
        return module, fields
    if keyword == "contextpool":
        return context_pool(channels, rank), fields
    if keyword == "gain":
        # timm's NormFreeBlock with skipinit (timm/models/nfnet.py):
        # `out.mul_(self.skipinit_gain)`, the gain `torch.tensor(0.)`.
        module = Module(lambda m, x: x * m.skipinit_gain)
        module.skipinit_gain = nn.Parameter(torch.tensor(0.0))
        return module, fields
    if keyword == "affine":
        # timm's LearnableAffineBlock (timm/models/hgnet.py).
        module = Module(lambda m, x: m.scale * x + m.bias)
        module.scale = nn.Parameter(torch.ones(1))
        module.bias = nn.Parameter(torch.zeros(1))
        return module, fields
    raise ValueError(f"no PyTorch module for {statement!r}")


def response_norm(channels, rank, eps=1e-6):
    """timm's GlobalResponseNorm(channels, eps=1e-6, channels_last=True)
    (timm/layers/grn.py, ConvNeXt V2's GRN), its forward written out so that
    timm is not needed, over every spatial axis (timm's has two)."""
    last = [0] + list(range(2, rank + 2)) + [1]
    first = [0, rank + 1] + list(range(1, rank + 1))
    spatial_dim = tuple(range(1, rank + 1))

    def run(m, x):
        x = x.permute(*last)
        x_g = x.norm(p=2, dim=spatial_dim, keepdim=True)
        x_n = x_g / (x_g.mean(dim=-1, keepdim=True) + eps)
        y = x + torch.addcmul(m.bias, m.weight, x * x_n)
        return y.permute(*first)

    module = Module(run)
    module.weight = nn.Parameter(torch.zeros(channels))
    module.bias = nn.Parameter(torch.zeros(channels))
    return module


def context_pool(channels, rank):
    """timm's GlobalContext attention pooling (timm/layers/global_context.py,
    `use_attn=True`), its forward written out so that timm is not needed, at
    any rank: `conv_attn` to one logit per position, a softmax over the
    positions, and `x @ attn`, the positions summed by those weights."""
    conv = [None, nn.Conv1d, nn.Conv2d, nn.Conv3d][rank](channels, 1, 1, bias=True)

    def run(m, x):
        b, c = x.shape[:2]
        attn = m.conv_attn(x).reshape(b, 1, -1)
        attn = F.softmax(attn, dim=-1).unsqueeze(3)
        context = x.reshape(b, c, -1).unsqueeze(1) @ attn
        return context.view(b, c, *([1] * rank))

    return Module(run, conv_attn=conv)


def values(tensor):
    return " ".join(f"{v:.9g}" for v in tensor.flatten().tolist())


def main():
    torch.manual_seed(15)
    out = sys.stdout
    out.write("# Written by scripts/pytorch_forward_cases.py (torch %s); do not edit.\n" % torch.__version__)
    kinds = set()
    for statement, shape in CASES:
        module, fields = build(statement, shape)
        module.eval()
        with torch.no_grad():
            state = module.state_dict()
            for name, tensor in state.items():
                if not tensor.is_floating_point():
                    continue
                if name.endswith("running_var"):
                    tensor.copy_(torch.rand_like(tensor) + 0.5)
                else:
                    tensor.copy_(torch.randn_like(tensor) * 0.5)
            weights = [t.flatten() for n, t in state.items() if t.is_floating_point()]
            weights = torch.cat(weights) if weights else torch.zeros(0)
            x = torch.randn(1, *shape) * 2
            rank = len(shape) - 1
            first = [0, rank + 1] + list(range(1, rank + 1))
            y = module(x.permute(*first).contiguous())
            if y.dim() > 2:
                y = y.permute(0, *range(2, y.dim()), 1)
        kinds.add(fields["kind"])
        out.write(f"case {statement}\n")
        out.write("input " + "x".join(map(str, shape)) + "\n")
        out.write("spec " + " ".join(f"{k}={v}" for k, v in fields.items()) + "\n")
        out.write(f"x {x.numel()} {values(x)}\n")
        out.write(f"w {weights.numel()} {values(weights)}\n")
        out.write(f"y {y.numel()} {values(y)}\n")
    print(f"{len(CASES)} cases, {len(kinds)} keywords", file=sys.stderr)


if __name__ == "__main__":
    main()
