"""The fixtures of `cargo test -p cnn-cli --test forward context`: a small
model, weights kept, with GCNet's global context (timm's `GlobalContext`,
timm/layers/global_context.py) both ways timm uses it, exported by torch's
two exporters, with onnxruntime's output on a random input.

    /work/venv/bin/python scripts/export_onnx_context.py

Writes cnn-cli/tests/onnx/context/: `context.legacy.onnx` (`dynamo=False`,
opset 17), `context.opset13.onnx`, `context.dynamo.onnx` (the default
call, its weights in `context.dynamo.onnx.data` beside it), and
`expected.json`: input, output (onnxruntime's), and torch's parameter
count and MACs (`FlopCounterMode`). The model: a conv, then
`GlobalContext(fuse_add=True, fuse_scale=False)` (gcresnext26ts's `gca`:
the context added to every position, the language's `residual` of a
`1x1xC` body), a stride-2 conv, `GlobalContext()` (gc_efficientnetv2's
`gc`: a sigmoid gate, `mul`), and a head.
"""

import json
import os
import sys

import torch
from timm.layers.global_context import GlobalContext
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export_onnx import torch_macs  # noqa: E402
from export_onnx_forward import randomise, record, run  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "cnn-cli", "tests", "onnx", "context")


class Context(nn.Module):
    def __init__(self, c=16, classes=10):
        super().__init__()
        self.stem = nn.Conv2d(3, c, 3, padding=1)
        self.add = GlobalContext(c, fuse_add=True, fuse_scale=False)
        self.down = nn.Conv2d(c, 2 * c, 3, stride=2, padding=1)
        self.scale = GlobalContext(2 * c)
        self.fc = nn.Linear(2 * c, classes)

    def forward(self, x):
        x = self.add(torch.relu(self.stem(x)))
        x = self.scale(torch.relu(self.down(x)))
        return self.fc(x.mean((2, 3)))


def main():
    os.makedirs(OUT, exist_ok=True)
    expected = {}
    for mode in ["opset13", "legacy", "dynamo"]:
        torch.manual_seed(0)
        model = Context().eval()
        randomise(model)
        with torch.no_grad():
            # timm starts fc2 of the added context at zero: not a test.
            for p in model.parameters():
                p.add_(torch.empty_like(p).uniform_(-0.3, 0.3))
        x = torch.randn(1, 3, 12, 10)
        file = f"context.{mode}.onnx"
        path = os.path.join(OUT, file)
        if mode == "dynamo":
            torch.onnx.export(model, (x,), path)
        else:
            opset = 13 if mode == "opset13" else 17
            torch.onnx.export(
                model, (x,), path, input_names=["input"], output_names=["output"], opset_version=opset, dynamo=False
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
