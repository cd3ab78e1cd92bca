//! The model zoo: classic image classifiers declared as torchvision builds
//! them (224x224 RGB input, 299x299 for Inception v3, 300x300 for
//! EfficientNet-B3, 384x384 for EfficientNetV2-S; 1000 classes), three of
//! its segmentation models (520x520, 21 classes), U-Net (512x512x1, 2
//! classes), its video ResNets R3D-18, MC3-18 and R(2+1)D-18 (16-frame
//! 112x112 clips, `16x112x112x3`, 400 classes) and M5 on a raw waveform
//! (`8000x1`, 35 classes), and three timm models (PoolFormer-S12,
//! ECA-ResNet-26t, ResNet-Blur-18), with blocks, `repeat` and named stages as the
//! papers describe them. Every count is checked in `cnn-tests/tests/zoo.rs`,
//! `cnn-tests/tests/zoo_more.rs`, `cnn-tests/tests/zoo_modern.rs` and
//! `cnn-tests/tests/zoo_timm.rs`: against torchvision's and timm's
//! numbers, and U-Net's and M5's against independent
//! layer-by-layer counts (`scripts/unet_counts.py`, `scripts/m5_counts.py`).
//! Every model is marked `#[cnn(weights)]`, so that
//! `cnn-tests/tests/forward_examples.rs` can run it against PyTorch.
//!
//! ```text
//! cargo run --example zoo                      # one line per model
//! cargo run --example zoo -- --model ResNet50  # one model's summary
//! cargo run --example zoo -- --svg DIR          # DIR/resnet50.svg, ... (and -expanded.svg)
//! cargo run --example zoo -- --json DIR         # DIR/resnet50.json, ...
//! cargo run --example zoo -- --model ResNet50 --svg FILE [--expanded]
//! cargo run --example zoo -- --model ResNet50 --json FILE
//! ```

mod alexnet;
mod audio;
mod convnext;
mod densenet;
mod efficientnet;
mod googlenet;
mod inception;
mod mnasnet;
mod mobilenet;
mod mobilenetv3;
mod regnet;
mod resnet;
mod resnext;
mod segmentation;
mod shufflenet;
mod squeezenet;
mod timm;
mod unet;
mod vgg;
mod video;

use cnn::{Json, Model, Network, Summary, Svg};

/// Every model of the zoo: its name and everything known about it.
const MODELS: &[(&str, Model)] = &[
    (alexnet::AlexNet::NAME, alexnet::AlexNet::MODEL),
    (vgg::Vgg16::NAME, vgg::Vgg16::MODEL),
    (vgg::Vgg16Bn::NAME, vgg::Vgg16Bn::MODEL),
    (resnet::ResNet18::NAME, resnet::ResNet18::MODEL),
    (resnet::ResNet50::NAME, resnet::ResNet50::MODEL),
    (mobilenet::MobileNetV2::NAME, mobilenet::MobileNetV2::MODEL),
    (squeezenet::SqueezeNet::NAME, squeezenet::SqueezeNet::MODEL),
    (googlenet::GoogLeNet::NAME, googlenet::GoogLeNet::MODEL),
    (densenet::DenseNet121::NAME, densenet::DenseNet121::MODEL),
    (resnext::ResNeXt50::NAME, resnext::ResNeXt50::MODEL),
    (resnext::WideResNet50::NAME, resnext::WideResNet50::MODEL),
    (
        mobilenetv3::MobileNetV3Small::NAME,
        mobilenetv3::MobileNetV3Small::MODEL,
    ),
    (
        mobilenetv3::MobileNetV3Large::NAME,
        mobilenetv3::MobileNetV3Large::MODEL,
    ),
    (
        efficientnet::EfficientNetB0::NAME,
        efficientnet::EfficientNetB0::MODEL,
    ),
    (
        efficientnet::EfficientNetB3::NAME,
        efficientnet::EfficientNetB3::MODEL,
    ),
    (
        efficientnet::EfficientNetV2S::NAME,
        efficientnet::EfficientNetV2S::MODEL,
    ),
    (regnet::RegNetY400MF::NAME, regnet::RegNetY400MF::MODEL),
    (regnet::RegNetY1_6GF::NAME, regnet::RegNetY1_6GF::MODEL),
    (mnasnet::MnasNet::NAME, mnasnet::MnasNet::MODEL),
    (convnext::ConvNeXtTiny::NAME, convnext::ConvNeXtTiny::MODEL),
    (
        shufflenet::ShuffleNetV2::NAME,
        shufflenet::ShuffleNetV2::MODEL,
    ),
    (
        segmentation::FcnResNet50::NAME,
        segmentation::FcnResNet50::MODEL,
    ),
    (
        segmentation::DeepLabV3ResNet50::NAME,
        segmentation::DeepLabV3ResNet50::MODEL,
    ),
    (
        segmentation::LrasppMobileNetV3Large::NAME,
        segmentation::LrasppMobileNetV3Large::MODEL,
    ),
    (timm::PoolFormerS12::NAME, timm::PoolFormerS12::MODEL),
    (timm::EcaResNet26t::NAME, timm::EcaResNet26t::MODEL),
    (timm::ResNetBlur18::NAME, timm::ResNetBlur18::MODEL),
    (unet::UNet::NAME, unet::UNet::MODEL),
    (unet::UNetBn::NAME, unet::UNetBn::MODEL),
    (inception::InceptionV3::NAME, inception::InceptionV3::MODEL),
    (
        inception::InceptionV3Aux::NAME,
        inception::InceptionV3Aux::MODEL,
    ),
    (video::R3D18::NAME, video::R3D18::MODEL),
    (video::MC3_18::NAME, video::MC3_18::MODEL),
    (video::R2Plus1D18::NAME, video::R2Plus1D18::MODEL),
    (audio::M5::NAME, audio::M5::MODEL),
];

/// `12,345,678`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

fn table() {
    let width = MODELS
        .iter()
        .map(|(name, _)| name.len())
        .max()
        .unwrap_or(0)
        .max(12);
    println!(
        "{:<width$} {:>13} {:>15} {:>17} {:>12} {:>12} {:>8}",
        "model", "learnable", "non-trainable", "MACs", "peak", "arena", "output"
    );
    for (name, model) in MODELS {
        println!(
            "{:<width$} {:>13} {:>15} {:>17} {:>12} {:>12} {:>8}",
            name,
            grouped(model.params),
            grouped(model.non_trainable_params),
            grouped(model.macs),
            grouped(model.peak_activations),
            model.arena.map_or_else(|| "-".to_string(), grouped),
            model.output.to_string()
        );
    }
}

fn find(name: &str) -> (&'static str, Model<'static>) {
    let found = MODELS
        .iter()
        .find(|(known, _)| known.eq_ignore_ascii_case(name));
    match found {
        Some(&(name, model)) => (name, model),
        None => {
            let names: Vec<&str> = MODELS.iter().map(|(name, _)| *name).collect();
            eprintln!("no model `{name}`; the zoo has {}", names.join(", "));
            std::process::exit(2);
        }
    }
}

fn write(path: &std::path::Path, contents: impl std::fmt::Display) {
    if let Err(error) = std::fs::write(path, contents.to_string()) {
        eprintln!("cannot write {}: {error}", path.display());
        std::process::exit(1);
    }
    println!("wrote {}", path.display());
}

/// Every model's diagram (collapsed and expanded) or JSON into `dir`.
fn write_all(dir: &str, svg: bool) {
    let dir = std::path::Path::new(dir);
    if let Err(error) = std::fs::create_dir_all(dir) {
        eprintln!("cannot create {}: {error}", dir.display());
        std::process::exit(1);
    }
    for &(name, model) in MODELS {
        let stem = name.to_lowercase();
        if svg {
            write(&dir.join(format!("{stem}.svg")), Svg::new(name, model));
            write(
                &dir.join(format!("{stem}-expanded.svg")),
                Svg::new(name, model).expanded(),
            );
        } else {
            write(&dir.join(format!("{stem}.json")), Json::new(name, model));
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        [] => table(),
        ["--model", name] => {
            let (name, model) = find(name);
            println!("{}", Summary::new(name, model));
        }
        ["--svg", dir] => write_all(dir, true),
        ["--json", dir] => write_all(dir, false),
        ["--model", name, "--svg", file] => {
            let (name, model) = find(name);
            write(file.as_ref(), Svg::new(name, model));
        }
        ["--model", name, "--svg", file, "--expanded"] => {
            let (name, model) = find(name);
            write(file.as_ref(), Svg::new(name, model).expanded());
        }
        ["--model", name, "--json", file] => {
            let (name, model) = find(name);
            write(file.as_ref(), Json::new(name, model));
        }
        _ => {
            eprintln!(
                "usage: cargo run --example zoo [-- --model NAME] [--svg FILE|DIR [--expanded]] [--json FILE|DIR]"
            );
            std::process::exit(2);
        }
    }
}
