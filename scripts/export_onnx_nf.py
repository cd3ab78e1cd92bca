"""The fixtures of `cargo test -p cnn-cli --test forward nf_net`: a small
normalizer-free net, weights kept, exported by torch's two exporters, with
onnxruntime's output on a random input and torch's counts.

    /work/venv/bin/python scripts/export_onnx_nf.py

Writes cnn-cli/tests/onnx/nf/: `nf.legacy.onnx` (`dynamo=False`, opset
17) and `nf.dynamo.onnx` (the default call, its weights in
`nf.dynamo.onnx.data`), and `expected.json`: input, output
(onnxruntime's), torch's parameter count and MACs (`FlopCounterMode`).

The model is built of timm's own `ScaledStdConv2d` and `StdConv2d`
(timm/layers/std_conv.py) the way timm's `NormFreeBlock`
(timm/models/nfnet.py) uses them: a stem conv with relu's gamma, then a
block `act(x) * beta`, a scaled conv, relu times its gamma, a plain
standardised conv, `out * alpha + shortcut`; then a division by a
constant, and the head. The scaled convs' weights are large enough (over
8192 values) that the default exporter keeps their standardisation in
the graph; the 1x1 StdConv2d's is not, and the default exporter folds it
into a constant (a plain conv of the standardised weight, which has as
many parameters).
"""

import json
import os
import sys

import torch
from timm.layers import ScaledStdConv2d, StdConv2d
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export_onnx import torch_macs  # noqa: E402
from export_onnx_forward import randomise, record, run  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "cnn-cli", "tests", "onnx", "nf")
GAMMA = 1.7139  # timm's `_nonlin_gamma['relu']`


class Nf(nn.Module):
    def __init__(self, c=64, classes=10):
        super().__init__()
        self.stem = ScaledStdConv2d(3, c, 7, stride=2, padding=3, gamma=GAMMA, eps=1e-5)
        self.conv1 = ScaledStdConv2d(c, c // 4, 3, padding=1, gamma=GAMMA, eps=1e-5)
        self.conv2 = StdConv2d(c // 4, c, 1)
        self.fc = nn.Linear(c, classes)

    def forward(self, x):
        x = torch.relu(self.stem(x))
        out = torch.relu(x) * 0.5
        out = torch.relu(self.conv1(out)) * GAMMA
        out = self.conv2(out) * 0.2 + x
        out = out / 2.0
        return self.fc(out.mean((2, 3)))


def main():
    os.makedirs(OUT, exist_ok=True)
    expected = {}
    for mode in ["legacy", "dynamo"]:
        torch.manual_seed(0)
        model = Nf().eval()
        randomise(model)
        with torch.no_grad():
            for p in model.parameters():
                p.add_(torch.empty_like(p).uniform_(-0.1, 0.1))
        x = torch.randn(1, 3, 16, 16)
        file = f"nf.{mode}.onnx"
        path = os.path.join(OUT, file)
        if mode == "dynamo":
            torch.onnx.export(model, (x,), path)
        else:
            torch.onnx.export(
                model, (x,), path, input_names=["input"], output_names=["output"], opset_version=17, dynamo=False
            )
        output = run(path, x.numpy())
        with torch.no_grad():
            assert torch.allclose(model(x), torch.from_numpy(output), atol=1e-5), mode
        params = sum(p.numel() for p in model.parameters())
        record(expected, file, x.numpy(), output, params, torch_macs(model, x))
        print(f"{path}: output {output.shape}, params {params}", file=sys.stderr)
    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump(expected, f)


if __name__ == "__main__":
    main()
