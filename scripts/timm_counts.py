"""Counts of timm CNNs measured with timm and torch, for
cnn-tests/tests/zoo_timm.rs (the declarations in examples/zoo/timm.rs).

    venv/bin/python scripts/timm_counts.py > cnn-tests/tests/data/timm_counts.txt

Each model is built with `timm.create_model(name, pretrained=False)` in
eval mode and measured at batch 1 on a 224x224 input:
- `params`: `sum(p.numel() for p in model.parameters())`;
- `buffers`: every floating-point buffer, persistent or not (batch norm's
  running mean and variance, BlurPool2d's `filt`; `num_batches_tracked`,
  an integer counter, is left out, as the language's NON_TRAINABLE_PARAMS
  leaves it);
- `macs`: `torch.utils.flop_counter.FlopCounterMode`, flops / 2;
- `output`: the output's shape without the batch.

CI does not need torch or timm: the output of this script is committed.
"""

import sys

import timm
import torch
from torch.utils.flop_counter import FlopCounterMode

MODELS = ["poolformer_s12", "ecaresnet26t", "resnetblur18"]


def main():
    names = sys.argv[1:] or MODELS
    print(f"# Written by scripts/timm_counts.py (timm {timm.__version__}, torch {torch.__version__}); do not edit.")
    print("# name params buffers macs output")
    for name in names:
        model = timm.create_model(name, pretrained=False).eval()
        x = torch.zeros(1, 3, 224, 224)
        counter = FlopCounterMode(display=False)
        with counter, torch.no_grad():
            y = model(x)
        params = sum(p.numel() for p in model.parameters())
        buffers = sum(b.numel() for b in model.buffers() if b.is_floating_point())
        output = "x".join(str(n) for n in y.shape[1:])
        print(name, params, buffers, counter.get_total_flops() // 2, output)


if __name__ == "__main__":
    main()
