"""Expected output shapes, parameters and MACs of single layers, measured
with PyTorch itself, for cnn-lang/tests/pytorch_layers.rs.

    python3 -m venv venv && venv/bin/pip install torch
    venv/bin/python scripts/pytorch_layer_cases.py > cnn-lang/tests/pytorch_cases.rs

Each case is a statement of the language, the input it runs on (channels
last, as the language writes shapes) and the PyTorch module it stands for.
The module runs on a meta tensor of the input (channels first) under
torch.utils.flop_counter.FlopCounterMode, which is how torchvision's
published GFLOPS are measured; MACs = flops / 2. CI does not need torch:
the output of this script is committed.
"""

import math

import torch
import torch.nn as nn
import torch.nn.functional as F
from timm.layers import ScaledStdConv2d, StdConv2d
from torch.utils.flop_counter import FlopCounterMode


class Interpolate(nn.Module):
    def __init__(self, **kwargs):
        super().__init__()
        self.kwargs = kwargs

    def forward(self, x):
        return F.interpolate(x, **self.kwargs)


class ChannelsLastLayerNorm(nn.Module):
    """torchvision's LayerNorm2d: LayerNorm over the channels of an NCHW map."""

    def __init__(self, channels):
        super().__init__()
        self.norm = nn.LayerNorm(channels)

    def forward(self, x):
        return self.norm(x.permute(0, 2, 3, 1)).permute(0, 3, 1, 2)


class LayerScale(nn.Module):
    """ConvNeXt's layer_scale: one parameter of shape [C, 1, 1]."""

    def __init__(self, channels):
        super().__init__()
        self.layer_scale = nn.Parameter(torch.ones(channels, 1, 1))

    def forward(self, x):
        return x * self.layer_scale


class ChannelShuffle(nn.Module):
    def __init__(self, groups):
        super().__init__()
        self.groups = groups

    def forward(self, x):
        n, c, h, w = x.shape
        x = x.view(n, self.groups, c // self.groups, h, w)
        return torch.transpose(x, 1, 2).contiguous().view(n, c, h, w)


class GlobalResponseNorm(nn.Module):
    """timm's GlobalResponseNorm (timm/layers/grn.py, ConvNeXt V2's GRN) with
    channels_last=True, written out here so that timm is not needed."""

    def __init__(self, dim, eps=1e-6):
        super().__init__()
        self.eps = eps
        self.spatial_dim = (1, 2)
        self.channel_dim = -1
        self.wb_shape = (1, 1, 1, -1)
        self.weight = nn.Parameter(torch.zeros(dim))
        self.bias = nn.Parameter(torch.zeros(dim))

    def forward(self, x):
        x_g = x.norm(p=2, dim=self.spatial_dim, keepdim=True)
        x_n = x_g / (x_g.mean(dim=self.channel_dim, keepdim=True) + self.eps)
        return x + torch.addcmul(self.bias.view(self.wb_shape), self.weight.view(self.wb_shape), x * x_n)


class EcaConv(nn.Module):
    """The convolution of timm's EcaModule (timm/layers/eca.py): a
    Conv1d(1, 1, k, padding=(k - 1) // 2, bias=False) over the channels,
    which timm runs on the pooled 1x1xC map (`y.view(n, 1, -1)`); here at
    every position of the map, each position's channels one sequence."""

    def __init__(self, kernel_size):
        super().__init__()
        self.conv = nn.Conv1d(1, 1, kernel_size, padding=(kernel_size - 1) // 2, bias=False)

    def forward(self, x):
        n, c, *axes = x.shape
        y = self.conv(x.movedim(1, -1).reshape(-1, 1, c))
        return y.reshape(n, *axes, c).movedim(-1, 1)


class LearnableAffineBlock(nn.Module):
    """timm's LearnableAffineBlock (timm/models/hgnet.py, HGNetV2), written
    out so that timm is not needed: a learnable scale and bias of shape [1]."""

    def __init__(self, scale_value=1.0, bias_value=0.0):
        super().__init__()
        self.scale = nn.Parameter(torch.tensor([scale_value]))
        self.bias = nn.Parameter(torch.tensor([bias_value]))

    def forward(self, x):
        return self.scale * x + self.bias


class SkipinitGain(nn.Module):
    """The learnt scalar of timm's NormFreeBlock with skipinit
    (timm/models/nfnet.py, NFNet's `skipinit_gain`), written out so that
    timm is not needed: a 0-dimensional parameter, the residual branch
    times it (timm's `out.mul_(self.skipinit_gain)`)."""

    def __init__(self, value=0.0):
        super().__init__()
        self.skipinit_gain = nn.Parameter(torch.tensor(value))

    def forward(self, x):
        return x * self.skipinit_gain


class ContextPool(nn.Module):
    """The attention pooling of timm's GlobalContext
    (timm/layers/global_context.py, GCNet's context modelling, `use_attn=True`),
    written out so that timm is not needed: a Conv2d(C, 1, 1) to one logit per
    position, a softmax over the H*W positions, and `x @ attn`."""

    def __init__(self, channels):
        super().__init__()
        self.conv_attn = nn.Conv2d(channels, 1, kernel_size=1, bias=True)

    def forward(self, x):
        b, c, h, w = x.shape
        attn = self.conv_attn(x).reshape(b, 1, h * w)
        attn = torch.softmax(attn, dim=-1).unsqueeze(3)
        context = x.reshape(b, c, h * w).unsqueeze(1) @ attn
        return context.view(b, c, 1, 1)


class BlurPool2d(nn.Module):
    """timm's BlurPool2d (timm/layers/blur_pool.py, resnetblur's), written
    out so that timm is not needed: a binomial filter `filt` of
    `[C, 1, K, K]` registered as a buffer, reflect padding of
    ((stride - 1) + (K - 1)) // 2 on each side, a strided depthwise conv."""

    def __init__(self, channels, filt_size=3, stride=2):
        super().__init__()
        self.stride = stride
        self.padding = [((stride - 1) + (filt_size - 1)) // 2] * 4
        coeffs = torch.tensor([math.comb(filt_size - 1, k) for k in range(filt_size)], dtype=torch.float32)
        coeffs = coeffs / 2 ** (filt_size - 1)
        self.register_buffer("filt", (coeffs[:, None] * coeffs[None, :])[None, None].repeat(channels, 1, 1, 1))

    def forward(self, x):
        x = F.pad(x, self.padding, mode="reflect")
        return F.conv2d(x, self.filt, stride=self.stride, groups=x.shape[1])


class SpaceToDepth(nn.Module):
    """timm's SpaceToDepth (timm/layers/space_to_depth.py, TResNet's stem),
    written out so that timm is not needed: each `bs`x`bs` block of
    positions moved into the channels, channel `(bh * bs + bw) * C + c`."""

    def __init__(self, block_size=4):
        super().__init__()
        self.bs = block_size

    def forward(self, x):
        n, c, h, w = x.size()
        x = x.view(n, c, h // self.bs, self.bs, w // self.bs, self.bs)
        x = x.permute(0, 3, 5, 1, 2, 4).contiguous()
        return x.view(n, c * self.bs * self.bs, h // self.bs, w // self.bs)


class ChannelsLast(nn.Module):
    """A channels-last module on an NCHW map (as ConvNeXt V2 runs its GRN)."""

    def __init__(self, inner):
        super().__init__()
        self.inner = inner

    def forward(self, x):
        return self.inner(x.permute(0, 2, 3, 1)).permute(0, 3, 1, 2)


# (statement, input channels last, module)
class Times(nn.Module):
    """NF nets' constant multiplies (timm/models/nfnet.py: `x * self.beta`,
    `out * self.alpha`, the activations' gamma)."""

    def __init__(self, factor):
        super().__init__()
        self.factor = factor

    def forward(self, x):
        return x * self.factor


CASES = [
    ("convtranspose 2x2x64 stride 2", [28, 28, 128], nn.ConvTranspose2d(128, 64, 2, stride=2)),
    ("convtranspose 3x3x16 stride 2 pad 1 outpad 1", [100, 50, 116], nn.ConvTranspose2d(116, 16, 3, stride=2, padding=1, output_padding=1)),
    ("convtranspose 2x2x8 stride 2 groups 4 nobias", [200, 100, 16], nn.ConvTranspose2d(16, 8, 2, stride=2, groups=4, bias=False)),
    ("convtranspose 4x4x3 stride 2 pad 1", [16, 16, 32], nn.ConvTranspose2d(32, 3, 4, stride=2, padding=1)),
    ("convtranspose 3x3x8 dilation 2", [7, 9, 4], nn.ConvTranspose2d(4, 8, 3, dilation=2)),
    ("convtranspose 3x5x6 stride 3x2 pad 1x2 outpad 2x1", [5, 6, 3], nn.ConvTranspose2d(3, 6, (3, 5), stride=(3, 2), padding=(1, 2), output_padding=(2, 1))),
    ("convtranspose 1x1x12 groups 3", [4, 4, 6], nn.ConvTranspose2d(6, 12, 1, groups=3)),
    ("upsample 2", [14, 14, 8], nn.Upsample(scale_factor=2, mode="nearest")),
    ("upsample 2 bilinear", [14, 14, 8], nn.Upsample(scale_factor=2, mode="bilinear", align_corners=False)),
    ("upsample 3x2", [5, 7, 2], nn.Upsample(scale_factor=(3, 2), mode="nearest")),
    ("resize 520x520 bilinear", [65, 65, 21], Interpolate(size=(520, 520), mode="bilinear", align_corners=False)),
    ("resize 33x17", [65, 65, 21], Interpolate(size=(33, 17), mode="nearest")),
    ("layernorm", [56, 56, 96], ChannelsLastLayerNorm(96)),
    ("groupnorm 32", [28, 28, 256], nn.GroupNorm(32, 256)),
    ("groupnorm 1", [7, 7, 10], nn.GroupNorm(1, 10)),
    ("scale", [56, 56, 96], LayerScale(96)),
    ("shuffle 2", [28, 28, 116], ChannelShuffle(2)),
    # ConvNeXt V2-Tiny's first GRN: in the MLP of a 56x56x96 stage, 4x wide.
    ("grn", [56, 56, 384], ChannelsLast(GlobalResponseNorm(384))),
    # Sequences (LxC) and volumes (DxHxWxC).
    ("conv 80x32 stride 16", [8000, 1], nn.Conv1d(1, 32, 80, stride=16)),
    ("conv 3x64 pad 1 nobias", [500, 32], nn.Conv1d(32, 64, 3, padding=1, bias=False)),
    ("conv 9x16 stride 2 dilation 2 groups 4", [101, 8], nn.Conv1d(8, 16, 9, stride=2, dilation=2, groups=4)),
    ("dwconv 5 pad 2", [64, 12], nn.Conv1d(12, 12, 5, padding=2, groups=12)),
    ("maxpool 4", [500, 32], nn.MaxPool1d(4)),
    ("avgpool 3 stride 2 pad 1", [50, 8], nn.AvgPool1d(3, stride=2, padding=1)),
    ("gap", [125, 64], nn.AdaptiveAvgPool1d(1)),
    ("convtranspose 4x8 stride 2 pad 1", [50, 16], nn.ConvTranspose1d(16, 8, 4, stride=2, padding=1)),
    ("upsample 2 bilinear", [50, 16], nn.Upsample(scale_factor=2, mode="linear", align_corners=False)),
    ("bn", [50, 16], nn.BatchNorm1d(16)),
    ("conv 3x7x7x64 stride 1x2x2 pad 1x3x3 nobias", [16, 112, 112, 3], nn.Conv3d(3, 64, (3, 7, 7), stride=(1, 2, 2), padding=(1, 3, 3), bias=False)),
    ("conv 1x3x3x45 pad 0x1x1 nobias", [16, 56, 56, 64], nn.Conv3d(64, 45, (1, 3, 3), padding=(0, 1, 1), bias=False)),
    ("conv 3x1x1x64 pad 1x0x0", [16, 56, 56, 45], nn.Conv3d(45, 64, (3, 1, 1), padding=(1, 0, 0))),
    ("maxpool 1x3x3 stride 1x2x2 pad 0x1x1", [8, 56, 56, 64], nn.MaxPool3d((1, 3, 3), stride=(1, 2, 2), padding=(0, 1, 1))),
    ("avgpool 2", [8, 28, 28, 64], nn.AvgPool3d(2)),
    ("adaptivepool 1x1x1", [2, 7, 7, 512], nn.AdaptiveAvgPool3d(1)),
    ("convtranspose 2x2x2x32 stride 2", [4, 8, 8, 64], nn.ConvTranspose3d(64, 32, 2, stride=2)),
    ("upsample 1x2x2 bilinear", [4, 8, 8, 8], nn.Upsample(scale_factor=(1, 2, 2), mode="trilinear", align_corners=False)),
    ("bn", [4, 8, 8, 8], nn.BatchNorm3d(8)),
    # ECA's convolution across channels: on the pooled map, as timm runs
    # it (ecaresnet's kernel 5 on 1024 channels), at every position, and on
    # a vector; HGNetV2's learnable scalar affine.
    ("eca 3", [1, 1, 64], EcaConv(3)),
    ("eca 5", [1, 1, 1024], EcaConv(5)),
    ("eca 3", [7, 6, 16], EcaConv(3)),
    ("eca 7", [5, 12], EcaConv(7)),
    ("eca 1", [40], EcaConv(1)),
    ("affine", [56, 56, 16], LearnableAffineBlock()),
    ("affine", [10], LearnableAffineBlock()),
    # resnetblur's BlurPool2d: after the stem's maxpool (64 channels at
    # 112x112) and in a stride-2 block; a 5-tap filter; an odd size.
    ("blurpool 3 stride 2", [112, 112, 64], BlurPool2d(64)),
    ("blurpool 3 stride 2", [56, 56, 128], BlurPool2d(128)),
    ("blurpool 5 stride 2", [9, 9, 4], BlurPool2d(4, 5)),
    ("blurpool 3 stride 2", [7, 7, 8], BlurPool2d(8)),
    ("blurpool 3", [6, 5, 2], BlurPool2d(2, 3, 1)),
    # GCNet's context: gcresnext26ts's first block (64x64x64 at 256x256
    # input), its last stage (8x8x512), one position, a map not square.
    ("contextpool", [64, 64, 64], ContextPool(64)),
    ("contextpool", [8, 8, 512], ContextPool(512)),
    ("contextpool", [1, 1, 16], ContextPool(16)),
    ("contextpool", [7, 5, 64], ContextPool(64)),
    # Weight-standardised convs, timm's own classes: nf_resnet26's stem and
    # a bottleneck's 3x3 (ScaledStdConv2d, gamma 1.7139 for relu, eps
    # 1e-5), resnetv2_50x1_bit's stem (StdConv2d, eps 1e-8), a grouped one;
    # and `times`, which PyTorch's counter counts no multiply of.
    ("conv 7x7x64 stride 2 pad 3 scaledws gamma 1.7139 eps 1e-5", [224, 224, 3], ScaledStdConv2d(3, 64, 7, stride=2, padding=3, gamma=1.7139, eps=1e-5)),
    ("conv 3x3x64 pad 1 scaledws gamma 1.7139 eps 1e-5", [56, 56, 64], ScaledStdConv2d(64, 64, 3, padding=1, gamma=1.7139, eps=1e-5)),
    ("conv 1x1x256 scaledws nobias", [56, 56, 64], ScaledStdConv2d(64, 256, 1, bias=False)),
    ("conv 7x7x64 stride 2 pad 3 nobias ws eps 1e-8", [224, 224, 3], StdConv2d(3, 64, 7, stride=2, padding=3, eps=1e-8)),
    ("conv 3x3x64 pad 1 groups 32 ws", [28, 28, 128], StdConv2d(128, 64, 3, padding=1, groups=32, bias=True)),
    ("times 1.7139", [56, 56, 64], Times(1.7139)),
    ("times 0.5", [10], Times(0.5)),
    # NFNet's skipinit_gain: one learnt scalar (shape []), after a
    # dm_nfnet_f0 block's last conv (256 channels at 56x56); a vector.
    ("gain", [56, 56, 256], SkipinitGain()),
    ("gain", [10], SkipinitGain()),
    # TResNet's stem: 224x224x3 to 56x56x48; a block of 2 on an uneven map.
    ("spacetodepth 4", [224, 224, 3], SpaceToDepth(4)),
    ("spacetodepth 2", [6, 10, 5], SpaceToDepth(2)),
    # TResNet's InplaceABN activation.
    ("leakyrelu slope 1e-3", [56, 56, 64], nn.LeakyReLU(1e-3)),
]


def measure(module, input_channels_last):
    *axes, c = input_channels_last
    module = module.to("meta").eval()
    x = torch.empty(1, c, *axes, device="meta")
    counter = FlopCounterMode(display=False)
    with counter:
        y = module(x)
    params = sum(p.numel() for p in module.parameters())
    shapes = [list(p.shape) for p in module.parameters()]
    _, c_out, *axes_out = y.shape
    return [*axes_out, c_out], params, counter.get_total_flops() // 2, shapes


def main():
    print("// Generated by scripts/pytorch_layer_cases.py with torch", torch.__version__ + ";")
    print("// do not edit. Each case: statement, input (channels last), and what")
    print("// PyTorch measured: output (channels last), learnable parameters, MACs")
    print("// (FlopCounterMode / 2),")
    print("// and the shape of each parameter tensor in `module.parameters()` order.")
    print()
    print("use super::Case;")
    print()
    print("pub const CASES: &[Case] = &[")
    for statement, input_shape, module in CASES:
        output, params, macs, shapes = measure(module, input_shape)
        # Typed, so that tensors of different ranks make one slice.
        tensors = ", ".join(
            "&[" + ", ".join(f"{n}_u64" for n in shape) + "] as &[u64]" for shape in shapes
        )
        print(f'    Case {{ statement: "{statement}", input: &{input_shape}, output: &{output}, params: {params}, macs: {macs}, tensors: &[{tensors}] }},')
    print("];")


if __name__ == "__main__":
    main()
