"""The fixtures of `cargo test -p cnn-cli --test forward canonical`: small
models, weights kept, of the forms exporters write that the importer
rewrites to what the language says (issue 23), each exported by torch's
two exporters, with onnxruntime's output on a random input.

    /work/venv/bin/python scripts/export_onnx_canon.py

Writes cnn-cli/tests/onnx/canon/: `canon.opset13.onnx`,
`canon.legacy.onnx` (`dynamo=False`, opsets 13 and 17),
`canon.preserve.onnx` (opset 17, `TrainingMode.PRESERVE` and no constant
folding, which keeps a parameter's Reshape) and
`canon.dynamo.onnx` (the default call, its weights in
`canon.dynamo.onnx.data` beside it), and `expected.json`: input, output
(onnxruntime's), and torch's parameter count and MACs
(`FlopCounterMode`). The model:

- timm's `Conv2dSame` (TensorFlow's "same" padding, computed from the
  input's size: a Pad subgraph in the legacy export, uneven conv pads in
  the default one), stride 2;
- `+ 0` after it (MobileOne's absent branch), then `* 1`;
- `GroupNorm` (the default exporter writes InstanceNormalization between
  reshapes);
- FasterNet's partial conv: `torch.split(x, [C/4, 3C/4])`, a conv on the
  first part, concatenated back;
- a layer scale, `x * gamma.reshape(1, -1, 1, 1)` (ConvNeXt's);
- ConvNeXt's head: `x.mean((2, 3), keepdim=True)`, a channels-last
  LayerNorm, flatten and Linear (the default exporter's `as_strided`).
"""

import json
import os
import sys

import torch
from timm.layers import Conv2dSame
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export_onnx import torch_macs  # noqa: E402
from export_onnx_forward import randomise, record, run  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "cnn-cli", "tests", "onnx", "canon")


class Canon(nn.Module):
    def __init__(self, c=16, classes=10):
        super().__init__()
        self.stem = Conv2dSame(3, c, 3, stride=2)
        self.norm = nn.GroupNorm(4, c)
        self.partial = nn.Conv2d(c // 4, c // 4, 3, padding=1, bias=False)
        self.head_norm = nn.LayerNorm(c)
        self.gamma = nn.Parameter(torch.full((c,), 0.5))
        self.fc = nn.Linear(c, classes)

    def forward(self, x):
        x = self.stem(x) + 0
        x = torch.relu(self.norm(x * 1))
        a, b = torch.split(x, [x.shape[1] // 4, 3 * x.shape[1] // 4], dim=1)
        x = torch.cat([self.partial(a), b], dim=1) * self.gamma.reshape(1, -1, 1, 1)
        x = x.mean((2, 3), keepdim=True)
        x = self.head_norm(x.permute(0, 2, 3, 1)).permute(0, 3, 1, 2)
        return self.fc(x.flatten(1))


def main():
    os.makedirs(OUT, exist_ok=True)
    expected = {}
    for mode in ["opset13", "legacy", "preserve", "dynamo"]:
        torch.manual_seed(0)
        model = Canon().eval()
        randomise(model)
        with torch.no_grad():
            for p in model.parameters():
                p.add_(torch.empty_like(p).uniform_(-0.1, 0.1))
        x = torch.randn(1, 3, 16, 16)
        file = f"canon.{mode}.onnx"
        path = os.path.join(OUT, file)
        if mode == "dynamo":
            torch.onnx.export(model, (x,), path)
        else:
            opset = 13 if mode == "opset13" else 17
            # PRESERVE without constant folding keeps the parameter's Reshape.
            keep = dict(training=torch.onnx.TrainingMode.PRESERVE, do_constant_folding=False)
            torch.onnx.export(
                model,
                (x,),
                path,
                input_names=["input"],
                output_names=["output"],
                opset_version=opset,
                dynamo=False,
                **(keep if mode == "preserve" else {}),
            )
        output = run(path, x.numpy())
        with torch.no_grad():
            assert torch.allclose(model(x), torch.from_numpy(output), atol=1e-5), mode
        params = sum(p.numel() for p in model.parameters())
        record(expected, file, x.numpy(), output, params, torch_macs(model, x))
        print(f"{path}: output {output.shape}", file=sys.stderr)
    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump(expected, f)


if __name__ == "__main__":
    main()
