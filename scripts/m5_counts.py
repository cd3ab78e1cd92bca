"""M5's parameter and MAC counts, two independent ways: plain arithmetic
layer by layer, and (when torch is installed) PyTorch itself. A check of
`examples/zoo/audio.rs`.

The network is the M5 of the PyTorch tutorial "Speech Command
Classification with torchaudio" (github:pytorch/tutorials,
intermediate_source/speech_command_classification_with_torchaudio_tutorial.py):
M5(n_input=1, n_output=35, stride=16, n_channel=32), after Dai et al.
(2017), "Very Deep Convolutional Neural Networks for Raw Waveforms". Its
input is one second of Speech Commands audio resampled to 8 kHz: 8000
samples, one channel. Every Conv1d has a bias and no padding; each is
followed by BatchNorm1d, ReLU and MaxPool1d(4) (stride 4, floor); then
F.avg_pool1d over what is left (length 1) and Linear(64, 35).

MACs follow torch.utils.flop_counter.FlopCounterMode (flops / 2): a conv
counts out_length * Cout * k * Cin, a linear in * out. The tutorial prints
`sum(p.numel() for p in model.parameters() if p.requires_grad)`.

    python3 scripts/m5_counts.py [SAMPLES] [CLASSES]
    /work/venv/bin/python scripts/m5_counts.py      # also measures with torch
"""

import sys


def m5_arithmetic(samples, classes, n_channel=32, stride=16):
    params = buffers = macs = 0
    length, channels = samples, 1
    # (kernel, stride, filters) of the four convolutions
    convs = [(80, stride, n_channel), (3, 1, n_channel), (3, 1, 2 * n_channel), (3, 1, 2 * n_channel)]
    for kernel, step, filters in convs:
        length = (length - kernel) // step + 1
        params += kernel * channels * filters + filters
        macs += length * filters * kernel * channels
        channels = filters
        params += 2 * filters  # batch norm's weight and bias
        buffers += 2 * filters  # its running mean and variance
        length //= 4  # MaxPool1d(4)
    assert length >= 1, "the input is too short for M5"
    params += channels * classes + classes
    macs += channels * classes
    return params, buffers, macs


def m5_module(classes):
    """The tutorial's M5 (torch needed), in eval mode."""
    import torch.nn as nn
    import torch.nn.functional as F

    class M5(nn.Module):
        # The tutorial's module, layer for layer.
        def __init__(self, n_input=1, n_output=35, stride=16, n_channel=32):
            super().__init__()
            self.conv1 = nn.Conv1d(n_input, n_channel, kernel_size=80, stride=stride)
            self.bn1 = nn.BatchNorm1d(n_channel)
            self.pool1 = nn.MaxPool1d(4)
            self.conv2 = nn.Conv1d(n_channel, n_channel, kernel_size=3)
            self.bn2 = nn.BatchNorm1d(n_channel)
            self.pool2 = nn.MaxPool1d(4)
            self.conv3 = nn.Conv1d(n_channel, 2 * n_channel, kernel_size=3)
            self.bn3 = nn.BatchNorm1d(2 * n_channel)
            self.pool3 = nn.MaxPool1d(4)
            self.conv4 = nn.Conv1d(2 * n_channel, 2 * n_channel, kernel_size=3)
            self.bn4 = nn.BatchNorm1d(2 * n_channel)
            self.pool4 = nn.MaxPool1d(4)
            self.fc1 = nn.Linear(2 * n_channel, n_output)

        def forward(self, x):
            x = self.pool1(F.relu(self.bn1(self.conv1(x))))
            x = self.pool2(F.relu(self.bn2(self.conv2(x))))
            x = self.pool3(F.relu(self.bn3(self.conv3(x))))
            x = self.pool4(F.relu(self.bn4(self.conv4(x))))
            x = F.avg_pool1d(x, x.shape[-1])
            x = x.permute(0, 2, 1)
            return F.log_softmax(self.fc1(x), dim=2)

    return M5(n_output=classes).eval()


def m5_torch(samples, classes):
    import torch
    from torch.utils.flop_counter import FlopCounterMode

    model = m5_module(classes)
    params = sum(p.numel() for p in model.parameters() if p.requires_grad)
    buffers = sum(b.numel() for name, b in model.named_buffers() if not name.endswith("num_batches_tracked"))
    model = model.to("meta")
    counter = FlopCounterMode(display=False)
    with counter, torch.no_grad():
        out = model(torch.empty(1, 1, samples, device="meta"))
    assert counter.get_total_flops() % 2 == 0
    return params, buffers, counter.get_total_flops() // 2, list(out.shape)


if __name__ == "__main__":
    samples = int(sys.argv[1]) if len(sys.argv) > 1 else 8000
    classes = int(sys.argv[2]) if len(sys.argv) > 2 else 35
    params, buffers, macs = m5_arithmetic(samples, classes)
    print(f"M5 {samples}x1 -> {classes}, arithmetic: params {params}, buffers {buffers}, macs {macs}")
    try:
        import torch  # noqa: F401
    except ImportError:
        print("torch is not installed: no measurement")
        sys.exit(0)
    measured = m5_torch(samples, classes)
    print(f"M5 {samples}x1 -> {classes}, torch:      params {measured[0]}, buffers {measured[1]}, macs {measured[2]}, output {measured[3]}")
    assert measured[:3] == (params, buffers, macs), "arithmetic and torch disagree"
