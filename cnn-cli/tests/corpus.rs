//! The corpus (timm models and resnet18 as torch's two exporters write
//! them, no ONNX shape inference run), imported with `cnn import --rust`
//! (the files in `tests/imported/corpus/`, written by
//! `scripts/corpus_golden.sh`), compiles with `cnn!` and gives torch's
//! parameters and MACs (asserted at compile time) and output shape, as
//! `scripts/export_onnx_corpus.py` measured them with torch
//! (`tests/onnx/corpus/expected.json`); and importing a model today still
//! prints exactly its file.

use std::process::Command;

use cnn::cnn;

include!("imported/corpus/cspdarknet53.legacy.rs");
const _: () = assert!(Cspdarknet53Legacy::PARAMS == 27624520);
const _: () = assert!(Cspdarknet53Legacy::MACS == 5002567680);

include!("imported/corpus/cspresnet50.dynamo.rs");
const _: () = assert!(Cspresnet50Dynamo::PARAMS == 21596008);
const _: () = assert!(Cspresnet50Dynamo::MACS == 3458752512);

include!("imported/corpus/cspresnet50.legacy.rs");
const _: () = assert!(Cspresnet50Legacy::PARAMS == 21596008);
const _: () = assert!(Cspresnet50Legacy::MACS == 3458752512);

include!("imported/corpus/ecaresnet26t.dynamo.rs");
const _: () = assert!(Ecaresnet26tDynamo::PARAMS == 15996436);
const _: () = assert!(Ecaresnet26tDynamo::MACS == 2550332928);

include!("imported/corpus/ecaresnet26t.legacy.rs");
const _: () = assert!(Ecaresnet26tLegacy::PARAMS == 15996436);
const _: () = assert!(Ecaresnet26tLegacy::MACS == 2550332928);

include!("imported/corpus/efficientnet_b0.dynamo.rs");
const _: () = assert!(EfficientnetB0Dynamo::PARAMS == 5267540);
const _: () = assert!(EfficientnetB0Dynamo::MACS == 385814752);

include!("imported/corpus/efficientnet_b0.legacy.rs");
const _: () = assert!(EfficientnetB0Legacy::PARAMS == 5267540);
const _: () = assert!(EfficientnetB0Legacy::MACS == 385814752);

include!("imported/corpus/efficientnet_b0_gn.legacy.rs");
const _: () = assert!(EfficientnetB0GnLegacy::PARAMS == 5288548);
const _: () = assert!(EfficientnetB0GnLegacy::MACS == 385814752);

include!("imported/corpus/ese_vovnet19b_dw.dynamo.rs");
const _: () = assert!(EseVovnet19bDwDynamo::PARAMS == 6537512);
const _: () = assert!(EseVovnet19bDwDynamo::MACS == 1333489824);

include!("imported/corpus/ese_vovnet19b_dw.legacy.rs");
const _: () = assert!(EseVovnet19bDwLegacy::PARAMS == 6537512);
const _: () = assert!(EseVovnet19bDwLegacy::MACS == 1333489824);

include!("imported/corpus/ghostnet_050.dynamo.rs");
const _: () = assert!(Ghostnet050Dynamo::PARAMS == 2581800);
const _: () = assert!(Ghostnet050Dynamo::MACS == 42328152);

include!("imported/corpus/ghostnet_050.legacy.rs");
const _: () = assert!(Ghostnet050Legacy::PARAMS == 2581800);
const _: () = assert!(Ghostnet050Legacy::MACS == 42328152);

include!("imported/corpus/hgnetv2_lab.dynamo.rs");
const _: () = assert!(Hgnetv2LabDynamo::PARAMS == 5422);
const _: () = assert!(Hgnetv2LabDynamo::MACS == 19870016);

include!("imported/corpus/hgnetv2_lab.legacy.rs");
const _: () = assert!(Hgnetv2LabLegacy::PARAMS == 5422);
const _: () = assert!(Hgnetv2LabLegacy::MACS == 19870016);

include!("imported/corpus/inception_v3.legacy.rs");
const _: () = assert!(InceptionV3Legacy::PARAMS == 23817352);
const _: () = assert!(InceptionV3Legacy::MACS == 2837921120);

include!("imported/corpus/inception_v4.dynamo.rs");
const _: () = assert!(InceptionV4Dynamo::PARAMS == 42648232);
const _: () = assert!(InceptionV4Dynamo::MACS == 6121894752);

include!("imported/corpus/inception_v4.legacy.rs");
const _: () = assert!(InceptionV4Legacy::PARAMS == 42648232);
const _: () = assert!(InceptionV4Legacy::MACS == 6121894752);

include!("imported/corpus/lcnet_050.dynamo.rs");
const _: () = assert!(Lcnet050Dynamo::PARAMS == 1878120);
const _: () = assert!(Lcnet050Dynamo::MACS == 44731008);

include!("imported/corpus/lcnet_050.legacy.rs");
const _: () = assert!(Lcnet050Legacy::PARAMS == 1878120);
const _: () = assert!(Lcnet050Legacy::MACS == 44731008);

include!("imported/corpus/mixnet_s.dynamo.rs");
const _: () = assert!(MixnetSDynamo::PARAMS == 4128150);
const _: () = assert!(MixnetSDynamo::MACS == 239173360);

include!("imported/corpus/mixnet_s.legacy.rs");
const _: () = assert!(MixnetSLegacy::PARAMS == 4128150);
const _: () = assert!(MixnetSLegacy::MACS == 239173360);

include!("imported/corpus/mobilenetv3_large_100.dynamo.rs");
const _: () = assert!(Mobilenetv3Large100Dynamo::PARAMS == 5470832);
const _: () = assert!(Mobilenetv3Large100Dynamo::MACS == 216589760);

include!("imported/corpus/mobilenetv3_large_100.legacy.rs");
const _: () = assert!(Mobilenetv3Large100Legacy::PARAMS == 5470832);
const _: () = assert!(Mobilenetv3Large100Legacy::MACS == 216589760);

include!("imported/corpus/poolformer_s12.legacy.rs");
const _: () = assert!(PoolformerS12Legacy::PARAMS == 11915176);
const _: () = assert!(PoolformerS12Legacy::MACS == 1812267008);

include!("imported/corpus/regnety_002.dynamo.rs");
const _: () = assert!(Regnety002Dynamo::PARAMS == 3152572);
const _: () = assert!(Regnety002Dynamo::MACS == 199514080);

include!("imported/corpus/regnety_002.legacy.rs");
const _: () = assert!(Regnety002Legacy::PARAMS == 3152572);
const _: () = assert!(Regnety002Legacy::MACS == 199514080);

include!("imported/corpus/repvgg_a0.dynamo.rs");
const _: () = assert!(RepvggA0Dynamo::PARAMS == 9099976);
const _: () = assert!(RepvggA0Dynamo::MACS == 1512581120);

include!("imported/corpus/repvgg_a0.legacy.rs");
const _: () = assert!(RepvggA0Legacy::PARAMS == 9099976);
const _: () = assert!(RepvggA0Legacy::MACS == 1512581120);

include!("imported/corpus/resnet18.dynamo.rs");
const _: () = assert!(Resnet18Dynamo::PARAMS == 11684712);
const _: () = assert!(Resnet18Dynamo::MACS == 1814073344);

include!("imported/corpus/resnet50.dynamo.rs");
const _: () = assert!(Resnet50Dynamo::PARAMS == 25530472);
const _: () = assert!(Resnet50Dynamo::MACS == 4089184256);

include!("imported/corpus/resnet50_gn.legacy.rs");
const _: () = assert!(Resnet50GnLegacy::PARAMS == 25557032);
const _: () = assert!(Resnet50GnLegacy::MACS == 4089184256);

include!("imported/corpus/resnetblur18.dynamo.rs");
const _: () = assert!(Resnetblur18Dynamo::PARAMS == 11684712);
const _: () = assert!(Resnetblur18Dynamo::MACS == 2337684992);

include!("imported/corpus/selecsls42b.legacy.rs");
const _: () = assert!(Selecsls42bLegacy::PARAMS == 32448424);
const _: () = assert!(Selecsls42bLegacy::MACS == 2971924480);

include!("imported/corpus/seresnext26d_32x4d.dynamo.rs");
const _: () = assert!(Seresnext26d32x4dDynamo::PARAMS == 16790184);
const _: () = assert!(Seresnext26d32x4dDynamo::MACS == 2711740416);

include!("imported/corpus/seresnext26d_32x4d.legacy.rs");
const _: () = assert!(Seresnext26d32x4dLegacy::PARAMS == 16790184);
const _: () = assert!(Seresnext26d32x4dLegacy::MACS == 2711740416);

#[test]
fn each_gives_torchs_output_shape_and_imports_as_committed() {
    let fixtures = [
        (
            "cspdarknet53.legacy",
            Cspdarknet53Legacy::OUTPUT.to_string(),
            "1000",
            "Cspdarknet53Legacy",
        ),
        (
            "cspresnet50.dynamo",
            Cspresnet50Dynamo::OUTPUT.to_string(),
            "1000",
            "Cspresnet50Dynamo",
        ),
        (
            "cspresnet50.legacy",
            Cspresnet50Legacy::OUTPUT.to_string(),
            "1000",
            "Cspresnet50Legacy",
        ),
        (
            "ecaresnet26t.dynamo",
            Ecaresnet26tDynamo::OUTPUT.to_string(),
            "1000",
            "Ecaresnet26tDynamo",
        ),
        (
            "ecaresnet26t.legacy",
            Ecaresnet26tLegacy::OUTPUT.to_string(),
            "1000",
            "Ecaresnet26tLegacy",
        ),
        (
            "efficientnet_b0.dynamo",
            EfficientnetB0Dynamo::OUTPUT.to_string(),
            "1000",
            "EfficientnetB0Dynamo",
        ),
        (
            "efficientnet_b0.legacy",
            EfficientnetB0Legacy::OUTPUT.to_string(),
            "1000",
            "EfficientnetB0Legacy",
        ),
        (
            "efficientnet_b0_gn.legacy",
            EfficientnetB0GnLegacy::OUTPUT.to_string(),
            "1000",
            "EfficientnetB0GnLegacy",
        ),
        (
            "ese_vovnet19b_dw.dynamo",
            EseVovnet19bDwDynamo::OUTPUT.to_string(),
            "1000",
            "EseVovnet19bDwDynamo",
        ),
        (
            "ese_vovnet19b_dw.legacy",
            EseVovnet19bDwLegacy::OUTPUT.to_string(),
            "1000",
            "EseVovnet19bDwLegacy",
        ),
        (
            "ghostnet_050.dynamo",
            Ghostnet050Dynamo::OUTPUT.to_string(),
            "1000",
            "Ghostnet050Dynamo",
        ),
        (
            "ghostnet_050.legacy",
            Ghostnet050Legacy::OUTPUT.to_string(),
            "1000",
            "Ghostnet050Legacy",
        ),
        (
            "hgnetv2_lab.dynamo",
            Hgnetv2LabDynamo::OUTPUT.to_string(),
            "10",
            "Hgnetv2LabDynamo",
        ),
        (
            "hgnetv2_lab.legacy",
            Hgnetv2LabLegacy::OUTPUT.to_string(),
            "10",
            "Hgnetv2LabLegacy",
        ),
        (
            "inception_v3.legacy",
            InceptionV3Legacy::OUTPUT.to_string(),
            "1000",
            "InceptionV3Legacy",
        ),
        (
            "inception_v4.dynamo",
            InceptionV4Dynamo::OUTPUT.to_string(),
            "1000",
            "InceptionV4Dynamo",
        ),
        (
            "inception_v4.legacy",
            InceptionV4Legacy::OUTPUT.to_string(),
            "1000",
            "InceptionV4Legacy",
        ),
        (
            "lcnet_050.dynamo",
            Lcnet050Dynamo::OUTPUT.to_string(),
            "1000",
            "Lcnet050Dynamo",
        ),
        (
            "lcnet_050.legacy",
            Lcnet050Legacy::OUTPUT.to_string(),
            "1000",
            "Lcnet050Legacy",
        ),
        (
            "mixnet_s.dynamo",
            MixnetSDynamo::OUTPUT.to_string(),
            "1000",
            "MixnetSDynamo",
        ),
        (
            "mixnet_s.legacy",
            MixnetSLegacy::OUTPUT.to_string(),
            "1000",
            "MixnetSLegacy",
        ),
        (
            "mobilenetv3_large_100.dynamo",
            Mobilenetv3Large100Dynamo::OUTPUT.to_string(),
            "1000",
            "Mobilenetv3Large100Dynamo",
        ),
        (
            "mobilenetv3_large_100.legacy",
            Mobilenetv3Large100Legacy::OUTPUT.to_string(),
            "1000",
            "Mobilenetv3Large100Legacy",
        ),
        (
            "poolformer_s12.legacy",
            PoolformerS12Legacy::OUTPUT.to_string(),
            "1000",
            "PoolformerS12Legacy",
        ),
        (
            "regnety_002.dynamo",
            Regnety002Dynamo::OUTPUT.to_string(),
            "1000",
            "Regnety002Dynamo",
        ),
        (
            "regnety_002.legacy",
            Regnety002Legacy::OUTPUT.to_string(),
            "1000",
            "Regnety002Legacy",
        ),
        (
            "repvgg_a0.dynamo",
            RepvggA0Dynamo::OUTPUT.to_string(),
            "1000",
            "RepvggA0Dynamo",
        ),
        (
            "repvgg_a0.legacy",
            RepvggA0Legacy::OUTPUT.to_string(),
            "1000",
            "RepvggA0Legacy",
        ),
        (
            "resnet18.dynamo",
            Resnet18Dynamo::OUTPUT.to_string(),
            "1000",
            "Resnet18Dynamo",
        ),
        (
            "resnet50.dynamo",
            Resnet50Dynamo::OUTPUT.to_string(),
            "1000",
            "Resnet50Dynamo",
        ),
        (
            "resnet50_gn.legacy",
            Resnet50GnLegacy::OUTPUT.to_string(),
            "1000",
            "Resnet50GnLegacy",
        ),
        (
            "resnetblur18.dynamo",
            Resnetblur18Dynamo::OUTPUT.to_string(),
            "1000",
            "Resnetblur18Dynamo",
        ),
        (
            "selecsls42b.legacy",
            Selecsls42bLegacy::OUTPUT.to_string(),
            "1000",
            "Selecsls42bLegacy",
        ),
        (
            "seresnext26d_32x4d.dynamo",
            Seresnext26d32x4dDynamo::OUTPUT.to_string(),
            "1000",
            "Seresnext26d32x4dDynamo",
        ),
        (
            "seresnext26d_32x4d.legacy",
            Seresnext26d32x4dLegacy::OUTPUT.to_string(),
            "1000",
            "Seresnext26d32x4dLegacy",
        ),
    ];
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    for (stem, output, torch, name) in fixtures {
        assert_eq!(output, torch, "{stem}");
        let printed = Command::new(env!("CARGO_BIN_EXE_cnn"))
            .args(["import", &format!("{stem}.onnx"), "--rust", name])
            .current_dir(here.join("onnx/corpus"))
            .output()
            .expect("cnn runs");
        assert!(printed.status.success(), "{stem}");
        let committed =
            std::fs::read_to_string(here.join(format!("imported/corpus/{stem}.rs"))).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&printed.stdout),
            committed,
            "{stem}: run `bash scripts/corpus_golden.sh`"
        );
    }
}
