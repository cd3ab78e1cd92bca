"""Small networks that take earlier outputs again (`from name`) and slices
of channels (`slice A..B`), run by PyTorch, for cnn-tests/tests/named.rs.

    venv/bin/python scripts/pytorch_named_cases.py > cnn-tests/tests/data/named_forward.txt

Each network is written out here in PyTorch by hand, beside the
declaration it stands for (in cnn-tests/tests/named.rs), so the test
compares the language's planned forward pass with torch's own graph.
Parameters and input are seeded random values; the file gives, per
network, its name, the input (channels last), the parameters flat in
state_dict order (statement by statement, as `NetWeights::from_slice`
takes them), the MACs by FlopCounterMode (flops / 2) and the output
(channels last), with 9 significant digits,
which give back the exact float32. CI does not need torch: the output
of this script is committed.
"""

import torch
from torch.utils.flop_counter import FlopCounterMode
import torch.nn as nn
import torch.nn.functional as F


class Scales(nn.Module):
    """Res2Net's split into scales, each conv fed its slice plus the
    previous scale's output, a residual over the whole, and an output
    that joins an early and a late value (not series-parallel):

        input 4x4x4;
        stem: conv 1x1x6;
        concat {
            { slice 0..2; y1: conv 3x3x2 pad 1; relu; }
            { add { { slice 2..4; } { from y1; } } y2: conv 3x3x2 pad 1; }
            { slice 4..6; }
        }
        add { {} { from stem; } }
        concat { { slice 0..3; } { from y2; } }
    """

    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(4, 6, 1)
        self.a = nn.Conv2d(2, 2, 3, padding=1)
        self.b = nn.Conv2d(2, 2, 3, padding=1)

    def forward(self, x):
        s = self.stem(x)
        y1 = self.a(s[:, 0:2])
        y2 = self.b(s[:, 2:4] + y1)
        c = torch.cat([F.relu(y1), y2, s[:, 4:6]], 1)
        r = c + s
        return torch.cat([r[:, 0:3], y2], 1)


class Pyramid(nn.Module):
    """An FPN: a bottom-up path of three levels, then a top-down path in
    which each level adds the one above, upsampled, to its own lateral
    1x1 conv; the outputs of the two finer levels are joined at the end:

        input 8x8x3;
        c1: conv 3x3x4 pad 1; relu;
        c2: conv 3x3x8 stride 2 pad 1; relu;
        c3: conv 3x3x8 stride 2 pad 1; relu;
        p3: conv 1x1x4;
        p2: add { { upsample 2; } { from c2; conv 1x1x4; } }
        p1: add { { upsample 2; } { from c1; conv 1x1x4; } }
        maxpool 2;
        concat { {} { from p2; } }
    """

    def __init__(self):
        super().__init__()
        self.c1 = nn.Conv2d(3, 4, 3, padding=1)
        self.c2 = nn.Conv2d(4, 8, 3, stride=2, padding=1)
        self.c3 = nn.Conv2d(8, 8, 3, stride=2, padding=1)
        self.p3 = nn.Conv2d(8, 4, 1)
        self.l2 = nn.Conv2d(8, 4, 1)
        self.l1 = nn.Conv2d(4, 4, 1)

    def forward(self, x):
        c1 = self.c1(x)
        r1 = F.relu(c1)
        c2 = self.c2(r1)
        r2 = F.relu(c2)
        r3 = F.relu(self.c3(r2))
        p3 = self.p3(r3)
        p2 = F.interpolate(p3, scale_factor=2.0, mode="nearest") + self.l2(c2)
        p1 = F.interpolate(p2, scale_factor=2.0, mode="nearest") + self.l1(c1)
        return torch.cat([F.max_pool2d(p1, 2), p2], 1)


class Skips(nn.Module):
    """A small U-Net with an FPN level: an encoder of two stages, a
    lateral conv taken from the second stage at the top level, a top-down
    add, and the first stage concatenated with the decoder's map (each
    `from` a row of the summary, cnn-tests/tests/data/skips_summary.txt):

        input 16x16x3;
        enc1: { conv 3x3x8 pad 1; relu; }
        maxpool 2;
        enc2: { conv 3x3x16 pad 1; relu; }
        maxpool 2;
        top: conv 3x3x16 pad 1;
        from enc2;
        lat2: conv 1x1x16;
        p2: add { {} { from top; upsample 2; } }
        convtranspose 2x2x8 stride 2;
        concat { { from enc1; } {} }
        conv 1x1x2;
    """

    def __init__(self):
        super().__init__()
        self.enc1 = nn.Conv2d(3, 8, 3, padding=1)
        self.enc2 = nn.Conv2d(8, 16, 3, padding=1)
        self.top = nn.Conv2d(16, 16, 3, padding=1)
        self.lat2 = nn.Conv2d(16, 16, 1)
        self.up = nn.ConvTranspose2d(16, 8, 2, stride=2)
        self.head = nn.Conv2d(16, 2, 1)

    def forward(self, x):
        e1 = F.relu(self.enc1(x))
        e2 = F.relu(self.enc2(F.max_pool2d(e1, 2)))
        top = self.top(F.max_pool2d(e2, 2))
        p2 = self.lat2(e2) + F.interpolate(top, scale_factor=2.0, mode="nearest")
        return self.head(torch.cat([e1, self.up(p2)], 1))


NETWORKS = [("Scales", Scales, [4, 4, 4]), ("Pyramid", Pyramid, [8, 8, 3]), ("Skips", Skips, [16, 16, 3])]


def values(tensor):
    return " ".join(f"{v:.9g}" for v in tensor.flatten().tolist())


def main():
    torch.manual_seed(23)
    print("# Written by scripts/pytorch_named_cases.py (torch %s); do not edit." % torch.__version__)
    for name, make, shape in NETWORKS:
        model = make().eval()
        with torch.no_grad():
            for tensor in model.state_dict().values():
                tensor.copy_(torch.randn_like(tensor) * 0.5)
            weights = torch.cat([t.flatten() for t in model.state_dict().values()])
            x = torch.randn(1, *shape)
            y = model(x.permute(0, 3, 1, 2).contiguous()).permute(0, 2, 3, 1)
            counter = FlopCounterMode(display=False)
            with counter:
                model(x.permute(0, 3, 1, 2).contiguous())
        print(f"network {name}")
        print(f"macs {counter.get_total_flops() // 2}")
        print(f"params {sum(p.numel() for p in model.parameters())}")
        print(f"x {x.numel()} {values(x)}")
        print(f"w {weights.numel()} {values(weights)}")
        print(f"y {y.numel()} {values(y)}")


if __name__ == "__main__":
    main()
