//! The corpus (timm models, torchvision's CNNs and the examples' M5 as
//! torch's two exporters write them, batch norm kept or folded, no ONNX
//! shape inference run), imported with `cnn import --rust`
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

include!("imported/corpus/cspdarknet53.dynamo.rs");
const _: () = assert!(Cspdarknet53Dynamo::PARAMS == 27624520);
const _: () = assert!(Cspdarknet53Dynamo::MACS == 5002567680);

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

include!("imported/corpus/gcresnext26ts.dynamo.rs");
const _: () = assert!(Gcresnext26tsDynamo::PARAMS == 10461120);
const _: () = assert!(Gcresnext26tsDynamo::MACS == 1843881984);

include!("imported/corpus/gcresnext26ts.legacy.rs");
const _: () = assert!(Gcresnext26tsLegacy::PARAMS == 10461120);
const _: () = assert!(Gcresnext26tsLegacy::MACS == 1843881984);

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

include!("imported/corpus/hgnetv2_b0.dynamo.rs");
const _: () = assert!(Hgnetv2B0Dynamo::PARAMS == 5990414);
const _: () = assert!(Hgnetv2B0Dynamo::MACS == 321326464);

include!("imported/corpus/hgnetv2_b0.legacy.rs");
const _: () = assert!(Hgnetv2B0Legacy::PARAMS == 5990414);
const _: () = assert!(Hgnetv2B0Legacy::MACS == 321326464);

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

include!("imported/corpus/inception_v3.dynamo.rs");
const _: () = assert!(InceptionV3Dynamo::PARAMS == 23817352);
const _: () = assert!(InceptionV3Dynamo::MACS == 2837921120);

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

include!("imported/corpus/lcnet_050.opset14.rs");
const _: () = assert!(Lcnet050Opset14::PARAMS == 1878120);
const _: () = assert!(Lcnet050Opset14::MACS == 44731008);

include!("imported/corpus/lcnet_050.opset15.rs");
const _: () = assert!(Lcnet050Opset15::PARAMS == 1878120);
const _: () = assert!(Lcnet050Opset15::MACS == 44731008);

include!("imported/corpus/lcnet_050.opset16.rs");
const _: () = assert!(Lcnet050Opset16::PARAMS == 1878120);
const _: () = assert!(Lcnet050Opset16::MACS == 44731008);

include!("imported/corpus/legacy_seresnet18.dynamo.rs");
const _: () = assert!(LegacySeresnet18Dynamo::PARAMS == 11773792);
const _: () = assert!(LegacySeresnet18Dynamo::MACS == 1814160384);

include!("imported/corpus/legacy_seresnet18.legacy.rs");
const _: () = assert!(LegacySeresnet18Legacy::PARAMS == 11773792);
const _: () = assert!(LegacySeresnet18Legacy::MACS == 1814160384);

include!("imported/corpus/m5.dynamo.rs");
const _: () = assert!(M5Dynamo::PARAMS == 26531);
const _: () = assert!(M5Dynamo::MACS == 1880256);

include!("imported/corpus/m5.legacy.rs");
const _: () = assert!(M5Legacy::PARAMS == 26531);
const _: () = assert!(M5Legacy::MACS == 1880256);

include!("imported/corpus/m5.preserve.rs");
const _: () = assert!(M5Preserve::PARAMS == 26915);
const _: () = assert!(M5Preserve::MACS == 1880256);

include!("imported/corpus/mixnet_s.dynamo.rs");
const _: () = assert!(MixnetSDynamo::PARAMS == 4128150);
const _: () = assert!(MixnetSDynamo::MACS == 239173360);

include!("imported/corpus/mixnet_s.legacy.rs");
const _: () = assert!(MixnetSLegacy::PARAMS == 4128150);
const _: () = assert!(MixnetSLegacy::MACS == 239173360);

include!("imported/corpus/mixnet_s.opset13.rs");
const _: () = assert!(MixnetSOpset13::PARAMS == 4128150);
const _: () = assert!(MixnetSOpset13::MACS == 239173360);

include!("imported/corpus/mixnet_s.opset14.rs");
const _: () = assert!(MixnetSOpset14::PARAMS == 4128150);
const _: () = assert!(MixnetSOpset14::MACS == 239173360);

include!("imported/corpus/mixnet_s.opset15.rs");
const _: () = assert!(MixnetSOpset15::PARAMS == 4128150);
const _: () = assert!(MixnetSOpset15::MACS == 239173360);

include!("imported/corpus/mixnet_s.opset16.rs");
const _: () = assert!(MixnetSOpset16::PARAMS == 4128150);
const _: () = assert!(MixnetSOpset16::MACS == 239173360);

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

include!("imported/corpus/nf_regnet_b0.dynamo.rs");
const _: () = assert!(NfRegnetB0Dynamo::PARAMS == 8763752);
const _: () = assert!(NfRegnetB0Dynamo::MACS == 476566528);

include!("imported/corpus/nf_resnet26.dynamo.rs");
const _: () = assert!(NfResnet26Dynamo::PARAMS == 15995112);
const _: () = assert!(NfResnet26Dynamo::MACS == 2342256640);

include!("imported/corpus/nf_resnet26.legacy.rs");
const _: () = assert!(NfResnet26Legacy::PARAMS == 15995176);
const _: () = assert!(NfResnet26Legacy::MACS == 2342256640);

include!("imported/corpus/poolformer_s12.dynamo.rs");
const _: () = assert!(PoolformerS12Dynamo::PARAMS == 11915176);
const _: () = assert!(PoolformerS12Dynamo::MACS == 1812267008);

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

include!("imported/corpus/resnest14d.dynamo.rs");
const _: () = assert!(Resnest14dDynamo::PARAMS == 10600040);
const _: () = assert!(Resnest14dDynamo::MACS == 2749405184);

include!("imported/corpus/resnest14d.legacy.rs");
const _: () = assert!(Resnest14dLegacy::PARAMS == 10600040);
const _: () = assert!(Resnest14dLegacy::MACS == 2749405184);

include!("imported/corpus/resnest26d.dynamo.rs");
const _: () = assert!(Resnest26dDynamo::PARAMS == 17050120);
const _: () = assert!(Resnest26dDynamo::MACS == 3623391232);

include!("imported/corpus/resnest26d.legacy.rs");
const _: () = assert!(Resnest26dLegacy::PARAMS == 17050120);
const _: () = assert!(Resnest26dLegacy::MACS == 3623391232);

include!("imported/corpus/resnet18.dynamo.rs");
const _: () = assert!(Resnet18Dynamo::PARAMS == 11684712);
const _: () = assert!(Resnet18Dynamo::MACS == 1814073344);

include!("imported/corpus/resnet50.dynamo.rs");
const _: () = assert!(Resnet50Dynamo::PARAMS == 25530472);
const _: () = assert!(Resnet50Dynamo::MACS == 4089184256);

include!("imported/corpus/resnet50_gn.dynamo.rs");
const _: () = assert!(Resnet50GnDynamo::PARAMS == 25557032);
const _: () = assert!(Resnet50GnDynamo::MACS == 4089184256);

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

include!("imported/corpus/resnetv2_50x1_bit.dynamo.rs");
const _: () = assert!(Resnetv250x1BitDynamo::PARAMS == 25549352);
const _: () = assert!(Resnetv250x1BitDynamo::MACS == 4089184256);

include!("imported/corpus/rexnet_100.dynamo.rs");
const _: () = assert!(Rexnet100Dynamo::PARAMS == 4775497);
const _: () = assert!(Rexnet100Dynamo::MACS == 398370392);

include!("imported/corpus/rexnet_100.legacy.rs");
const _: () = assert!(Rexnet100Legacy::PARAMS == 4775497);
const _: () = assert!(Rexnet100Legacy::MACS == 398370392);

include!("imported/corpus/selecsls42b.dynamo.rs");
const _: () = assert!(Selecsls42bDynamo::PARAMS == 32448424);
const _: () = assert!(Selecsls42bDynamo::MACS == 2971924480);

include!("imported/corpus/selecsls42b.legacy.rs");
const _: () = assert!(Selecsls42bLegacy::PARAMS == 32448424);
const _: () = assert!(Selecsls42bLegacy::MACS == 2971924480);

include!("imported/corpus/seresnext26d_32x4d.dynamo.rs");
const _: () = assert!(Seresnext26d32x4dDynamo::PARAMS == 16790184);
const _: () = assert!(Seresnext26d32x4dDynamo::MACS == 2711740416);

include!("imported/corpus/seresnext26d_32x4d.legacy.rs");
const _: () = assert!(Seresnext26d32x4dLegacy::PARAMS == 16790184);
const _: () = assert!(Seresnext26d32x4dLegacy::MACS == 2711740416);

include!("imported/corpus/skresnet18.dynamo.rs");
const _: () = assert!(Skresnet18Dynamo::PARAMS == 11951080);
const _: () = assert!(Skresnet18Dynamo::MACS == 1814337536);

include!("imported/corpus/skresnet18.legacy.rs");
const _: () = assert!(Skresnet18Legacy::PARAMS == 11951080);
const _: () = assert!(Skresnet18Legacy::MACS == 1814337536);

include!("imported/corpus/skresnext50_32x4d.dynamo.rs");
const _: () = assert!(Skresnext5032x4dDynamo::PARAMS == 27437512);
const _: () = assert!(Skresnext5032x4dDynamo::MACS == 4462710784);

include!("imported/corpus/skresnext50_32x4d.legacy.rs");
const _: () = assert!(Skresnext5032x4dLegacy::PARAMS == 27437512);
const _: () = assert!(Skresnext5032x4dLegacy::MACS == 4462710784);

include!("imported/corpus/test_convnext.dynamo.rs");
const _: () = assert!(TestConvnextDynamo::PARAMS == 272128);
const _: () = assert!(TestConvnextDynamo::MACS == 61147008);

include!("imported/corpus/test_convnext.legacy.rs");
const _: () = assert!(TestConvnextLegacy::PARAMS == 272128);
const _: () = assert!(TestConvnextLegacy::MACS == 61147008);

include!("imported/corpus/test_nfnet_skipinit.dynamo.rs");
const _: () = assert!(TestNfnetSkipinitDynamo::PARAMS == 382284);
const _: () = assert!(TestNfnetSkipinitDynamo::MACS == 558515712);

include!("imported/corpus/test_nfnet_skipinit.legacy.rs");
const _: () = assert!(TestNfnetSkipinitLegacy::PARAMS == 383084);
const _: () = assert!(TestNfnetSkipinitLegacy::MACS == 558515712);

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

include!("imported/corpus/tv_alexnet.dynamo.rs");
const _: () = assert!(TvAlexnetDynamo::PARAMS == 61100840);
const _: () = assert!(TvAlexnetDynamo::MACS == 714188480);

include!("imported/corpus/tv_alexnet.legacy.rs");
const _: () = assert!(TvAlexnetLegacy::PARAMS == 61100840);
const _: () = assert!(TvAlexnetLegacy::MACS == 714188480);

include!("imported/corpus/tv_alexnet.preserve.rs");
const _: () = assert!(TvAlexnetPreserve::PARAMS == 61100840);
const _: () = assert!(TvAlexnetPreserve::MACS == 714188480);

include!("imported/corpus/tv_convnext_small.dynamo.rs");
const _: () = assert!(TvConvnextSmallDynamo::PARAMS == 50223688);
const _: () = assert!(TvConvnextSmallDynamo::MACS == 8683712256);

include!("imported/corpus/tv_convnext_small.legacy.rs");
const _: () = assert!(TvConvnextSmallLegacy::PARAMS == 50223688);
const _: () = assert!(TvConvnextSmallLegacy::MACS == 8683712256);

include!("imported/corpus/tv_convnext_small.preserve.rs");
const _: () = assert!(TvConvnextSmallPreserve::PARAMS == 50223688);
const _: () = assert!(TvConvnextSmallPreserve::MACS == 8683712256);

include!("imported/corpus/tv_convnext_tiny.dynamo.rs");
const _: () = assert!(TvConvnextTinyDynamo::PARAMS == 28589128);
const _: () = assert!(TvConvnextTinyDynamo::MACS == 4455531264);

include!("imported/corpus/tv_convnext_tiny.legacy.rs");
const _: () = assert!(TvConvnextTinyLegacy::PARAMS == 28589128);
const _: () = assert!(TvConvnextTinyLegacy::MACS == 4455531264);

include!("imported/corpus/tv_convnext_tiny.preserve.rs");
const _: () = assert!(TvConvnextTinyPreserve::PARAMS == 28589128);
const _: () = assert!(TvConvnextTinyPreserve::MACS == 4455531264);

include!("imported/corpus/tv_deeplabv3_mobilenet_v3_large.dynamo.rs");
const _: () = assert!(TvDeeplabv3MobilenetV3LargeDynamo::PARAMS == 11011485);
const _: () = assert!(TvDeeplabv3MobilenetV3LargeDynamo::MACS == 10436350688);

include!("imported/corpus/tv_deeplabv3_mobilenet_v3_large.legacy.rs");
const _: () = assert!(TvDeeplabv3MobilenetV3LargeLegacy::PARAMS == 11011485);
const _: () = assert!(TvDeeplabv3MobilenetV3LargeLegacy::MACS == 10436350688);

include!("imported/corpus/tv_deeplabv3_mobilenet_v3_large.preserve.rs");
const _: () = assert!(TvDeeplabv3MobilenetV3LargePreserve::PARAMS == 11025477);
const _: () = assert!(TvDeeplabv3MobilenetV3LargePreserve::MACS == 10436350688);

include!("imported/corpus/tv_densenet121.dynamo.rs");
const _: () = assert!(TvDensenet121Dynamo::PARAMS == 7971368);
const _: () = assert!(TvDensenet121Dynamo::MACS == 2834161664);

include!("imported/corpus/tv_densenet121.legacy.rs");
const _: () = assert!(TvDensenet121Legacy::PARAMS == 7971368);
const _: () = assert!(TvDensenet121Legacy::MACS == 2834161664);

include!("imported/corpus/tv_densenet121.preserve.rs");
const _: () = assert!(TvDensenet121Preserve::PARAMS == 7978856);
const _: () = assert!(TvDensenet121Preserve::MACS == 2834161664);

include!("imported/corpus/tv_efficientnet_b0.dynamo.rs");
const _: () = assert!(TvEfficientnetB0Dynamo::PARAMS == 5267540);
const _: () = assert!(TvEfficientnetB0Dynamo::MACS == 385814752);

include!("imported/corpus/tv_efficientnet_b0.legacy.rs");
const _: () = assert!(TvEfficientnetB0Legacy::PARAMS == 5267540);
const _: () = assert!(TvEfficientnetB0Legacy::MACS == 385814752);

include!("imported/corpus/tv_efficientnet_b0.preserve.rs");
const _: () = assert!(TvEfficientnetB0Preserve::PARAMS == 5288548);
const _: () = assert!(TvEfficientnetB0Preserve::MACS == 385814752);

include!("imported/corpus/tv_efficientnet_v2_s.dynamo.rs");
const _: () = assert!(TvEfficientnetV2SDynamo::PARAMS == 21381552);
const _: () = assert!(TvEfficientnetV2SDynamo::MACS == 8365617152);

include!("imported/corpus/tv_efficientnet_v2_s.legacy.rs");
const _: () = assert!(TvEfficientnetV2SLegacy::PARAMS == 21381552);
const _: () = assert!(TvEfficientnetV2SLegacy::MACS == 8365617152);

include!("imported/corpus/tv_efficientnet_v2_s.preserve.rs");
const _: () = assert!(TvEfficientnetV2SPreserve::PARAMS == 21458488);
const _: () = assert!(TvEfficientnetV2SPreserve::MACS == 8365617152);

include!("imported/corpus/tv_fcn_resnet50.dynamo.rs");
const _: () = assert!(TvFcnResnet50Dynamo::PARAMS == 32929941);
const _: () = assert!(TvFcnResnet50Dynamo::MACS == 142725772800);

include!("imported/corpus/tv_fcn_resnet50.legacy.rs");
const _: () = assert!(TvFcnResnet50Legacy::PARAMS == 32929941);
const _: () = assert!(TvFcnResnet50Legacy::MACS == 142725772800);

include!("imported/corpus/tv_fcn_resnet50.preserve.rs");
const _: () = assert!(TvFcnResnet50Preserve::PARAMS == 32957013);
const _: () = assert!(TvFcnResnet50Preserve::MACS == 142725772800);

include!("imported/corpus/tv_googlenet.dynamo.rs");
const _: () = assert!(TvGooglenetDynamo::PARAMS == 6617624);
const _: () = assert!(TvGooglenetDynamo::MACS == 1498376192);

include!("imported/corpus/tv_googlenet.legacy.rs");
const _: () = assert!(TvGooglenetLegacy::PARAMS == 6617624);
const _: () = assert!(TvGooglenetLegacy::MACS == 1498376192);

include!("imported/corpus/tv_googlenet.preserve.rs");
const _: () = assert!(TvGooglenetPreserve::PARAMS == 6624904);
const _: () = assert!(TvGooglenetPreserve::MACS == 1498376192);

include!("imported/corpus/tv_inception_v3.dynamo.rs");
const _: () = assert!(TvInceptionV3Dynamo::PARAMS == 23817352);
const _: () = assert!(TvInceptionV3Dynamo::MACS == 5713216096);

include!("imported/corpus/tv_inception_v3.legacy.rs");
const _: () = assert!(TvInceptionV3Legacy::PARAMS == 23817352);
const _: () = assert!(TvInceptionV3Legacy::MACS == 5713216096);

include!("imported/corpus/tv_inception_v3.preserve.rs");
const _: () = assert!(TvInceptionV3Preserve::PARAMS == 23834568);
const _: () = assert!(TvInceptionV3Preserve::MACS == 5713216096);

include!("imported/corpus/tv_lraspp_mobilenet_v3_large.dynamo.rs");
const _: () = assert!(TvLrasppMobilenetV3LargeDynamo::PARAMS == 3209210);
const _: () = assert!(TvLrasppMobilenetV3LargeDynamo::MACS == 2086219688);

include!("imported/corpus/tv_lraspp_mobilenet_v3_large.legacy.rs");
const _: () = assert!(TvLrasppMobilenetV3LargeLegacy::PARAMS == 3209210);
const _: () = assert!(TvLrasppMobilenetV3LargeLegacy::MACS == 2086219688);

include!("imported/corpus/tv_lraspp_mobilenet_v3_large.preserve.rs");
const _: () = assert!(TvLrasppMobilenetV3LargePreserve::PARAMS == 3221538);
const _: () = assert!(TvLrasppMobilenetV3LargePreserve::MACS == 2086219688);

include!("imported/corpus/tv_mnasnet0_5.dynamo.rs");
const _: () = assert!(TvMnasnet05Dynamo::PARAMS == 2208200);
const _: () = assert!(TvMnasnet05Dynamo::MACS == 104455968);

include!("imported/corpus/tv_mnasnet0_5.legacy.rs");
const _: () = assert!(TvMnasnet05Legacy::PARAMS == 2208200);
const _: () = assert!(TvMnasnet05Legacy::MACS == 104455968);

include!("imported/corpus/tv_mnasnet0_5.preserve.rs");
const _: () = assert!(TvMnasnet05Preserve::PARAMS == 2218512);
const _: () = assert!(TvMnasnet05Preserve::MACS == 104455968);

include!("imported/corpus/tv_mnasnet1_0.dynamo.rs");
const _: () = assert!(TvMnasnet10Dynamo::PARAMS == 4364352);
const _: () = assert!(TvMnasnet10Dynamo::MACS == 314415872);

include!("imported/corpus/tv_mnasnet1_0.legacy.rs");
const _: () = assert!(TvMnasnet10Legacy::PARAMS == 4364352);
const _: () = assert!(TvMnasnet10Legacy::MACS == 314415872);

include!("imported/corpus/tv_mnasnet1_0.preserve.rs");
const _: () = assert!(TvMnasnet10Preserve::PARAMS == 4383312);
const _: () = assert!(TvMnasnet10Preserve::MACS == 314415872);

include!("imported/corpus/tv_mobilenet_v2.dynamo.rs");
const _: () = assert!(TvMobilenetV2Dynamo::PARAMS == 3487816);
const _: () = assert!(TvMobilenetV2Dynamo::MACS == 300774272);

include!("imported/corpus/tv_mobilenet_v2.legacy.rs");
const _: () = assert!(TvMobilenetV2Legacy::PARAMS == 3487816);
const _: () = assert!(TvMobilenetV2Legacy::MACS == 300774272);

include!("imported/corpus/tv_mobilenet_v2.preserve.rs");
const _: () = assert!(TvMobilenetV2Preserve::PARAMS == 3504872);
const _: () = assert!(TvMobilenetV2Preserve::MACS == 300774272);

include!("imported/corpus/tv_mobilenet_v3_large.dynamo.rs");
const _: () = assert!(TvMobilenetV3LargeDynamo::PARAMS == 5470832);
const _: () = assert!(TvMobilenetV3LargeDynamo::MACS == 216589760);

include!("imported/corpus/tv_mobilenet_v3_large.legacy.rs");
const _: () = assert!(TvMobilenetV3LargeLegacy::PARAMS == 5470832);
const _: () = assert!(TvMobilenetV3LargeLegacy::MACS == 216589760);

include!("imported/corpus/tv_mobilenet_v3_large.preserve.rs");
const _: () = assert!(TvMobilenetV3LargePreserve::PARAMS == 5483032);
const _: () = assert!(TvMobilenetV3LargePreserve::MACS == 216589760);

include!("imported/corpus/tv_mobilenet_v3_small.dynamo.rs");
const _: () = assert!(TvMobilenetV3SmallDynamo::PARAMS == 2536800);
const _: () = assert!(TvMobilenetV3SmallDynamo::MACS == 56510400);

include!("imported/corpus/tv_mobilenet_v3_small.legacy.rs");
const _: () = assert!(TvMobilenetV3SmallLegacy::PARAMS == 2536800);
const _: () = assert!(TvMobilenetV3SmallLegacy::MACS == 56510400);

include!("imported/corpus/tv_mobilenet_v3_small.opset14.rs");
const _: () = assert!(TvMobilenetV3SmallOpset14::PARAMS == 2536800);
const _: () = assert!(TvMobilenetV3SmallOpset14::MACS == 56510400);

include!("imported/corpus/tv_mobilenet_v3_small.opset16.rs");
const _: () = assert!(TvMobilenetV3SmallOpset16::PARAMS == 2536800);
const _: () = assert!(TvMobilenetV3SmallOpset16::MACS == 56510400);

include!("imported/corpus/tv_mobilenet_v3_small.preserve.rs");
const _: () = assert!(TvMobilenetV3SmallPreserve::PARAMS == 2542856);
const _: () = assert!(TvMobilenetV3SmallPreserve::MACS == 56510400);

include!("imported/corpus/tv_regnet_x_400mf.dynamo.rs");
const _: () = assert!(TvRegnetX400mfDynamo::PARAMS == 5477048);
const _: () = assert!(TvRegnetX400mfDynamo::MACS == 413812608);

include!("imported/corpus/tv_regnet_x_400mf.legacy.rs");
const _: () = assert!(TvRegnetX400mfLegacy::PARAMS == 5477048);
const _: () = assert!(TvRegnetX400mfLegacy::MACS == 413812608);

include!("imported/corpus/tv_regnet_x_400mf.preserve.rs");
const _: () = assert!(TvRegnetX400mfPreserve::PARAMS == 5495976);
const _: () = assert!(TvRegnetX400mfPreserve::MACS == 413812608);

include!("imported/corpus/tv_regnet_y_400mf.dynamo.rs");
const _: () = assert!(TvRegnetY400mfDynamo::PARAMS == 4330568);
const _: () = assert!(TvRegnetY400mfDynamo::MACS == 401842848);

include!("imported/corpus/tv_regnet_y_400mf.legacy.rs");
const _: () = assert!(TvRegnetY400mfLegacy::PARAMS == 4330568);
const _: () = assert!(TvRegnetY400mfLegacy::MACS == 401842848);

include!("imported/corpus/tv_regnet_y_400mf.preserve.rs");
const _: () = assert!(TvRegnetY400mfPreserve::PARAMS == 4344144);
const _: () = assert!(TvRegnetY400mfPreserve::MACS == 401842848);

include!("imported/corpus/tv_resnet18.dynamo.rs");
const _: () = assert!(TvResnet18Dynamo::PARAMS == 11684712);
const _: () = assert!(TvResnet18Dynamo::MACS == 1814073344);

include!("imported/corpus/tv_resnet18.legacy.rs");
const _: () = assert!(TvResnet18Legacy::PARAMS == 11684712);
const _: () = assert!(TvResnet18Legacy::MACS == 1814073344);

include!("imported/corpus/tv_resnet18.preserve.rs");
const _: () = assert!(TvResnet18Preserve::PARAMS == 11689512);
const _: () = assert!(TvResnet18Preserve::MACS == 1814073344);

include!("imported/corpus/tv_resnet50.dynamo.rs");
const _: () = assert!(TvResnet50Dynamo::PARAMS == 25530472);
const _: () = assert!(TvResnet50Dynamo::MACS == 4089184256);

include!("imported/corpus/tv_resnet50.legacy.rs");
const _: () = assert!(TvResnet50Legacy::PARAMS == 25530472);
const _: () = assert!(TvResnet50Legacy::MACS == 4089184256);

include!("imported/corpus/tv_resnet50.preserve.rs");
const _: () = assert!(TvResnet50Preserve::PARAMS == 25557032);
const _: () = assert!(TvResnet50Preserve::MACS == 4089184256);

include!("imported/corpus/tv_resnext50_32x4d.dynamo.rs");
const _: () = assert!(TvResnext5032x4dDynamo::PARAMS == 24994792);
const _: () = assert!(TvResnext5032x4dDynamo::MACS == 4230479872);

include!("imported/corpus/tv_resnext50_32x4d.legacy.rs");
const _: () = assert!(TvResnext5032x4dLegacy::PARAMS == 24994792);
const _: () = assert!(TvResnext5032x4dLegacy::MACS == 4230479872);

include!("imported/corpus/tv_resnext50_32x4d.preserve.rs");
const _: () = assert!(TvResnext5032x4dPreserve::PARAMS == 25028904);
const _: () = assert!(TvResnext5032x4dPreserve::MACS == 4230479872);

include!("imported/corpus/tv_shufflenet_v2_x0_5.dynamo.rs");
const _: () = assert!(TvShufflenetV2X05Dynamo::PARAMS == 1362816);
const _: () = assert!(TvShufflenetV2X05Dynamo::MACS == 40476448);

include!("imported/corpus/tv_shufflenet_v2_x0_5.legacy.rs");
const _: () = assert!(TvShufflenetV2X05Legacy::PARAMS == 1362816);
const _: () = assert!(TvShufflenetV2X05Legacy::MACS == 40476448);

include!("imported/corpus/tv_shufflenet_v2_x0_5.opset14.rs");
const _: () = assert!(TvShufflenetV2X05Opset14::PARAMS == 1362816);
const _: () = assert!(TvShufflenetV2X05Opset14::MACS == 40476448);

include!("imported/corpus/tv_shufflenet_v2_x0_5.opset16.rs");
const _: () = assert!(TvShufflenetV2X05Opset16::PARAMS == 1362816);
const _: () = assert!(TvShufflenetV2X05Opset16::MACS == 40476448);

include!("imported/corpus/tv_shufflenet_v2_x0_5.preserve.rs");
const _: () = assert!(TvShufflenetV2X05Preserve::PARAMS == 1366792);
const _: () = assert!(TvShufflenetV2X05Preserve::MACS == 40476448);

include!("imported/corpus/tv_shufflenet_v2_x1_0.dynamo.rs");
const _: () = assert!(TvShufflenetV2X10Dynamo::PARAMS == 2270514);
const _: () = assert!(TvShufflenetV2X10Dynamo::MACS == 144907992);

include!("imported/corpus/tv_shufflenet_v2_x1_0.legacy.rs");
const _: () = assert!(TvShufflenetV2X10Legacy::PARAMS == 2270514);
const _: () = assert!(TvShufflenetV2X10Legacy::MACS == 144907992);

include!("imported/corpus/tv_shufflenet_v2_x1_0.preserve.rs");
const _: () = assert!(TvShufflenetV2X10Preserve::PARAMS == 2278604);
const _: () = assert!(TvShufflenetV2X10Preserve::MACS == 144907992);

include!("imported/corpus/tv_squeezenet1_0.dynamo.rs");
const _: () = assert!(TvSqueezenet10Dynamo::PARAMS == 1248424);
const _: () = assert!(TvSqueezenet10Dynamo::MACS == 818924576);

include!("imported/corpus/tv_squeezenet1_0.legacy.rs");
const _: () = assert!(TvSqueezenet10Legacy::PARAMS == 1248424);
const _: () = assert!(TvSqueezenet10Legacy::MACS == 818924576);

include!("imported/corpus/tv_squeezenet1_0.preserve.rs");
const _: () = assert!(TvSqueezenet10Preserve::PARAMS == 1248424);
const _: () = assert!(TvSqueezenet10Preserve::MACS == 818924576);

include!("imported/corpus/tv_squeezenet1_1.dynamo.rs");
const _: () = assert!(TvSqueezenet11Dynamo::PARAMS == 1235496);
const _: () = assert!(TvSqueezenet11Dynamo::MACS == 349151936);

include!("imported/corpus/tv_squeezenet1_1.legacy.rs");
const _: () = assert!(TvSqueezenet11Legacy::PARAMS == 1235496);
const _: () = assert!(TvSqueezenet11Legacy::MACS == 349151936);

include!("imported/corpus/tv_squeezenet1_1.preserve.rs");
const _: () = assert!(TvSqueezenet11Preserve::PARAMS == 1235496);
const _: () = assert!(TvSqueezenet11Preserve::MACS == 349151936);

include!("imported/corpus/tv_vgg11.dynamo.rs");
const _: () = assert!(TvVgg11Dynamo::PARAMS == 132863336);
const _: () = assert!(TvVgg11Dynamo::MACS == 7609090048);

include!("imported/corpus/tv_vgg11.legacy.rs");
const _: () = assert!(TvVgg11Legacy::PARAMS == 132863336);
const _: () = assert!(TvVgg11Legacy::MACS == 7609090048);

include!("imported/corpus/tv_vgg11.preserve.rs");
const _: () = assert!(TvVgg11Preserve::PARAMS == 132863336);
const _: () = assert!(TvVgg11Preserve::MACS == 7609090048);

include!("imported/corpus/tv_vgg11_bn.dynamo.rs");
const _: () = assert!(TvVgg11BnDynamo::PARAMS == 132863336);
const _: () = assert!(TvVgg11BnDynamo::MACS == 7609090048);

include!("imported/corpus/tv_vgg11_bn.legacy.rs");
const _: () = assert!(TvVgg11BnLegacy::PARAMS == 132863336);
const _: () = assert!(TvVgg11BnLegacy::MACS == 7609090048);

include!("imported/corpus/tv_vgg11_bn.preserve.rs");
const _: () = assert!(TvVgg11BnPreserve::PARAMS == 132868840);
const _: () = assert!(TvVgg11BnPreserve::MACS == 7609090048);

include!("imported/corpus/tv_wide_resnet50_2.dynamo.rs");
const _: () = assert!(TvWideResnet502Dynamo::PARAMS == 68849128);
const _: () = assert!(TvWideResnet502Dynamo::MACS == 11398021120);

include!("imported/corpus/tv_wide_resnet50_2.legacy.rs");
const _: () = assert!(TvWideResnet502Legacy::PARAMS == 68849128);
const _: () = assert!(TvWideResnet502Legacy::MACS == 11398021120);

include!("imported/corpus/tv_wide_resnet50_2.preserve.rs");
const _: () = assert!(TvWideResnet502Preserve::PARAMS == 68883240);
const _: () = assert!(TvWideResnet502Preserve::MACS == 11398021120);

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
            "cspdarknet53.dynamo",
            Cspdarknet53Dynamo::OUTPUT.to_string(),
            "1000",
            "Cspdarknet53Dynamo",
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
            "gcresnext26ts.dynamo",
            Gcresnext26tsDynamo::OUTPUT.to_string(),
            "1000",
            "Gcresnext26tsDynamo",
        ),
        (
            "gcresnext26ts.legacy",
            Gcresnext26tsLegacy::OUTPUT.to_string(),
            "1000",
            "Gcresnext26tsLegacy",
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
            "hgnetv2_b0.dynamo",
            Hgnetv2B0Dynamo::OUTPUT.to_string(),
            "1000",
            "Hgnetv2B0Dynamo",
        ),
        (
            "hgnetv2_b0.legacy",
            Hgnetv2B0Legacy::OUTPUT.to_string(),
            "1000",
            "Hgnetv2B0Legacy",
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
            "inception_v3.dynamo",
            InceptionV3Dynamo::OUTPUT.to_string(),
            "1000",
            "InceptionV3Dynamo",
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
            "lcnet_050.opset14",
            Lcnet050Opset14::OUTPUT.to_string(),
            "1000",
            "Lcnet050Opset14",
        ),
        (
            "lcnet_050.opset15",
            Lcnet050Opset15::OUTPUT.to_string(),
            "1000",
            "Lcnet050Opset15",
        ),
        (
            "lcnet_050.opset16",
            Lcnet050Opset16::OUTPUT.to_string(),
            "1000",
            "Lcnet050Opset16",
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
            "m5.dynamo",
            M5Dynamo::OUTPUT.to_string(),
            "1x35",
            "M5Dynamo",
        ),
        (
            "m5.legacy",
            M5Legacy::OUTPUT.to_string(),
            "1x35",
            "M5Legacy",
        ),
        (
            "m5.preserve",
            M5Preserve::OUTPUT.to_string(),
            "1x35",
            "M5Preserve",
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
            "mixnet_s.opset14",
            MixnetSOpset14::OUTPUT.to_string(),
            "1000",
            "MixnetSOpset14",
        ),
        (
            "mixnet_s.opset15",
            MixnetSOpset15::OUTPUT.to_string(),
            "1000",
            "MixnetSOpset15",
        ),
        (
            "mixnet_s.opset16",
            MixnetSOpset16::OUTPUT.to_string(),
            "1000",
            "MixnetSOpset16",
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
            "nf_regnet_b0.dynamo",
            NfRegnetB0Dynamo::OUTPUT.to_string(),
            "1000",
            "NfRegnetB0Dynamo",
        ),
        (
            "nf_resnet26.dynamo",
            NfResnet26Dynamo::OUTPUT.to_string(),
            "1000",
            "NfResnet26Dynamo",
        ),
        (
            "nf_resnet26.legacy",
            NfResnet26Legacy::OUTPUT.to_string(),
            "1000",
            "NfResnet26Legacy",
        ),
        (
            "poolformer_s12.dynamo",
            PoolformerS12Dynamo::OUTPUT.to_string(),
            "1000",
            "PoolformerS12Dynamo",
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
            "resnest14d.dynamo",
            Resnest14dDynamo::OUTPUT.to_string(),
            "1000",
            "Resnest14dDynamo",
        ),
        (
            "resnest14d.legacy",
            Resnest14dLegacy::OUTPUT.to_string(),
            "1000",
            "Resnest14dLegacy",
        ),
        (
            "resnest26d.dynamo",
            Resnest26dDynamo::OUTPUT.to_string(),
            "1000",
            "Resnest26dDynamo",
        ),
        (
            "resnest26d.legacy",
            Resnest26dLegacy::OUTPUT.to_string(),
            "1000",
            "Resnest26dLegacy",
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
            "resnet50_gn.dynamo",
            Resnet50GnDynamo::OUTPUT.to_string(),
            "1000",
            "Resnet50GnDynamo",
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
            "resnetv2_50x1_bit.dynamo",
            Resnetv250x1BitDynamo::OUTPUT.to_string(),
            "1000",
            "Resnetv250x1BitDynamo",
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
            "selecsls42b.dynamo",
            Selecsls42bDynamo::OUTPUT.to_string(),
            "1000",
            "Selecsls42bDynamo",
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
            "skresnet18.dynamo",
            Skresnet18Dynamo::OUTPUT.to_string(),
            "1000",
            "Skresnet18Dynamo",
        ),
        (
            "skresnet18.legacy",
            Skresnet18Legacy::OUTPUT.to_string(),
            "1000",
            "Skresnet18Legacy",
        ),
        (
            "skresnext50_32x4d.dynamo",
            Skresnext5032x4dDynamo::OUTPUT.to_string(),
            "1000",
            "Skresnext5032x4dDynamo",
        ),
        (
            "skresnext50_32x4d.legacy",
            Skresnext5032x4dLegacy::OUTPUT.to_string(),
            "1000",
            "Skresnext5032x4dLegacy",
        ),
        (
            "test_convnext.dynamo",
            TestConvnextDynamo::OUTPUT.to_string(),
            "1000",
            "TestConvnextDynamo",
        ),
        (
            "test_convnext.legacy",
            TestConvnextLegacy::OUTPUT.to_string(),
            "1000",
            "TestConvnextLegacy",
        ),
        (
            "test_nfnet_skipinit.dynamo",
            TestNfnetSkipinitDynamo::OUTPUT.to_string(),
            "1000",
            "TestNfnetSkipinitDynamo",
        ),
        (
            "test_nfnet_skipinit.legacy",
            TestNfnetSkipinitLegacy::OUTPUT.to_string(),
            "1000",
            "TestNfnetSkipinitLegacy",
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
            "tv_alexnet.dynamo",
            TvAlexnetDynamo::OUTPUT.to_string(),
            "1000",
            "TvAlexnetDynamo",
        ),
        (
            "tv_alexnet.legacy",
            TvAlexnetLegacy::OUTPUT.to_string(),
            "1000",
            "TvAlexnetLegacy",
        ),
        (
            "tv_alexnet.preserve",
            TvAlexnetPreserve::OUTPUT.to_string(),
            "1000",
            "TvAlexnetPreserve",
        ),
        (
            "tv_convnext_small.dynamo",
            TvConvnextSmallDynamo::OUTPUT.to_string(),
            "1000",
            "TvConvnextSmallDynamo",
        ),
        (
            "tv_convnext_small.legacy",
            TvConvnextSmallLegacy::OUTPUT.to_string(),
            "1000",
            "TvConvnextSmallLegacy",
        ),
        (
            "tv_convnext_small.preserve",
            TvConvnextSmallPreserve::OUTPUT.to_string(),
            "1000",
            "TvConvnextSmallPreserve",
        ),
        (
            "tv_convnext_tiny.dynamo",
            TvConvnextTinyDynamo::OUTPUT.to_string(),
            "1000",
            "TvConvnextTinyDynamo",
        ),
        (
            "tv_convnext_tiny.legacy",
            TvConvnextTinyLegacy::OUTPUT.to_string(),
            "1000",
            "TvConvnextTinyLegacy",
        ),
        (
            "tv_convnext_tiny.preserve",
            TvConvnextTinyPreserve::OUTPUT.to_string(),
            "1000",
            "TvConvnextTinyPreserve",
        ),
        (
            "tv_deeplabv3_mobilenet_v3_large.dynamo",
            TvDeeplabv3MobilenetV3LargeDynamo::OUTPUT.to_string(),
            "520x520x21",
            "TvDeeplabv3MobilenetV3LargeDynamo",
        ),
        (
            "tv_deeplabv3_mobilenet_v3_large.legacy",
            TvDeeplabv3MobilenetV3LargeLegacy::OUTPUT.to_string(),
            "520x520x21",
            "TvDeeplabv3MobilenetV3LargeLegacy",
        ),
        (
            "tv_deeplabv3_mobilenet_v3_large.preserve",
            TvDeeplabv3MobilenetV3LargePreserve::OUTPUT.to_string(),
            "520x520x21",
            "TvDeeplabv3MobilenetV3LargePreserve",
        ),
        (
            "tv_densenet121.dynamo",
            TvDensenet121Dynamo::OUTPUT.to_string(),
            "1000",
            "TvDensenet121Dynamo",
        ),
        (
            "tv_densenet121.legacy",
            TvDensenet121Legacy::OUTPUT.to_string(),
            "1000",
            "TvDensenet121Legacy",
        ),
        (
            "tv_densenet121.preserve",
            TvDensenet121Preserve::OUTPUT.to_string(),
            "1000",
            "TvDensenet121Preserve",
        ),
        (
            "tv_efficientnet_b0.dynamo",
            TvEfficientnetB0Dynamo::OUTPUT.to_string(),
            "1000",
            "TvEfficientnetB0Dynamo",
        ),
        (
            "tv_efficientnet_b0.legacy",
            TvEfficientnetB0Legacy::OUTPUT.to_string(),
            "1000",
            "TvEfficientnetB0Legacy",
        ),
        (
            "tv_efficientnet_b0.preserve",
            TvEfficientnetB0Preserve::OUTPUT.to_string(),
            "1000",
            "TvEfficientnetB0Preserve",
        ),
        (
            "tv_efficientnet_v2_s.dynamo",
            TvEfficientnetV2SDynamo::OUTPUT.to_string(),
            "1000",
            "TvEfficientnetV2SDynamo",
        ),
        (
            "tv_efficientnet_v2_s.legacy",
            TvEfficientnetV2SLegacy::OUTPUT.to_string(),
            "1000",
            "TvEfficientnetV2SLegacy",
        ),
        (
            "tv_efficientnet_v2_s.preserve",
            TvEfficientnetV2SPreserve::OUTPUT.to_string(),
            "1000",
            "TvEfficientnetV2SPreserve",
        ),
        (
            "tv_fcn_resnet50.dynamo",
            TvFcnResnet50Dynamo::OUTPUT.to_string(),
            "520x520x21",
            "TvFcnResnet50Dynamo",
        ),
        (
            "tv_fcn_resnet50.legacy",
            TvFcnResnet50Legacy::OUTPUT.to_string(),
            "520x520x21",
            "TvFcnResnet50Legacy",
        ),
        (
            "tv_fcn_resnet50.preserve",
            TvFcnResnet50Preserve::OUTPUT.to_string(),
            "520x520x21",
            "TvFcnResnet50Preserve",
        ),
        (
            "tv_googlenet.dynamo",
            TvGooglenetDynamo::OUTPUT.to_string(),
            "1000",
            "TvGooglenetDynamo",
        ),
        (
            "tv_googlenet.legacy",
            TvGooglenetLegacy::OUTPUT.to_string(),
            "1000",
            "TvGooglenetLegacy",
        ),
        (
            "tv_googlenet.preserve",
            TvGooglenetPreserve::OUTPUT.to_string(),
            "1000",
            "TvGooglenetPreserve",
        ),
        (
            "tv_inception_v3.dynamo",
            TvInceptionV3Dynamo::OUTPUT.to_string(),
            "1000",
            "TvInceptionV3Dynamo",
        ),
        (
            "tv_inception_v3.legacy",
            TvInceptionV3Legacy::OUTPUT.to_string(),
            "1000",
            "TvInceptionV3Legacy",
        ),
        (
            "tv_inception_v3.preserve",
            TvInceptionV3Preserve::OUTPUT.to_string(),
            "1000",
            "TvInceptionV3Preserve",
        ),
        (
            "tv_lraspp_mobilenet_v3_large.dynamo",
            TvLrasppMobilenetV3LargeDynamo::OUTPUT.to_string(),
            "520x520x21",
            "TvLrasppMobilenetV3LargeDynamo",
        ),
        (
            "tv_lraspp_mobilenet_v3_large.legacy",
            TvLrasppMobilenetV3LargeLegacy::OUTPUT.to_string(),
            "520x520x21",
            "TvLrasppMobilenetV3LargeLegacy",
        ),
        (
            "tv_lraspp_mobilenet_v3_large.preserve",
            TvLrasppMobilenetV3LargePreserve::OUTPUT.to_string(),
            "520x520x21",
            "TvLrasppMobilenetV3LargePreserve",
        ),
        (
            "tv_mnasnet0_5.dynamo",
            TvMnasnet05Dynamo::OUTPUT.to_string(),
            "1000",
            "TvMnasnet05Dynamo",
        ),
        (
            "tv_mnasnet0_5.legacy",
            TvMnasnet05Legacy::OUTPUT.to_string(),
            "1000",
            "TvMnasnet05Legacy",
        ),
        (
            "tv_mnasnet0_5.preserve",
            TvMnasnet05Preserve::OUTPUT.to_string(),
            "1000",
            "TvMnasnet05Preserve",
        ),
        (
            "tv_mnasnet1_0.dynamo",
            TvMnasnet10Dynamo::OUTPUT.to_string(),
            "1000",
            "TvMnasnet10Dynamo",
        ),
        (
            "tv_mnasnet1_0.legacy",
            TvMnasnet10Legacy::OUTPUT.to_string(),
            "1000",
            "TvMnasnet10Legacy",
        ),
        (
            "tv_mnasnet1_0.preserve",
            TvMnasnet10Preserve::OUTPUT.to_string(),
            "1000",
            "TvMnasnet10Preserve",
        ),
        (
            "tv_mobilenet_v2.dynamo",
            TvMobilenetV2Dynamo::OUTPUT.to_string(),
            "1000",
            "TvMobilenetV2Dynamo",
        ),
        (
            "tv_mobilenet_v2.legacy",
            TvMobilenetV2Legacy::OUTPUT.to_string(),
            "1000",
            "TvMobilenetV2Legacy",
        ),
        (
            "tv_mobilenet_v2.preserve",
            TvMobilenetV2Preserve::OUTPUT.to_string(),
            "1000",
            "TvMobilenetV2Preserve",
        ),
        (
            "tv_mobilenet_v3_large.dynamo",
            TvMobilenetV3LargeDynamo::OUTPUT.to_string(),
            "1000",
            "TvMobilenetV3LargeDynamo",
        ),
        (
            "tv_mobilenet_v3_large.legacy",
            TvMobilenetV3LargeLegacy::OUTPUT.to_string(),
            "1000",
            "TvMobilenetV3LargeLegacy",
        ),
        (
            "tv_mobilenet_v3_large.preserve",
            TvMobilenetV3LargePreserve::OUTPUT.to_string(),
            "1000",
            "TvMobilenetV3LargePreserve",
        ),
        (
            "tv_mobilenet_v3_small.dynamo",
            TvMobilenetV3SmallDynamo::OUTPUT.to_string(),
            "1000",
            "TvMobilenetV3SmallDynamo",
        ),
        (
            "tv_mobilenet_v3_small.legacy",
            TvMobilenetV3SmallLegacy::OUTPUT.to_string(),
            "1000",
            "TvMobilenetV3SmallLegacy",
        ),
        (
            "tv_mobilenet_v3_small.opset14",
            TvMobilenetV3SmallOpset14::OUTPUT.to_string(),
            "1000",
            "TvMobilenetV3SmallOpset14",
        ),
        (
            "tv_mobilenet_v3_small.opset16",
            TvMobilenetV3SmallOpset16::OUTPUT.to_string(),
            "1000",
            "TvMobilenetV3SmallOpset16",
        ),
        (
            "tv_mobilenet_v3_small.preserve",
            TvMobilenetV3SmallPreserve::OUTPUT.to_string(),
            "1000",
            "TvMobilenetV3SmallPreserve",
        ),
        (
            "tv_regnet_x_400mf.dynamo",
            TvRegnetX400mfDynamo::OUTPUT.to_string(),
            "1000",
            "TvRegnetX400mfDynamo",
        ),
        (
            "tv_regnet_x_400mf.legacy",
            TvRegnetX400mfLegacy::OUTPUT.to_string(),
            "1000",
            "TvRegnetX400mfLegacy",
        ),
        (
            "tv_regnet_x_400mf.preserve",
            TvRegnetX400mfPreserve::OUTPUT.to_string(),
            "1000",
            "TvRegnetX400mfPreserve",
        ),
        (
            "tv_regnet_y_400mf.dynamo",
            TvRegnetY400mfDynamo::OUTPUT.to_string(),
            "1000",
            "TvRegnetY400mfDynamo",
        ),
        (
            "tv_regnet_y_400mf.legacy",
            TvRegnetY400mfLegacy::OUTPUT.to_string(),
            "1000",
            "TvRegnetY400mfLegacy",
        ),
        (
            "tv_regnet_y_400mf.preserve",
            TvRegnetY400mfPreserve::OUTPUT.to_string(),
            "1000",
            "TvRegnetY400mfPreserve",
        ),
        (
            "tv_resnet18.dynamo",
            TvResnet18Dynamo::OUTPUT.to_string(),
            "1000",
            "TvResnet18Dynamo",
        ),
        (
            "tv_resnet18.legacy",
            TvResnet18Legacy::OUTPUT.to_string(),
            "1000",
            "TvResnet18Legacy",
        ),
        (
            "tv_resnet18.preserve",
            TvResnet18Preserve::OUTPUT.to_string(),
            "1000",
            "TvResnet18Preserve",
        ),
        (
            "tv_resnet50.dynamo",
            TvResnet50Dynamo::OUTPUT.to_string(),
            "1000",
            "TvResnet50Dynamo",
        ),
        (
            "tv_resnet50.legacy",
            TvResnet50Legacy::OUTPUT.to_string(),
            "1000",
            "TvResnet50Legacy",
        ),
        (
            "tv_resnet50.preserve",
            TvResnet50Preserve::OUTPUT.to_string(),
            "1000",
            "TvResnet50Preserve",
        ),
        (
            "tv_resnext50_32x4d.dynamo",
            TvResnext5032x4dDynamo::OUTPUT.to_string(),
            "1000",
            "TvResnext5032x4dDynamo",
        ),
        (
            "tv_resnext50_32x4d.legacy",
            TvResnext5032x4dLegacy::OUTPUT.to_string(),
            "1000",
            "TvResnext5032x4dLegacy",
        ),
        (
            "tv_resnext50_32x4d.preserve",
            TvResnext5032x4dPreserve::OUTPUT.to_string(),
            "1000",
            "TvResnext5032x4dPreserve",
        ),
        (
            "tv_shufflenet_v2_x0_5.dynamo",
            TvShufflenetV2X05Dynamo::OUTPUT.to_string(),
            "1000",
            "TvShufflenetV2X05Dynamo",
        ),
        (
            "tv_shufflenet_v2_x0_5.legacy",
            TvShufflenetV2X05Legacy::OUTPUT.to_string(),
            "1000",
            "TvShufflenetV2X05Legacy",
        ),
        (
            "tv_shufflenet_v2_x0_5.opset14",
            TvShufflenetV2X05Opset14::OUTPUT.to_string(),
            "1000",
            "TvShufflenetV2X05Opset14",
        ),
        (
            "tv_shufflenet_v2_x0_5.opset16",
            TvShufflenetV2X05Opset16::OUTPUT.to_string(),
            "1000",
            "TvShufflenetV2X05Opset16",
        ),
        (
            "tv_shufflenet_v2_x0_5.preserve",
            TvShufflenetV2X05Preserve::OUTPUT.to_string(),
            "1000",
            "TvShufflenetV2X05Preserve",
        ),
        (
            "tv_shufflenet_v2_x1_0.dynamo",
            TvShufflenetV2X10Dynamo::OUTPUT.to_string(),
            "1000",
            "TvShufflenetV2X10Dynamo",
        ),
        (
            "tv_shufflenet_v2_x1_0.legacy",
            TvShufflenetV2X10Legacy::OUTPUT.to_string(),
            "1000",
            "TvShufflenetV2X10Legacy",
        ),
        (
            "tv_shufflenet_v2_x1_0.preserve",
            TvShufflenetV2X10Preserve::OUTPUT.to_string(),
            "1000",
            "TvShufflenetV2X10Preserve",
        ),
        (
            "tv_squeezenet1_0.dynamo",
            TvSqueezenet10Dynamo::OUTPUT.to_string(),
            "1000",
            "TvSqueezenet10Dynamo",
        ),
        (
            "tv_squeezenet1_0.legacy",
            TvSqueezenet10Legacy::OUTPUT.to_string(),
            "1000",
            "TvSqueezenet10Legacy",
        ),
        (
            "tv_squeezenet1_0.preserve",
            TvSqueezenet10Preserve::OUTPUT.to_string(),
            "1000",
            "TvSqueezenet10Preserve",
        ),
        (
            "tv_squeezenet1_1.dynamo",
            TvSqueezenet11Dynamo::OUTPUT.to_string(),
            "1000",
            "TvSqueezenet11Dynamo",
        ),
        (
            "tv_squeezenet1_1.legacy",
            TvSqueezenet11Legacy::OUTPUT.to_string(),
            "1000",
            "TvSqueezenet11Legacy",
        ),
        (
            "tv_squeezenet1_1.preserve",
            TvSqueezenet11Preserve::OUTPUT.to_string(),
            "1000",
            "TvSqueezenet11Preserve",
        ),
        (
            "tv_vgg11.dynamo",
            TvVgg11Dynamo::OUTPUT.to_string(),
            "1000",
            "TvVgg11Dynamo",
        ),
        (
            "tv_vgg11.legacy",
            TvVgg11Legacy::OUTPUT.to_string(),
            "1000",
            "TvVgg11Legacy",
        ),
        (
            "tv_vgg11.preserve",
            TvVgg11Preserve::OUTPUT.to_string(),
            "1000",
            "TvVgg11Preserve",
        ),
        (
            "tv_vgg11_bn.dynamo",
            TvVgg11BnDynamo::OUTPUT.to_string(),
            "1000",
            "TvVgg11BnDynamo",
        ),
        (
            "tv_vgg11_bn.legacy",
            TvVgg11BnLegacy::OUTPUT.to_string(),
            "1000",
            "TvVgg11BnLegacy",
        ),
        (
            "tv_vgg11_bn.preserve",
            TvVgg11BnPreserve::OUTPUT.to_string(),
            "1000",
            "TvVgg11BnPreserve",
        ),
        (
            "tv_wide_resnet50_2.dynamo",
            TvWideResnet502Dynamo::OUTPUT.to_string(),
            "1000",
            "TvWideResnet502Dynamo",
        ),
        (
            "tv_wide_resnet50_2.legacy",
            TvWideResnet502Legacy::OUTPUT.to_string(),
            "1000",
            "TvWideResnet502Legacy",
        ),
        (
            "tv_wide_resnet50_2.preserve",
            TvWideResnet502Preserve::OUTPUT.to_string(),
            "1000",
            "TvWideResnet502Preserve",
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
