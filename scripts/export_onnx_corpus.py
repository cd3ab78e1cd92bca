"""Export the corpus of `cnn import` (cnn-cli/tests/onnx/corpus/): timm CNNs,
a stack of timm's HGNetV2 layers and torchvision's resnet18, as a new user's call writes them, with no
`onnx.shape_inference` run on them (the importer works shapes out itself).

Run with a Python that has torch, torchvision, timm and onnx:

    /work/venv/bin/python scripts/export_onnx_corpus.py [NAME...]

Two export modes, each model on a 1x3x224x224 input, `pretrained=False`,
in eval mode:

- `NAME.legacy.onnx`: `torch.onnx.export(..., dynamo=False,
  opset_version=17)`, batch norm folded into the convolutions by the
  exporter's constant folding; no `value_info` is written.
- `NAME.dynamo.onnx`: the default call `torch.onnx.export(model, (x,),
  path)` (`dynamo=True`), which writes `value_info` and its weights to a
  `.onnx.data` file beside it.
- `NAME.opset13.onnx`, `NAME.opset15.onnx`: `dynamo=False` at the older
  opsets users still pin (SWEEP's models).

Every parameter is moved off its initial value first (the default
exporter shares one initializer among parameters of equal values). Names
given on the command line that no list holds are exported in MODES (a
survey: `CORPUS_OUT=/tmp/survey MODES=legacy,dynamo ... NAME...`).

The weights are moved to external data and that file is deleted: each
committed .onnx holds the graph and the initializers' names and dims, no
numbers (the importer reads only dims without `--weights`); the default
exporter's own small float constants (group norm's unit scale) stay, as
`cnn import` reads them from the data file beside a user's export.

`expected.json` holds torch's figures for each file: MACs by
`torch.utils.flop_counter.FlopCounterMode` on meta tensors (flops / 2), the
output shape (channels last), and the learnable parameters of the graph as
exported: torch's parameter count, less each BatchNorm2d's weight and bias
that the exporter folded into a conv, plus the bias the conv gained. That
count is checked against the sizes of the weights the file's nodes read.
Neither comes from the cnn code under test.
"""

import json
import os
import sys
import tempfile

import onnx
import onnx.numpy_helper
from onnx.external_data_helper import set_external_data
import timm
import torch
import torchvision

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export_onnx import kept_batch_norms, referenced_count, torch_macs  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("CORPUS_OUT", os.path.join(HERE, "..", "cnn-cli", "tests", "onnx", "corpus"))

# Refused by the importer for want of value_info before it inferred shapes
# (issue 23): squeeze-excite's mean, group norm's reshapes.
LEGACY = ["efficientnet_b0", "mobilenetv3_large_100", "regnety_002", "lcnet_050", "resnet50_gn"]
LEGACY += ["seresnext26d_32x4d", "efficientnet_b0_gn"]
# Split into equal parts (CSP's), read as the language's `split`.
LEGACY += ["cspresnet50", "cspdarknet53"]
# A Slice of every channel, `out[:, :out_chs]`.
LEGACY += ["ghostnet_050"]
# Joins that nest (read by the walk's series and parallel reductions):
# RepVGG's three-branch add as two Adds, Inception's concat inside a concat
# (flattened into one by this exporter), VoVNet's concat of a chain's
# prefixes, MixNet's residual around a split.
LEGACY += ["repvgg_a0", "inception_v4", "ese_vovnet19b_dw", "mixnet_s"]
# Concats of a block's output with branches forking inside it: SelecSLS's
# concat of three points of a chain, Inception-v3's flattened concats.
LEGACY += ["selecsls42b", "inception_v3"]
# Graphs that are not series-parallel, read in the named form (`from`):
# DLA's tree aggregation, HRNet's fusion across resolutions, Res2Net's
# scales (each fed its slice plus the scale before), DPN's dual path.
NAMED = ["dla34", "hrnet_w18_small", "res2net50_26w_4s", "dpn68"]
LEGACY += NAMED
# Canonical forms (issue 23): MobileOne's Add of zero, tf_efficientnet's
# "same" pads computed from the input size (a Pad before each Conv),
# FasterNet's split of [C/4, 3C/4] (a finer equal split), ConvNeXt's
# layer scale.
LEGACY += ["mobileone_s0", "tf_efficientnet_b0", "fasternet_t0", "convnext_atto"]
# ConvNeXt V2's global response norm (the language's `grn`).
LEGACY += ["convnextv2_atto"]
# The language's `sub` (PoolFormer's `pool(x) - x`) and `eca K` (ECA's
# Conv1d across the channels, between Reshapes, and its Expand).
LEGACY += ["poolformer_s12", "ecaresnet26t"]
# The language's `affine`: timm's HGNetV2 ConvBNAct with its learnable
# scalar affine (use_lab=True), as hgnetv2_b0's stem has it (hgnetv2_b0
# itself pads its stem asymmetrically, F.pad(x, (0, 1, 0, 1)), which the
# language does not).
LEGACY += ["hgnetv2_lab"]
# The default exporter: the classifier's flatten is a Reshape to [1, C].
DYNAMO = ["resnet18", "mobilenetv3_large_100", "lcnet_050", "regnety_002", "efficientnet_b0", "ghostnet_050"]
DYNAMO += ["resnet50", "seresnext26d_32x4d", "inception_v4", "cspresnet50"]
DYNAMO += ["repvgg_a0", "ese_vovnet19b_dw", "mixnet_s"]
# Its canonical forms: the conv's own uneven "same" pads, ConvNeXt's
# as_strided (a Reshape to [-1] and a Gather of every index), group norm
# as an InstanceNormalization between reshapes.
DYNAMO += ["mobileone_s0", "tf_efficientnet_b0", "fasternet_t0", "convnext_atto", "efficientnet_b0_gn"]
DYNAMO += ["convnextv2_atto"]
DYNAMO += NAMED
DYNAMO += ["ecaresnet26t", "hgnetv2_lab"]
# The language's `blurpool`: a reflect Pad and a depthwise Conv by the
# fixed filter (dynamo=False writes the Pad's sizes through a Reshape and
# a Transpose of constants, and the filter as a Constant).
DYNAMO += ["resnetblur18"]
LEGACY += ["resnetblur18"]
# timm families that imported once their counts were right, each the
# smallest of its family: ReXNet (its residual over the first channels,
# its squeeze-excite's batch norm after a conv with a bias, which folding
# leaves with no bias of its own), InceptionNeXt (a split of [5g, g, g, g],
# its stem's conv with a bias before a batch norm), FastViT (reparameterised
# branches, a subtraction), GhostNetV2 (a gate inside a residual), HGNet (a
# concat of a chain's prefixes), DenseNet (timm's mobilenetv2_100 imports
# too, but is built as efficientnet_b0 is, so it is left out); and TResNet,
# for the language's `spacetodepth` (its stem, timm's SpaceToDepth, a
# Reshape, Transpose and Reshape in both exporters) and `leakyrelu slope A`
# (InplaceABN's slope 1e-3), with its blur.
TIMM = ["rexnet_100", "inception_next_atto", "fastvit_t8", "ghostnetv2_100", "hgnet_tiny"]
TIMM += ["densenet121", "tresnet_m"]
# Families a survey found importing exactly, the smallest of each: VGG with
# batch norm (its convs have biases too), MobileNetV4's universal inverted
# bottlenecks, ResNet V2's pre-activation, GENet, and SENet's own ResNet.
TIMM += ["vgg11_bn", "mobilenetv4_conv_small", "resnetv2_50", "gernet_s", "legacy_seresnet18"]
LEGACY += TIMM
DYNAMO += TIMM

# The legacy exporter's opset for each of its modes: `legacy` is 17, the
# last it writes; `opset13` and `opset15` the older ones users still pin.
OPSETS = {"legacy": 17, "opset13": 13, "opset15": 15}

# dynamo=False at the older opsets (13, 15): ops whose form changed between
# opsets (Split's sizes an input from 13, ReduceMean's axes from 18, Pad,
# Resize, Clip's bounds as inputs) in a few small models.
SWEEP = ["lcnet_050", "ghostnet_050", "mixnet_s", "regnety_002"]


def build(name):
    torch.manual_seed(0)
    if name == "resnet18":
        model = torchvision.models.resnet18(weights=None)
    elif name == "hgnetv2_lab":
        from timm.models.hgnet import ConvBNAct

        model = torch.nn.Sequential(
            ConvBNAct(3, 16, 3, stride=2, use_lab=True),
            ConvBNAct(16, 32, 3, stride=2, use_lab=True),
            torch.nn.AdaptiveAvgPool2d(1),
            torch.nn.Flatten(),
            torch.nn.Linear(32, 10),
        )
    else:
        model = timm.create_model(name, pretrained=False)
    # Batch norms as trained ones are, not the identity a fresh one is:
    # the default exporter drops a batch norm of mean 0, variance 1,
    # weight 1 and bias 0, and the zero bias of the conv it folds into.
    # Biases too: the default exporter drops a conv's bias of zeros (timm
    # initialises them so), which the trained model's is not.
    # Every other parameter moved a little off its initial value too: the
    # default exporter shares one initializer among parameters of equal
    # values (every fresh norm's weight of ones), which a trained model's
    # are not, and which would lose their state_dict names.
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name.endswith("bias"):
                p.uniform_(-0.1, 0.1)
            else:
                p.add_(torch.empty_like(p).uniform_(-0.01, 0.01))
        for m in model.modules():
            if isinstance(m, torch.nn.modules.batchnorm._BatchNorm):
                m.weight.uniform_(0.5, 1.5)
                m.bias.uniform_(-0.5, 0.5)
                m.running_mean.uniform_(-0.5, 0.5)
                m.running_var.uniform_(0.5, 1.5)
    return model.eval(), torch.randn(1, 3, 224, 224)


def strip(raw, path, keep=()):
    """`raw` saved at `path` with its float initializers as external data,
    that data deleted: no shape inference is run. Integer initializers
    (the default exporter's Reshape shapes, ReduceMean axes) stay in the
    file, as they are numbers the graph's shapes need, and so do the
    names in `keep`: the default exporter's own small constants (group
    norm's unit scale), which `cnn import` reads from the data file beside
    a user's export."""
    model = onnx.load(raw, load_external_data=True)
    # The default exporter's source locations and stack traces, most of
    # its file's size: nothing the importer reads.
    for node in model.graph.node:
        node.ClearField("metadata_props")
        node.ClearField("doc_string")
    for value in list(model.graph.value_info) + list(model.graph.input) + list(model.graph.output):
        value.ClearField("metadata_props")
    model.graph.ClearField("metadata_props")
    data = os.path.basename(path) + ".data"
    for tensor in model.graph.initializer:
        if tensor.data_type == onnx.TensorProto.FLOAT and tensor.name not in keep:
            if not tensor.raw_data:
                tensor.raw_data = onnx.numpy_helper.to_array(tensor).tobytes()
                tensor.ClearField("float_data")
            set_external_data(tensor, location=data)
    onnx.save_model(model, path, save_as_external_data=True, location=data, size_threshold=1 << 40)
    os.remove(os.path.join(os.path.dirname(path), data))
    return onnx.load(path, load_external_data=False)


def read_count(model):
    """The size of every float weight each node reads, once per read: the
    default exporter shares one initializer among the convs whose folded
    biases are equal (all zeros for a model not trained)."""
    sizes = {init.name: init for init in model.graph.initializer}
    total = 0
    for node in model.graph.node:
        # Clip's bounds (relu6's 0 and 6) and Resize's scales are no weights,
        # nor the unit scale and zero bias of group norm's
        # InstanceNormalization.
        reads = node.input[:1] if node.op_type in ("Clip", "Resize", "InstanceNormalization") else node.input
        for name in reads:
            init = sizes.get(name)
            # A one-value constant (ConvNeXt V2's `* 1.0`) is the exporter's.
            scalar = init is not None and len(init.dims) <= 1 and (init.dims[0] if init.dims else 1) == 1
            if init is not None and init.data_type == onnx.TensorProto.FLOAT and not scalar:
                size = 1
                for d in init.dims:
                    size *= d
                total += size
    return total


def bns_not(model):
    """The modules of `model` that are not batch norms."""
    return [m for m in model.modules() if not isinstance(m, torch.nn.modules.batchnorm._BatchNorm)]


def biased_convs_folded(model):
    """The channels of the batch norms that follow a conv which has a bias
    already (HRNet's downsampling and final layers): folded into it, such
    a batch norm adds no bias to the file, so its weight and bias are 2C
    fewer parameters, not the C the count above takes off."""
    leaves = [m for m in model.modules() if not list(m.children())]
    total = 0
    for before, module in zip(leaves, leaves[1:]):
        if (
            isinstance(module, torch.nn.BatchNorm2d)
            and isinstance(before, torch.nn.Conv2d)
            and before.bias is not None
            and before.out_channels == module.num_features
        ):
            total += module.num_features
    return total


def export(name, mode, expected):
    model, x = build(name)
    path = os.path.join(OUT, f"{name}.{mode}.onnx")
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "model.onnx")
        if mode == "dynamo":
            torch.onnx.export(model, (x,), raw)
        else:
            torch.onnx.export(
                model, (x,), raw, input_names=["input"], output_names=["output"], opset_version=OPSETS[mode], dynamo=False
            )
        keep = ()
        if mode == "dynamo":
            params = set(model.state_dict())
            small = [t for t in onnx.load(raw, load_external_data=False).graph.initializer if len(t.dims) <= 1]
            keep = {t.name for t in small if t.name not in params and (t.dims[0] if t.dims else 1) <= 4096}
        stripped = strip(raw, path, keep)
    params = sum(p.numel() for p in model.parameters())
    bns = [m for m in model.modules() if isinstance(m, torch.nn.modules.batchnorm._BatchNorm)]
    kept = kept_batch_norms(stripped)
    learnable = params - sum(m.num_features for m in bns) + kept - biased_convs_folded(model)
    in_file = (read_count(stripped) if mode == "dynamo" else referenced_count(stripped)) - 2 * kept
    if mode != "legacy":
        # Fixed buffers that are not running statistics (BlurPool2d's
        # `filt`) are initializers of the default export, not parameters.
        in_file -= sum(
            b.numel()
            for m in bns_not(model)
            for b in m.buffers(recurse=False)
            if b.is_floating_point()
        )
    assert learnable == in_file, (name, mode, learnable, in_file)
    with torch.no_grad():
        output = model(x)
    output = list(output.shape[2:]) + [output.shape[1]]
    macs = torch_macs(model, x)
    expected[f"{name}.{mode}.onnx"] = {
        "params": learnable,
        "macs": macs,
        "input": [224, 224, 3],
        "output": output,
        "torch_params": params,
    }
    print(f"{path}: {os.path.getsize(path)} bytes, params {learnable}, macs {macs}", file=sys.stderr)


def main():
    os.makedirs(OUT, exist_ok=True)
    only = set(sys.argv[1:])
    modes = os.environ.get("MODES", "legacy,dynamo,opset13,opset15").split(",")
    target = os.path.join(OUT, "expected.json")
    expected = json.load(open(target)) if os.path.exists(target) else {}
    lists = [("legacy", LEGACY), ("dynamo", DYNAMO), ("opset13", SWEEP), ("opset15", SWEEP)]
    # Names on the command line not in a list are exported in MODES too
    # (a survey of models outside the corpus).
    extra = sorted(only - set(LEGACY + DYNAMO + SWEEP))
    lists += [(mode, extra) for mode in modes]
    for mode, names in lists:
        for name in names:
            if (not only or name in only) and mode in modes:
                try:
                    export(name, mode, expected)
                except Exception as error:  # one model's failure is reported, the rest go on
                    print(f"{name}.{mode}: {error!r}", file=sys.stderr)
    with open(target, "w") as f:
        json.dump(expected, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
