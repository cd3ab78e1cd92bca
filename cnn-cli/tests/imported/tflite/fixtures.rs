// Written by scripts/tflite_golden.sh: every .tflite fixture of tests/int8,
// its declaration and the oracle's counts, or the refusal it gives.

include!("ds_cnn.rs");
const _: () = assert!(DsCnn::PARAMS == 22604);
const _: () = assert!(DsCnn::MACS == 2656768);

include!("lenet.rs");
const _: () = assert!(Lenet::PARAMS == 62874);
const _: () = assert!(Lenet::MACS == 849320);

include!("person_detect.rs");
const _: () = assert!(PersonDetect::PARAMS == 210706);
const _: () = assert!(PersonDetect::MACS == 7157888);

include!("kind_avgpool.rs");
const _: () = assert!(KindAvgpool::PARAMS == 0);
const _: () = assert!(KindAvgpool::MACS == 0);

include!("kind_avgpool_same.rs");
const _: () = assert!(KindAvgpoolSame::PARAMS == 0);
const _: () = assert!(KindAvgpoolSame::MACS == 0);

include!("kind_conv.rs");
const _: () = assert!(KindConv::PARAMS == 222);
const _: () = assert!(KindConv::MACS == 7776);

include!("kind_conv_groups2.rs");
const _: () = assert!(KindConvGroups2::PARAMS == 114);
const _: () = assert!(KindConvGroups2::MACS == 6912);

include!("kind_conv_relu.rs");
const _: () = assert!(KindConvRelu::PARAMS == 222);
const _: () = assert!(KindConvRelu::MACS == 13824);

include!("kind_conv_s2_same_relu6.rs");
const _: () = assert!(KindConvS2SameRelu6::PARAMS == 222);
const _: () = assert!(KindConvS2SameRelu6::MACS == 5400);

include!("kind_depthwise.rs");
const _: () = assert!(KindDepthwise::PARAMS == 40);
const _: () = assert!(KindDepthwise::MACS == 2304);

include!("kind_depthwise_m2.rs");
const _: () = assert!(KindDepthwiseM2::PARAMS == 80);
const _: () = assert!(KindDepthwiseM2::MACS == 1152);

include!("kind_fully_connected.rs");
const _: () = assert!(KindFullyConnected::PARAMS == 250);
const _: () = assert!(KindFullyConnected::MACS == 240);

include!("kind_fully_connected_relu.rs");
const _: () = assert!(KindFullyConnectedRelu::PARAMS == 250);
const _: () = assert!(KindFullyConnectedRelu::MACS == 240);

include!("kind_fully_connected_wide.rs");
const _: () = assert!(KindFullyConnectedWide::PARAMS == 17000);
const _: () = assert!(KindFullyConnectedWide::MACS == 16000);

include!("kind_hardswish.rs");
const _: () = assert!(KindHardswish::PARAMS == 0);
const _: () = assert!(KindHardswish::MACS == 0);

include!("kind_leakyrelu.rs");
const _: () = assert!(KindLeakyrelu::PARAMS == 0);
const _: () = assert!(KindLeakyrelu::MACS == 0);

include!("kind_logistic.rs");
const _: () = assert!(KindLogistic::PARAMS == 0);
const _: () = assert!(KindLogistic::MACS == 0);

include!("kind_maxpool.rs");
const _: () = assert!(KindMaxpool::PARAMS == 0);
const _: () = assert!(KindMaxpool::MACS == 0);

include!("kind_maxpool_same.rs");
const _: () = assert!(KindMaxpoolSame::PARAMS == 0);
const _: () = assert!(KindMaxpoolSame::MACS == 0);

include!("kind_mean.rs");
const _: () = assert!(KindMean::PARAMS == 0);
const _: () = assert!(KindMean::MACS == 0);

include!("kind_mean_keepdims.rs");
const _: () = assert!(KindMeanKeepdims::PARAMS == 0);
const _: () = assert!(KindMeanKeepdims::MACS == 0);

include!("kind_pad.rs");
const _: () = assert!(KindPad::PARAMS == 0);
const _: () = assert!(KindPad::MACS == 0);

include!("kind_relu.rs");
const _: () = assert!(KindRelu::PARAMS == 0);
const _: () = assert!(KindRelu::MACS == 0);

include!("kind_relu6.rs");
const _: () = assert!(KindRelu6::PARAMS == 0);
const _: () = assert!(KindRelu6::MACS == 0);

include!("kind_resize_bilinear.rs");
const _: () = assert!(KindResizeBilinear::PARAMS == 0);
const _: () = assert!(KindResizeBilinear::MACS == 0);

include!("kind_resize_bilinear_half_pixel.rs");
const _: () = assert!(KindResizeBilinearHalfPixel::PARAMS == 0);
const _: () = assert!(KindResizeBilinearHalfPixel::MACS == 0);

include!("kind_resize_nearest.rs");
const _: () = assert!(KindResizeNearest::PARAMS == 0);
const _: () = assert!(KindResizeNearest::MACS == 0);

include!("kind_softmax.rs");
const _: () = assert!(KindSoftmax::PARAMS == 0);
const _: () = assert!(KindSoftmax::MACS == 0);

include!("kind_tanh.rs");
const _: () = assert!(KindTanh::PARAMS == 0);
const _: () = assert!(KindTanh::MACS == 0);

include!("kind_transpose_conv.rs");
const _: () = assert!(KindTransposeConv::PARAMS == 222);
const _: () = assert!(KindTransposeConv::MACS == 5400);

include!("mobilenet_v2.rs");
const _: () = assert!(MobilenetV2::PARAMS == 3487816);
const _: () = assert!(MobilenetV2::MACS == 300774272);

/// The fixtures that import: file, declaration, PARAMS, MACS (a file
/// under target/ is made on demand by scripts/int8/make_int8.py).
const IMPORTED: &[(&str, &str, u64, u64)] = &[
    ("tests/int8/ds_cnn.tflite", "ds_cnn", DsCnn::PARAMS, DsCnn::MACS),
    ("tests/int8/lenet.tflite", "lenet", Lenet::PARAMS, Lenet::MACS),
    ("tests/int8/person_detect.tflite", "person_detect", PersonDetect::PARAMS, PersonDetect::MACS),
    ("tests/int8/kinds/avgpool.tflite", "kind_avgpool", KindAvgpool::PARAMS, KindAvgpool::MACS),
    ("tests/int8/kinds/avgpool_same.tflite", "kind_avgpool_same", KindAvgpoolSame::PARAMS, KindAvgpoolSame::MACS),
    ("tests/int8/kinds/conv.tflite", "kind_conv", KindConv::PARAMS, KindConv::MACS),
    ("tests/int8/kinds/conv_groups2.tflite", "kind_conv_groups2", KindConvGroups2::PARAMS, KindConvGroups2::MACS),
    ("tests/int8/kinds/conv_relu.tflite", "kind_conv_relu", KindConvRelu::PARAMS, KindConvRelu::MACS),
    ("tests/int8/kinds/conv_s2_same_relu6.tflite", "kind_conv_s2_same_relu6", KindConvS2SameRelu6::PARAMS, KindConvS2SameRelu6::MACS),
    ("tests/int8/kinds/depthwise.tflite", "kind_depthwise", KindDepthwise::PARAMS, KindDepthwise::MACS),
    ("tests/int8/kinds/depthwise_m2.tflite", "kind_depthwise_m2", KindDepthwiseM2::PARAMS, KindDepthwiseM2::MACS),
    ("tests/int8/kinds/fully_connected.tflite", "kind_fully_connected", KindFullyConnected::PARAMS, KindFullyConnected::MACS),
    ("tests/int8/kinds/fully_connected_relu.tflite", "kind_fully_connected_relu", KindFullyConnectedRelu::PARAMS, KindFullyConnectedRelu::MACS),
    ("tests/int8/kinds/fully_connected_wide.tflite", "kind_fully_connected_wide", KindFullyConnectedWide::PARAMS, KindFullyConnectedWide::MACS),
    ("tests/int8/kinds/hardswish.tflite", "kind_hardswish", KindHardswish::PARAMS, KindHardswish::MACS),
    ("tests/int8/kinds/leakyrelu.tflite", "kind_leakyrelu", KindLeakyrelu::PARAMS, KindLeakyrelu::MACS),
    ("tests/int8/kinds/logistic.tflite", "kind_logistic", KindLogistic::PARAMS, KindLogistic::MACS),
    ("tests/int8/kinds/maxpool.tflite", "kind_maxpool", KindMaxpool::PARAMS, KindMaxpool::MACS),
    ("tests/int8/kinds/maxpool_same.tflite", "kind_maxpool_same", KindMaxpoolSame::PARAMS, KindMaxpoolSame::MACS),
    ("tests/int8/kinds/mean.tflite", "kind_mean", KindMean::PARAMS, KindMean::MACS),
    ("tests/int8/kinds/mean_keepdims.tflite", "kind_mean_keepdims", KindMeanKeepdims::PARAMS, KindMeanKeepdims::MACS),
    ("tests/int8/kinds/pad.tflite", "kind_pad", KindPad::PARAMS, KindPad::MACS),
    ("tests/int8/kinds/relu.tflite", "kind_relu", KindRelu::PARAMS, KindRelu::MACS),
    ("tests/int8/kinds/relu6.tflite", "kind_relu6", KindRelu6::PARAMS, KindRelu6::MACS),
    ("tests/int8/kinds/resize_bilinear.tflite", "kind_resize_bilinear", KindResizeBilinear::PARAMS, KindResizeBilinear::MACS),
    ("tests/int8/kinds/resize_bilinear_half_pixel.tflite", "kind_resize_bilinear_half_pixel", KindResizeBilinearHalfPixel::PARAMS, KindResizeBilinearHalfPixel::MACS),
    ("tests/int8/kinds/resize_nearest.tflite", "kind_resize_nearest", KindResizeNearest::PARAMS, KindResizeNearest::MACS),
    ("tests/int8/kinds/softmax.tflite", "kind_softmax", KindSoftmax::PARAMS, KindSoftmax::MACS),
    ("tests/int8/kinds/tanh.tflite", "kind_tanh", KindTanh::PARAMS, KindTanh::MACS),
    ("tests/int8/kinds/transpose_conv.tflite", "kind_transpose_conv", KindTransposeConv::PARAMS, KindTransposeConv::MACS),
    ("target/int8/mobilenet_v2.tflite", "mobilenet_v2", MobilenetV2::PARAMS, MobilenetV2::MACS),
];

/// The fixtures the language cannot declare, and why.
const REFUSED: &[(&str, &str)] = &[
    ("tests/int8/kinds/add.tflite", "cannot import `tests/int8/kinds/add.tflite`: the model has 2 inputs (`serving_default_b:0`, `serving_default_a:0`): the language declares a network of one input"),
    ("tests/int8/kinds/add_broadcast.tflite", "cannot import `tests/int8/kinds/add_broadcast.tflite`: the model has 2 inputs (`serving_default_b:0`, `serving_default_a:0`): the language declares a network of one input"),
    ("tests/int8/kinds/add_relu.tflite", "cannot import `tests/int8/kinds/add_relu.tflite`: the model has 2 inputs (`serving_default_b:0`, `serving_default_a:0`): the language declares a network of one input"),
    ("tests/int8/kinds/concatenation.tflite", "cannot import `tests/int8/kinds/concatenation.tflite`: the model has 2 inputs (`serving_default_b:0`, `serving_default_a:0`): the language declares a network of one input"),
    ("tests/int8/kinds/mul.tflite", "cannot import `tests/int8/kinds/mul.tflite`: the model has 2 inputs (`serving_default_b:0`, `serving_default_a:0`): the language declares a network of one input"),
    ("tests/int8/kinds/reshape.tflite", "cannot import `tests/int8/kinds/reshape.tflite`: operator 0 (RESHAPE) reshapes [1, 8, 8, 4] to [1, 16, 16]: the language reshapes only to a flat vector (`flatten`, or the one `fc` does)"),
];
