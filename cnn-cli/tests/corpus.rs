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

include!("imported/corpus/convnext_atto.dynamo.rs");
const _: () = assert!(ConvnextAttoDynamo::PARAMS == 3695520);
const _: () = assert!(ConvnextAttoDynamo::MACS == 547332480);

include!("imported/corpus/convnext_atto.legacy.rs");
const _: () = assert!(ConvnextAttoLegacy::PARAMS == 3695520);
const _: () = assert!(ConvnextAttoLegacy::MACS == 547332480);

include!("imported/corpus/convnextv2_atto.dynamo.rs");
const _: () = assert!(Convnextv2AttoDynamo::PARAMS == 3708400);
const _: () = assert!(Convnextv2AttoDynamo::MACS == 547332480);

include!("imported/corpus/convnextv2_atto.legacy.rs");
const _: () = assert!(Convnextv2AttoLegacy::PARAMS == 3708400);
const _: () = assert!(Convnextv2AttoLegacy::MACS == 547332480);

include!("imported/corpus/cspdarknet53.legacy.rs");
const _: () = assert!(Cspdarknet53Legacy::PARAMS == 27624520);
const _: () = assert!(Cspdarknet53Legacy::MACS == 5002567680);

include!("imported/corpus/cspresnet50.dynamo.rs");
const _: () = assert!(Cspresnet50Dynamo::PARAMS == 21596008);
const _: () = assert!(Cspresnet50Dynamo::MACS == 3458752512);

include!("imported/corpus/cspresnet50.legacy.rs");
const _: () = assert!(Cspresnet50Legacy::PARAMS == 21596008);
const _: () = assert!(Cspresnet50Legacy::MACS == 3458752512);

include!("imported/corpus/densenet121.dynamo.rs");
const _: () = assert!(Densenet121Dynamo::PARAMS == 7971368);
const _: () = assert!(Densenet121Dynamo::MACS == 2834161664);

include!("imported/corpus/densenet121.legacy.rs");
const _: () = assert!(Densenet121Legacy::PARAMS == 7971368);
const _: () = assert!(Densenet121Legacy::MACS == 2834161664);

include!("imported/corpus/dla34.dynamo.rs");
const _: () = assert!(Dla34Dynamo::PARAMS == 15734360);
const _: () = assert!(Dla34Dynamo::MACS == 3060043776);

include!("imported/corpus/dla34.legacy.rs");
const _: () = assert!(Dla34Legacy::PARAMS == 15734360);
const _: () = assert!(Dla34Legacy::MACS == 3060043776);

include!("imported/corpus/dpn68.dynamo.rs");
const _: () = assert!(Dpn68Dynamo::PARAMS == 12590344);
const _: () = assert!(Dpn68Dynamo::MACS == 2326163456);

include!("imported/corpus/dpn68.legacy.rs");
const _: () = assert!(Dpn68Legacy::PARAMS == 12590344);
const _: () = assert!(Dpn68Legacy::MACS == 2326163456);

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

include!("imported/corpus/efficientnet_b0_gn.dynamo.rs");
const _: () = assert!(EfficientnetB0GnDynamo::PARAMS == 5288548);
const _: () = assert!(EfficientnetB0GnDynamo::MACS == 385814752);

include!("imported/corpus/efficientnet_b0_gn.legacy.rs");
const _: () = assert!(EfficientnetB0GnLegacy::PARAMS == 5288548);
const _: () = assert!(EfficientnetB0GnLegacy::MACS == 385814752);

include!("imported/corpus/ese_vovnet19b_dw.dynamo.rs");
const _: () = assert!(EseVovnet19bDwDynamo::PARAMS == 6537512);
const _: () = assert!(EseVovnet19bDwDynamo::MACS == 1333489824);

include!("imported/corpus/ese_vovnet19b_dw.legacy.rs");
const _: () = assert!(EseVovnet19bDwLegacy::PARAMS == 6537512);
const _: () = assert!(EseVovnet19bDwLegacy::MACS == 1333489824);

include!("imported/corpus/fasternet_t0.dynamo.rs");
const _: () = assert!(FasternetT0Dynamo::PARAMS == 3900660);
const _: () = assert!(FasternetT0Dynamo::MACS == 335422720);

include!("imported/corpus/fasternet_t0.legacy.rs");
const _: () = assert!(FasternetT0Legacy::PARAMS == 3900660);
const _: () = assert!(FasternetT0Legacy::MACS == 335422720);

include!("imported/corpus/fastvit_t8.dynamo.rs");
const _: () = assert!(FastvitT8Dynamo::PARAMS == 4016968);
const _: () = assert!(FastvitT8Dynamo::MACS == 528592896);

include!("imported/corpus/fastvit_t8.legacy.rs");
const _: () = assert!(FastvitT8Legacy::PARAMS == 4016968);
const _: () = assert!(FastvitT8Legacy::MACS == 528592896);

include!("imported/corpus/gernet_s.dynamo.rs");
const _: () = assert!(GernetSDynamo::PARAMS == 8156484);
const _: () = assert!(GernetSDynamo::MACS == 744137504);

include!("imported/corpus/gernet_s.legacy.rs");
const _: () = assert!(GernetSLegacy::PARAMS == 8156484);
const _: () = assert!(GernetSLegacy::MACS == 744137504);

include!("imported/corpus/ghostnet_050.dynamo.rs");
const _: () = assert!(Ghostnet050Dynamo::PARAMS == 2581800);
const _: () = assert!(Ghostnet050Dynamo::MACS == 42328152);

include!("imported/corpus/ghostnet_050.legacy.rs");
const _: () = assert!(Ghostnet050Legacy::PARAMS == 2581800);
const _: () = assert!(Ghostnet050Legacy::MACS == 42328152);

include!("imported/corpus/ghostnet_050.opset13.rs");
const _: () = assert!(Ghostnet050Opset13::PARAMS == 2581800);
const _: () = assert!(Ghostnet050Opset13::MACS == 42328152);

include!("imported/corpus/ghostnet_050.opset15.rs");
const _: () = assert!(Ghostnet050Opset15::PARAMS == 2581800);
const _: () = assert!(Ghostnet050Opset15::MACS == 42328152);

include!("imported/corpus/ghostnetv2_100.dynamo.rs");
const _: () = assert!(Ghostnetv2100Dynamo::PARAMS == 6125716);
const _: () = assert!(Ghostnetv2100Dynamo::MACS == 167048288);

include!("imported/corpus/ghostnetv2_100.legacy.rs");
const _: () = assert!(Ghostnetv2100Legacy::PARAMS == 6125716);
const _: () = assert!(Ghostnetv2100Legacy::MACS == 167048288);

include!("imported/corpus/hgnet_tiny.dynamo.rs");
const _: () = assert!(HgnetTinyDynamo::PARAMS == 14728344);
const _: () = assert!(HgnetTinyDynamo::MACS == 4530447104);

include!("imported/corpus/hgnet_tiny.legacy.rs");
const _: () = assert!(HgnetTinyLegacy::PARAMS == 14728344);
const _: () = assert!(HgnetTinyLegacy::MACS == 4530447104);

include!("imported/corpus/hgnetv2_lab.dynamo.rs");
const _: () = assert!(Hgnetv2LabDynamo::PARAMS == 5422);
const _: () = assert!(Hgnetv2LabDynamo::MACS == 19870016);

include!("imported/corpus/hgnetv2_lab.legacy.rs");
const _: () = assert!(Hgnetv2LabLegacy::PARAMS == 5422);
const _: () = assert!(Hgnetv2LabLegacy::MACS == 19870016);

include!("imported/corpus/hrnet_w18_small.dynamo.rs");
const _: () = assert!(HrnetW18SmallDynamo::PARAMS == 13171608);
const _: () = assert!(HrnetW18SmallDynamo::MACS == 1601508352);

include!("imported/corpus/hrnet_w18_small.legacy.rs");
const _: () = assert!(HrnetW18SmallLegacy::PARAMS == 13171608);
const _: () = assert!(HrnetW18SmallLegacy::MACS == 1601508352);

include!("imported/corpus/inception_next_atto.dynamo.rs");
const _: () = assert!(InceptionNextAttoDynamo::PARAMS == 4156440);
const _: () = assert!(InceptionNextAttoDynamo::MACS == 503035040);

include!("imported/corpus/inception_next_atto.legacy.rs");
const _: () = assert!(InceptionNextAttoLegacy::PARAMS == 4156440);
const _: () = assert!(InceptionNextAttoLegacy::MACS == 503035040);

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

include!("imported/corpus/lcnet_050.opset13.rs");
const _: () = assert!(Lcnet050Opset13::PARAMS == 1878120);
const _: () = assert!(Lcnet050Opset13::MACS == 44731008);

include!("imported/corpus/lcnet_050.opset15.rs");
const _: () = assert!(Lcnet050Opset15::PARAMS == 1878120);
const _: () = assert!(Lcnet050Opset15::MACS == 44731008);

include!("imported/corpus/legacy_seresnet18.dynamo.rs");
const _: () = assert!(LegacySeresnet18Dynamo::PARAMS == 11773792);
const _: () = assert!(LegacySeresnet18Dynamo::MACS == 1814160384);

include!("imported/corpus/legacy_seresnet18.legacy.rs");
const _: () = assert!(LegacySeresnet18Legacy::PARAMS == 11773792);
const _: () = assert!(LegacySeresnet18Legacy::MACS == 1814160384);

include!("imported/corpus/mixnet_s.dynamo.rs");
const _: () = assert!(MixnetSDynamo::PARAMS == 4128150);
const _: () = assert!(MixnetSDynamo::MACS == 239173360);

include!("imported/corpus/mixnet_s.legacy.rs");
const _: () = assert!(MixnetSLegacy::PARAMS == 4128150);
const _: () = assert!(MixnetSLegacy::MACS == 239173360);

include!("imported/corpus/mixnet_s.opset13.rs");
const _: () = assert!(MixnetSOpset13::PARAMS == 4128150);
const _: () = assert!(MixnetSOpset13::MACS == 239173360);

include!("imported/corpus/mixnet_s.opset15.rs");
const _: () = assert!(MixnetSOpset15::PARAMS == 4128150);
const _: () = assert!(MixnetSOpset15::MACS == 239173360);

include!("imported/corpus/mobilenetv3_large_100.dynamo.rs");
const _: () = assert!(Mobilenetv3Large100Dynamo::PARAMS == 5470832);
const _: () = assert!(Mobilenetv3Large100Dynamo::MACS == 216589760);

include!("imported/corpus/mobilenetv3_large_100.legacy.rs");
const _: () = assert!(Mobilenetv3Large100Legacy::PARAMS == 5470832);
const _: () = assert!(Mobilenetv3Large100Legacy::MACS == 216589760);

include!("imported/corpus/mobilenetv4_conv_small.dynamo.rs");
const _: () = assert!(Mobilenetv4ConvSmallDynamo::PARAMS == 3761480);
const _: () = assert!(Mobilenetv4ConvSmallDynamo::MACS == 186005568);

include!("imported/corpus/mobilenetv4_conv_small.legacy.rs");
const _: () = assert!(Mobilenetv4ConvSmallLegacy::PARAMS == 3761480);
const _: () = assert!(Mobilenetv4ConvSmallLegacy::MACS == 186005568);

include!("imported/corpus/mobileone_s0.dynamo.rs");
const _: () = assert!(MobileoneS0Dynamo::PARAMS == 5255720);
const _: () = assert!(MobileoneS0Dynamo::MACS == 1051935232);

include!("imported/corpus/mobileone_s0.legacy.rs");
const _: () = assert!(MobileoneS0Legacy::PARAMS == 5255720);
const _: () = assert!(MobileoneS0Legacy::MACS == 1051935232);

include!("imported/corpus/poolformer_s12.legacy.rs");
const _: () = assert!(PoolformerS12Legacy::PARAMS == 11915176);
const _: () = assert!(PoolformerS12Legacy::MACS == 1812267008);

include!("imported/corpus/regnety_002.dynamo.rs");
const _: () = assert!(Regnety002Dynamo::PARAMS == 3152572);
const _: () = assert!(Regnety002Dynamo::MACS == 199514080);

include!("imported/corpus/regnety_002.legacy.rs");
const _: () = assert!(Regnety002Legacy::PARAMS == 3152572);
const _: () = assert!(Regnety002Legacy::MACS == 199514080);

include!("imported/corpus/regnety_002.opset13.rs");
const _: () = assert!(Regnety002Opset13::PARAMS == 3152572);
const _: () = assert!(Regnety002Opset13::MACS == 199514080);

include!("imported/corpus/regnety_002.opset15.rs");
const _: () = assert!(Regnety002Opset15::PARAMS == 3152572);
const _: () = assert!(Regnety002Opset15::MACS == 199514080);

include!("imported/corpus/repvgg_a0.dynamo.rs");
const _: () = assert!(RepvggA0Dynamo::PARAMS == 9099976);
const _: () = assert!(RepvggA0Dynamo::MACS == 1512581120);

include!("imported/corpus/repvgg_a0.legacy.rs");
const _: () = assert!(RepvggA0Legacy::PARAMS == 9099976);
const _: () = assert!(RepvggA0Legacy::MACS == 1512581120);

include!("imported/corpus/res2net50_26w_4s.dynamo.rs");
const _: () = assert!(Res2net5026w4sDynamo::PARAMS == 25669374);
const _: () = assert!(Res2net5026w4sDynamo::MACS == 4255166464);

include!("imported/corpus/res2net50_26w_4s.legacy.rs");
const _: () = assert!(Res2net5026w4sLegacy::PARAMS == 25669374);
const _: () = assert!(Res2net5026w4sLegacy::MACS == 4255166464);

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

include!("imported/corpus/resnetblur18.legacy.rs");
const _: () = assert!(Resnetblur18Legacy::PARAMS == 11684712);
const _: () = assert!(Resnetblur18Legacy::MACS == 2337684992);

include!("imported/corpus/resnetv2_50.dynamo.rs");
const _: () = assert!(Resnetv250Dynamo::PARAMS == 25541800);
const _: () = assert!(Resnetv250Dynamo::MACS == 4089184256);

include!("imported/corpus/resnetv2_50.legacy.rs");
const _: () = assert!(Resnetv250Legacy::PARAMS == 25541800);
const _: () = assert!(Resnetv250Legacy::MACS == 4089184256);

include!("imported/corpus/rexnet_100.dynamo.rs");
const _: () = assert!(Rexnet100Dynamo::PARAMS == 4775497);
const _: () = assert!(Rexnet100Dynamo::MACS == 398370392);

include!("imported/corpus/rexnet_100.legacy.rs");
const _: () = assert!(Rexnet100Legacy::PARAMS == 4775497);
const _: () = assert!(Rexnet100Legacy::MACS == 398370392);

include!("imported/corpus/selecsls42b.legacy.rs");
const _: () = assert!(Selecsls42bLegacy::PARAMS == 32448424);
const _: () = assert!(Selecsls42bLegacy::MACS == 2971924480);

include!("imported/corpus/seresnext26d_32x4d.dynamo.rs");
const _: () = assert!(Seresnext26d32x4dDynamo::PARAMS == 16790184);
const _: () = assert!(Seresnext26d32x4dDynamo::MACS == 2711740416);

include!("imported/corpus/seresnext26d_32x4d.legacy.rs");
const _: () = assert!(Seresnext26d32x4dLegacy::PARAMS == 16790184);
const _: () = assert!(Seresnext26d32x4dLegacy::MACS == 2711740416);

include!("imported/corpus/tf_efficientnet_b0.dynamo.rs");
const _: () = assert!(TfEfficientnetB0Dynamo::PARAMS == 5267540);
const _: () = assert!(TfEfficientnetB0Dynamo::MACS == 385814752);

include!("imported/corpus/tf_efficientnet_b0.legacy.rs");
const _: () = assert!(TfEfficientnetB0Legacy::PARAMS == 5267540);
const _: () = assert!(TfEfficientnetB0Legacy::MACS == 385814752);

include!("imported/corpus/tresnet_m.dynamo.rs");
const _: () = assert!(TresnetMDynamo::PARAMS == 31358248);
const _: () = assert!(TresnetMDynamo::MACS == 5736545792);

include!("imported/corpus/tresnet_m.legacy.rs");
const _: () = assert!(TresnetMLegacy::PARAMS == 31358248);
const _: () = assert!(TresnetMLegacy::MACS == 5736545792);

include!("imported/corpus/vgg11_bn.dynamo.rs");
const _: () = assert!(Vgg11BnDynamo::PARAMS == 132863336);
const _: () = assert!(Vgg11BnDynamo::MACS == 7609090048);

include!("imported/corpus/vgg11_bn.legacy.rs");
const _: () = assert!(Vgg11BnLegacy::PARAMS == 132863336);
const _: () = assert!(Vgg11BnLegacy::MACS == 7609090048);

#[test]
fn each_gives_torchs_output_shape_and_imports_as_committed() {
    let fixtures = [
        (
            "convnext_atto.dynamo",
            ConvnextAttoDynamo::OUTPUT.to_string(),
            "1000",
            "ConvnextAttoDynamo",
        ),
        (
            "convnext_atto.legacy",
            ConvnextAttoLegacy::OUTPUT.to_string(),
            "1000",
            "ConvnextAttoLegacy",
        ),
        (
            "convnextv2_atto.dynamo",
            Convnextv2AttoDynamo::OUTPUT.to_string(),
            "1000",
            "Convnextv2AttoDynamo",
        ),
        (
            "convnextv2_atto.legacy",
            Convnextv2AttoLegacy::OUTPUT.to_string(),
            "1000",
            "Convnextv2AttoLegacy",
        ),
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
            "densenet121.dynamo",
            Densenet121Dynamo::OUTPUT.to_string(),
            "1000",
            "Densenet121Dynamo",
        ),
        (
            "densenet121.legacy",
            Densenet121Legacy::OUTPUT.to_string(),
            "1000",
            "Densenet121Legacy",
        ),
        (
            "dla34.dynamo",
            Dla34Dynamo::OUTPUT.to_string(),
            "1000",
            "Dla34Dynamo",
        ),
        (
            "dla34.legacy",
            Dla34Legacy::OUTPUT.to_string(),
            "1000",
            "Dla34Legacy",
        ),
        (
            "dpn68.dynamo",
            Dpn68Dynamo::OUTPUT.to_string(),
            "1000",
            "Dpn68Dynamo",
        ),
        (
            "dpn68.legacy",
            Dpn68Legacy::OUTPUT.to_string(),
            "1000",
            "Dpn68Legacy",
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
            "efficientnet_b0_gn.dynamo",
            EfficientnetB0GnDynamo::OUTPUT.to_string(),
            "1000",
            "EfficientnetB0GnDynamo",
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
            "fasternet_t0.dynamo",
            FasternetT0Dynamo::OUTPUT.to_string(),
            "1000",
            "FasternetT0Dynamo",
        ),
        (
            "fasternet_t0.legacy",
            FasternetT0Legacy::OUTPUT.to_string(),
            "1000",
            "FasternetT0Legacy",
        ),
        (
            "fastvit_t8.dynamo",
            FastvitT8Dynamo::OUTPUT.to_string(),
            "1000",
            "FastvitT8Dynamo",
        ),
        (
            "fastvit_t8.legacy",
            FastvitT8Legacy::OUTPUT.to_string(),
            "1000",
            "FastvitT8Legacy",
        ),
        (
            "gernet_s.dynamo",
            GernetSDynamo::OUTPUT.to_string(),
            "1000",
            "GernetSDynamo",
        ),
        (
            "gernet_s.legacy",
            GernetSLegacy::OUTPUT.to_string(),
            "1000",
            "GernetSLegacy",
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
            "ghostnet_050.opset13",
            Ghostnet050Opset13::OUTPUT.to_string(),
            "1000",
            "Ghostnet050Opset13",
        ),
        (
            "ghostnet_050.opset15",
            Ghostnet050Opset15::OUTPUT.to_string(),
            "1000",
            "Ghostnet050Opset15",
        ),
        (
            "ghostnetv2_100.dynamo",
            Ghostnetv2100Dynamo::OUTPUT.to_string(),
            "1000",
            "Ghostnetv2100Dynamo",
        ),
        (
            "ghostnetv2_100.legacy",
            Ghostnetv2100Legacy::OUTPUT.to_string(),
            "1000",
            "Ghostnetv2100Legacy",
        ),
        (
            "hgnet_tiny.dynamo",
            HgnetTinyDynamo::OUTPUT.to_string(),
            "1000",
            "HgnetTinyDynamo",
        ),
        (
            "hgnet_tiny.legacy",
            HgnetTinyLegacy::OUTPUT.to_string(),
            "1000",
            "HgnetTinyLegacy",
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
            "hrnet_w18_small.dynamo",
            HrnetW18SmallDynamo::OUTPUT.to_string(),
            "1000",
            "HrnetW18SmallDynamo",
        ),
        (
            "hrnet_w18_small.legacy",
            HrnetW18SmallLegacy::OUTPUT.to_string(),
            "1000",
            "HrnetW18SmallLegacy",
        ),
        (
            "inception_next_atto.dynamo",
            InceptionNextAttoDynamo::OUTPUT.to_string(),
            "1000",
            "InceptionNextAttoDynamo",
        ),
        (
            "inception_next_atto.legacy",
            InceptionNextAttoLegacy::OUTPUT.to_string(),
            "1000",
            "InceptionNextAttoLegacy",
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
            "lcnet_050.opset13",
            Lcnet050Opset13::OUTPUT.to_string(),
            "1000",
            "Lcnet050Opset13",
        ),
        (
            "lcnet_050.opset15",
            Lcnet050Opset15::OUTPUT.to_string(),
            "1000",
            "Lcnet050Opset15",
        ),
        (
            "legacy_seresnet18.dynamo",
            LegacySeresnet18Dynamo::OUTPUT.to_string(),
            "1000",
            "LegacySeresnet18Dynamo",
        ),
        (
            "legacy_seresnet18.legacy",
            LegacySeresnet18Legacy::OUTPUT.to_string(),
            "1000",
            "LegacySeresnet18Legacy",
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
            "mixnet_s.opset13",
            MixnetSOpset13::OUTPUT.to_string(),
            "1000",
            "MixnetSOpset13",
        ),
        (
            "mixnet_s.opset15",
            MixnetSOpset15::OUTPUT.to_string(),
            "1000",
            "MixnetSOpset15",
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
            "mobilenetv4_conv_small.dynamo",
            Mobilenetv4ConvSmallDynamo::OUTPUT.to_string(),
            "1000",
            "Mobilenetv4ConvSmallDynamo",
        ),
        (
            "mobilenetv4_conv_small.legacy",
            Mobilenetv4ConvSmallLegacy::OUTPUT.to_string(),
            "1000",
            "Mobilenetv4ConvSmallLegacy",
        ),
        (
            "mobileone_s0.dynamo",
            MobileoneS0Dynamo::OUTPUT.to_string(),
            "1000",
            "MobileoneS0Dynamo",
        ),
        (
            "mobileone_s0.legacy",
            MobileoneS0Legacy::OUTPUT.to_string(),
            "1000",
            "MobileoneS0Legacy",
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
            "regnety_002.opset13",
            Regnety002Opset13::OUTPUT.to_string(),
            "1000",
            "Regnety002Opset13",
        ),
        (
            "regnety_002.opset15",
            Regnety002Opset15::OUTPUT.to_string(),
            "1000",
            "Regnety002Opset15",
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
            "res2net50_26w_4s.dynamo",
            Res2net5026w4sDynamo::OUTPUT.to_string(),
            "1000",
            "Res2net5026w4sDynamo",
        ),
        (
            "res2net50_26w_4s.legacy",
            Res2net5026w4sLegacy::OUTPUT.to_string(),
            "1000",
            "Res2net5026w4sLegacy",
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
            "resnetblur18.legacy",
            Resnetblur18Legacy::OUTPUT.to_string(),
            "1000",
            "Resnetblur18Legacy",
        ),
        (
            "resnetv2_50.dynamo",
            Resnetv250Dynamo::OUTPUT.to_string(),
            "1000",
            "Resnetv250Dynamo",
        ),
        (
            "resnetv2_50.legacy",
            Resnetv250Legacy::OUTPUT.to_string(),
            "1000",
            "Resnetv250Legacy",
        ),
        (
            "rexnet_100.dynamo",
            Rexnet100Dynamo::OUTPUT.to_string(),
            "1000",
            "Rexnet100Dynamo",
        ),
        (
            "rexnet_100.legacy",
            Rexnet100Legacy::OUTPUT.to_string(),
            "1000",
            "Rexnet100Legacy",
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
        (
            "tf_efficientnet_b0.dynamo",
            TfEfficientnetB0Dynamo::OUTPUT.to_string(),
            "1000",
            "TfEfficientnetB0Dynamo",
        ),
        (
            "tf_efficientnet_b0.legacy",
            TfEfficientnetB0Legacy::OUTPUT.to_string(),
            "1000",
            "TfEfficientnetB0Legacy",
        ),
        (
            "tresnet_m.dynamo",
            TresnetMDynamo::OUTPUT.to_string(),
            "1000",
            "TresnetMDynamo",
        ),
        (
            "tresnet_m.legacy",
            TresnetMLegacy::OUTPUT.to_string(),
            "1000",
            "TresnetMLegacy",
        ),
        (
            "vgg11_bn.dynamo",
            Vgg11BnDynamo::OUTPUT.to_string(),
            "1000",
            "Vgg11BnDynamo",
        ),
        (
            "vgg11_bn.legacy",
            Vgg11BnLegacy::OUTPUT.to_string(),
            "1000",
            "Vgg11BnLegacy",
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
