"""Check `cnn import --weights` and the forward pass on torchvision models
too large to commit with their weights: resnet18 and mobilenet_v2; on
timm models whose joins nest (RepVGG's add chains, VoVNet's prefix
concats, MixNet's residual around a split, SelecSLS's and Inception-v3's
concats); on graphs that are not series-parallel (DLA, HRNet, Res2Net,
imported in the named form); and on the corpus's canonical forms
(MobileOne, tf_efficientnet, FasterNet, ConvNeXt, group norm) and older
opsets; and on those that need `sub`, `eca`, `affine`, `blurpool`,
`contextpool`, `mix`, `spacetodepth` and `gain` (PoolFormer-S12, ECA-ResNet-26t, HGNetV2's ConvBNAct,
ResNet-Blur-18, GCResNeXt-26ts, GC-EfficientNetV2, SKNet-18, ResNeSt-14d, TResNet,
timm's test_nfnet with skipinit);
and on ReXNet, InceptionNeXt, FastViT, GhostNetV2 and HGNet, on
small inputs, in both of torch's exporters.

    /work/venv/bin/python scripts/check_import_forward.py /tmp/forward [MODEL...]
    CNN_FORWARD_DIR=/tmp/forward cargo test -p cnn-cli --release \\
        --test forward -- --ignored --nocapture

Each model (random weights, seeded, batch norm's running statistics random
too, as no weights can be downloaded here) is exported in both modes of
scripts/export_onnx.py with its weights as external data beside it, and
onnxruntime's output on a random 1x3x224x224 input is written with the
input to DIR/expected.json, which the ignored test `folder_matches_onnxruntime`
reads: it imports each file with --weights and runs the forward pass.
Models named after DIR (`dpn68 convnextv2_atto`) are the only ones exported.
"""

import os
import sys

import onnx
import timm
import torch
import torchvision

from export_onnx_forward import randomise, record, run


def main(out, only=None):
    os.makedirs(out, exist_ok=True)
    expected = {}
    for name in ["resnet18", "mobilenet_v2"]:
        if only and name not in only:
            continue
        for mode in ["preserve", "eval"]:
            torch.manual_seed(0)
            model = getattr(torchvision.models, name)(weights=None).eval()
            randomise(model)
            x = torch.randn(1, 3, 224, 224)
            file = f"{name}.{mode}.onnx"
            path = os.path.join(out, file)
            kwargs = dict(input_names=["input"], output_names=["output"], opset_version=17, dynamo=False)
            if mode == "preserve":
                kwargs["training"] = torch.onnx.TrainingMode.PRESERVE
                kwargs["do_constant_folding"] = False
            torch.onnx.export(model, (x,), path, **kwargs)
            graph = onnx.shape_inference.infer_shapes(onnx.load(path), data_prop=True)
            onnx.save_model(graph, path, save_as_external_data=True, location=file + ".data")
            output = run(path, x.numpy())
            record(expected, file, x.numpy(), output, 0, 0)
            print(f"{path}: output {output.shape}", file=sys.stderr)
    joins(out, expected, only)
    import json

    with open(os.path.join(out, "expected.json"), "w") as f:
        json.dump(expected, f)


def create(name):
    """timm's model `name`, or the corpus's stack of HGNetV2 layers or M5."""
    if name in ("hgnetv2_lab", "m5", "test_nfnet_skipinit"):
        from export_onnx_corpus import build

        return build(name)[0]
    return timm.create_model(name, pretrained=False).eval()


def joins(out, expected, only=None):
    """The timm models of nested joins, each on an input just large
    enough for it (the forward pass in a debug build stays short)."""
    for name, mode, size in [
        ("repvgg_a0", "legacy", 64),
        ("ese_vovnet19b_dw", "legacy", 64),
        ("mixnet_s", "legacy", 64),
        ("selecsls42b", "legacy", 64),
        ("inception_v3", "legacy", 80),
        ("repvgg_a0", "dynamo", 64),
        ("mixnet_s", "dynamo", 64),
        ("ese_vovnet19b_dw", "dynamo", 64),
        # Not series-parallel: imported in the named form (`from`). DPN's
        # batch norms that no conv precedes use eps 1e-3 (`bn eps 1e-3`).
        ("dla34", "legacy", 64),
        ("hrnet_w18_small", "legacy", 64),
        ("res2net50_26w_4s", "legacy", 64),
        ("dla34", "dynamo", 64),
        ("hrnet_w18_small", "dynamo", 64),
        ("res2net50_26w_4s", "dynamo", 64),
        ("dpn68", "legacy", 64),
        ("dpn68", "dynamo", 64),
        # The canonical forms (issue 23): an Add of zero, TF-style "same"
        # pads, a finer equal split, ConvNeXt's as_strided head, group
        # norm as instance norm; and the legacy exporter at opsets 13, 15.
        ("mobileone_s0", "legacy", 64),
        ("mobileone_s0", "dynamo", 64),
        ("tf_efficientnet_b0", "legacy", 65),
        ("tf_efficientnet_b0", "dynamo", 65),
        ("fasternet_t0", "legacy", 64),
        ("fasternet_t0", "dynamo", 64),
        ("convnext_atto", "legacy", 64),
        ("convnext_atto", "dynamo", 64),
        ("efficientnet_b0_gn", "legacy", 64),
        ("efficientnet_b0_gn", "dynamo", 64),
        ("lcnet_050", "opset13", 64),
        ("ghostnet_050", "opset15", 64),
        ("regnety_002", "opset13", 64),
        # ConvNeXt V2's global response norm, the language's `grn`; its
        # LayerNorms' eps is 1e-6 (`layernorm eps 1e-6`), as ConvNeXt's.
        ("convnextv2_atto", "legacy", 64),
        ("convnextv2_atto", "dynamo", 64),
        # Inception-v4's AvgPool2d(3, 1, padding=1, count_include_pad=False):
        # `avgpool 3 stride 1 pad same`, which leaves the padding out too.
        ("inception_v4", "legacy", 75),
        ("inception_v4", "dynamo", 75),
        # `sub` and `avgpool ... pad same` (count_include_pad=False), and
        # `eca K` with its Reshapes and Expand.
        ("poolformer_s12", "legacy", 64),
        ("ecaresnet26t", "legacy", 64),
        ("ecaresnet26t", "dynamo", 64),
        # `affine`: HGNetV2's ConvBNAct with its learnable scalar affine.
        ("hgnetv2_lab", "legacy", 64),
        ("hgnetv2_lab", "dynamo", 64),
        # `blurpool`: a reflect Pad and the fixed filter's depthwise Conv.
        ("resnetblur18", "dynamo", 64),
        ("resnetblur18", "legacy", 64),
        # `contextpool` and its context added at every position (GCNet's
        # `gca`), and as a gate (`gc`, in gc_efficientnetv2_rw_t).
        ("gcresnext26ts", "legacy", 64),
        ("gcresnext26ts", "dynamo", 64),
        ("gc_efficientnetv2_rw_t", "legacy", 64),
        ("gc_efficientnetv2_rw_t", "dynamo", 64),
        # `mix`: SKNet's selective kernel and ResNeSt's split attention.
        ("skresnet18", "legacy", 64),
        ("skresnet18", "dynamo", 64),
        ("resnest14d", "legacy", 64),
        ("resnest14d", "dynamo", 64),
        # `gelu tanh` (timm's test_convnext), `zeropad 0 end 1`
        # (hgnetv2_b0's stem), PoolFormer's default export.
        ("test_convnext", "legacy", 64),
        ("test_convnext", "dynamo", 64),
        ("hgnetv2_b0", "legacy", 64),
        ("hgnetv2_b0", "dynamo", 64),
        ("poolformer_s12", "dynamo", 64),
        # `logsoftmax` after a channels-last section the output ends: the
        # examples' M5, on its 8000 samples.
        ("m5", "legacy", None),
        ("m5", "dynamo", None),
        # `spacetodepth` (TResNet's stem, a Reshape, Transpose, Reshape)
        # and `leakyrelu slope 1e-3`.
        ("tresnet_m", "legacy", 64),
        ("tresnet_m", "dynamo", 64),
        # timm families the corpus gained once their counts were right.
        ("rexnet_100", "legacy", 64),
        ("rexnet_100", "dynamo", 64),
        ("inception_next_atto", "legacy", 64),
        ("inception_next_atto", "dynamo", 64),
        ("fastvit_t8", "legacy", 64),
        ("fastvit_t8", "dynamo", 64),
        ("ghostnetv2_100", "legacy", 64),
        ("ghostnetv2_100", "dynamo", 64),
        ("hgnet_tiny", "legacy", 64),
        ("hgnet_tiny", "dynamo", 64),
        # `gain`: NFNet's learnt scalar `skipinit_gain` (test_nfnet with
        # skipinit=True).
        ("test_nfnet_skipinit", "legacy", 64),
        ("test_nfnet_skipinit", "dynamo", 64),
    ]:
        if only and name not in only:
            continue
        torch.manual_seed(0)
        model = create(name)
        randomise(model)
        # The default exporter drops a conv's bias of zeros, as timm makes
        # them, and shares one initializer among equal parameters.
        with torch.no_grad():
            for key, p in model.named_parameters():
                if key.endswith("bias"):
                    p.uniform_(-0.1, 0.1)
                else:
                    p.add_(torch.empty_like(p).uniform_(-0.01, 0.01))
                # HGNetV2's scalar affine starts at scale 1, which would
                # multiply by nothing.
                if key.endswith("lab.scale"):
                    p.uniform_(0.5, 1.5)
                # NFNet's skipinit gain starts at 0, which would leave
                # only the shortcut.
                if key.endswith("skipinit_gain"):
                    p.uniform_(0.5, 1.5)
        if name == "poolformer_s12":
            # The language's layernorm has eps 1e-5; the head's
            # LayerNorm2d has 1e-6, which the importer does not read (a
            # difference of 6.7e-4 of the output's scale at 64x64).
            model.head.norm.eps = 1e-5
        x = torch.randn(1, 1, 8000) if name == "m5" else torch.randn(1, 3, size, size)
        file = f"{name}.{mode}.onnx"
        path = os.path.join(out, file)
        if mode == "dynamo":
            torch.onnx.export(model, (x,), path)
        else:
            opset = {"legacy": 17, "opset13": 13, "opset15": 15}[mode]
            kwargs = dict(input_names=["input"], output_names=["output"], opset_version=opset, dynamo=False)
            torch.onnx.export(model, (x,), path, **kwargs)
        output = run(path, x.numpy())
        record(expected, file, x.numpy(), output, 0, 0)
        print(f"{path}: output {output.shape}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/forward", sys.argv[2:])
