//! Networks of `mix` blocks, which the examples do not declare:
//! `scripts/pytorch_network_cases.py` rebuilds them from their JSON, and
//! runs each `mix` as timm's `SelectiveKernel` does (the paths stacked,
//! the weights softmaxed across them, the weighted paths summed).

use cnn::cnn;

cnn! {
    /// SKNet's selective kernel (timm's `SelectiveKernel`, input split
    /// between the paths, a 3x3 and a dilated 3x3), then ResNeSt's split
    /// attention (timm's `SplitAttn`, radix 2: one grouped convolution
    /// whose halves are the paths).
    #[cnn(weights)]
    pub struct Selective {
        input 12x12x16;
        mix {
            { slice 0..8; conv 3x3x16 pad 1 nobias; bn; relu; }
            { slice 8..16; conv 3x3x16 pad 2 dilation 2 nobias; bn; relu; }
            { gap; conv 1x1x8 nobias; bn; relu; conv 1x1x32 nobias; }
        }
        conv 3x3x24 pad 1 groups 2 nobias; bn; relu;
        mix {
            { slice 0..12; }
            { slice 12..24; }
            { gap; conv 1x1x32; bn; relu; conv 1x1x24; }
        }
        conv 1x1x4;
    }
}

cnn! {
    /// Three paths, and weights at every position (no `gap`): the
    /// softmax at each position, not broadcast.
    #[cnn(weights)]
    pub struct ThreeWays {
        input 6x6x4;
        conv 1x1x8;
        mix {
            { conv 3x3x8 pad 1; }
            { conv 1x1x8; relu; }
            {}
            { conv 1x1x24; }
        }
        relu;
    }
}
