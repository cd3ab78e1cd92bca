"""Export the corpus of `cnn import` (cnn-cli/tests/onnx/corpus/): timm CNNs,
a stack of timm's HGNetV2 layers, torchvision's CNN classifiers and
segmentation nets (`tv_NAME`) and the examples' M5, as a new user's call
writes them, with no `onnx.shape_inference` run on them (the importer
works shapes out itself).

Run with a Python that has torch, torchvision, timm and onnx:

    /work/venv/bin/python scripts/export_onnx_corpus.py [NAME...]

Two export modes, each model on a 1x3x224x224 input (torchvision's at the size
/work/shared/torchvision-counts.json gives, M5 on 1x1x8000), `pretrained=False`,
in eval mode:

- `NAME.legacy.onnx`: `torch.onnx.export(..., dynamo=False,
  opset_version=17)`, batch norm folded into the convolutions by the
  exporter's constant folding; no `value_info` is written.
- `NAME.dynamo.onnx`: the default call `torch.onnx.export(model, (x,),
  path)` (`dynamo=True`), which writes `value_info` and its weights to a
  `.onnx.data` file beside it.
- `NAME.preserve.onnx`: `dynamo=False`, opset 17,
  `training=TrainingMode.PRESERVE` and no constant folding: batch norm
  kept, with its running statistics (the torchvision models and M5).
- `NAME.opset13.onnx` to `NAME.opset16.onnx`: `dynamo=False` at the older
  opsets users still pin (SWEEP's models at 13 and 15, SWEEP16's at 14
  and 16).

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
# scalar affine (use_lab=True), as hgnetv2_b0's stem has it; and
# hgnetv2_b0 itself, whose stem pads F.pad(x, (0, 1, 0, 1)) (the
# language's `zeropad 0 end 1`).
LEGACY += ["hgnetv2_lab", "hgnetv2_b0"]
# The default exporter: the classifier's flatten is a Reshape to [1, C].
# (Every model in LEGACY is in DYNAMO too, but for the four of the first
# lists, added here.)
DYNAMO = ["selecsls42b", "resnet50_gn", "cspdarknet53", "inception_v3"]
DYNAMO += ["resnet18", "mobilenetv3_large_100", "lcnet_050", "regnety_002", "efficientnet_b0", "ghostnet_050"]
DYNAMO += ["resnet50", "seresnext26d_32x4d", "inception_v4", "cspresnet50"]
DYNAMO += ["repvgg_a0", "ese_vovnet19b_dw", "mixnet_s"]
# Its canonical forms: the conv's own uneven "same" pads, ConvNeXt's
# as_strided (a Reshape to [-1] and a Gather of every index), group norm
# as an InstanceNormalization between reshapes.
DYNAMO += ["mobileone_s0", "tf_efficientnet_b0", "fasternet_t0", "convnext_atto", "efficientnet_b0_gn"]
DYNAMO += ["convnextv2_atto"]
DYNAMO += NAMED
DYNAMO += ["ecaresnet26t", "hgnetv2_lab", "hgnetv2_b0"]
# PoolFormer's GroupNorm(1) as the default exporter writes it.
DYNAMO += ["poolformer_s12"]
# The language's `blurpool`: a reflect Pad and a depthwise Conv by the
# fixed filter (dynamo=False writes the Pad's sizes through a Reshape and
# a Transpose of constants, and the filter as a Constant).
DYNAMO += ["resnetblur18"]
LEGACY += ["resnetblur18"]
# The language's `contextpool` and `add` of a 1x1xC branch: GCNet's global
# context (timm's GlobalContext, fuse_add): a 1x1 Conv to one logit, a
# Softmax over the positions, the MatMul of the map by them, reshapes
# between.
DYNAMO += ["gcresnext26ts"]
LEGACY += ["gcresnext26ts"]
# The language's `mix`: SKNet's selective kernel (paths stacked by
# torch.stack, weights viewed [B, paths, C, 1, 1] and softmaxed) and
# ResNeSt's split attention (the halves of one grouped conv by a Reshape
# to 5-D, weights through rSoftMax's Reshape, Transpose and Softmax).
MIX = ["skresnet18", "resnest14d", "resnest26d", "skresnext50_32x4d"]
LEGACY += MIX
DYNAMO += MIX
# Weight-standardised convs (`conv ... scaledws`, timm's ScaledStdConv2d)
# and NF nets' constant multiplies (`times`): NF-ResNet-26.
DYNAMO += ["nf_resnet26"]
LEGACY += ["nf_resnet26"]
# NF-RegNet-B0 (scaledws with squeeze-excite) and BiT's ResNet-V2 (`ws`,
# timm's StdConv2d, eps 1e-8), in the default exporter only: their
# dynamo=False files hold each weight twice (as it is and transposed)
# and are larger than the rest of the corpus (both import exactly there
# too: torch's counts).
DYNAMO += ["nf_regnet_b0", "resnetv2_50x1_bit"]
# The language's `gain`: NFNet's learnt scalar `skipinit_gain` (a Mul of
# each block's residual branch by a 0-d parameter), on timm's test_nfnet
# with skipinit=True, as dm_nfnet_f0 has it (whose files are larger).
DYNAMO += ["test_nfnet_skipinit"]
LEGACY += ["test_nfnet_skipinit"]
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

# torchvision's CNN classifiers and segmentation nets (`tv_NAME` is
# torchvision.models.NAME, weights=None, at the input size of
# /work/shared/torchvision-counts.json), in every mode users get: batch
# norm kept (`preserve`), folded (`legacy`) and the default exporter.
TORCHVISION = ["alexnet", "vgg11", "vgg11_bn", "googlenet", "inception_v3", "resnet18", "resnet50"]
TORCHVISION += ["resnext50_32x4d", "wide_resnet50_2", "densenet121", "squeezenet1_0", "squeezenet1_1"]
TORCHVISION += ["mobilenet_v2", "mobilenet_v3_small", "mobilenet_v3_large", "mnasnet0_5", "mnasnet1_0"]
TORCHVISION += ["shufflenet_v2_x0_5", "shufflenet_v2_x1_0", "efficientnet_b0", "efficientnet_v2_s"]
TORCHVISION += ["regnet_y_400mf", "regnet_x_400mf", "convnext_tiny", "convnext_small"]
SEGMENTATION = ["lraspp_mobilenet_v3_large", "fcn_resnet50", "deeplabv3_mobilenet_v3_large"]
TV = ["tv_" + name for name in TORCHVISION + SEGMENTATION]
LEGACY += TV
DYNAMO += TV
PRESERVE = list(TV)
# GELU's tanh approximation (`gelu tanh`), ConvNeXt's MLP in timm's test
# model.
LEGACY += ["test_convnext"]
DYNAMO += ["test_convnext"]
# The examples' M5 (scripts/m5_counts.py): 1-D convolutions on 8000
# samples, its classifier after `x.permute(0, 2, 1)` (a channels-last
# section the graph's output ends), its LogSoftmax (`logsoftmax`).
LEGACY += ["m5"]
DYNAMO += ["m5"]
PRESERVE += ["m5"]
# Outputs written channels-last by the model itself: their dims, less the
# batch, are the language's.
CHANNELS_LAST_OUTPUT = {"m5"}
COUNTS = "/work/shared/torchvision-counts.json"

# The legacy exporter's opset for each of its modes: `legacy` and
# `preserve` (batch norm kept, training=PRESERVE) are 17, the last it
# writes; `opset13` to `opset16` the older ones users still pin.
OPSETS = {"legacy": 17, "preserve": 17, "opset13": 13, "opset14": 14, "opset15": 15, "opset16": 16}

# dynamo=False at the older opsets (13 to 16): ops whose form changed
# between opsets (Split's sizes an input from 13, ReduceMean's axes from
# 18, Pad, Resize, Clip's bounds as inputs) in a few small models.
SWEEP = ["lcnet_050", "ghostnet_050", "mixnet_s", "regnety_002"]
SWEEP16 = ["lcnet_050", "mixnet_s", "tv_mobilenet_v3_small", "tv_shufflenet_v2_x0_5"]


def build(name):
    torch.manual_seed(0)
    size = 224
    shape = None
    if name == "resnet18":
        model = torchvision.models.resnet18(weights=None)
    elif name == "m5":
        from m5_counts import m5_module

        model = m5_module(35)
        shape = (1, 1, 8000)
    elif name.startswith("tv_"):
        name = name[len("tv_") :]
        size = json.load(open(COUNTS))["models"][name]["input"][0]
        if name in SEGMENTATION:
            model = getattr(torchvision.models.segmentation, name)(weights=None, weights_backbone=None, aux_loss=False)
        else:
            # Without the auxiliary classifiers eval mode never runs.
            options = {"aux_logits": False, "init_weights": False} if name in ("googlenet", "inception_v3") else {}
            model = getattr(torchvision.models, name)(weights=None, **options)
    elif name == "hgnetv2_lab":
        from timm.models.hgnet import ConvBNAct

        model = torch.nn.Sequential(
            ConvBNAct(3, 16, 3, stride=2, use_lab=True),
            ConvBNAct(16, 32, 3, stride=2, use_lab=True),
            torch.nn.AdaptiveAvgPool2d(1),
            torch.nn.Flatten(),
            torch.nn.Linear(32, 10),
        )
    elif name == "test_nfnet_skipinit":
        model = timm.create_model("test_nfnet", pretrained=False, skipinit=True)
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
    return model.eval(), torch.randn(*(shape or (1, 3, size, size)))


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


def read_count(model, parameters=()):
    """The size of every float weight each node reads, once per read: the
    default exporter shares one initializer among the convs whose folded
    biases are equal (all zeros for a model not trained). A one-value
    constant counts where it is a parameter of the model, named in
    `params` (GlobalContext's `conv_attn.bias`)."""
    sizes = {init.name: init for init in model.graph.initializer}
    total = 0
    for node in model.graph.node:
        # Clip's bounds (relu6's 0 and 6) and Resize's scales are no weights,
        # nor the unit scale and zero bias of group norm's
        # InstanceNormalization.
        reads = node.input[:1] if node.op_type in ("Clip", "Resize", "InstanceNormalization") else node.input
        for name in reads:
            init = sizes.get(name)
            # A one-value constant (ConvNeXt V2's `* 1.0`) is the exporter's,
            # unless it is a parameter (HGNetV2's learnable scalar affine).
            scalar = init is not None and len(init.dims) <= 1 and (init.dims[0] if init.dims else 1) == 1
            scalar = scalar and name not in parameters
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
    already (HRNet's downsampling and final layers, VGG-BN's, M5's): folded into it, such
    a batch norm adds no bias to the file, so its weight and bias are 2C
    fewer parameters, not the C the count above takes off."""
    leaves = [m for m in model.modules() if not list(m.children())]
    total = 0
    for before, module in zip(leaves, leaves[1:]):
        if (
            isinstance(module, torch.nn.modules.batchnorm._BatchNorm)
            and isinstance(before, torch.nn.modules.conv._ConvNd)
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
            options = {}
            if mode == "preserve":
                options = {"training": torch.onnx.TrainingMode.PRESERVE, "do_constant_folding": False}
            torch.onnx.export(
                model,
                (x,),
                raw,
                input_names=["input"],
                output_names=["output"],
                opset_version=OPSETS[mode],
                dynamo=False,
                **options,
            )
        keep = ()
        if mode == "dynamo":
            params = set(model.state_dict())
            small = [t for t in onnx.load(raw, load_external_data=False).graph.initializer if len(t.dims) <= 1]
            keep = {t.name for t in small if t.name not in params and (t.dims[0] if t.dims else 1) <= 4096}
        stripped = strip(raw, path, keep)
    params = sum(p.numel() for p in model.parameters())
    bns = [m for m in model.modules() if isinstance(m, torch.nn.modules.batchnorm._BatchNorm)]
    # Weight-standardised convs: their BatchNormalization nodes are the
    # standardisation (handled below), not kept batch norms.
    std = [m for m in model.modules() if type(m).__name__ in ("StdConv2d", "ScaledStdConv2d", "StdConv2dSame", "ScaledStdConv2dSame")]
    kept = 0 if std else kept_batch_norms(stripped)
    learnable = params - sum(m.num_features for m in bns) + kept
    if mode != "preserve":
        learnable -= biased_convs_folded(model)
    whole = mode in ("legacy", "preserve")
    names = {name for name, _ in model.named_parameters()}
    in_file = (referenced_count(stripped) if whole else read_count(stripped, names)) - 2 * kept
    if not whole:
        # Fixed buffers that are not running statistics (BlurPool2d's
        # `filt`) are initializers of the default export, not parameters.
        in_file -= sum(
            b.numel()
            for m in bns_not(model)
            for b in m.buffers(recurse=False)
            if b.is_floating_point()
        )
    # A standardised conv (timm's StdConv2d, ScaledStdConv2d) computes its
    # weight in the graph: dynamo=False reads the weight twice (as it is
    # and transposed, for its statistics), so the sizes the file's nodes
    # read are no check. Where an exporter folded the standardisation
    # into a constant (the default exporter folds small weights), the
    # file holds the standardised weight and no gain: its parameters are
    # torch's less those gains, found as the gains of the ScaledStdConv2d
    # modules beyond the filters of the convs whose weight the file
    # still computes.
    if std:
        graph = stripped.graph
        constant = {t.name for t in graph.initializer} | {o for n in graph.node if n.op_type == "Constant" for o in n.output}
        gains = sum(m.gain.numel() for m in std if hasattr(m, "gain"))
        standardised = [n for n in graph.node if n.op_type == "Conv" and n.input[1] not in constant]
        kept_gains = sum(m.out_channels for m in std if hasattr(m, "gain")) if len(standardised) == len(std) else None
        if kept_gains is None:
            # Which convs folded: the ScaledStdConv2d modules whose
            # `out_channels * fan-in` is the size of a Conv's constant
            # weight, matched in order of the graph's convs.
            folded = 0
            convs = [n for n in graph.node if n.op_type == "Conv"]
            modules = [m for m in model.modules() if isinstance(m, (torch.nn.Conv1d, torch.nn.Conv2d))]
            assert len(convs) == len(modules), (name, mode, len(convs), len(modules))
            dims = {t.name: list(t.dims) for t in graph.initializer}
            for node, module in zip(convs, modules):
                if node.input[1] in constant and hasattr(module, "gain"):
                    assert dims.get(node.input[1]) == list(module.weight.shape), (name, node.name)
                    folded += module.gain.numel()
            kept_gains = gains - folded
        # Their BatchNormalization nodes are the standardisation, not kept
        # batch norms (no such model here has a batch norm of its own).
        assert not bns, name
        learnable = params - (gains - kept_gains)
        in_file = learnable
    assert learnable == in_file, (name, mode, learnable, in_file)
    with torch.no_grad():
        output = model(x)
    if isinstance(output, dict):
        output = output["out"]
    if name in CHANNELS_LAST_OUTPUT:
        output = list(output.shape[1:])
    else:
        output = list(output.shape[2:]) + [output.shape[1]]
    macs = torch_macs(model, x)
    if name.startswith("tv_"):
        counts = json.load(open(COUNTS))["models"][name[len("tv_") :]]
        assert (params, macs, output) == (counts["params"], counts["macs"], counts["output"]), (name, params, macs)
    if mode == "preserve":
        assert learnable == params, (name, learnable, params)
    expected[f"{name}.{mode}.onnx"] = {
        "params": learnable,
        "macs": macs,
        "input": list(x.shape[2:]) + [x.shape[1]],
        "output": output,
        "torch_params": params,
    }
    print(f"{path}: {os.path.getsize(path)} bytes, params {learnable}, macs {macs}", file=sys.stderr)


def main():
    os.makedirs(OUT, exist_ok=True)
    only = set(sys.argv[1:])
    modes = os.environ.get("MODES", "legacy,dynamo,preserve,opset13,opset14,opset15,opset16").split(",")
    target = os.path.join(OUT, "expected.json")
    expected = json.load(open(target)) if os.path.exists(target) else {}
    lists = [("legacy", LEGACY), ("dynamo", DYNAMO), ("preserve", PRESERVE), ("opset13", SWEEP), ("opset15", SWEEP)]
    lists += [("opset14", SWEEP16), ("opset16", SWEEP16)]
    # Names on the command line not in a list are exported in MODES too
    # (a survey of models outside the corpus).
    extra = sorted(only - set(LEGACY + DYNAMO + SWEEP + SWEEP16))
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
