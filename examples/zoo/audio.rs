//! M5, a 1-D network on the raw waveform (Dai et al., "Very Deep
//! Convolutional Neural Networks for Raw Waveforms", 2017), as the PyTorch
//! tutorial "Speech Command Classification with torchaudio" builds it
//! (github:pytorch/tutorials, `intermediate_source/speech_command_classification_with_torchaudio_tutorial.py`):
//! `M5(n_input=1, n_output=35, stride=16, n_channel=32)` on one second of
//! Speech Commands audio resampled to 8 kHz, 8000 samples of one channel
//! (`8000x1`), for its 35 words.
//!
//! Four unpadded convolutions with biases, each followed by batch norm,
//! ReLU and `MaxPool1d(4)`: the first is 80 samples wide (10 ms at 8 kHz)
//! with a stride of 16, the others 3 wide. The signal shrinks
//! 8000, 496, 124, 122, 30, 28, 7, 5 and 1; the tutorial's
//! `F.avg_pool1d(x, x.shape[-1])` over that last position is `gap`, then
//! `Linear(64, 35)`. The log-softmax has no parameters and is not written.
//!
//! The counts are checked against the tutorial's printed parameter count
//! and an independent count, by arithmetic and by torch
//! (`scripts/m5_counts.py`).

use cnn::cnn;

cnn! {
    /// M5 with 32 channels for 8000 samples at 8 kHz and 35 classes: the
    /// PyTorch speech-commands tutorial's model.
    #[cnn(weights)]
    pub struct M5 {
        input 8000x1;
        block1: { conv 80x32 stride 16; bn; relu; maxpool 4; } -> 124x32
        block2: { conv 3x32; bn; relu; maxpool 4; } -> 30x32
        block3: { conv 3x64; bn; relu; maxpool 4; } -> 7x64
        block4: { conv 3x64; bn; relu; maxpool 4; } -> 1x64
        gap;
        fc: { flatten; fc 35; }
    }
}
