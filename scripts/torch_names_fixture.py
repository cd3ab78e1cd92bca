"""The fixture of `cnn-cli/tests/names.rs`: a timm model exported with
torch's default exporter, and torch's own `state_dict` saved with
safetensors, which the imported declaration loads as it is (its tensor keys
are torch's), and whose forward pass matches torch's.

    /work/venv/bin/python scripts/torch_names_fixture.py

Writes to cnn-cli/tests/onnx/names/:

- `test_efficientnet_gn.onnx`: timm's `test_efficientnet_gn` (group norm:
  the default exporter folds a batch norm after a conv into it, which no
  `state_dict` then loads), `num_classes=10`, on a 1x3x32x32 input,
  exported by the default call `torch.onnx.export(model, (x,), path)`.
  Its float weights are moved to external data and deleted, as
  scripts/export_onnx_corpus.py does; the exporter's own small constants
  and each node's `namespace` metadata (the module it comes from) stay.
- `state_dict.safetensors`: `safetensors.torch.save_file(model.state_dict(),
  ...)` in float16 to keep the file small (the parameters are rounded to
  float16 first, so the model torch runs is the one saved).
- `expected.json`: the input (NCHW) and torch's output on it.

No value here comes from the cnn code under test.
"""

import json
import os
import tempfile

import onnx
import safetensors.torch
import timm
import torch
from onnx.external_data_helper import set_external_data

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "cnn-cli", "tests", "onnx", "names")
NAME = "test_efficientnet_gn"


def main():
    os.makedirs(OUT, exist_ok=True)
    torch.manual_seed(0)
    model = timm.create_model(NAME, pretrained=False, num_classes=10).eval()
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.empty_like(p).uniform_(-0.1, 0.1))
            p.copy_(p.half().float())
    x = torch.randn(1, 3, 32, 32)
    with torch.no_grad():
        y = model(x)
    params = set(model.state_dict())
    path = os.path.join(OUT, f"{NAME}.onnx")
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "model.onnx")
        torch.onnx.export(model, (x,), raw)
        exported = onnx.load(raw, load_external_data=True)
    for node in exported.graph.node:
        node.ClearField("doc_string")
        kept = [p for p in node.metadata_props if p.key == "namespace"]
        node.ClearField("metadata_props")
        node.metadata_props.extend(kept)
    for value in list(exported.graph.value_info) + list(exported.graph.input) + list(exported.graph.output):
        value.ClearField("metadata_props")
    exported.graph.ClearField("metadata_props")
    data = os.path.basename(path) + ".data"
    for tensor in exported.graph.initializer:
        small = len(tensor.dims) <= 1 and (tensor.dims[0] if tensor.dims else 1) <= 4096
        if tensor.data_type == onnx.TensorProto.FLOAT and (tensor.name in params or not small):
            if not tensor.raw_data:
                tensor.raw_data = onnx.numpy_helper.to_array(tensor).tobytes()
                tensor.ClearField("float_data")
            set_external_data(tensor, location=data)
    onnx.save_model(exported, path, save_as_external_data=True, location=data, size_threshold=1 << 40)
    os.remove(os.path.join(OUT, data))
    state = {key: value.half() for key, value in model.state_dict().items()}
    safetensors.torch.save_file(state, os.path.join(OUT, "state_dict.safetensors"))
    expected = {
        "file": f"{NAME}.onnx",
        "input_shape": list(x.shape),
        "input": [float(v) for v in x.flatten()],
        "output_shape": list(y.shape),
        "output": [float(v) for v in y.flatten()],
        "params": sum(p.numel() for p in model.parameters()),
        "keys": list(model.state_dict()),
    }
    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")
    print(f"{path}: {os.path.getsize(path)} bytes, {len(state)} tensors, output {list(y.shape)}")


if __name__ == "__main__":
    main()
