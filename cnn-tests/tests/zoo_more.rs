//! More of torchvision's classifiers (`examples/zoo/`), against
//! torchvision's published numbers: ResNeXt-50 32x4d, Wide ResNet-50-2,
//! MobileNetV3-Small and -Large, EfficientNet-B0, RegNetY-400MF, MNASNet
//! 1.0 and Inception v3.
//!
//! Sources, torchvision 0.2x (`torchvision/models/*.py`):
//! - learnable parameters: `weights.meta["num_params"]` of the
//!   `IMAGENET1K_V1` weights, asserted exactly;
//! - MACs: `weights.meta["_ops"]` (the "GFLOPS" column of torchvision's
//!   tables, which counts multiply-accumulates), published rounded to 2 or
//!   3 decimals. The exact integers asserted here were derived by hand,
//!   layer by layer, with torchvision's rule (conv
//!   `Hout*Wout*Cout*KH*KW*Cin/groups`, squeeze-excite 1x1 convs at 1x1,
//!   fc `in*out`) in a script independent of `cnn!`; each is also checked
//!   to round to the published figure (`rounds_to`), which is the only part
//!   torchvision itself publishes;
//! - non-trainable: batch norm's running mean and variance, 2 per channel,
//!   summed over every `BatchNorm2d`; the channel sums are worked out per
//!   stage in the comments, from torchvision's constructors.
//!
//! The networks are the example's own files, so the example is what is
//! checked.

#[path = "../../examples/zoo/efficientnet.rs"]
mod efficientnet;
#[path = "../../examples/zoo/inception.rs"]
mod inception;
#[path = "../../examples/zoo/mnasnet.rs"]
mod mnasnet;
#[path = "../../examples/zoo/mobilenetv3.rs"]
mod mobilenetv3;
#[path = "../../examples/zoo/regnet.rs"]
mod regnet;
#[path = "../../examples/zoo/resnext.rs"]
mod resnext;

use cnn::{cnn, Shape};
use efficientnet::EfficientNetB0;
use inception::{InceptionV3, InceptionV3Aux};
use mnasnet::MnasNet;
use mobilenetv3::{MobileNetV3Large, MobileNetV3Small};
use regnet::RegNetY400MF;
use resnext::{ResNeXt50, WideResNet50};

const fn spatial(height: u64, width: u64, channels: u64) -> Shape {
    Shape::Spatial {
        height,
        width,
        channels,
    }
}

/// `macs`, rounded to the nearest `unit`, is `published` units: the check
/// against a figure torchvision publishes rounded (`_ops` 0.217 GFLOPS is
/// `rounds_to(macs, 1_000_000, 217)`).
const fn rounds_to(macs: u64, unit: u64, published: u64) -> bool {
    (macs + unit / 2) / unit == published
}

// ResNeXt50_32X4D_Weights.IMAGENET1K_V1: 25,028,904 params, `_ops` 4.23.
// Batch norm: 64 (stem) + 1,792 + 4,608 + 13,312 + 14,336 (layer1 to 4)
// = 34,112 channels; a stage of width w, output 4p and n blocks has
// (w + w + 4p) * n + 4p (the projection): layer1 (128 + 128 + 256) * 3 + 256.
const _: () = assert!(ResNeXt50::PARAMS == 25_028_904);
const _: () = assert!(ResNeXt50::NON_TRAINABLE_PARAMS == 2 * 34_112);
const _: () = assert!(ResNeXt50::MACS == 4_230_479_872);
const _: () = assert!(rounds_to(ResNeXt50::MACS, 10_000_000, 423));
const _: () = assert!(ResNeXt50::LAYER1.output.same_as(&spatial(56, 56, 256)));
const _: () = assert!(ResNeXt50::LAYER4.output.same_as(&spatial(7, 7, 2048)));

// Wide_ResNet50_2_Weights.IMAGENET1K_V1: 68,883,240 params, `_ops` 11.398.
// The same batch norm widths as ResNeXt-50: 34,112 channels.
const _: () = assert!(WideResNet50::PARAMS == 68_883_240);
const _: () = assert!(WideResNet50::NON_TRAINABLE_PARAMS == 2 * 34_112);
const _: () = assert!(WideResNet50::MACS == 11_398_021_120);
const _: () = assert!(rounds_to(WideResNet50::MACS, 1_000_000, 11_398));
// Only the 3x3 convs differ (groups 32 against 1), 3x3x(w/32) against
// 3x3xw weights: (1 - 1/32) * 9 * (128^2*3 + 256^2*4 + 512^2*6 + 1024^2*3)
// = 43,854,336 more parameters in the wide network.
const _: () = assert!(WideResNet50::PARAMS - ResNeXt50::PARAMS == 43_854_336);

// MobileNet_V3_Large_Weights.IMAGENET1K_V1: 5,483,032 params, `_ops`
// 0.217. Batch norm: 16 (stem) + 32 + 320 + 744 + 4,464 + 5,664 (stages
// 1 to 5) + 960 (head) = 12,200 channels.
const _: () = assert!(MobileNetV3Large::PARAMS == 5_483_032);
const _: () = assert!(MobileNetV3Large::NON_TRAINABLE_PARAMS == 2 * 12_200);
const _: () = assert!(MobileNetV3Large::MACS == 216_589_760);
const _: () = assert!(rounds_to(MobileNetV3Large::MACS, 1_000_000, 217));
const _: () = assert!(MobileNetV3Large::STAGE3
    .output
    .same_as(&spatial(28, 28, 40)));

// MobileNet_V3_Small_Weights.IMAGENET1K_V1: 2,542,856 params, `_ops`
// 0.057. Batch norm: 16 + 32 + 368 + 1,896 + 3,168 + 576 = 6,056 channels.
const _: () = assert!(MobileNetV3Small::PARAMS == 2_542_856);
const _: () = assert!(MobileNetV3Small::NON_TRAINABLE_PARAMS == 2 * 6_056);
const _: () = assert!(MobileNetV3Small::MACS == 56_510_400);
const _: () = assert!(rounds_to(MobileNetV3Small::MACS, 1_000_000, 57));
// The classifier: 576*1024 + 1024 and 1024*1000 + 1000.
const _: () = assert!(MobileNetV3Small::CLASSIFIER.params == 1_615_848);

// EfficientNet_B0_Weights.IMAGENET1K_V1: 5,288,548 params, `_ops` 0.386.
// Batch norm: 32 (stem) + 48 + 528 + 848 + 2,640 + 3,984 + 9,024 + 2,624
// (stages 1 to 7) + 1,280 (head) = 21,008 channels.
const _: () = assert!(EfficientNetB0::PARAMS == 5_288_548);
const _: () = assert!(EfficientNetB0::NON_TRAINABLE_PARAMS == 2 * 21_008);
const _: () = assert!(EfficientNetB0::MACS == 385_814_752);
const _: () = assert!(rounds_to(EfficientNetB0::MACS, 1_000_000, 386));
// The paper's Table 1: 112, 112, 56, 28, 14, 14, 7, 7 and 7.
const _: () = assert!(EfficientNetB0::STAGE1
    .output
    .same_as(&spatial(112, 112, 16)));
const _: () = assert!(EfficientNetB0::STAGE5.output.same_as(&spatial(14, 14, 112)));

// RegNet_Y_400MF_Weights.IMAGENET1K_V1: 4,344,144 params, `_ops` 0.4.
// Batch norm: 32 (stem) + 4*48 + (4*104 + 2*3*104) + (4*208 + 5*3*208)
// + (4*440 + 5*3*440) = 13,576 channels (a stage's first block has four,
// with its projection; the others three).
const _: () = assert!(RegNetY400MF::PARAMS == 4_344_144);
const _: () = assert!(RegNetY400MF::NON_TRAINABLE_PARAMS == 2 * 13_576);
const _: () = assert!(RegNetY400MF::MACS == 401_842_848);
const _: () = assert!(rounds_to(RegNetY400MF::MACS, 100_000_000, 4));
const _: () = assert!(RegNetY400MF::BLOCK4.output.same_as(&spatial(7, 7, 440)));

// MNASNet1_0_Weights.IMAGENET1K_V1: 4,383,312 params, `_ops` 0.314.
// Batch norm: 32 + 48 + 456 + 744 + 2,640 + 2,304 + 8,832 + 2,624 + 1,280
// = 18,960 channels.
const _: () = assert!(MnasNet::PARAMS == 4_383_312);
const _: () = assert!(MnasNet::NON_TRAINABLE_PARAMS == 2 * 18_960);
const _: () = assert!(MnasNet::MACS == 314_415_872);
const _: () = assert!(rounds_to(MnasNet::MACS, 1_000_000, 314));

// Inception_V3_Weights.IMAGENET1K_V1: 27,161,264 params, `_ops` 5.713, at
// 299x299. The published parameter count includes the auxiliary
// classifier (`aux_logits=True`, the model the weights are loaded into);
// the MACs do not (the head does not run in eval mode).
// Batch norm: 400 (the five stem convs) + 1,456 (Mixed_5b to 5d) + 640
// (6a) + 6,912 (6b to 6e, 6*c7 + 768 each) + 1,280 (7a) + 6,528 (7b, 7c)
// = 17,216 channels; the auxiliary head 128 + 768 = 896 more.
const _: () = assert!(InceptionV3::PARAMS == 23_834_568);
const _: () = assert!(InceptionV3Aux::PARAMS == 3_326_696);
const _: () = assert!(InceptionV3::PARAMS + InceptionV3Aux::PARAMS == 27_161_264);
const _: () = assert!(InceptionV3::NON_TRAINABLE_PARAMS == 2 * 17_216);
const _: () = assert!(InceptionV3Aux::NON_TRAINABLE_PARAMS == 2 * 896);
const _: () = assert!(InceptionV3::MACS == 5_713_216_096);
const _: () = assert!(rounds_to(InceptionV3::MACS, 1_000_000, 5_713));
const _: () = assert!(InceptionV3::MIXED_6E.output.same_as(&InceptionV3Aux::INPUT));
const _: () = assert!(InceptionV3::MIXED_7B.output.same_as(&spatial(8, 8, 2048)));

// The squeeze-excite gates of the 7x7 stages once made `cnn!` reject these
// networks: the receptive-field analysis took the gate's jump (multiplied
// by the map size at `gap`) for the `mul`, and stacked gates overflowed
// `u64`. Now a global layer keeps the jump; the gate still sees the whole
// map. A squeeze with `gap` and one with `avgpool 7 stride 1` on a 7x7 map
// agree on every count and on the field.
cnn! {
    struct GapExcite {
        input 7x7x440;
        residual {
            conv 1x1x440 nobias; bn; relu;
            mul { {} { gap; conv 1x1x110; relu; conv 1x1x440; sigmoid; } }
        }
    }
    struct PoolExcite {
        input 7x7x440;
        residual {
            conv 1x1x440 nobias; bn; relu;
            mul { {} { avgpool 7 stride 1; conv 1x1x110; relu; conv 1x1x440; sigmoid; } }
        }
    }
}
const _: () = assert!(GapExcite::PARAMS == PoolExcite::PARAMS);
const _: () = assert!(GapExcite::MACS == PoolExcite::MACS);
const _: () = assert!(GapExcite::OUTPUT.same_as(&PoolExcite::OUTPUT));
const _: () = assert!(GapExcite::LAYERS[1].receptive_field.size[0] == 7);
const _: () = assert!(GapExcite::LAYERS[1].receptive_field.jump[0] == 1);

#[test]
fn every_model_has_its_summary() {
    let expected = [
        ("ResNeXt50", ResNeXt50::summary().to_string(), "25,028,904"),
        (
            "WideResNet50",
            WideResNet50::summary().to_string(),
            "68,883,240",
        ),
        (
            "MobileNetV3Small",
            MobileNetV3Small::summary().to_string(),
            "2,542,856",
        ),
        (
            "MobileNetV3Large",
            MobileNetV3Large::summary().to_string(),
            "5,483,032",
        ),
        (
            "EfficientNetB0",
            EfficientNetB0::summary().to_string(),
            "5,288,548",
        ),
        (
            "RegNetY400MF",
            RegNetY400MF::summary().to_string(),
            "4,344,144",
        ),
        ("MnasNet", MnasNet::summary().to_string(), "4,383,312"),
        (
            "InceptionV3",
            InceptionV3::summary().to_string(),
            "23,834,568",
        ),
    ];
    for (name, summary, params) in expected {
        assert!(
            summary.starts_with(&format!("Model: \"{name}\"")),
            "{summary}"
        );
        assert!(
            summary.contains(&format!("Trainable params: {params} ")),
            "{summary}"
        );
    }
}
