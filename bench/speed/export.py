"""Exports the benchmark's networks to ONNX with torch, random weights.

    python bench/speed/export.py DIR

writes DIR/lenet.onnx, DIR/mobilenet_v2.onnx and DIR/resnet18.onnx (batch
1, NCHW float32, opset 17, eval mode: the exporter folds each batch norm
into its convolution, as ONNX Runtime and tract would anyway). LeNet is
examples/lenet.rs written in torch; the other two are torchvision's, the
same networks as examples/zoo/mobilenet.rs and examples/zoo/resnet.rs.
Nothing is downloaded (weights=None). The .onnx files are not committed.
"""

import os
import sys

import torch
import torchvision


class LeNet(torch.nn.Module):
    """examples/lenet.rs: no activations, max pooling, softmax 10."""

    def __init__(self):
        super().__init__()
        self.conv1 = torch.nn.Conv2d(3, 8, 5)
        self.pool1 = torch.nn.MaxPool2d(2)
        self.conv2 = torch.nn.Conv2d(8, 16, 5)
        self.pool2 = torch.nn.MaxPool2d(2)
        self.fc3 = torch.nn.Linear(400, 120)
        self.fc4 = torch.nn.Linear(120, 84)
        self.out = torch.nn.Linear(84, 10)

    def forward(self, x):
        x = self.pool2(self.conv2(self.pool1(self.conv1(x))))
        x = self.fc4(self.fc3(torch.flatten(x, 1)))
        return torch.softmax(self.out(x), dim=1)


NETWORKS = {
    "lenet": (LeNet, 32),
    "mobilenet_v2": (lambda: torchvision.models.mobilenet_v2(weights=None), 224),
    "resnet18": (lambda: torchvision.models.resnet18(weights=None), 224),
    "resnet50": (lambda: torchvision.models.resnet50(weights=None), 224),
    "efficientnet_b0": (lambda: torchvision.models.efficientnet_b0(weights=None), 224),
}


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, (build, size) in NETWORKS.items():
        torch.manual_seed(0)
        model = build().eval()
        x = torch.randn(1, 3, size, size)
        path = os.path.join(out, f"{name}.onnx")
        torch.onnx.export(
            model,
            (x,),
            path,
            input_names=["input"],
            output_names=["output"],
            opset_version=17,
            dynamo=False,
        )
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
