"""U-Net's parameter and MAC counts by plain arithmetic, layer by layer, as
PyTorch's modules hold them: an independent check of `examples/zoo/unet.rs`.

Two variants, both with padding-1 3x3 convolutions (same size out as in):
- "paper": Ronneberger et al. (2015), every conv with a bias, no batch norm;
- "milesial": github:milesial/Pytorch-UNet's UNet(n_channels, n_classes,
  bilinear=False) (unet/unet_parts.py): DoubleConv is conv (no bias), batch
  norm, ReLU, twice; Up is ConvTranspose2d(C, C // 2, 2, stride=2) with a
  bias; OutConv a 1x1 conv with a bias.

MACs follow torch.utils.flop_counter.FlopCounterMode (flops / 2): a conv
counts out_positions * Cout * k*k * Cin; a transposed conv counts
in_positions * Cin * Cout * k*k.

    python3 scripts/unet_counts.py [SIZE] [IN_CHANNELS] [CLASSES]
"""

import sys


def unet(size, in_channels, classes, batch_norm):
    params = buffers = macs = 0

    def conv(hw, cin, cout, k, bias):
        nonlocal params, macs
        params += k * k * cin * cout + (cout if bias else 0)
        macs += hw * hw * k * k * cin * cout

    def bn(c):
        nonlocal params, buffers
        params += 2 * c
        buffers += 2 * c

    def double_conv(hw, cin, cout):
        for c in (cin, cout):
            conv(hw, c, cout, 3, bias=not batch_norm)
            if batch_norm:
                bn(cout)

    def up_conv(hw_in, cin, cout):
        nonlocal params, macs
        params += 2 * 2 * cin * cout + cout
        macs += hw_in * hw_in * cin * cout * 2 * 2

    widths = [64, 128, 256, 512, 1024]
    hw = size
    double_conv(hw, in_channels, widths[0])
    for cin, cout in zip(widths, widths[1:]):
        hw //= 2
        double_conv(hw, cin, cout)
    for cin, cout in zip(widths[:0:-1], widths[-2::-1]):
        up_conv(hw, cin, cin // 2)
        hw *= 2
        double_conv(hw, cin // 2 + cout, cout)
    conv(hw, widths[0], classes, 1, bias=True)
    return params, buffers, macs


if __name__ == "__main__":
    defaults = ["512", "1", "2"]
    size, in_channels, classes = (int(a) for a in sys.argv[1:] + defaults[len(sys.argv) - 1 :])
    if size % 16:
        sys.exit(f"{size} is not a multiple of 16: four 2x2 poolings and up-convolutions would not meet")
    for name, batch_norm in (("paper", False), ("milesial", True)):
        params, buffers, macs = unet(size, in_channels, classes, batch_norm)
        print(f"{name}: {size}x{size}x{in_channels}, {classes} classes: "
              f"params {params}, buffers {buffers}, macs {macs}")
