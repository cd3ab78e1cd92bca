//! Three of torchvision's semantic segmentation models
//! (`torchvision/models/segmentation/`) at 520x520, the size their
//! published weights were evaluated at, for the 21 classes of Pascal VOC,
//! as `fcn_resnet50`, `deeplabv3_resnet50` and `lraspp_mobilenet_v3_large`
//! build them with `aux_loss=False`: without the auxiliary classifier
//! (an `FCNHead` on ResNet's `layer3` that only training uses, 2,365,205 of
//! the published `num_params`).
//!
//! The backbones keep the resolution by dilating instead of striding:
//! ResNet-50 with `replace_stride_with_dilation=[False, True, True]`
//! (output stride 8: `layer3` and `layer4` at 65x65), MobileNetV3-Large with
//! `dilated=True` (its last stage at dilation 2, output stride 16). In
//! torchvision's `_make_layer`, the first block of a dilated layer still
//! has the previous dilation (`previous_dilation`) and keeps its 1x1
//! projection shortcut (now of stride 1); the other blocks have the new
//! one, with padding equal to the dilation. The backbones end at their last
//! feature map (`IntermediateLayerGetter`): no pooling, no classifier.
//!
//! Each model ends with `F.interpolate(size=input_shape, mode="bilinear",
//! align_corners=False)`, `resize 520x520 bilinear`, which costs no MACs in
//! torch's `FlopCounterMode` (it counts convolutions and matrix products).

use cnn::cnn;

cnn! {
    /// FCN (Long et al., "Fully Convolutional Networks for Semantic
    /// Segmentation") on a dilated ResNet-50: torchvision's `FCNHead(2048,
    /// 21)`, a 3x3 conv to 2048 / 4 = 512 channels (batch norm, ReLU,
    /// dropout 0.1), then a 1x1 conv with bias to the classes.
    #[cnn(weights)]
    pub struct FcnResNet50 {
        input 520x520x3;
        stem: {
            conv 7x7x64 stride 2 pad 3 nobias; bn; relu;
            maxpool 3 stride 2 pad 1;
        } -> 130x130x64
        layer1: {
            add {
                { conv 1x1x256 nobias; bn; }
                { conv 1x1x64 nobias; bn; relu; conv 3x3x64 pad 1 nobias; bn; relu; conv 1x1x256 nobias; bn; }
            }
            relu;
            repeat 2 {
                residual { conv 1x1x64 nobias; bn; relu; conv 3x3x64 pad 1 nobias; bn; relu; conv 1x1x256 nobias; bn; }
                relu;
            }
        } -> 130x130x256
        layer2: {
            add {
                { conv 1x1x512 stride 2 nobias; bn; }
                { conv 1x1x128 nobias; bn; relu; conv 3x3x128 stride 2 pad 1 nobias; bn; relu; conv 1x1x512 nobias; bn; }
            }
            relu;
            repeat 3 {
                residual { conv 1x1x128 nobias; bn; relu; conv 3x3x128 pad 1 nobias; bn; relu; conv 1x1x512 nobias; bn; }
                relu;
            }
        } -> 65x65x512
        // Dilation 2 instead of stride 2: the first block keeps dilation 1.
        layer3: {
            add {
                { conv 1x1x1024 nobias; bn; }
                { conv 1x1x256 nobias; bn; relu; conv 3x3x256 pad 1 nobias; bn; relu; conv 1x1x1024 nobias; bn; }
            }
            relu;
            repeat 5 {
                residual { conv 1x1x256 nobias; bn; relu; conv 3x3x256 pad 2 dilation 2 nobias; bn; relu; conv 1x1x1024 nobias; bn; }
                relu;
            }
        } -> 65x65x1024
        // Dilation 4 instead of stride 2: the first block has layer3's dilation, 2.
        layer4: {
            add {
                { conv 1x1x2048 nobias; bn; }
                { conv 1x1x512 nobias; bn; relu; conv 3x3x512 pad 2 dilation 2 nobias; bn; relu; conv 1x1x2048 nobias; bn; }
            }
            relu;
            repeat 2 {
                residual { conv 1x1x512 nobias; bn; relu; conv 3x3x512 pad 4 dilation 4 nobias; bn; relu; conv 1x1x2048 nobias; bn; }
                relu;
            }
        } -> 65x65x2048
        head: { conv 3x3x512 pad 1 nobias; bn; relu; dropout 0.1; conv 1x1x21; } -> 65x65x21
        upsample: resize 520x520 bilinear;
    }
}

cnn! {
    /// DeepLabV3 (Chen et al., "Rethinking Atrous Convolution for Semantic
    /// Image Segmentation") on a dilated ResNet-50: torchvision's
    /// `DeepLabHead(2048, 21)`. Its ASPP has five branches of 256 channels,
    /// each conv followed by batch norm and ReLU: a 1x1 conv, three 3x3
    /// convs at dilations 12, 24 and 36 (padding equal to the dilation),
    /// and `ASPPPooling` (global average pool, 1x1 conv, then interpolated
    /// back to the 65x65 map); they are concatenated and projected to 256
    /// (dropout 0.5). Then a 3x3 conv, batch norm, ReLU and a 1x1 conv with
    /// bias to the classes.
    #[cnn(weights)]
    pub struct DeepLabV3ResNet50 {
        input 520x520x3;
        stem: {
            conv 7x7x64 stride 2 pad 3 nobias; bn; relu;
            maxpool 3 stride 2 pad 1;
        } -> 130x130x64
        layer1: {
            add {
                { conv 1x1x256 nobias; bn; }
                { conv 1x1x64 nobias; bn; relu; conv 3x3x64 pad 1 nobias; bn; relu; conv 1x1x256 nobias; bn; }
            }
            relu;
            repeat 2 {
                residual { conv 1x1x64 nobias; bn; relu; conv 3x3x64 pad 1 nobias; bn; relu; conv 1x1x256 nobias; bn; }
                relu;
            }
        } -> 130x130x256
        layer2: {
            add {
                { conv 1x1x512 stride 2 nobias; bn; }
                { conv 1x1x128 nobias; bn; relu; conv 3x3x128 stride 2 pad 1 nobias; bn; relu; conv 1x1x512 nobias; bn; }
            }
            relu;
            repeat 3 {
                residual { conv 1x1x128 nobias; bn; relu; conv 3x3x128 pad 1 nobias; bn; relu; conv 1x1x512 nobias; bn; }
                relu;
            }
        } -> 65x65x512
        // Dilation 2 instead of stride 2: the first block keeps dilation 1.
        layer3: {
            add {
                { conv 1x1x1024 nobias; bn; }
                { conv 1x1x256 nobias; bn; relu; conv 3x3x256 pad 1 nobias; bn; relu; conv 1x1x1024 nobias; bn; }
            }
            relu;
            repeat 5 {
                residual { conv 1x1x256 nobias; bn; relu; conv 3x3x256 pad 2 dilation 2 nobias; bn; relu; conv 1x1x1024 nobias; bn; }
                relu;
            }
        } -> 65x65x1024
        // Dilation 4 instead of stride 2: the first block has layer3's dilation, 2.
        layer4: {
            add {
                { conv 1x1x2048 nobias; bn; }
                { conv 1x1x512 nobias; bn; relu; conv 3x3x512 pad 2 dilation 2 nobias; bn; relu; conv 1x1x2048 nobias; bn; }
            }
            relu;
            repeat 2 {
                residual { conv 1x1x512 nobias; bn; relu; conv 3x3x512 pad 4 dilation 4 nobias; bn; relu; conv 1x1x2048 nobias; bn; }
                relu;
            }
        } -> 65x65x2048
        aspp: {
            concat {
                { conv 1x1x256 nobias; bn; relu; }
                { conv 3x3x256 pad 12 dilation 12 nobias; bn; relu; }
                { conv 3x3x256 pad 24 dilation 24 nobias; bn; relu; }
                { conv 3x3x256 pad 36 dilation 36 nobias; bn; relu; }
                { adaptivepool 1x1; conv 1x1x256 nobias; bn; relu; resize 65x65 bilinear; }
            }
            conv 1x1x256 nobias; bn; relu; dropout 0.5;
        } -> 65x65x256
        head: { conv 3x3x256 pad 1 nobias; bn; relu; conv 1x1x21; } -> 65x65x21
        upsample: resize 520x520 bilinear;
    }
}

cnn! {
    /// Lite R-ASPP (Howard et al., "Searching for MobileNetV3") on a
    /// dilated MobileNetV3-Large: torchvision's `LRASPP` with 128 inner
    /// channels. Its `low` features are those of `features[4]`
    /// (`stage_indices[-4]`, the first stride-2 block to 40 channels, at
    /// 65x65), its `high` features the last 1x1 conv to 960 (33x33). The
    /// head computes `low_classifier(low) + high_classifier(x)` with
    /// `x = cbr(high) * scale(high)` interpolated to the low map's size:
    /// `cbr` is a 1x1 conv, batch norm and ReLU; `scale` a global average
    /// pool, a 1x1 conv and a sigmoid; the classifiers are 1x1 convs with
    /// bias. The fork is an `add` whose first branch is the low classifier
    /// and whose second is the rest of the backbone and the high head.
    #[cnn(weights)]
    pub struct LrasppMobileNetV3Large {
        input 520x520x3;
        stem: { conv 3x3x16 stride 2 pad 1 nobias; bn eps 1e-3; hardswish; } -> 260x260x16
        stage1: {
            residual { dwconv 3x3 pad 1 nobias; bn eps 1e-3; relu; conv 1x1x16 nobias; bn eps 1e-3; }
        } -> 260x260x16
        stage2: {
            conv 1x1x64 nobias; bn eps 1e-3; relu; dwconv 3x3 stride 2 pad 1 nobias; bn eps 1e-3; relu; conv 1x1x24 nobias; bn eps 1e-3;
            residual { conv 1x1x72 nobias; bn eps 1e-3; relu; dwconv 3x3 pad 1 nobias; bn eps 1e-3; relu; conv 1x1x24 nobias; bn eps 1e-3; }
        } -> 130x130x24
        // features[4], torchvision's `low` features: bneck 5x5 exp 72 out 40 SE RE s 2.
        low: {
            conv 1x1x72 nobias; bn eps 1e-3; relu; dwconv 5x5 stride 2 pad 2 nobias; bn eps 1e-3; relu;
            mul { {} { gap; conv 1x1x24; relu; conv 1x1x72; hardsigmoid; } }
            conv 1x1x40 nobias; bn eps 1e-3;
        } -> 65x65x40
        add {
            { low_classifier: conv 1x1x21; }
            {
                stage3: repeat 2 {
                    residual {
                        conv 1x1x120 nobias; bn eps 1e-3; relu; dwconv 5x5 pad 2 nobias; bn eps 1e-3; relu;
                        mul { {} { gap; conv 1x1x32; relu; conv 1x1x120; hardsigmoid; } }
                        conv 1x1x40 nobias; bn eps 1e-3;
                    }
                } -> 65x65x40
                stage4: {
                    conv 1x1x240 nobias; bn eps 1e-3; hardswish; dwconv 3x3 stride 2 pad 1 nobias; bn eps 1e-3; hardswish; conv 1x1x80 nobias; bn eps 1e-3;
                    residual { conv 1x1x200 nobias; bn eps 1e-3; hardswish; dwconv 3x3 pad 1 nobias; bn eps 1e-3; hardswish; conv 1x1x80 nobias; bn eps 1e-3; }
                    repeat 2 {
                        residual { conv 1x1x184 nobias; bn eps 1e-3; hardswish; dwconv 3x3 pad 1 nobias; bn eps 1e-3; hardswish; conv 1x1x80 nobias; bn eps 1e-3; }
                    }
                    conv 1x1x480 nobias; bn eps 1e-3; hardswish; dwconv 3x3 pad 1 nobias; bn eps 1e-3; hardswish;
                    mul { {} { gap; conv 1x1x120; relu; conv 1x1x480; hardsigmoid; } }
                    conv 1x1x112 nobias; bn eps 1e-3;
                    residual {
                        conv 1x1x672 nobias; bn eps 1e-3; hardswish; dwconv 3x3 pad 1 nobias; bn eps 1e-3; hardswish;
                        mul { {} { gap; conv 1x1x168; relu; conv 1x1x672; hardsigmoid; } }
                        conv 1x1x112 nobias; bn eps 1e-3;
                    }
                } -> 33x33x112
                // Dilated: stride 1 and dilation 2 instead of stride 2.
                stage5: {
                    conv 1x1x672 nobias; bn eps 1e-3; hardswish; dwconv 5x5 pad 4 dilation 2 nobias; bn eps 1e-3; hardswish;
                    mul { {} { gap; conv 1x1x168; relu; conv 1x1x672; hardsigmoid; } }
                    conv 1x1x160 nobias; bn eps 1e-3;
                    repeat 2 {
                        residual {
                            conv 1x1x960 nobias; bn eps 1e-3; hardswish; dwconv 5x5 pad 4 dilation 2 nobias; bn eps 1e-3; hardswish;
                            mul { {} { gap; conv 1x1x240; relu; conv 1x1x960; hardsigmoid; } }
                            conv 1x1x160 nobias; bn eps 1e-3;
                        }
                    }
                } -> 33x33x160
                high: { conv 1x1x960 nobias; bn eps 1e-3; hardswish; } -> 33x33x960
                lraspp: mul {
                    { cbr: { conv 1x1x128 nobias; bn; relu; } }
                    { scale: { gap; conv 1x1x128 nobias; sigmoid; } }
                } -> 33x33x128
                resize 65x65 bilinear;
                high_classifier: conv 1x1x21;
            }
        } -> 65x65x21
        upsample: resize 520x520 bilinear;
    }
}
