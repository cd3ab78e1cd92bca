//! Video ResNets (Tran et al., "A Closer Look at Spatiotemporal
//! Convolutions for Action Recognition", 2018) as torchvision builds them
//! (`torchvision/models/video/resnet.py`): R3D-18, MC3-18 and R(2+1)D-18
//! for a 16-frame 112x112 RGB clip (`16x112x112x3`, frames first) and the
//! 400 Kinetics classes.
//!
//! All three are `VideoResNet` with `BasicBlock`s, two per stage, 64, 128,
//! 256 and 512 channels wide; they differ in the convolution a block is
//! built from (its `conv_builder`) and in the stem:
//! - R3D-18: every block conv is a full 3x3x3 (`Conv3DSimple`), stride 2 on
//!   all three axes where a stage starts; the `BasicStem` is a 3x7x7 conv
//!   of stride 1x2x2 (pad 1x3x3). Time goes 16, 16, 8, 4, 2.
//! - MC3-18 ("mixed convolutions"): stage 1 as R3D, stages 2 to 4
//!   `Conv3DNoTemporal`, a 1x3x3 conv (pad 0x1x1) that strides only in
//!   space (1x2x2), and so does its shortcut: time stays at 16.
//! - R(2+1)D-18: every 3x3x3 conv is factored (`Conv2Plus1D`) into a 1x3x3
//!   spatial conv to `midplanes` channels, batch norm, ReLU, then a 3x1x1
//!   temporal conv; the spatial conv takes the stride in space (1xSxS), the
//!   temporal one in time (Sx1x1). `midplanes` is
//!   `(in*out*3*3*3) // (in*3*3 + 3*out)`, the width that gives the pair
//!   about the parameters of the 3x3x3 conv it replaces, and it is
//!   computed once per block from the block's input and output widths, so
//!   the block's *second* conv (out to out) uses the first one's value:
//!   144 (64 to 64), 230 (64 to 128), 288 (128 to 128), 460 (128 to 256),
//!   576 (256 to 256), 921 (256 to 512), 1152 (512 to 512). The
//!   `R2Plus1dStem` is the same factoring of the 3x7x7 stem, with 45 (not a
//!   computed width) in between.
//!
//! Every conv has no bias (batch norm follows); the shortcut where a stage
//! starts is a 1x1x1 conv with the conv builder's downsampling stride
//! (`get_downsample_stride`: 2x2x2, or 1x2x2 for MC3) and batch norm. The
//! head is `AdaptiveAvgPool3d((1, 1, 1))`, flatten and `Linear(512, 400)`.

use cnn::cnn;

cnn! {
    /// R3D-18: torchvision's `r3d_18`, 3x3x3 convolutions throughout.
    #[cnn(weights)]
    pub struct R3D18 {
        input 16x112x112x3;
        stem: { conv 3x7x7x64 stride 1x2x2 pad 1x3x3 nobias; bn; relu; } -> 16x56x56x64
        layer1: repeat 2 {
            residual { conv 3x3x3x64 pad 1 nobias; bn; relu; conv 3x3x3x64 pad 1 nobias; bn; }
            relu;
        } -> 16x56x56x64
        layer2: {
            add {
                { conv 1x1x1x128 stride 2 nobias; bn; }
                { conv 3x3x3x128 stride 2 pad 1 nobias; bn; relu; conv 3x3x3x128 pad 1 nobias; bn; }
            }
            relu;
            residual { conv 3x3x3x128 pad 1 nobias; bn; relu; conv 3x3x3x128 pad 1 nobias; bn; }
            relu;
        } -> 8x28x28x128
        layer3: {
            add {
                { conv 1x1x1x256 stride 2 nobias; bn; }
                { conv 3x3x3x256 stride 2 pad 1 nobias; bn; relu; conv 3x3x3x256 pad 1 nobias; bn; }
            }
            relu;
            residual { conv 3x3x3x256 pad 1 nobias; bn; relu; conv 3x3x3x256 pad 1 nobias; bn; }
            relu;
        } -> 4x14x14x256
        layer4: {
            add {
                { conv 1x1x1x512 stride 2 nobias; bn; }
                { conv 3x3x3x512 stride 2 pad 1 nobias; bn; relu; conv 3x3x3x512 pad 1 nobias; bn; }
            }
            relu;
            residual { conv 3x3x3x512 pad 1 nobias; bn; relu; conv 3x3x3x512 pad 1 nobias; bn; }
            relu;
        } -> 2x7x7x512
        gap;
        fc: { flatten; fc 400; }
    }

    /// MC3-18: torchvision's `mc3_18`, 3x3x3 convolutions in the stem and
    /// stage 1, then 2-D (1x3x3) ones that keep all 16 frames.
    #[cnn(weights)]
    pub struct MC3_18 {
        input 16x112x112x3;
        stem: { conv 3x7x7x64 stride 1x2x2 pad 1x3x3 nobias; bn; relu; } -> 16x56x56x64
        layer1: repeat 2 {
            residual { conv 3x3x3x64 pad 1 nobias; bn; relu; conv 3x3x3x64 pad 1 nobias; bn; }
            relu;
        } -> 16x56x56x64
        layer2: {
            add {
                { conv 1x1x1x128 stride 1x2x2 nobias; bn; }
                { conv 1x3x3x128 stride 1x2x2 pad 0x1x1 nobias; bn; relu; conv 1x3x3x128 pad 0x1x1 nobias; bn; }
            }
            relu;
            residual { conv 1x3x3x128 pad 0x1x1 nobias; bn; relu; conv 1x3x3x128 pad 0x1x1 nobias; bn; }
            relu;
        } -> 16x28x28x128
        layer3: {
            add {
                { conv 1x1x1x256 stride 1x2x2 nobias; bn; }
                { conv 1x3x3x256 stride 1x2x2 pad 0x1x1 nobias; bn; relu; conv 1x3x3x256 pad 0x1x1 nobias; bn; }
            }
            relu;
            residual { conv 1x3x3x256 pad 0x1x1 nobias; bn; relu; conv 1x3x3x256 pad 0x1x1 nobias; bn; }
            relu;
        } -> 16x14x14x256
        layer4: {
            add {
                { conv 1x1x1x512 stride 1x2x2 nobias; bn; }
                { conv 1x3x3x512 stride 1x2x2 pad 0x1x1 nobias; bn; relu; conv 1x3x3x512 pad 0x1x1 nobias; bn; }
            }
            relu;
            residual { conv 1x3x3x512 pad 0x1x1 nobias; bn; relu; conv 1x3x3x512 pad 0x1x1 nobias; bn; }
            relu;
        } -> 16x7x7x512
        gap;
        fc: { flatten; fc 400; }
    }

    /// R(2+1)D-18: torchvision's `r2plus1d_18`, each 3x3x3 conv factored
    /// into a 1x3x3 spatial conv to `midplanes` channels, batch norm, ReLU
    /// and a 3x1x1 temporal conv.
    #[cnn(weights)]
    pub struct R2Plus1D18 {
        input 16x112x112x3;
        stem: {
            conv 1x7x7x45 stride 1x2x2 pad 0x3x3 nobias; bn; relu;
            conv 3x1x1x64 pad 1x0x0 nobias; bn; relu;
        } -> 16x56x56x64
        // midplanes 144 = (64*64*27) // (64*9 + 3*64)
        layer1: repeat 2 {
            residual {
                conv 1x3x3x144 pad 0x1x1 nobias; bn; relu; conv 3x1x1x64 pad 1x0x0 nobias; bn; relu;
                conv 1x3x3x144 pad 0x1x1 nobias; bn; relu; conv 3x1x1x64 pad 1x0x0 nobias; bn;
            }
            relu;
        } -> 16x56x56x64
        // midplanes 230 (64 to 128) in both convs of the first block, then 288
        layer2: {
            add {
                { conv 1x1x1x128 stride 2 nobias; bn; }
                {
                    conv 1x3x3x230 stride 1x2x2 pad 0x1x1 nobias; bn; relu;
                    conv 3x1x1x128 stride 2x1x1 pad 1x0x0 nobias; bn; relu;
                    conv 1x3x3x230 pad 0x1x1 nobias; bn; relu; conv 3x1x1x128 pad 1x0x0 nobias; bn;
                }
            }
            relu;
            residual {
                conv 1x3x3x288 pad 0x1x1 nobias; bn; relu; conv 3x1x1x128 pad 1x0x0 nobias; bn; relu;
                conv 1x3x3x288 pad 0x1x1 nobias; bn; relu; conv 3x1x1x128 pad 1x0x0 nobias; bn;
            }
            relu;
        } -> 8x28x28x128
        // midplanes 460 (128 to 256), then 576
        layer3: {
            add {
                { conv 1x1x1x256 stride 2 nobias; bn; }
                {
                    conv 1x3x3x460 stride 1x2x2 pad 0x1x1 nobias; bn; relu;
                    conv 3x1x1x256 stride 2x1x1 pad 1x0x0 nobias; bn; relu;
                    conv 1x3x3x460 pad 0x1x1 nobias; bn; relu; conv 3x1x1x256 pad 1x0x0 nobias; bn;
                }
            }
            relu;
            residual {
                conv 1x3x3x576 pad 0x1x1 nobias; bn; relu; conv 3x1x1x256 pad 1x0x0 nobias; bn; relu;
                conv 1x3x3x576 pad 0x1x1 nobias; bn; relu; conv 3x1x1x256 pad 1x0x0 nobias; bn;
            }
            relu;
        } -> 4x14x14x256
        // midplanes 921 (256 to 512), then 1152
        layer4: {
            add {
                { conv 1x1x1x512 stride 2 nobias; bn; }
                {
                    conv 1x3x3x921 stride 1x2x2 pad 0x1x1 nobias; bn; relu;
                    conv 3x1x1x512 stride 2x1x1 pad 1x0x0 nobias; bn; relu;
                    conv 1x3x3x921 pad 0x1x1 nobias; bn; relu; conv 3x1x1x512 pad 1x0x0 nobias; bn;
                }
            }
            relu;
            residual {
                conv 1x3x3x1152 pad 0x1x1 nobias; bn; relu; conv 3x1x1x512 pad 1x0x0 nobias; bn; relu;
                conv 1x3x3x1152 pad 0x1x1 nobias; bn; relu; conv 3x1x1x512 pad 1x0x0 nobias; bn;
            }
            relu;
        } -> 2x7x7x512
        gap;
        fc: { flatten; fc 400; }
    }
}
