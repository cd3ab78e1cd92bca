//! `forward` against PyTorch on every network declared in `examples/`
//! (issue 15, "Exactness"): max |difference| ≤ 1e-4 × max(1, max |expected|),
//! and on those of `forward_examples/named.rs`, which take earlier outputs
//! again (`from`), so that the script rebuilds a network with `from` from
//! its JSON.
//!
//! The networks are the example files themselves, so what is checked is
//! what the examples declare. For each one, `tests/data/forward/KEY.txt`
//! (written by `scripts/pytorch_network_cases.py` with torch, committed so
//! that CI needs no torch) gives the rule that makes its weights and input
//! (a splitmix64 run with one [lo, hi) per tensor) and PyTorch's output in
//! float64: every value for the classifiers, a digest for the 520x520 and
//! 512x512 maps (2048 sampled values, plus max |y|, sum and sum of squares
//! of all, see [`case::Case::check`]). Each test prints the worst
//! |difference| as a fraction of the tolerance, and `forward`'s time
//! (`cargo test -p cnn-tests --test forward_examples -- --nocapture`).
//! Each network runs twice: `forward` on its weights, then
//! `forward_prepared` on what `prepare` made of them (batch norms folded,
//! steps fused), each checked against PyTorch alone; the arena is filled
//! with NaN between, so that the second pass reads nothing the first
//! left.
//!
//! The networks whose forward pass takes more than about 10 s in the test
//! build are `#[ignore]`d, each with its cost (MACs, and seconds measured
//! on one thread of this 2-core machine with cnn-core at `opt-level = 3`,
//! the root Cargo.toml's dev profile): run them with `-- --include-ignored`.
//! LRASPP (19 s) stays in: it is the only network with `resize` under
//! 100 GMACs. What is left runs in about 80 s of one core.

#[path = "forward_examples/case.rs"]
mod case;

#[allow(dead_code)]
#[path = "../../examples/lenet.rs"]
mod lenet;
#[allow(dead_code)]
#[path = "../../examples/weights.rs"]
mod weights;

#[path = "../../examples/zoo/alexnet.rs"]
mod alexnet;
#[path = "../../examples/zoo/audio.rs"]
mod audio;
#[path = "../../examples/zoo/convnext.rs"]
mod convnext;
#[path = "../../examples/zoo/densenet.rs"]
mod densenet;
#[path = "../../examples/zoo/efficientnet.rs"]
mod efficientnet;
#[path = "forward_examples/gain.rs"]
mod gain;
#[path = "../../examples/zoo/googlenet.rs"]
mod googlenet;
#[path = "../../examples/zoo/inception.rs"]
mod inception;
#[path = "forward_examples/mix.rs"]
mod mix;
#[path = "../../examples/zoo/mnasnet.rs"]
mod mnasnet;
#[path = "../../examples/zoo/mobilenet.rs"]
mod mobilenet;
#[path = "../../examples/zoo/mobilenetv3.rs"]
mod mobilenetv3;
#[path = "forward_examples/named.rs"]
mod named;
#[path = "../../examples/zoo/regnet.rs"]
mod regnet;
#[path = "../../examples/zoo/resnet.rs"]
mod resnet;
#[path = "../../examples/zoo/resnext.rs"]
mod resnext;
#[path = "../../examples/zoo/segmentation.rs"]
mod segmentation;
#[path = "../../examples/zoo/shufflenet.rs"]
mod shufflenet;
#[path = "../../examples/zoo/squeezenet.rs"]
mod squeezenet;
#[path = "../../examples/zoo/timm.rs"]
mod timm;
#[path = "../../examples/zoo/unet.rs"]
mod unet;
#[path = "../../examples/zoo/vgg.rs"]
mod vgg;
#[path = "../../examples/zoo/video.rs"]
mod video;

/// `#[test] fn NAME` running network `NET` (weights `WEIGHTS`) on the case
/// in `tests/data/forward/KEY.txt`. Everything big is on the heap: the
/// weights (VGG-16's are 553 MB), the input and the arena.
macro_rules! case {
    ($(#[$attr:meta])* $test:ident: $net:ty, $weights:ty, $key:literal) => {
        $(#[$attr])*
        #[test]
        fn $test() {
            let case = case::Case::read($key);
            let flat = case.weights();
            assert_eq!(flat.len(), <$weights>::LEN, "{}: NetWeights::LEN", case.network);
            let weights = <$weights>::from_slice(&flat).expect("LEN values");
            let input: Box<[f32; <$net>::INPUT_LEN]> = case
                .input()
                .into_boxed_slice()
                .try_into()
                .expect("INPUT_LEN values");
            let mut arena: Box<[f32; <$net>::ARENA_LEN]> = vec![0f32; <$net>::ARENA_LEN]
                .into_boxed_slice()
                .try_into()
                .expect("ARENA_LEN values");
            let start = std::time::Instant::now();
            let y = <$net>::forward(weights, &input, &mut arena);
            let took = start.elapsed();
            case.check(y, took);
            // The prepared path, against the same PyTorch output.
            let mut prepared = cnn::run::Prepared::<{ <$net>::PREPARED_LEN }>::boxed();
            <$net>::prepare(weights, &mut prepared);
            arena.fill(f32::NAN);
            let start = std::time::Instant::now();
            let y = <$net>::forward_prepared(&prepared, &input, &mut arena);
            let took = start.elapsed();
            case.check(y, took);
        }
    };
}

case!(lenet_example: lenet::LeNet, lenet::LeNetWeights<f32>, "lenet_lenet");
case!(skips: named::Skips, named::SkipsWeights<f32>, "skips");
case!(
    global_context: named::GlobalContext,
    named::GlobalContextWeights<f32>,
    "globalcontext"
);
case!(selective: mix::Selective, mix::SelectiveWeights<f32>, "selective");
case!(three_ways: mix::ThreeWays, mix::ThreeWaysWeights<f32>, "threeways");
case!(skipinit: gain::Skipinit, gain::SkipinitWeights<f32>, "skipinit");
case!(weights_example: weights::LeNet, weights::LeNetWeights<f32>, "weights_lenet");
case!(m5: audio::M5, audio::M5Weights<f32>, "m5");
case!(alexnet: alexnet::AlexNet, alexnet::AlexNetWeights<f32>, "alexnet");
case!(squeezenet: squeezenet::SqueezeNet, squeezenet::SqueezeNetWeights<f32>, "squeezenet");
case!(#[ignore = "15.5 GMACs, 14 s"] vgg16: vgg::Vgg16, vgg::Vgg16Weights<f32>, "vgg16");
case!(#[ignore = "15.5 GMACs, 17 s"] vgg16_bn: vgg::Vgg16Bn, vgg::Vgg16BnWeights<f32>, "vgg16bn");
case!(resnet18: resnet::ResNet18, resnet::ResNet18Weights<f32>, "resnet18");
case!(resnet50: resnet::ResNet50, resnet::ResNet50Weights<f32>, "resnet50");
case!(#[ignore = "4.2 GMACs, 12 s"] resnext50: resnext::ResNeXt50, resnext::ResNeXt50Weights<f32>, "resnext50");
case!(#[ignore = "11.4 GMACs, 19 s"] wide_resnet50: resnext::WideResNet50, resnext::WideResNet50Weights<f32>, "wideresnet50");
case!(googlenet: googlenet::GoogLeNet, googlenet::GoogLeNetWeights<f32>, "googlenet");
case!(inception_v3: inception::InceptionV3, inception::InceptionV3Weights<f32>, "inceptionv3");
case!(inception_v3_aux: inception::InceptionV3Aux, inception::InceptionV3AuxWeights<f32>, "inceptionv3aux");
case!(#[ignore = "2.8 GMACs, 13 s"] densenet121: densenet::DenseNet121, densenet::DenseNet121Weights<f32>, "densenet121");
case!(mobilenet_v2: mobilenet::MobileNetV2, mobilenet::MobileNetV2Weights<f32>, "mobilenetv2");
case!(mobilenet_v3_small: mobilenetv3::MobileNetV3Small, mobilenetv3::MobileNetV3SmallWeights<f32>, "mobilenetv3small");
case!(mobilenet_v3_large: mobilenetv3::MobileNetV3Large, mobilenetv3::MobileNetV3LargeWeights<f32>, "mobilenetv3large");
case!(mnasnet: mnasnet::MnasNet, mnasnet::MnasNetWeights<f32>, "mnasnet");
case!(efficientnet_b0: efficientnet::EfficientNetB0, efficientnet::EfficientNetB0Weights<f32>, "efficientnetb0");
case!(#[ignore = "1.8 GMACs, 22 s"] efficientnet_b3: efficientnet::EfficientNetB3, efficientnet::EfficientNetB3Weights<f32>, "efficientnetb3");
case!(#[ignore = "8.4 GMACs, 37 s"] efficientnet_v2_s: efficientnet::EfficientNetV2S, efficientnet::EfficientNetV2SWeights<f32>, "efficientnetv2s");
case!(regnet_y_400mf: regnet::RegNetY400MF, regnet::RegNetY400MFWeights<f32>, "regnety400mf");
case!(regnet_y_1_6gf: regnet::RegNetY1_6GF, regnet::RegNetY1_6GFWeights<f32>, "regnety1_6gf");
case!(shufflenet_v2: shufflenet::ShuffleNetV2, shufflenet::ShuffleNetV2Weights<f32>, "shufflenetv2");
case!(convnext_tiny: convnext::ConvNeXtTiny, convnext::ConvNeXtTinyWeights<f32>, "convnexttiny");
case!(poolformer_s12: timm::PoolFormerS12, timm::PoolFormerS12Weights<f32>, "poolformers12");
case!(ecaresnet26t: timm::EcaResNet26t, timm::EcaResNet26tWeights<f32>, "ecaresnet26t");
case!(resnetblur18: timm::ResNetBlur18, timm::ResNetBlur18Weights<f32>, "resnetblur18");
case!(#[ignore = "143 GMACs, 143 s"] fcn_resnet50: segmentation::FcnResNet50, segmentation::FcnResNet50Weights<f32>, "fcnresnet50");
case!(#[ignore = "169 GMACs, 268 s"] deeplabv3_resnet50: segmentation::DeepLabV3ResNet50, segmentation::DeepLabV3ResNet50Weights<f32>, "deeplabv3resnet50");
case!(lraspp_mobilenet_v3_large: segmentation::LrasppMobileNetV3Large, segmentation::LrasppMobileNetV3LargeWeights<f32>, "lrasppmobilenetv3large");
case!(#[ignore = "192 GMACs, 293 s"] unet: unet::UNet, unet::UNetWeights<f32>, "unet");
case!(#[ignore = "192 GMACs, 363 s"] unet_bn: unet::UNetBn, unet::UNetBnWeights<f32>, "unetbn");
case!(#[ignore = "40.7 GMACs, 44 s"] r3d_18: video::R3D18, video::R3D18Weights<f32>, "r3d18");
case!(#[ignore = "43.3 GMACs, 36 s"] mc3_18: video::MC3_18, video::MC3_18Weights<f32>, "mc3_18");
case!(#[ignore = "40.5 GMACs, 59 s"] r2plus1d_18: video::R2Plus1D18, video::R2Plus1D18Weights<f32>, "r2plus1d18");

/// The prepared path runs on the plan's places, and the plan prefers to
/// write a sum over the addend computed last (so that the convolution
/// before it can add the other in its store): neither grows an arena.
/// The bounds are each network's `ARENA_LEN` before the prepared path
/// (main at 3313bb3).
#[test]
fn no_arena_grew_for_the_prepared_path() {
    let arenas = [
        (lenet::LeNet::ARENA_LEN, 7_938, "lenet::LeNet"),
        (weights::LeNet::ARENA_LEN, 7_938, "weights::LeNet"),
        (audio::M5::ARENA_LEN, 19_840, "audio::M5"),
        (alexnet::AlexNet::ARENA_LEN, 246_544, "alexnet::AlexNet"),
        (
            squeezenet::SqueezeNet::ARENA_LEN,
            1_492_992,
            "squeezenet::SqueezeNet",
        ),
        (vgg::Vgg16::ARENA_LEN, 6_457_360, "vgg::Vgg16"),
        (vgg::Vgg16Bn::ARENA_LEN, 6_457_360, "vgg::Vgg16Bn"),
        (resnet::ResNet18::ARENA_LEN, 1_003_520, "resnet::ResNet18"),
        (resnet::ResNet50::ARENA_LEN, 1_822_736, "resnet::ResNet50"),
        (
            resnext::ResNeXt50::ARENA_LEN,
            2_072_592,
            "resnext::ResNeXt50",
        ),
        (
            resnext::WideResNet50::ARENA_LEN,
            2_072_592,
            "resnext::WideResNet50",
        ),
        (
            googlenet::GoogLeNet::ARENA_LEN,
            1_003_520,
            "googlenet::GoogLeNet",
        ),
        (
            inception::InceptionV3::ARENA_LEN,
            2_109_296,
            "inception::InceptionV3",
        ),
        (
            inception::InceptionV3Aux::ARENA_LEN,
            69_776,
            "inception::InceptionV3Aux",
        ),
        (
            densenet::DenseNet121::ARENA_LEN,
            2_007_040,
            "densenet::DenseNet121",
        ),
        (
            mobilenet::MobileNetV2::ARENA_LEN,
            1_505_280,
            "mobilenet::MobileNetV2",
        ),
        (
            mobilenetv3::MobileNetV3Small::ARENA_LEN,
            301_056,
            "mobilenetv3::MobileNetV3Small",
        ),
        (
            mobilenetv3::MobileNetV3Large::ARENA_LEN,
            1_004_560,
            "mobilenetv3::MobileNetV3Large",
        ),
        (mnasnet::MnasNet::ARENA_LEN, 1_003_520, "mnasnet::MnasNet"),
        (
            efficientnet::EfficientNetB0::ARENA_LEN,
            1_505_280,
            "efficientnet::EfficientNetB0",
        ),
        (
            efficientnet::EfficientNetB3::ARENA_LEN,
            4_050_000,
            "efficientnet::EfficientNetB3",
        ),
        (
            efficientnet::EfficientNetV2S::ARENA_LEN,
            2_663_440,
            "efficientnet::EfficientNetV2S",
        ),
        (
            regnet::RegNetY400MF::ARENA_LEN,
            1_155_600,
            "regnet::RegNetY400MF",
        ),
        (
            regnet::RegNetY1_6GF::ARENA_LEN,
            1_155_600,
            "regnet::RegNetY1_6GF",
        ),
        (
            shufflenet::ShuffleNetV2::ARENA_LEN,
            376_320,
            "shufflenet::ShuffleNetV2",
        ),
        (
            convnext::ConvNeXtTiny::ARENA_LEN,
            1_830_928,
            "convnext::ConvNeXtTiny",
        ),
        (
            segmentation::FcnResNet50::ARENA_LEN,
            19_534_352,
            "segmentation::FcnResNet50",
        ),
        (
            segmentation::DeepLabV3ResNet50::ARENA_LEN,
            19_534_352,
            "segmentation::DeepLabV3ResNet50",
        ),
        (
            segmentation::LrasppMobileNetV3Large::ARENA_LEN,
            5_767_125,
            "segmentation::LrasppMobileNetV3Large",
        ),
        (unet::UNet::ARENA_LEN, 67_108_864, "unet::UNet"),
        (unet::UNetBn::ARENA_LEN, 67_108_864, "unet::UNetBn"),
        (video::R3D18::ARENA_LEN, 9_668_624, "video::R3D18"),
        (video::MC3_18::ARENA_LEN, 9_668_624, "video::MC3_18"),
        (
            video::R2Plus1D18::ARENA_LEN,
            13_703_184,
            "video::R2Plus1D18",
        ),
    ];
    for (arena, before, name) in arenas {
        assert!(
            arena <= before,
            "{name}: ARENA_LEN {arena}, {before} before"
        );
    }
}

/// MobileNetV2, EfficientNet-B0 and ResNet-18 through the prepared path
/// on one thread and on two: their depthwise convolutions (a third of the
/// pass), products, max pool and per-position steps split across the
/// pool by output positions (ResNet's products over 7x7 maps by blocks of
/// filters), each share computed as on one thread whichever thread claims
/// it, so the outputs agree to the bit; the two-thread one is also
/// checked against PyTorch.
#[test]
fn depthwise_nets_on_two_threads_change_no_bit() {
    fn both(case: &case::Case, pass: impl Fn() -> Vec<f32>) {
        cnn::run::set_threads(1);
        let one = pass();
        cnn::run::set_threads(2);
        let two = pass();
        cnn::run::set_threads(1);
        assert_eq!(one, two, "{}: one thread against two", case.network);
        case.check(&two, std::time::Duration::ZERO);
    }
    macro_rules! net {
        ($net:ty, $weights:ty, $key:literal) => {{
            let case = case::Case::read($key);
            let flat = case.weights();
            let weights = <$weights>::from_slice(&flat).expect("LEN values");
            let input: Box<[f32; <$net>::INPUT_LEN]> = case
                .input()
                .into_boxed_slice()
                .try_into()
                .expect("INPUT_LEN values");
            let mut prepared = cnn::run::Prepared::<{ <$net>::PREPARED_LEN }>::boxed();
            <$net>::prepare(weights, &mut prepared);
            let arena = std::cell::RefCell::new(vec![f32::NAN; <$net>::ARENA_LEN]);
            both(&case, || {
                let mut arena = arena.borrow_mut();
                arena.fill(f32::NAN);
                let arena: &mut [f32; <$net>::ARENA_LEN] =
                    (&mut arena[..]).try_into().expect("ARENA_LEN values");
                <$net>::forward_prepared(&prepared, &input, arena).to_vec()
            });
        }};
    }
    net!(
        mobilenet::MobileNetV2,
        mobilenet::MobileNetV2Weights<f32>,
        "mobilenetv2"
    );
    net!(
        efficientnet::EfficientNetB0,
        efficientnet::EfficientNetB0Weights<f32>,
        "efficientnetb0"
    );
    net!(resnet::ResNet18, resnet::ResNet18Weights<f32>, "resnet18");
}
