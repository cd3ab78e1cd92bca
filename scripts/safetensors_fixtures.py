"""Writes the fixtures of cnn-tests/tests/safetensors.rs (issue 15, "Weights"):

- small.{f32,f16,bf16}.safetensors: a small network of every kind with
  parameters, its state_dict saved by `safetensors.torch.save_file` in each
  dtype (batch norm's int64 `num_batches_tracked` included, as torch saves it);
- small.{f32,f16,bf16}.bin: the same values as torch converts them to
  float32, little-endian, in state_dict order without `num_batches_tracked`,
  and small.json: each tensor's key, shape and offset into them;
- gain.f32.safetensors, gain.json: a conv then NFNet's `skipinit_gain`, a
  0-dimensional parameter (shape []), and each tensor's key, shape and values;
- resnet18.json, mobilenet_v2.json: torchvision's state_dict keys and shapes
  (without `num_batches_tracked`), in order. The weights are too large to
  commit; the keys and shapes are what loading by name depends on.

Run from the repository's root with torch, torchvision and safetensors:

    /work/venv/bin/python scripts/safetensors_fixtures.py

CI reads the files it writes and does not need torch.
"""

import json
import pathlib

import torch
import torchvision
from safetensors.torch import save_file
from torch import nn

OUT = pathlib.Path("cnn-tests/tests/data/safetensors")


class Separable(nn.Module):
    """`sepconv KxKxF`: depthwise (no bias), then pointwise with bias."""

    def __init__(self, channels, filters, kernel):
        super().__init__()
        self.depthwise = nn.Conv2d(channels, channels, kernel, padding=kernel // 2,
                                   groups=channels, bias=False)
        self.pointwise = nn.Conv2d(channels, filters, 1)

    def forward(self, x):
        return self.pointwise(self.depthwise(x))


class Block(nn.Module):
    """torchvision's BasicBlock at 4 channels: the module names it uses."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(4, 4, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(4)
        self.relu = nn.ReLU()
        self.conv2 = nn.Conv2d(4, 4, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(4)

    def forward(self, x):
        y = self.bn2(self.conv2(self.relu(self.bn1(self.conv1(x)))))
        return self.relu(y + x)


class Scaled(nn.Module):
    """ConvNeXt's layer scale: a parameter of the block, `[C, 1, 1]`."""

    def __init__(self):
        super().__init__()
        self.norm = nn.GroupNorm(2, 4)
        self.layer_scale = nn.Parameter(torch.randn(4, 1, 1))

    def forward(self, x):
        return self.layer_scale * self.norm(x)


class Small(nn.Module):
    """The network `Small` of cnn-tests/tests/safetensors.rs, input 8x8x3."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 4, 3, padding=1)
        self.bn1 = nn.BatchNorm2d(4)
        self.layer1 = nn.Sequential(Block(), Block())
        self.down = nn.Sequential(
            nn.Conv2d(4, 8, 3, stride=2, padding=1, groups=4),  # dwconv multiplier 2
            nn.PReLU(8),
            nn.ConvTranspose2d(8, 4, 2, stride=2, groups=2),
        )
        self.block = Scaled()
        self.sep = Separable(4, 6, 3)
        self.norm = nn.LayerNorm(6)
        self.fc = nn.Linear(6, 10)


class Gained(nn.Module):
    """The network `Gained` of cnn-tests/tests/safetensors_gain.rs, input
    4x4x2: a conv, then the residual branch's gain of timm's NormFreeBlock
    with skipinit (`nn.Parameter(torch.tensor(0.))`, timm/models/nfnet.py)."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(2, 3, 1)
        self.skipinit_gain = nn.Parameter(torch.tensor(0.))

    def forward(self, x):
        return self.conv1(x) * self.skipinit_gain


def randomize(model):
    generator = torch.Generator().manual_seed(15)
    with torch.no_grad():
        for name, tensor in model.state_dict().items():
            if name.endswith("num_batches_tracked"):
                tensor.fill_(7)
            elif name.endswith("running_var"):
                tensor.copy_(torch.rand(tensor.shape, generator=generator) + 0.5)
            else:
                tensor.copy_(torch.randn(tensor.shape, generator=generator))


def key_list(model):
    return [[key, list(tensor.shape)] for key, tensor in model.state_dict().items()
            if not key.endswith("num_batches_tracked")]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    model = Small()
    randomize(model)
    state = model.state_dict()
    layout, offset = [], 0
    for key, tensor in state.items():
        if key.endswith("num_batches_tracked"):
            continue
        layout.append({"key": key, "shape": list(tensor.shape), "offset": offset})
        offset += tensor.numel()
    (OUT / "small.json").write_text(json.dumps(layout, indent=1) + "\n")
    for name, dtype in [("f32", torch.float32), ("f16", torch.float16), ("bf16", torch.bfloat16)]:
        converted = {key: (t if key.endswith("num_batches_tracked") else t.to(dtype)).contiguous()
                     for key, t in state.items()}
        save_file(converted, str(OUT / f"small.{name}.safetensors"))
        values = torch.cat([t.to(torch.float32).flatten() for key, t in converted.items()
                            if not key.endswith("num_batches_tracked")])
        (OUT / f"small.{name}.bin").write_bytes(values.numpy().astype("<f4").tobytes())
    print(f"small: {offset} values")
    gained = Gained()
    randomize(gained)
    save_file(gained.state_dict(), str(OUT / "gain.f32.safetensors"))
    entries = [{"key": key, "shape": list(t.shape), "values": t.flatten().tolist()}
               for key, t in gained.state_dict().items()]
    (OUT / "gain.json").write_text(json.dumps(entries, indent=1) + "\n")
    for name, build in [("resnet18", torchvision.models.resnet18),
                        ("mobilenet_v2", torchvision.models.mobilenet_v2)]:
        keys = key_list(build(weights=None))
        (OUT / f"{name}.json").write_text(
            "[\n" + ",\n".join(json.dumps(entry) for entry in keys) + "\n]\n")
        print(f"{name}: {len(keys)} tensors")


if __name__ == "__main__":
    main()
