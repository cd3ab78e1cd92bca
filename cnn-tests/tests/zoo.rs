//! The model zoo (`examples/zoo/`) against torchvision's published numbers.
//!
//! Source of every count: torchvision 0.29, `weights.meta["num_params"]`
//! for the learnable parameters, and `weights.meta["_ops"]` (GFLOPS in the
//! model tables, which torchvision computes as multiply-accumulates) before
//! rounding for the MACs. Non-trainable: batch norm's running mean and
//! variance, 2 per channel, summed over the model's `BatchNorm2d` layers.
//! The networks are the example's own files, so the example is what is
//! checked.

#[path = "../../examples/zoo/alexnet.rs"]
mod alexnet;
#[path = "../../examples/zoo/densenet.rs"]
mod densenet;
#[path = "../../examples/zoo/googlenet.rs"]
mod googlenet;
#[path = "../../examples/zoo/mobilenet.rs"]
mod mobilenet;
#[path = "../../examples/zoo/resnet.rs"]
mod resnet;
#[path = "../../examples/zoo/squeezenet.rs"]
mod squeezenet;
#[path = "../../examples/zoo/vgg.rs"]
mod vgg;

use alexnet::AlexNet;
use cnn::{cnn, Layer, Model, Shape};
use densenet::DenseNet121;
use googlenet::GoogLeNet;
use mobilenet::MobileNetV2;
use resnet::{ResNet18, ResNet50};
use squeezenet::SqueezeNet;
use vgg::{Vgg16, Vgg16Bn};

const fn spatial(height: u64, width: u64, channels: u64) -> Shape {
    Shape::Spatial {
        height,
        width,
        channels,
    }
}

// AlexNet_Weights.IMAGENET1K_V1: 61,100,840 params, 0.714 GFLOPS.
const _: () = assert!(AlexNet::PARAMS == 61_100_840);
const _: () = assert!(AlexNet::NON_TRAINABLE_PARAMS == 0);
const _: () = assert!(AlexNet::MACS == 714_188_480);

// VGG16_Weights.IMAGENET1K_V1: 138,357,544 params, 15.47 GFLOPS.
const _: () = assert!(Vgg16::PARAMS == 138_357_544);
const _: () = assert!(Vgg16::NON_TRAINABLE_PARAMS == 0);
const _: () = assert!(Vgg16::MACS == 15_470_264_320);
// VGG16_BN_Weights.IMAGENET1K_V1: 138,365,992 params; 13 BatchNorm2d
// layers over 2*(64*2+128*2+256*3+512*6) = 8,448 running statistics.
const _: () = assert!(Vgg16Bn::PARAMS == 138_365_992);
const _: () = assert!(Vgg16Bn::NON_TRAINABLE_PARAMS == 8_448);

// ResNet18_Weights.IMAGENET1K_V1: 11,689,512 params, 1.81 GFLOPS.
const _: () = assert!(ResNet18::PARAMS == 11_689_512);
const _: () = assert!(ResNet18::NON_TRAINABLE_PARAMS == 9_600);
const _: () = assert!(ResNet18::MACS == 1_814_073_344);

// ResNet50_Weights.IMAGENET1K_V1: 25,557,032 params, 4.09 GFLOPS.
const _: () = assert!(ResNet50::PARAMS == 25_557_032);
const _: () = assert!(ResNet50::NON_TRAINABLE_PARAMS == 53_120);
const _: () = assert!(ResNet50::MACS == 4_089_184_256);
// The stage outputs of the paper's Table 1 (conv2_x to conv5_x).
const _: () = assert!(ResNet50::LAYER1.output.same_as(&spatial(56, 56, 256)));
const _: () = assert!(ResNet50::LAYER2.output.same_as(&spatial(28, 28, 512)));
const _: () = assert!(ResNet50::LAYER3.output.same_as(&spatial(14, 14, 1024)));
const _: () = assert!(ResNet50::LAYER4.output.same_as(&spatial(7, 7, 2048)));

// MobileNet_V2_Weights.IMAGENET1K_V1: 3,504,872 params, 0.30 GFLOPS.
const _: () = assert!(MobileNetV2::PARAMS == 3_504_872);
const _: () = assert!(MobileNetV2::NON_TRAINABLE_PARAMS == 34_112);
const _: () = assert!(MobileNetV2::MACS == 300_774_272);

// SqueezeNet1_0_Weights.IMAGENET1K_V1: 1,248,424 params, 0.82 GFLOPS.
const _: () = assert!(SqueezeNet::PARAMS == 1_248_424);
const _: () = assert!(SqueezeNet::NON_TRAINABLE_PARAMS == 0);
const _: () = assert!(SqueezeNet::MACS == 818_924_576);
const _: () = assert!(SqueezeNet::FIRE9.output.same_as(&spatial(13, 13, 512)));

// GoogLeNet_Weights.IMAGENET1K_V1 (aux heads dropped, as the pretrained
// model ships): 6,624,904 params, 1.50 GFLOPS.
const _: () = assert!(GoogLeNet::PARAMS == 6_624_904);
const _: () = assert!(GoogLeNet::NON_TRAINABLE_PARAMS == 14_560);
const _: () = assert!(GoogLeNet::MACS == 1_498_376_192);

// DenseNet121_Weights.IMAGENET1K_V1: 7,978,856 params, 2.83 GFLOPS.
const _: () = assert!(DenseNet121::PARAMS == 7_978_856);
const _: () = assert!(DenseNet121::NON_TRAINABLE_PARAMS == 83_648);
const _: () = assert!(DenseNet121::MACS == 2_834_161_664);
// The paper's Table 1: dense blocks end in 256, 512, 1024 and 1024
// channels (64 + 6*32, 128 + 12*32, 256 + 24*32, 512 + 16*32).
const _: () = assert!(DenseNet121::DENSEBLOCK1
    .output
    .same_as(&spatial(56, 56, 256)));
const _: () = assert!(DenseNet121::DENSEBLOCK4
    .output
    .same_as(&spatial(7, 7, 1024)));

// SqueezeNet without `ceil`: the pools round down, the last map is 12x12,
// and torchvision's count of MACs would be 777,221,152 (`_ops` of the same
// layers at floor sizes); parameters do not change.
cnn! {
    struct SqueezeNetFloor {
        input 224x224x3;
        conv 7x7x96 stride 2; relu;
        maxpool 3 stride 2 -> 54x54x96;
        { conv 1x1x16; relu; concat { { conv 1x1x64; relu; } { conv 3x3x64 pad 1; relu; } } }
        { conv 1x1x16; relu; concat { { conv 1x1x64; relu; } { conv 3x3x64 pad 1; relu; } } }
        { conv 1x1x32; relu; concat { { conv 1x1x128; relu; } { conv 3x3x128 pad 1; relu; } } }
        maxpool 3 stride 2 -> 26x26x256;
        { conv 1x1x32; relu; concat { { conv 1x1x128; relu; } { conv 3x3x128 pad 1; relu; } } }
        { conv 1x1x48; relu; concat { { conv 1x1x192; relu; } { conv 3x3x192 pad 1; relu; } } }
        { conv 1x1x48; relu; concat { { conv 1x1x192; relu; } { conv 3x3x192 pad 1; relu; } } }
        { conv 1x1x64; relu; concat { { conv 1x1x256; relu; } { conv 3x3x256 pad 1; relu; } } }
        maxpool 3 stride 2 -> 12x12x512;
        last: { conv 1x1x64; relu; concat { { conv 1x1x256; relu; } { conv 3x3x256 pad 1; relu; } } }
        dropout 0.5; conv 1x1x1000; relu; gap; flatten;
    }
}
const _: () = assert!(SqueezeNetFloor::PARAMS == 1_248_424);
const _: () = assert!(SqueezeNetFloor::MACS == 777_221_152);
const _: () = assert!(SqueezeNetFloor::LAST.output.same_as(&spatial(12, 12, 512)));

/// Every model, for the structural checks.
const MODELS: &[Model] = &[
    AlexNet::MODEL,
    Vgg16::MODEL,
    Vgg16Bn::MODEL,
    ResNet18::MODEL,
    ResNet50::MODEL,
    MobileNetV2::MODEL,
    SqueezeNet::MODEL,
    GoogLeNet::MODEL,
    DenseNet121::MODEL,
    SqueezeNetFloor::MODEL,
];

/// The sum of the leaf layers in `rows` (one block's contents, or the whole
/// network), each counted its `times` times that of every block around it.
fn leaf_sum(rows: &[Layer], field: fn(&Layer) -> u64) -> u64 {
    let mut sum = 0;
    let mut index = 0;
    while index < rows.len() {
        let row = &rows[index];
        let inside = &rows[index + 1..index + 1 + row.rows as usize];
        let value = if row.is_block() {
            leaf_sum(inside, field)
        } else {
            field(row)
        };
        sum += value * row.times;
        index += 1 + row.rows as usize;
    }
    sum
}

#[test]
fn every_block_row_is_the_sum_of_its_contents() {
    for model in MODELS {
        for (index, row) in model.layers.iter().enumerate() {
            if !row.is_block() {
                assert_eq!(row.rows, 0);
                continue;
            }
            let inside = &model.layers[index + 1..index + 1 + row.rows as usize];
            assert!(inside.iter().all(|layer| layer.depth > row.depth));
            assert_eq!(row.params, leaf_sum(inside, |l| l.params), "{row:?}");
            assert_eq!(row.macs, leaf_sum(inside, |l| l.macs), "{row:?}");
            assert_eq!(
                row.non_trainable_params,
                leaf_sum(inside, |l| l.non_trainable_params),
                "{row:?}"
            );
        }
        assert_eq!(model.params, leaf_sum(model.layers, |l| l.params));
        assert_eq!(model.macs, leaf_sum(model.layers, |l| l.macs));
    }
}

#[test]
fn the_zoo_example_prints_every_model() {
    // The example's table is built from the same constants; this checks the
    // names and the learnable counts it shows, from torchvision's tables.
    let expected = [
        ("AlexNet", "61,100,840"),
        ("Vgg16", "138,357,544"),
        ("Vgg16Bn", "138,365,992"),
        ("ResNet18", "11,689,512"),
        ("ResNet50", "25,557,032"),
        ("MobileNetV2", "3,504,872"),
        ("SqueezeNet", "1,248,424"),
        ("GoogLeNet", "6,624,904"),
        ("DenseNet121", "7,978,856"),
    ];
    for (name, params) in expected {
        let summary = match name {
            "AlexNet" => AlexNet::summary(),
            "Vgg16" => Vgg16::summary(),
            "Vgg16Bn" => Vgg16Bn::summary(),
            "ResNet18" => ResNet18::summary(),
            "ResNet50" => ResNet50::summary(),
            "MobileNetV2" => MobileNetV2::summary(),
            "SqueezeNet" => SqueezeNet::summary(),
            "GoogLeNet" => GoogLeNet::summary(),
            _ => DenseNet121::summary(),
        }
        .to_string();
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

// Receptive fields at the last feature map, as tabulated by Araujo et al.,
// "Computing Receptive Fields of Convolutional Neural Networks" (Distill,
// 2019): AlexNet 195 pixels, VGG-16 212 (also worked layer by layer in
// many course notes: 196 after conv5_3, 212 after pool5).
const _: () = assert!(AlexNet::POOL5.receptive_field.size[0] == 195);
const _: () = assert!(AlexNet::POOL5.receptive_field.jump[0] == 32);
const _: () = assert!(Vgg16::STAGE5.receptive_field.size[0] == 212);
const _: () = assert!(Vgg16::STAGE5.receptive_field.size[1] == 212);
const _: () = assert!(Vgg16::STAGE5.receptive_field.jump[0] == 32);
