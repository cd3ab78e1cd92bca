//! More of torchvision's models (`examples/zoo/`), against counts measured
//! with torch itself: EfficientNet-B3 at 300x300, EfficientNetV2-S at
//! 384x384, RegNetY-1.6GF, ConvNeXt-Tiny and ShuffleNetV2 1.0x at 224x224,
//! and the segmentation models FCN-ResNet50, DeepLabV3-ResNet50 and
//! LRASPP-MobileNetV3-Large at 520x520 (without the auxiliary classifier),
//! and the video ResNets R3D-18, MC3-18 and R(2+1)D-18 on 16x112x112 clips
//! (keys `r3d_18`, `mc3_18` and `r2plus1d_18`); and a U-Net and M5 (a 1-D
//! network on raw audio), against independent counts (see their sections).
//!
//! Source: `/work/shared/torchvision-counts.json`, torchvision 0.29.2
//! (torch 2.15.0), keys `efficientnet_b3`, `efficientnet_v2_s`,
//! `regnet_y_1_6gf`, `convnext_tiny`, `shufflenet_v2_x1_0`,
//! `fcn_resnet50`, `deeplabv3_resnet50` and `lraspp_mobilenet_v3_large`,
//! each model built with `weights=None` in eval mode and
//! measured at batch 1 on the crop size of its published weights:
//! - `params`: `sum(p.numel() for p in model.parameters())`, our `PARAMS`;
//! - `buffers`: every buffer but `num_batches_tracked`, here batch norm's
//!   running mean and variance, our `NON_TRAINABLE_PARAMS`;
//! - `macs`: `torch.utils.flop_counter.FlopCounterMode` on meta tensors,
//!   flops / 2, our `MACS`;
//! - `published_num_params` and `published_gflops`: the weights' meta
//!   (`num_params`, `_ops`).
//!
//! The numbers below are copied from that file, not worked out from
//! `cnn!`. torchvision's `_ops` ("GFLOPS" in its tables) counts
//! multiply-accumulates: `published_gflops` is `macs / 1e9` rounded to 3
//! decimals (1,827,141,392 MACs and 1.827 for B3), not `2 * macs / 1e9`
//! (which would be 3.654).
//!
//! The networks are the example's own files, so the example is what is
//! checked.

#[path = "../../examples/zoo/efficientnet.rs"]
mod efficientnet;
#[path = "../../examples/zoo/regnet.rs"]
mod regnet;

use cnn::Shape;
use efficientnet::{EfficientNetB3, EfficientNetV2S};
use regnet::RegNetY1_6GF;

const fn spatial(height: u64, width: u64, channels: u64) -> Shape {
    Shape::Spatial {
        height,
        width,
        channels,
    }
}

/// `macs / 1e9` rounded to 3 decimals, in thousandths: what torchvision
/// publishes as `_ops` (1.827 is 1_827).
const fn published_gflops_thousandths(macs: u64) -> u64 {
    (macs + 500_000) / 1_000_000
}

// efficientnet_b3: params 12233232, buffers 87296, macs 1827141392,
// published_num_params 12233232, published_gflops 1.827; input 300x300x3.
const _: () = assert!(EfficientNetB3::INPUT.same_as(&spatial(300, 300, 3)));
const _: () = assert!(EfficientNetB3::OUTPUT.same_as(&Shape::Flat(1000)));
const _: () = assert!(EfficientNetB3::PARAMS == 12_233_232);
const _: () = assert!(EfficientNetB3::NON_TRAINABLE_PARAMS == 87_296);
const _: () = assert!(EfficientNetB3::TOTAL_PARAMS == 12_233_232 + 87_296);
const _: () = assert!(EfficientNetB3::MACS == 1_827_141_392);
const _: () = assert!(published_gflops_thousandths(EfficientNetB3::MACS) == 1_827);
// The maps of torchvision's 300x300 model: 150, 150, 75, 38, 19, 19, 10, 10.
const _: () = assert!(EfficientNetB3::STAGE1
    .output
    .same_as(&spatial(150, 150, 24)));
const _: () = assert!(EfficientNetB3::STAGE3.output.same_as(&spatial(38, 38, 48)));
const _: () = assert!(EfficientNetB3::STAGE7.output.same_as(&spatial(10, 10, 384)));
const _: () = assert!(EfficientNetB3::HEAD.output.same_as(&spatial(10, 10, 1536)));

// efficientnet_v2_s: params 21458488, buffers 153872, macs 8365617152,
// published_num_params 21458488, published_gflops 8.366; input 384x384x3.
const _: () = assert!(EfficientNetV2S::INPUT.same_as(&spatial(384, 384, 3)));
const _: () = assert!(EfficientNetV2S::OUTPUT.same_as(&Shape::Flat(1000)));
const _: () = assert!(EfficientNetV2S::PARAMS == 21_458_488);
const _: () = assert!(EfficientNetV2S::NON_TRAINABLE_PARAMS == 153_872);
const _: () = assert!(EfficientNetV2S::TOTAL_PARAMS == 21_458_488 + 153_872);
const _: () = assert!(EfficientNetV2S::MACS == 8_365_617_152);
const _: () = assert!(published_gflops_thousandths(EfficientNetV2S::MACS) == 8_366);
const _: () = assert!(EfficientNetV2S::STAGE3.output.same_as(&spatial(48, 48, 64)));
const _: () = assert!(EfficientNetV2S::STAGE6
    .output
    .same_as(&spatial(12, 12, 256)));
const _: () = assert!(EfficientNetV2S::HEAD.output.same_as(&spatial(12, 12, 1280)));

// regnet_y_1_6gf: params 11202430, buffers 52672, macs 1612076160,
// published_num_params 11202430, published_gflops 1.612; input 224x224x3.
const _: () = assert!(RegNetY1_6GF::INPUT.same_as(&spatial(224, 224, 3)));
const _: () = assert!(RegNetY1_6GF::OUTPUT.same_as(&Shape::Flat(1000)));
const _: () = assert!(RegNetY1_6GF::PARAMS == 11_202_430);
const _: () = assert!(RegNetY1_6GF::NON_TRAINABLE_PARAMS == 52_672);
const _: () = assert!(RegNetY1_6GF::TOTAL_PARAMS == 11_202_430 + 52_672);
const _: () = assert!(RegNetY1_6GF::MACS == 1_612_076_160);
const _: () = assert!(published_gflops_thousandths(RegNetY1_6GF::MACS) == 1_612);
// The stages torchvision derives: 48, 120, 336 and 888 wide.
const _: () = assert!(RegNetY1_6GF::BLOCK1.output.same_as(&spatial(56, 56, 48)));
const _: () = assert!(RegNetY1_6GF::BLOCK2.output.same_as(&spatial(28, 28, 120)));
const _: () = assert!(RegNetY1_6GF::BLOCK3.output.same_as(&spatial(14, 14, 336)));
const _: () = assert!(RegNetY1_6GF::BLOCK4.output.same_as(&spatial(7, 7, 888)));

/// Each model's summary against its published figures: (name, summary,
/// MACs, `published_num_params` as the summary writes it,
/// `published_gflops` as torchvision's file spells it, which is
/// `macs / 1e9` to 3 decimals).
fn published(expected: &[(&str, String, u64, &str, &str)]) {
    for (name, summary, macs, params, gflops) in expected {
        assert!(
            summary.starts_with(&format!("Model: \"{name}\"")),
            "{summary}"
        );
        assert!(
            summary.contains(&format!("Trainable params: {params} ")),
            "{summary}"
        );
        assert_eq!(format!("{:.3}", *macs as f64 / 1e9), *gflops, "{name}");
    }
}

/// The JSON's numbers once more at run time: `published_num_params`
/// against the summary's table, `published_gflops` as the file spells it,
/// `macs / 1e9` to 3 decimals.
#[test]
fn summaries_and_published_figures() {
    // (name, summary, macs, published_num_params, published_gflops)
    let expected = [
        (
            "EfficientNetB3",
            EfficientNetB3::summary().to_string(),
            EfficientNetB3::MACS,
            "12,233,232",
            "1.827",
        ),
        (
            "EfficientNetV2S",
            EfficientNetV2S::summary().to_string(),
            EfficientNetV2S::MACS,
            "21,458,488",
            "8.366",
        ),
        (
            "RegNetY1_6GF",
            RegNetY1_6GF::summary().to_string(),
            RegNetY1_6GF::MACS,
            "11,202,430",
            "1.612",
        ),
    ];
    published(&expected);
}

#[path = "../../examples/zoo/convnext.rs"]
mod convnext;

use convnext::ConvNeXtTiny;

// convnext_tiny (`/work/shared/torchvision-counts.json`): params 28589128,
// buffers 0, macs 4455531264, published_num_params 28589128,
// published_gflops 4.456; input 224x224x3. No batch norm: nothing
// non-trainable (layer norm has no running statistics).
const _: () = assert!(ConvNeXtTiny::INPUT.same_as(&spatial(224, 224, 3)));
const _: () = assert!(ConvNeXtTiny::OUTPUT.same_as(&Shape::Flat(1000)));
const _: () = assert!(ConvNeXtTiny::PARAMS == 28_589_128);
const _: () = assert!(ConvNeXtTiny::NON_TRAINABLE_PARAMS == 0);
const _: () = assert!(ConvNeXtTiny::MACS == 4_455_531_264);
const _: () = assert!(published_gflops_thousandths(ConvNeXtTiny::MACS) == 4_456);
// The four stages at strides 4, 8, 16 and 32.
const _: () = assert!(ConvNeXtTiny::STAGE1.output.same_as(&spatial(56, 56, 96)));
const _: () = assert!(ConvNeXtTiny::STAGE2.output.same_as(&spatial(28, 28, 192)));
const _: () = assert!(ConvNeXtTiny::STAGE3.output.same_as(&spatial(14, 14, 384)));
const _: () = assert!(ConvNeXtTiny::STAGE4.output.same_as(&spatial(7, 7, 768)));

#[path = "../../examples/zoo/shufflenet.rs"]
mod shufflenet;

use shufflenet::ShuffleNetV2;

// shufflenet_v2_x1_0 (`/work/shared/torchvision-counts.json`): params
// 2278604, buffers 16180, macs 144907992, published_num_params 2278604,
// published_gflops 0.145; input 224x224x3.
const _: () = assert!(ShuffleNetV2::INPUT.same_as(&spatial(224, 224, 3)));
const _: () = assert!(ShuffleNetV2::OUTPUT.same_as(&Shape::Flat(1000)));
const _: () = assert!(ShuffleNetV2::PARAMS == 2_278_604);
const _: () = assert!(ShuffleNetV2::NON_TRAINABLE_PARAMS == 16_180);
const _: () = assert!(ShuffleNetV2::TOTAL_PARAMS == 2_278_604 + 16_180);
const _: () = assert!(ShuffleNetV2::MACS == 144_907_992);
const _: () = assert!(published_gflops_thousandths(ShuffleNetV2::MACS) == 145);
// torchvision's stages_out_channels [24, 116, 232, 464, 1024].
const _: () = assert!(ShuffleNetV2::STEM.output.same_as(&spatial(56, 56, 24)));
const _: () = assert!(ShuffleNetV2::STAGE2.output.same_as(&spatial(28, 28, 116)));
const _: () = assert!(ShuffleNetV2::STAGE3.output.same_as(&spatial(14, 14, 232)));
const _: () = assert!(ShuffleNetV2::STAGE4.output.same_as(&spatial(7, 7, 464)));
const _: () = assert!(ShuffleNetV2::CONV5.output.same_as(&spatial(7, 7, 1024)));

#[path = "../../examples/zoo/segmentation.rs"]
mod segmentation;

use segmentation::{DeepLabV3ResNet50, FcnResNet50, LrasppMobileNetV3Large};

/// The auxiliary classifier the published segmentation weights carry and
/// `aux_loss=False` leaves out: torchvision's `FCNHead(1024, 21)` on
/// ResNet-50's `layer3` (65x65x1024), a 3x3 conv to 256 without bias,
/// batch norm, and a 1x1 conv with bias to 21 classes. Worked out by hand,
/// layer by layer, not from `cnn!`.
const AUX_PARAMS: u64 = 3 * 3 * 1024 * 256 + 2 * 256 + 256 * 21 + 21;
const AUX_MACS: u64 = 65 * 65 * (3 * 3 * 1024 * 256 + 256 * 21);
const _: () = assert!(AUX_PARAMS == 2_365_205);

// fcn_resnet50 (`/work/shared/torchvision-counts.json`): params 32957013,
// buffers 54144, macs 142725772800, published_num_params 35322218,
// published_gflops 152.717; input 520x520x3, output 520x520x21. The
// published figures include the auxiliary classifier: 32,957,013 +
// 2,365,205 = 35,322,218 and 142,725,772,800 + 9,990,739,200 MACs =
// 152.717 G.
const _: () = assert!(FcnResNet50::INPUT.same_as(&spatial(520, 520, 3)));
const _: () = assert!(FcnResNet50::OUTPUT.same_as(&spatial(520, 520, 21)));
const _: () = assert!(FcnResNet50::PARAMS == 32_957_013);
const _: () = assert!(FcnResNet50::NON_TRAINABLE_PARAMS == 54_144);
const _: () = assert!(FcnResNet50::TOTAL_PARAMS == 32_957_013 + 54_144);
const _: () = assert!(FcnResNet50::MACS == 142_725_772_800);
const _: () = assert!(FcnResNet50::PARAMS + AUX_PARAMS == 35_322_218);
const _: () = assert!(published_gflops_thousandths(FcnResNet50::MACS + AUX_MACS) == 152_717);
// Output stride 8: layer3 and layer4 dilate instead of striding.
const _: () = assert!(FcnResNet50::LAYER2.output.same_as(&spatial(65, 65, 512)));
const _: () = assert!(FcnResNet50::LAYER4.output.same_as(&spatial(65, 65, 2048)));
const _: () = assert!(FcnResNet50::HEAD.output.same_as(&spatial(65, 65, 21)));

// deeplabv3_resnet50 (`/work/shared/torchvision-counts.json`): params
// 39638869, buffers 56704, macs 168731205888, published_num_params
// 42004074, published_gflops 178.722; input 520x520x3, output
// 520x520x21. The published figures include the same auxiliary
// classifier.
const _: () = assert!(DeepLabV3ResNet50::INPUT.same_as(&spatial(520, 520, 3)));
const _: () = assert!(DeepLabV3ResNet50::OUTPUT.same_as(&spatial(520, 520, 21)));
const _: () = assert!(DeepLabV3ResNet50::PARAMS == 39_638_869);
const _: () = assert!(DeepLabV3ResNet50::NON_TRAINABLE_PARAMS == 56_704);
const _: () = assert!(DeepLabV3ResNet50::TOTAL_PARAMS == 39_638_869 + 56_704);
const _: () = assert!(DeepLabV3ResNet50::MACS == 168_731_205_888);
const _: () = assert!(DeepLabV3ResNet50::PARAMS + AUX_PARAMS == 42_004_074);
const _: () = assert!(published_gflops_thousandths(DeepLabV3ResNet50::MACS + AUX_MACS) == 178_722);
const _: () = assert!(DeepLabV3ResNet50::LAYER4
    .output
    .same_as(&spatial(65, 65, 2048)));
const _: () = assert!(DeepLabV3ResNet50::ASPP
    .output
    .same_as(&spatial(65, 65, 256)));

// lraspp_mobilenet_v3_large (`/work/shared/torchvision-counts.json`):
// params 3221538, buffers 24656, macs 2086219688, published_num_params
// 3221538, published_gflops 2.086; input 520x520x3, output 520x520x21. No
// auxiliary classifier here.
const _: () = assert!(LrasppMobileNetV3Large::INPUT.same_as(&spatial(520, 520, 3)));
const _: () = assert!(LrasppMobileNetV3Large::OUTPUT.same_as(&spatial(520, 520, 21)));
const _: () = assert!(LrasppMobileNetV3Large::PARAMS == 3_221_538);
const _: () = assert!(LrasppMobileNetV3Large::NON_TRAINABLE_PARAMS == 24_656);
const _: () = assert!(LrasppMobileNetV3Large::TOTAL_PARAMS == 3_221_538 + 24_656);
const _: () = assert!(LrasppMobileNetV3Large::MACS == 2_086_219_688);
const _: () = assert!(published_gflops_thousandths(LrasppMobileNetV3Large::MACS) == 2_086);
// The low features at output stride 8, the high ones at 16 (dilated last stage).
const _: () = assert!(LrasppMobileNetV3Large::LOW
    .output
    .same_as(&spatial(65, 65, 40)));
const _: () = assert!(LrasppMobileNetV3Large::HIGH
    .output
    .same_as(&spatial(33, 33, 960)));
const _: () = assert!(LrasppMobileNetV3Large::LRASPP
    .output
    .same_as(&spatial(33, 33, 128)));

#[path = "../../examples/zoo/unet.rs"]
mod unet;

use unet::{UNet, UNetBn};

// U-Net has no torchvision counterpart. Its expected counts come from
// `scripts/unet_counts.py` (plain arithmetic over PyTorch's layers, run as
// `python3 scripts/unet_counts.py 512 1 2`):
//   paper: 512x512x1, 2 classes: params 31030658, buffers 0, macs 192384335872
//   milesial: 512x512x1, 2 classes: params 31036546, buffers 11776, macs 192384335872
// Both parameter counts are also what others publish: 31,030,658 is the
// total of Keras summaries of the paper's (unpadded, 572 -> 388) U-Net,
// 31,036,546 the `torchsummary` total quoted for a milesial-style
// UNet(n_channels=1, n_classes=2). (31,031,685, sometimes quoted for
// "U-Net", is zhixuhao's Keras variant on a 256x256x1 input, with
// upsampling and 2x2 convs and a 2-channel conv before a 1-channel
// sigmoid: a different network.)
const _: () = assert!(UNet::INPUT.same_as(&spatial(512, 512, 1)));
const _: () = assert!(UNet::OUTPUT.same_as(&spatial(512, 512, 2)));
const _: () = assert!(UNet::PARAMS == 31_030_658);
const _: () = assert!(UNet::NON_TRAINABLE_PARAMS == 0);
const _: () = assert!(UNet::MACS == 192_384_335_872);
const _: () = assert!(UNet::BOTTOM.output.same_as(&spatial(32, 32, 1024)));
const _: () = assert!(UNet::UP4.output.same_as(&spatial(64, 64, 512)));
const _: () = assert!(UNet::DEC4.output.same_as(&spatial(64, 64, 512)));
const _: () = assert!(UNet::DEC1.output.same_as(&spatial(512, 512, 64)));

const _: () = assert!(UNetBn::OUTPUT.same_as(&spatial(512, 512, 2)));
const _: () = assert!(UNetBn::PARAMS == 31_036_546);
const _: () = assert!(UNetBn::NON_TRAINABLE_PARAMS == 11_776);
const _: () = assert!(UNetBn::MACS == 192_384_335_872);

/// The JSON's published figures for the models added with the new layer
/// kinds, at run time: the summary's trainable total against `params`
/// (`published_num_params` where there is no auxiliary head), and
/// `published_gflops` as the file spells it.
#[test]
fn modern_layer_kinds_summaries() {
    // (name, summary, macs including any auxiliary head, params, published_gflops)
    let expected = [
        (
            "ConvNeXtTiny",
            ConvNeXtTiny::summary().to_string(),
            ConvNeXtTiny::MACS,
            "28,589,128",
            "4.456",
        ),
        (
            "ShuffleNetV2",
            ShuffleNetV2::summary().to_string(),
            ShuffleNetV2::MACS,
            "2,278,604",
            "0.145",
        ),
        (
            "FcnResNet50",
            FcnResNet50::summary().to_string(),
            FcnResNet50::MACS + AUX_MACS,
            "32,957,013",
            "152.717",
        ),
        (
            "DeepLabV3ResNet50",
            DeepLabV3ResNet50::summary().to_string(),
            DeepLabV3ResNet50::MACS + AUX_MACS,
            "39,638,869",
            "178.722",
        ),
        (
            "LrasppMobileNetV3Large",
            LrasppMobileNetV3Large::summary().to_string(),
            LrasppMobileNetV3Large::MACS,
            "3,221,538",
            "2.086",
        ),
    ];
    published(&expected);
}

#[path = "../../examples/zoo/video.rs"]
mod video;

use video::{R2Plus1D18, MC3_18, R3D18};

// The video models take a 16-frame 112x112 RGB clip, frames first.
const CLIP: Shape = Shape::volume(16, 112, 112, 3);

// r3d_18 (`/work/shared/torchvision-counts.json`): params 33371472,
// buffers 9600, macs 40696553472, published_num_params 33371472,
// published_gflops 40.697; input 16x112x112x3, output 400.
const _: () = assert!(R3D18::INPUT.same_as(&CLIP));
const _: () = assert!(R3D18::OUTPUT.same_as(&Shape::Flat(400)));
const _: () = assert!(R3D18::PARAMS == 33_371_472);
const _: () = assert!(R3D18::NON_TRAINABLE_PARAMS == 9_600);
const _: () = assert!(R3D18::TOTAL_PARAMS == 33_371_472 + 9_600);
const _: () = assert!(R3D18::MACS == 40_696_553_472);
const _: () = assert!(published_gflops_thousandths(R3D18::MACS) == 40_697);
// Stride 2 on every axis from layer2 on: 16 frames, then 8, 4 and 2.
const _: () = assert!(R3D18::STEM.output.same_as(&Shape::volume(16, 56, 56, 64)));
const _: () = assert!(R3D18::LAYER2.output.same_as(&Shape::volume(8, 28, 28, 128)));
const _: () = assert!(R3D18::LAYER4.output.same_as(&Shape::volume(2, 7, 7, 512)));

// mc3_18 (`/work/shared/torchvision-counts.json`): params 11695440,
// buffers 9600, macs 43342635008, published_num_params 11695440,
// published_gflops 43.343; input 16x112x112x3, output 400.
const _: () = assert!(MC3_18::INPUT.same_as(&CLIP));
const _: () = assert!(MC3_18::OUTPUT.same_as(&Shape::Flat(400)));
const _: () = assert!(MC3_18::PARAMS == 11_695_440);
const _: () = assert!(MC3_18::NON_TRAINABLE_PARAMS == 9_600);
const _: () = assert!(MC3_18::TOTAL_PARAMS == 11_695_440 + 9_600);
const _: () = assert!(MC3_18::MACS == 43_342_635_008);
const _: () = assert!(published_gflops_thousandths(MC3_18::MACS) == 43_343);
// Conv3DNoTemporal strides only in space: all 16 frames reach layer4.
const _: () = assert!(MC3_18::LAYER4.output.same_as(&Shape::volume(16, 7, 7, 512)));

// r2plus1d_18 (`/work/shared/torchvision-counts.json`): params 31505325,
// buffers 25350, macs 40519080960, published_num_params 31505325,
// published_gflops 40.519; input 16x112x112x3, output 400.
const _: () = assert!(R2Plus1D18::INPUT.same_as(&CLIP));
const _: () = assert!(R2Plus1D18::OUTPUT.same_as(&Shape::Flat(400)));
const _: () = assert!(R2Plus1D18::PARAMS == 31_505_325);
const _: () = assert!(R2Plus1D18::NON_TRAINABLE_PARAMS == 25_350);
const _: () = assert!(R2Plus1D18::TOTAL_PARAMS == 31_505_325 + 25_350);
const _: () = assert!(R2Plus1D18::MACS == 40_519_080_960);
const _: () = assert!(published_gflops_thousandths(R2Plus1D18::MACS) == 40_519);
const _: () = assert!(R2Plus1D18::STEM
    .output
    .same_as(&Shape::volume(16, 56, 56, 64)));
const _: () = assert!(R2Plus1D18::LAYER3
    .output
    .same_as(&Shape::volume(4, 14, 14, 256)));

/// torchvision's `midplanes`, `(in*out*3*3*3) // (in*3*3 + 3*out)`, worked
/// out here from its formula, not from `cnn!`: the widths written in
/// `examples/zoo/video.rs`. A block's second conv reuses its first one's.
#[test]
fn r2plus1d_midplanes() {
    let midplanes = |i: u64, o: u64| (i * o * 27) / (i * 9 + 3 * o);
    let widths = [
        (64, 64, 144),
        (64, 128, 230),
        (128, 128, 288),
        (128, 256, 460),
        (256, 256, 576),
        (256, 512, 921),
        (512, 512, 1152),
    ];
    for (i, o, mid) in widths {
        assert_eq!(midplanes(i, o), mid, "{i} to {o}");
    }
    let source = include_str!("../../examples/zoo/video.rs");
    for (_, o, mid) in widths {
        assert!(source.contains(&format!("conv 1x3x3x{mid} ")), "{mid}");
        assert!(source.contains(&format!("conv 3x1x1x{o} ")), "{o}");
    }
}

/// The video models' summaries against the JSON's `published_num_params`
/// and `published_gflops`, at run time.
#[test]
fn video_summaries() {
    let expected = [
        (
            "R3D18",
            R3D18::summary().to_string(),
            R3D18::MACS,
            "33,371,472",
            "40.697",
        ),
        (
            "MC3_18",
            MC3_18::summary().to_string(),
            MC3_18::MACS,
            "11,695,440",
            "43.343",
        ),
        (
            "R2Plus1D18",
            R2Plus1D18::summary().to_string(),
            R2Plus1D18::MACS,
            "31,505,325",
            "40.519",
        ),
    ];
    published(&expected);
}

#[path = "../../examples/zoo/audio.rs"]
mod audio;

use audio::M5;

// M5 of the PyTorch tutorial "Speech Command Classification with
// torchaudio" (n_channel=32, stride=16, 35 classes) on 8000 samples. Not in
// the torchvision file; the numbers come from elsewhere, not from `cnn!`:
// - params 26,915: the tutorial's printed `count_parameters(model)` (its
//   source, github:pytorch/tutorials `intermediate_source/
//   speech_command_classification_with_torchaudio_tutorial.py`, prints it;
//   the output "Number of parameters: 26915" is quoted by others who ran
//   it), and `scripts/m5_counts.py`, by arithmetic and by torch 2.15;
// - buffers 384 (4 batch norms of 32, 32, 64 and 64 channels, mean and
//   variance) and macs 1,880,256 (FlopCounterMode on meta tensors,
//   flops / 2): `scripts/m5_counts.py`, by arithmetic and by torch, which
//   agree. Its output is [1, 1, 35], ours 35.
const _: () = assert!(M5::INPUT.same_as(&Shape::sequence(8000, 1)));
const _: () = assert!(M5::OUTPUT.same_as(&Shape::Flat(35)));
const _: () = assert!(M5::PARAMS == 26_915);
const _: () = assert!(M5::NON_TRAINABLE_PARAMS == 384);
const _: () = assert!(M5::MACS == 1_880_256);
// The lengths the tutorial's model computes: (8000 - 80) / 16 + 1 = 496,
// pooled to 124; 122 -> 30; 28 -> 7; 5 -> 1.
const _: () = assert!(M5::BLOCK1.output.same_as(&Shape::sequence(124, 32)));
const _: () = assert!(M5::BLOCK2.output.same_as(&Shape::sequence(30, 32)));
const _: () = assert!(M5::BLOCK3.output.same_as(&Shape::sequence(7, 64)));
const _: () = assert!(M5::BLOCK4.output.same_as(&Shape::sequence(1, 64)));

#[test]
fn m5_summary() {
    let summary = M5::summary().to_string();
    assert!(summary.starts_with("Model: \"M5\""), "{summary}");
    assert!(summary.contains("Trainable params: 26,915 "), "{summary}");
    assert!(summary.contains("Non-trainable params: 384 "), "{summary}");
    assert!(summary.contains("Total MACs: 1,880,256 "), "{summary}");
}
