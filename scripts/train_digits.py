"""Trains the small CNN of `examples/digits.rs` on scikit-learn's 8x8
handwritten digits (they ship inside the package: no download) and writes
what the example needs, all small enough to commit:

- examples/digits-data/weights.safetensors: the trained state_dict, saved with
  `safetensors.torch.save_file` (float32, batch norm's `num_batches_tracked`
  included, as torch saves it);
- examples/digits-data/held_out.bin: the held-out digits, one record per image:
  its label, then its 64 pixels (0 to 16) row by row, one byte each;
- examples/digits-data/expected.txt: PyTorch's prediction for each held-out
  digit (eval mode) and its accuracy, which the example must equal.

Run: python scripts/train_digits.py   (torch, safetensors, scikit-learn)
"""

from pathlib import Path

import numpy as np
import torch
from safetensors.torch import save_file
from sklearn.datasets import load_digits
from torch import nn

OUT = Path(__file__).resolve().parent.parent / "examples" / "digits-data"


class Digits(nn.Module):
    """The declaration in examples/digits.rs, with the same names."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 16, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(16)
        self.conv2 = nn.Conv2d(16, 32, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(32)
        self.drop = nn.Dropout(0.25)
        self.fc = nn.Linear(32 * 2 * 2, 10)

    def forward(self, x):
        x = torch.max_pool2d(torch.relu(self.bn1(self.conv1(x))), 2)
        x = torch.max_pool2d(torch.relu(self.bn2(self.conv2(x))), 2)
        return self.fc(self.drop(torch.flatten(x, 1)))


def main():
    torch.manual_seed(0)
    digits = load_digits()
    images = digits.images.astype(np.float32)  # 1797 x 8 x 8, values 0..16
    labels = digits.target.astype(np.int64)
    order = np.random.default_rng(0).permutation(len(labels))
    held = order[:360]
    train = order[360:]

    def tensor(index):
        # The example scales pixels the same way: value / 16.
        return torch.from_numpy(images[index] / 16.0).unsqueeze(1)

    x_train, y_train = tensor(train), torch.from_numpy(labels[train])
    x_held, y_held = tensor(held), torch.from_numpy(labels[held])

    model = Digits()
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    for epoch in range(40):
        model.train()
        batches = torch.randperm(len(train)).split(64)
        for batch in batches:
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(model(x_train[batch]), y_train[batch])
            loss.backward()
            optimizer.step()
    model.eval()
    with torch.no_grad():
        predictions = model(x_held).argmax(1)
    accuracy = (predictions == y_held).float().mean().item()
    correct = int((predictions == y_held).sum())
    print(f"held-out accuracy: {correct}/{len(held)} = {accuracy:.4f}")

    OUT.mkdir(parents=True, exist_ok=True)
    save_file(
        {name: t.contiguous() for name, t in model.state_dict().items()},
        str(OUT / "weights.safetensors"),
    )
    records = np.concatenate(
        [labels[held, None].astype(np.uint8), images[held].reshape(-1, 64).astype(np.uint8)],
        axis=1,
    )
    (OUT / "held_out.bin").write_bytes(records.tobytes())
    with open(OUT / "expected.txt", "w") as f:
        f.write("# PyTorch (eval mode) on examples/digits-data/held_out.bin: scripts/train_digits.py\n")
        f.write(f"correct {correct} of {len(held)}\n")
        f.write("predictions " + " ".join(str(int(p)) for p in predictions) + "\n")


if __name__ == "__main__":
    main()
