// Written by scripts/tflite_golden.sh: every .tflite fixture of tests/int8,
// its declaration and the oracle's counts, or the refusal it gives.

include!("blocks.rs");
const _: () = assert!(Blocks::PARAMS == 3082);
const _: () = assert!(Blocks::MACS == 64016);

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
    ("tests/int8/blocks.tflite", "blocks", Blocks::PARAMS, Blocks::MACS),
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

/// Each int8 import run by `forward_int8` on its fixture's inputs, the
/// weights read by `from_tflite` from the same file (or `from_image` from
/// the image `cnn import --image` wrote of it): its outputs, case
/// after case, to compare with TFLM's (`.out`).
const RUNS: &[(&str, Run)] = &[
    ("tests/int8/blocks.tflite", run_blocks),
    ("tests/int8/ds_cnn.tflite", run_ds_cnn),
    ("tests/int8/lenet.tflite", run_lenet),
    ("tests/int8/person_detect.tflite", run_person_detect),
    ("tests/int8/kinds/avgpool.tflite", run_kind_avgpool),
    ("tests/int8/kinds/avgpool_same.tflite", run_kind_avgpool_same),
    ("tests/int8/kinds/conv.tflite", run_kind_conv),
    ("tests/int8/kinds/conv_groups2.tflite", run_kind_conv_groups2),
    ("tests/int8/kinds/conv_relu.tflite", run_kind_conv_relu),
    ("tests/int8/kinds/conv_s2_same_relu6.tflite", run_kind_conv_s2_same_relu6),
    ("tests/int8/kinds/depthwise.tflite", run_kind_depthwise),
    ("tests/int8/kinds/depthwise_m2.tflite", run_kind_depthwise_m2),
    ("tests/int8/kinds/fully_connected.tflite", run_kind_fully_connected),
    ("tests/int8/kinds/fully_connected_relu.tflite", run_kind_fully_connected_relu),
    ("tests/int8/kinds/fully_connected_wide.tflite", run_kind_fully_connected_wide),
    ("tests/int8/kinds/hardswish.tflite", run_kind_hardswish),
    ("tests/int8/kinds/leakyrelu.tflite", run_kind_leakyrelu),
    ("tests/int8/kinds/logistic.tflite", run_kind_logistic),
    ("tests/int8/kinds/maxpool.tflite", run_kind_maxpool),
    ("tests/int8/kinds/maxpool_same.tflite", run_kind_maxpool_same),
    ("tests/int8/kinds/mean.tflite", run_kind_mean),
    ("tests/int8/kinds/mean_keepdims.tflite", run_kind_mean_keepdims),
    ("tests/int8/kinds/pad.tflite", run_kind_pad),
    ("tests/int8/kinds/relu.tflite", run_kind_relu),
    ("tests/int8/kinds/relu6.tflite", run_kind_relu6),
    ("tests/int8/kinds/resize_bilinear.tflite", run_kind_resize_bilinear),
    ("tests/int8/kinds/resize_bilinear_half_pixel.tflite", run_kind_resize_bilinear_half_pixel),
    ("tests/int8/kinds/resize_nearest.tflite", run_kind_resize_nearest),
    ("tests/int8/kinds/softmax.tflite", run_kind_softmax),
    ("tests/int8/kinds/tanh.tflite", run_kind_tanh),
    ("tests/int8/kinds/transpose_conv.tflite", run_kind_transpose_conv),
    ("target/int8/mobilenet_v2.tflite", run_mobilenet_v2),
];

fn run_blocks(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => BlocksQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => BlocksQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ Blocks::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(Blocks::INPUT_LEN) {
        let input = int8::<{ Blocks::INPUT_LEN }>(case);
        outputs.extend(bytes(Blocks::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_ds_cnn(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => DsCnnQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => DsCnnQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ DsCnn::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(DsCnn::INPUT_LEN) {
        let input = int8::<{ DsCnn::INPUT_LEN }>(case);
        outputs.extend(bytes(DsCnn::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_lenet(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => LenetQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => LenetQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ Lenet::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(Lenet::INPUT_LEN) {
        let input = int8::<{ Lenet::INPUT_LEN }>(case);
        outputs.extend(bytes(Lenet::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_person_detect(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => PersonDetectQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => PersonDetectQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ PersonDetect::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(PersonDetect::INPUT_LEN) {
        let input = int8::<{ PersonDetect::INPUT_LEN }>(case);
        outputs.extend(bytes(PersonDetect::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_avgpool(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindAvgpoolQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindAvgpoolQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindAvgpool::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindAvgpool::INPUT_LEN) {
        let input = int8::<{ KindAvgpool::INPUT_LEN }>(case);
        outputs.extend(bytes(KindAvgpool::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_avgpool_same(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindAvgpoolSameQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindAvgpoolSameQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindAvgpoolSame::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindAvgpoolSame::INPUT_LEN) {
        let input = int8::<{ KindAvgpoolSame::INPUT_LEN }>(case);
        outputs.extend(bytes(KindAvgpoolSame::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_conv(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindConvQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindConvQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindConv::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindConv::INPUT_LEN) {
        let input = int8::<{ KindConv::INPUT_LEN }>(case);
        outputs.extend(bytes(KindConv::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_conv_groups2(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindConvGroups2Quantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindConvGroups2Quantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindConvGroups2::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindConvGroups2::INPUT_LEN) {
        let input = int8::<{ KindConvGroups2::INPUT_LEN }>(case);
        outputs.extend(bytes(KindConvGroups2::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_conv_relu(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindConvReluQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindConvReluQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindConvRelu::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindConvRelu::INPUT_LEN) {
        let input = int8::<{ KindConvRelu::INPUT_LEN }>(case);
        outputs.extend(bytes(KindConvRelu::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_conv_s2_same_relu6(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindConvS2SameRelu6Quantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindConvS2SameRelu6Quantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindConvS2SameRelu6::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindConvS2SameRelu6::INPUT_LEN) {
        let input = int8::<{ KindConvS2SameRelu6::INPUT_LEN }>(case);
        outputs.extend(bytes(KindConvS2SameRelu6::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_depthwise(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindDepthwiseQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindDepthwiseQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindDepthwise::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindDepthwise::INPUT_LEN) {
        let input = int8::<{ KindDepthwise::INPUT_LEN }>(case);
        outputs.extend(bytes(KindDepthwise::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_depthwise_m2(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindDepthwiseM2Quantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindDepthwiseM2Quantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindDepthwiseM2::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindDepthwiseM2::INPUT_LEN) {
        let input = int8::<{ KindDepthwiseM2::INPUT_LEN }>(case);
        outputs.extend(bytes(KindDepthwiseM2::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_fully_connected(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindFullyConnectedQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindFullyConnectedQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindFullyConnected::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindFullyConnected::INPUT_LEN) {
        let input = int8::<{ KindFullyConnected::INPUT_LEN }>(case);
        outputs.extend(bytes(KindFullyConnected::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_fully_connected_relu(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindFullyConnectedReluQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindFullyConnectedReluQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindFullyConnectedRelu::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindFullyConnectedRelu::INPUT_LEN) {
        let input = int8::<{ KindFullyConnectedRelu::INPUT_LEN }>(case);
        outputs.extend(bytes(KindFullyConnectedRelu::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_fully_connected_wide(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindFullyConnectedWideQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindFullyConnectedWideQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindFullyConnectedWide::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindFullyConnectedWide::INPUT_LEN) {
        let input = int8::<{ KindFullyConnectedWide::INPUT_LEN }>(case);
        outputs.extend(bytes(KindFullyConnectedWide::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_hardswish(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindHardswishQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindHardswishQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindHardswish::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindHardswish::INPUT_LEN) {
        let input = int8::<{ KindHardswish::INPUT_LEN }>(case);
        outputs.extend(bytes(KindHardswish::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_leakyrelu(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindLeakyreluQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindLeakyreluQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindLeakyrelu::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindLeakyrelu::INPUT_LEN) {
        let input = int8::<{ KindLeakyrelu::INPUT_LEN }>(case);
        outputs.extend(bytes(KindLeakyrelu::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_logistic(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindLogisticQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindLogisticQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindLogistic::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindLogistic::INPUT_LEN) {
        let input = int8::<{ KindLogistic::INPUT_LEN }>(case);
        outputs.extend(bytes(KindLogistic::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_maxpool(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindMaxpoolQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindMaxpoolQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindMaxpool::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindMaxpool::INPUT_LEN) {
        let input = int8::<{ KindMaxpool::INPUT_LEN }>(case);
        outputs.extend(bytes(KindMaxpool::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_maxpool_same(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindMaxpoolSameQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindMaxpoolSameQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindMaxpoolSame::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindMaxpoolSame::INPUT_LEN) {
        let input = int8::<{ KindMaxpoolSame::INPUT_LEN }>(case);
        outputs.extend(bytes(KindMaxpoolSame::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_mean(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindMeanQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindMeanQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindMean::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindMean::INPUT_LEN) {
        let input = int8::<{ KindMean::INPUT_LEN }>(case);
        outputs.extend(bytes(KindMean::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_mean_keepdims(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindMeanKeepdimsQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindMeanKeepdimsQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindMeanKeepdims::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindMeanKeepdims::INPUT_LEN) {
        let input = int8::<{ KindMeanKeepdims::INPUT_LEN }>(case);
        outputs.extend(bytes(KindMeanKeepdims::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_pad(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindPadQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindPadQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindPad::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindPad::INPUT_LEN) {
        let input = int8::<{ KindPad::INPUT_LEN }>(case);
        outputs.extend(bytes(KindPad::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_relu(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindReluQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindReluQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindRelu::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindRelu::INPUT_LEN) {
        let input = int8::<{ KindRelu::INPUT_LEN }>(case);
        outputs.extend(bytes(KindRelu::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_relu6(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindRelu6Quantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindRelu6Quantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindRelu6::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindRelu6::INPUT_LEN) {
        let input = int8::<{ KindRelu6::INPUT_LEN }>(case);
        outputs.extend(bytes(KindRelu6::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_resize_bilinear(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindResizeBilinearQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindResizeBilinearQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindResizeBilinear::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindResizeBilinear::INPUT_LEN) {
        let input = int8::<{ KindResizeBilinear::INPUT_LEN }>(case);
        outputs.extend(bytes(KindResizeBilinear::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_resize_bilinear_half_pixel(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindResizeBilinearHalfPixelQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindResizeBilinearHalfPixelQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindResizeBilinearHalfPixel::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindResizeBilinearHalfPixel::INPUT_LEN) {
        let input = int8::<{ KindResizeBilinearHalfPixel::INPUT_LEN }>(case);
        outputs.extend(bytes(KindResizeBilinearHalfPixel::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_resize_nearest(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindResizeNearestQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindResizeNearestQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindResizeNearest::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindResizeNearest::INPUT_LEN) {
        let input = int8::<{ KindResizeNearest::INPUT_LEN }>(case);
        outputs.extend(bytes(KindResizeNearest::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_softmax(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindSoftmaxQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindSoftmaxQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindSoftmax::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindSoftmax::INPUT_LEN) {
        let input = int8::<{ KindSoftmax::INPUT_LEN }>(case);
        outputs.extend(bytes(KindSoftmax::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_tanh(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindTanhQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindTanhQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindTanh::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindTanh::INPUT_LEN) {
        let input = int8::<{ KindTanh::INPUT_LEN }>(case);
        outputs.extend(bytes(KindTanh::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_kind_transpose_conv(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => KindTransposeConvQuantized::from_image(image).map_err(|e| e.to_string())?,
        None => KindTransposeConvQuantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ KindTransposeConv::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(KindTransposeConv::INPUT_LEN) {
        let input = int8::<{ KindTransposeConv::INPUT_LEN }>(case);
        outputs.extend(bytes(KindTransposeConv::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

fn run_mobilenet_v2(model: &[u8], image: Option<&[u8]>, inputs: &[u8]) -> Result<Vec<u8>, String> {
    let weights = match image {
        Some(image) => MobilenetV2Quantized::from_image(image).map_err(|e| e.to_string())?,
        None => MobilenetV2Quantized::from_tflite(model).map_err(|e| e.to_string())?,
    };
    let mut arena = arena::<{ MobilenetV2::ARENA_BYTES }>();
    let mut outputs = Vec::new();
    for case in inputs.chunks_exact(MobilenetV2::INPUT_LEN) {
        let input = int8::<{ MobilenetV2::INPUT_LEN }>(case);
        outputs.extend(bytes(MobilenetV2::forward_int8(&weights, &input, &mut arena)));
    }
    Ok(outputs)
}

/// The fixtures the language cannot declare, and why.
const REFUSED: &[(&str, &str)] = &[
    ("tests/int8/kinds/add.tflite", "cannot import `tests/int8/kinds/add.tflite`: the model has 2 inputs (`serving_default_b:0`, `serving_default_a:0`): the language declares a network of one input"),
    ("tests/int8/kinds/add_broadcast.tflite", "cannot import `tests/int8/kinds/add_broadcast.tflite`: the model has 2 inputs (`serving_default_b:0`, `serving_default_a:0`): the language declares a network of one input"),
    ("tests/int8/kinds/add_relu.tflite", "cannot import `tests/int8/kinds/add_relu.tflite`: the model has 2 inputs (`serving_default_b:0`, `serving_default_a:0`): the language declares a network of one input"),
    ("tests/int8/kinds/concatenation.tflite", "cannot import `tests/int8/kinds/concatenation.tflite`: the model has 2 inputs (`serving_default_b:0`, `serving_default_a:0`): the language declares a network of one input"),
    ("tests/int8/kinds/mul.tflite", "cannot import `tests/int8/kinds/mul.tflite`: the model has 2 inputs (`serving_default_b:0`, `serving_default_a:0`): the language declares a network of one input"),
    ("tests/int8/kinds/reshape.tflite", "cannot import `tests/int8/kinds/reshape.tflite`: operator 0 (RESHAPE) reshapes [1, 8, 8, 4] to [1, 16, 16]: the language reshapes only to a flat vector (`flatten`, or the one `fc` does)"),
];
