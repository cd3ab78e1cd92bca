//! `forward_int8` byte for byte against TensorFlow Lite Micro, one
//! TFLite operator at a time: each model of `tests/int8/kinds/` (one
//! operator, small shapes, 3 inputs each, the first only -128 and 127),
//! its `.out` what TFLM's Python interpreter gave (`scripts/int8/`,
//! `tests/int8/README.md`). Each declaration is written from the model's
//! JSON op list: the operator's options and its input and output shapes.
//!
//! The models of two inputs (`add`, `add_broadcast`, `add_relu`, `mul`,
//! `concatenation`) have no declaration of one input; their kernels are
//! tested from the JSON in `cnn-run` (`tests/quant_kinds.rs`), and these
//! operators through `forward_int8` in `tests/int8_blocks.rs`.

use cnn::cnn;

cnn! {
    /// conv.json: CONV_2D 3x3, 6 filters, VALID, [1,8,8,4] to [1,6,6,6].
    #[cnn(int8)] struct Conv { input 8x8x4; conv 3x3x6; }
    /// conv_groups2.json: CONV_2D, filter [6,3,3,2], SAME.
    #[cnn(int8)] struct ConvGroups2 { input 8x8x4; conv 3x3x6 groups 2 pad same; }
    /// conv_s2_same_relu6.json: stride 2, SAME, RELU6 fused.
    #[cnn(int8)] struct ConvS2SameRelu6 { input 9x9x4; conv 3x3x6 stride 2 pad same; relu6; }
    /// conv_relu.json: CONV_2D 3x3, 6 filters, SAME, RELU fused.
    #[cnn(int8)] struct ConvRelu { input 8x8x4; conv 3x3x6 pad same; relu; }
    /// depthwise.json: DEPTHWISE_CONV_2D 3x3, multiplier 1, SAME.
    #[cnn(int8)] struct Depthwise { input 8x8x4; dwconv 3x3 pad same; }
    /// depthwise_m2.json: multiplier 2, stride 2, VALID, [1,9,9,4] to [1,4,4,8].
    #[cnn(int8)] struct DepthwiseM2 { input 9x9x4; dwconv 3x3 stride 2 multiplier 2; }
    /// fully_connected.json: [1,24] to [1,10], per-channel weights.
    #[cnn(int8)] struct FullyConnected { input 24; fc 10; }
    /// fully_connected_relu.json: [1,24] to [1,10], RELU fused.
    #[cnn(int8)] struct FullyConnectedRelu { input 24; fc 10; relu; }
    /// fully_connected_wide.json: [1,16] to [1,1000], where TFLM's two
    /// roundings part from TFLite-REF's one on near-ties.
    #[cnn(int8)] struct FullyConnectedWide { input 16; fc 1000; }
    /// maxpool.json: 2x2, stride 2, VALID.
    #[cnn(int8)] struct MaxPool { input 8x8x4; maxpool 2; }
    /// maxpool_same.json: 3x3, stride 2, SAME, [1,7,7,4] to [1,4,4,4].
    #[cnn(int8)] struct MaxPoolSame { input 7x7x4; maxpool 3 stride 2 pad same; }
    /// avgpool.json: 2x2, stride 2, VALID.
    #[cnn(int8)] struct AvgPool { input 8x8x4; avgpool 2; }
    /// avgpool_same.json: 3x3, stride 2, SAME.
    #[cnn(int8)] struct AvgPoolSame { input 7x7x4; avgpool 3 stride 2 pad same; }
    /// softmax.json: SOFTMAX, beta 1, [1,10].
    #[cnn(int8)] struct Softmax { input 10; softmax; }
    /// relu.json: RELU.
    #[cnn(int8)] struct Relu { input 8x8x4; relu; }
    /// relu6.json: RELU6.
    #[cnn(int8)] struct Relu6 { input 8x8x4; relu6; }
    /// leakyrelu.json: LEAKY_RELU, alpha 0.2.
    #[cnn(int8)] struct LeakyRelu { input 8x8x4; leakyrelu slope 0.2; }
    /// logistic.json: LOGISTIC.
    #[cnn(int8)] struct Logistic { input 8x8x4; sigmoid; }
    /// tanh.json: TANH.
    #[cnn(int8)] struct Tanh { input 8x8x4; tanh; }
    /// hardswish.json: HARD_SWISH.
    #[cnn(int8)] struct HardSwish { input 8x8x4; hardswish; }
    /// mean.json and mean_keepdims.json: MEAN over axes [1, 2], to [1,4]
    /// and to [1,1,1,4].
    #[cnn(int8)] struct Mean { input 8x8x4; gap; }
    /// pad.json: PAD [[0,0],[1,2],[0,1],[0,0]], [1,8,8,4] to [1,11,9,4].
    #[cnn(int8)] struct Pad { input 8x8x4; zeropad 1x0 end 2x1; }
    /// reshape.json: RESHAPE [1,8,8,4] to [1,16,16].
    #[cnn(int8)] struct Reshape { input 8x8x4; flatten; }
    /// resize_nearest.json: RESIZE_NEAREST_NEIGHBOR to 16x16.
    #[cnn(int8)] struct ResizeNearest { input 8x8x4; upsample 2; }
    /// resize_bilinear.json: RESIZE_BILINEAR to 16x16.
    #[cnn(int8)] struct ResizeBilinear { input 8x8x4; upsample 2 bilinear; }
    /// resize_bilinear_half_pixel.json: RESIZE_BILINEAR to 13x13, half-pixel centres.
    #[cnn(int8)] struct ResizeBilinearHalfPixel { input 8x8x4; resize 13x13 bilinear; }
    /// resize_nearest.json as `cnn import` prints it: a size, not a factor.
    #[cnn(int8)] struct ResizeNearestSize { input 8x8x4; resize 16x16; }
    /// transpose_conv.json as `cnn import` prints it: `pad same`.
    #[cnn(int8)] struct TransposeConvSame { input 5x5x4; convtranspose 3x3x6 stride 2 pad same; }
    /// transpose_conv.json: TRANSPOSE_CONV 3x3, 6 filters, stride 2, SAME,
    /// [1,5,5,4] to [1,10,10,6] (PyTorch's padding 1, output padding 1).
    #[cnn(int8)] struct TransposeConv { input 5x5x4; convtranspose 3x3x6 stride 2 pad 1 outpad 1; }
}

/// `bytes` as int8 values.
fn int8(bytes: &[u8]) -> Vec<i8> {
    bytes.iter().map(|&b| b as i8).collect()
}

/// Runs every case of the fixture `$file` through `$net` and compares
/// the bytes with TFLM's.
macro_rules! exact {
    ($net:ident, $quantized:ident, $file:literal) => {{
        let model = include_bytes!(concat!("../../tests/int8/kinds/", $file, ".tflite"));
        let inputs = int8(include_bytes!(concat!(
            "../../tests/int8/kinds/",
            $file,
            ".in"
        )));
        let outputs = int8(include_bytes!(concat!(
            "../../tests/int8/kinds/",
            $file,
            ".out"
        )));
        let tables = $quantized::from_tflite(model).unwrap_or_else(|e| panic!("{}: {e}", $file));
        // The same tables through their image (what `cnn import --image`
        // writes), read back without the model: TFLM's bytes again.
        let image = tables.image();
        let imaged = $quantized::from_image(&image).unwrap_or_else(|e| panic!("{}: {e}", $file));
        let cases = inputs.len() / $net::INPUT_LEN;
        assert!(
            cases > 0 && inputs.len() == cases * $net::INPUT_LEN,
            "{}",
            $file
        );
        assert_eq!(outputs.len(), cases * $net::OUTPUT_LEN, "{}", $file);
        let mut arena = [0u8; $net::ARENA_BYTES];
        for case in 0..cases {
            let input: &[i8; $net::INPUT_LEN] = inputs[case * $net::INPUT_LEN..][..$net::INPUT_LEN]
                .try_into()
                .unwrap();
            let expected = &outputs[case * $net::OUTPUT_LEN..][..$net::OUTPUT_LEN];
            for (how, tables) in [("from_tflite", &tables), ("from_image", &imaged)] {
                let output = $net::forward_int8(tables, input, &mut arena);
                assert_eq!(&output[..], expected, "{} case {case}, {how}", $file);
            }
        }
    }};
}

#[test]
fn conv() {
    exact!(Conv, ConvQuantized, "conv");
    exact!(ConvGroups2, ConvGroups2Quantized, "conv_groups2");
    exact!(ConvRelu, ConvReluQuantized, "conv_relu");
    exact!(
        ConvS2SameRelu6,
        ConvS2SameRelu6Quantized,
        "conv_s2_same_relu6"
    );
}

#[test]
fn depthwise() {
    exact!(Depthwise, DepthwiseQuantized, "depthwise");
    exact!(DepthwiseM2, DepthwiseM2Quantized, "depthwise_m2");
}

#[test]
fn fully_connected() {
    exact!(FullyConnected, FullyConnectedQuantized, "fully_connected");
    exact!(
        FullyConnectedRelu,
        FullyConnectedReluQuantized,
        "fully_connected_relu"
    );
    exact!(
        FullyConnectedWide,
        FullyConnectedWideQuantized,
        "fully_connected_wide"
    );
}

#[test]
fn pools() {
    exact!(MaxPool, MaxPoolQuantized, "maxpool");
    exact!(MaxPoolSame, MaxPoolSameQuantized, "maxpool_same");
    exact!(AvgPool, AvgPoolQuantized, "avgpool");
    exact!(AvgPoolSame, AvgPoolSameQuantized, "avgpool_same");
}

#[test]
fn softmax() {
    exact!(Softmax, SoftmaxQuantized, "softmax");
}

#[test]
fn activations() {
    exact!(Relu, ReluQuantized, "relu");
    exact!(Relu6, Relu6Quantized, "relu6");
    exact!(LeakyRelu, LeakyReluQuantized, "leakyrelu");
    exact!(Logistic, LogisticQuantized, "logistic");
    exact!(Tanh, TanhQuantized, "tanh");
    exact!(HardSwish, HardSwishQuantized, "hardswish");
}

#[test]
fn mean() {
    exact!(Mean, MeanQuantized, "mean");
    exact!(Mean, MeanQuantized, "mean_keepdims");
}

#[test]
fn pad_and_reshape() {
    exact!(Pad, PadQuantized, "pad");
    exact!(Reshape, ReshapeQuantized, "reshape");
}

#[test]
fn resize() {
    exact!(ResizeNearest, ResizeNearestQuantized, "resize_nearest");
    exact!(
        ResizeNearestSize,
        ResizeNearestSizeQuantized,
        "resize_nearest"
    );
    exact!(ResizeBilinear, ResizeBilinearQuantized, "resize_bilinear");
    exact!(
        ResizeBilinearHalfPixel,
        ResizeBilinearHalfPixelQuantized,
        "resize_bilinear_half_pixel"
    );
}

#[test]
fn transpose_conv() {
    exact!(TransposeConv, TransposeConvQuantized, "transpose_conv");
    exact!(
        TransposeConvSame,
        TransposeConvSameQuantized,
        "transpose_conv"
    );
}
