//! Three timm CNNs (PyTorch Image Models 1.0, `pretrained=False`) that need
//! the language's `sub` block, its `eca` layer and its `blurpool`, at
//! 224x224 with 1000 classes. Their counts are checked in `cnn-tests/tests/zoo_timm.rs`
//! against what timm's own modules measure (`scripts/timm_counts.py`).
//!
//! PoolFormer-S12 (Yu et al., "MetaFormer Is Actually What You Need for
//! Vision"; timm's `poolformer_s12`, `timm/models/metaformer.py`): a 7x7
//! stride-4 stem conv, then four stages of 2, 2, 6 and 2 blocks, 64, 128,
//! 320 and 512 channels wide, a 3x3 stride-2 conv between stages. A block
//! is two residuals: group norm over all channels (`GroupNorm1`), the
//! token mixer `pool(x) - x` (`Pooling`, a 3x3 average of stride 1 less
//! its input: `sub`), a layer scale; then group norm, the MLP (`conv 1x1`
//! to 4C, GELU, `conv 1x1` back) and a layer scale. The head pools,
//! normalises over the channels (`LayerNorm2d`) and classifies. timm's
//! pool pads 1 and leaves the padding out of each average
//! (`count_include_pad=False`): that is `avgpool 3 stride 1 pad same`,
//! whose padding is the same and which, as TensorFlow's, averages only
//! what is inside the map (`avgpool 3 stride 1 pad 1` would count it, as
//! PyTorch's default does).
//!
//! ECA-ResNet-26t (Wang et al., "ECA-Net"; timm's `ecaresnet26t`,
//! `timm/models/resnet.py`): a ResNet of 2, 2, 2 and 2 bottlenecks with
//! the three-conv "tiered" stem (24, 32, 64 channels), average-pool
//! shortcuts before the projection of a strided stage ("avg_down"), and
//! ECA after each bottleneck's last batch norm: `mul { {} { gap; eca K;
//! sigmoid; } }`, with timm's kernel for the channels, 5 for 256 to 1024
//! and 7 for 2048.
//!
//! ResNet-Blur-18 (Zhang, "Making Convolutional Networks Shift-Invariant
//! Again"; timm's `resnetblur18`): ResNet-18 whose downsampling blurs
//! first. The stem's max pool has stride 1 and is followed by a
//! `BlurPool2d` of stride 2, and each strided block's first conv has
//! stride 1, followed (after its batch norm and ReLU) by one: `blurpool 3
//! stride 2`, a fixed 3x3 binomial filter per channel, reflect-padded. Its
//! filter is a buffer (timm's `filt`), counted with the non-trainable
//! values, as torch's `model.buffers()` counts it.

use cnn::cnn;

cnn! {
    /// PoolFormer-S12: timm's `poolformer_s12`.
    #[cnn(weights)]
    pub struct PoolFormerS12 {
        input 224x224x3;
        stem: conv 7x7x64 stride 4 pad 2 -> 56x56x64;
        stage1: repeat 2 {
            residual { groupnorm 1; sub { { avgpool 3 stride 1 pad same; } {} } scale; }
            residual { groupnorm 1; conv 1x1x256; gelu; conv 1x1x64; scale; }
        } -> 56x56x64
        down2: conv 3x3x128 stride 2 pad 1;
        stage2: repeat 2 {
            residual { groupnorm 1; sub { { avgpool 3 stride 1 pad same; } {} } scale; }
            residual { groupnorm 1; conv 1x1x512; gelu; conv 1x1x128; scale; }
        } -> 28x28x128
        down3: conv 3x3x320 stride 2 pad 1;
        stage3: repeat 6 {
            residual { groupnorm 1; sub { { avgpool 3 stride 1 pad same; } {} } scale; }
            residual { groupnorm 1; conv 1x1x1280; gelu; conv 1x1x320; scale; }
        } -> 14x14x320
        down4: conv 3x3x512 stride 2 pad 1;
        stage4: repeat 2 {
            residual { groupnorm 1; sub { { avgpool 3 stride 1 pad same; } {} } scale; }
            residual { groupnorm 1; conv 1x1x2048; gelu; conv 1x1x512; scale; }
        } -> 7x7x512
        gap;
        head: { layernorm eps 1e-6; flatten; fc 1000; }
    }
}

cnn! {
    /// ECA-ResNet-26t: timm's `ecaresnet26t`.
    #[cnn(weights)]
    pub struct EcaResNet26t {
        input 224x224x3;
        stem: {
            conv 3x3x24 stride 2 pad 1 nobias; bn; relu;
            conv 3x3x32 pad 1 nobias; bn; relu;
            conv 3x3x64 pad 1 nobias; bn; relu;
            maxpool 3 stride 2 pad 1;
        } -> 56x56x64
        layer1: {
            add {
                { conv 1x1x256 nobias; bn; }
                {
                    conv 1x1x64 nobias; bn; relu;
                    conv 3x3x64 pad 1 nobias; bn; relu;
                    conv 1x1x256 nobias; bn;
                    mul { {} { gap; eca 5; sigmoid; } }
                }
            }
            relu;
            residual {
                conv 1x1x64 nobias; bn; relu;
                conv 3x3x64 pad 1 nobias; bn; relu;
                conv 1x1x256 nobias; bn;
                mul { {} { gap; eca 5; sigmoid; } }
            }
            relu;
        } -> 56x56x256
        layer2: {
            add {
                { avgpool 2; conv 1x1x512 nobias; bn; }
                {
                    conv 1x1x128 nobias; bn; relu;
                    conv 3x3x128 stride 2 pad 1 nobias; bn; relu;
                    conv 1x1x512 nobias; bn;
                    mul { {} { gap; eca 5; sigmoid; } }
                }
            }
            relu;
            residual {
                conv 1x1x128 nobias; bn; relu;
                conv 3x3x128 pad 1 nobias; bn; relu;
                conv 1x1x512 nobias; bn;
                mul { {} { gap; eca 5; sigmoid; } }
            }
            relu;
        } -> 28x28x512
        layer3: {
            add {
                { avgpool 2; conv 1x1x1024 nobias; bn; }
                {
                    conv 1x1x256 nobias; bn; relu;
                    conv 3x3x256 stride 2 pad 1 nobias; bn; relu;
                    conv 1x1x1024 nobias; bn;
                    mul { {} { gap; eca 5; sigmoid; } }
                }
            }
            relu;
            residual {
                conv 1x1x256 nobias; bn; relu;
                conv 3x3x256 pad 1 nobias; bn; relu;
                conv 1x1x1024 nobias; bn;
                mul { {} { gap; eca 5; sigmoid; } }
            }
            relu;
        } -> 14x14x1024
        layer4: {
            add {
                { avgpool 2; conv 1x1x2048 nobias; bn; }
                {
                    conv 1x1x512 nobias; bn; relu;
                    conv 3x3x512 stride 2 pad 1 nobias; bn; relu;
                    conv 1x1x2048 nobias; bn;
                    mul { {} { gap; eca 7; sigmoid; } }
                }
            }
            relu;
            residual {
                conv 1x1x512 nobias; bn; relu;
                conv 3x3x512 pad 1 nobias; bn; relu;
                conv 1x1x2048 nobias; bn;
                mul { {} { gap; eca 7; sigmoid; } }
            }
            relu;
        } -> 7x7x2048
        gap;
        fc 1000;
    }
}

cnn! {
    /// ResNet-Blur-18: timm's `resnetblur18`.
    #[cnn(weights)]
    pub struct ResNetBlur18 {
        input 224x224x3;
        stem: {
            conv 7x7x64 stride 2 pad 3 nobias; bn; relu;
            maxpool 3 stride 1 pad 1;
            blurpool 3 stride 2;
        } -> 56x56x64
        layer1: repeat 2 {
            residual { conv 3x3x64 pad 1 nobias; bn; relu; conv 3x3x64 pad 1 nobias; bn; }
            relu;
        } -> 56x56x64
        layer2: {
            add {
                { conv 1x1x128 stride 2 nobias; bn; }
                {
                    conv 3x3x128 pad 1 nobias; bn; relu; blurpool 3 stride 2;
                    conv 3x3x128 pad 1 nobias; bn;
                }
            }
            relu;
            residual { conv 3x3x128 pad 1 nobias; bn; relu; conv 3x3x128 pad 1 nobias; bn; }
            relu;
        } -> 28x28x128
        layer3: {
            add {
                { conv 1x1x256 stride 2 nobias; bn; }
                {
                    conv 3x3x256 pad 1 nobias; bn; relu; blurpool 3 stride 2;
                    conv 3x3x256 pad 1 nobias; bn;
                }
            }
            relu;
            residual { conv 3x3x256 pad 1 nobias; bn; relu; conv 3x3x256 pad 1 nobias; bn; }
            relu;
        } -> 14x14x256
        layer4: {
            add {
                { conv 1x1x512 stride 2 nobias; bn; }
                {
                    conv 3x3x512 pad 1 nobias; bn; relu; blurpool 3 stride 2;
                    conv 3x3x512 pad 1 nobias; bn;
                }
            }
            relu;
            residual { conv 3x3x512 pad 1 nobias; bn; relu; conv 3x3x512 pad 1 nobias; bn; }
            relu;
        } -> 7x7x512
        gap;
        fc 1000;
    }
}
