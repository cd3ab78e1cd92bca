cnn! {
    // Imported from mobilenet_v2.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct MobilenetV2Preserve {
        input 224x224x3;
        features_0_0: conv 3x3x32 stride 2 pad 1 nobias;
        features_0_1: bn;
        relu6;
        features_1_conv_0_0: dwconv 3x3 pad 1 nobias;
        features_1_conv_0_1: bn;
        relu6;
        features_1_conv_1: conv 1x1x16 nobias;
        features_1_conv_2: bn;
        features_2_conv_0_0: conv 1x1x96 nobias;
        features_2_conv_0_1: bn;
        relu6;
        features_2_conv_1_0: dwconv 3x3 stride 2 pad 1 nobias;
        features_2_conv_1_1: bn;
        relu6;
        features_2_conv_2: conv 1x1x24 nobias;
        features_2_conv_3: bn;
        residual {
            features_3_conv_0_0: conv 1x1x144 nobias;
            features_3_conv_0_1: bn;
            relu6;
            features_3_conv_1_0: dwconv 3x3 pad 1 nobias;
            features_3_conv_1_1: bn;
            relu6;
            features_3_conv_2: conv 1x1x24 nobias;
            features_3_conv_3: bn;
        }
        features_4_conv_0_0: conv 1x1x144 nobias;
        features_4_conv_0_1: bn;
        relu6;
        features_4_conv_1_0: dwconv 3x3 stride 2 pad 1 nobias;
        features_4_conv_1_1: bn;
        relu6;
        features_4_conv_2: conv 1x1x32 nobias;
        features_4_conv_3: bn;
        residual {
            features_5_conv_0_0: conv 1x1x192 nobias;
            features_5_conv_0_1: bn;
            relu6;
            features_5_conv_1_0: dwconv 3x3 pad 1 nobias;
            features_5_conv_1_1: bn;
            relu6;
            features_5_conv_2: conv 1x1x32 nobias;
            features_5_conv_3: bn;
        }
        residual {
            features_6_conv_0_0: conv 1x1x192 nobias;
            features_6_conv_0_1: bn;
            relu6;
            features_6_conv_1_0: dwconv 3x3 pad 1 nobias;
            features_6_conv_1_1: bn;
            relu6;
            features_6_conv_2: conv 1x1x32 nobias;
            features_6_conv_3: bn;
        }
        features_7_conv_0_0: conv 1x1x192 nobias;
        features_7_conv_0_1: bn;
        relu6;
        features_7_conv_1_0: dwconv 3x3 stride 2 pad 1 nobias;
        features_7_conv_1_1: bn;
        relu6;
        features_7_conv_2: conv 1x1x64 nobias;
        features_7_conv_3: bn;
        residual {
            features_8_conv_0_0: conv 1x1x384 nobias;
            features_8_conv_0_1: bn;
            relu6;
            features_8_conv_1_0: dwconv 3x3 pad 1 nobias;
            features_8_conv_1_1: bn;
            relu6;
            features_8_conv_2: conv 1x1x64 nobias;
            features_8_conv_3: bn;
        }
        residual {
            features_9_conv_0_0: conv 1x1x384 nobias;
            features_9_conv_0_1: bn;
            relu6;
            features_9_conv_1_0: dwconv 3x3 pad 1 nobias;
            features_9_conv_1_1: bn;
            relu6;
            features_9_conv_2: conv 1x1x64 nobias;
            features_9_conv_3: bn;
        }
        residual {
            features_10_conv_0_0: conv 1x1x384 nobias;
            features_10_conv_0_1: bn;
            relu6;
            features_10_conv_1_0: dwconv 3x3 pad 1 nobias;
            features_10_conv_1_1: bn;
            relu6;
            features_10_conv_2: conv 1x1x64 nobias;
            features_10_conv_3: bn;
        }
        features_11_conv_0_0: conv 1x1x384 nobias;
        features_11_conv_0_1: bn;
        relu6;
        features_11_conv_1_0: dwconv 3x3 pad 1 nobias;
        features_11_conv_1_1: bn;
        relu6;
        features_11_conv_2: conv 1x1x96 nobias;
        features_11_conv_3: bn;
        residual {
            features_12_conv_0_0: conv 1x1x576 nobias;
            features_12_conv_0_1: bn;
            relu6;
            features_12_conv_1_0: dwconv 3x3 pad 1 nobias;
            features_12_conv_1_1: bn;
            relu6;
            features_12_conv_2: conv 1x1x96 nobias;
            features_12_conv_3: bn;
        }
        residual {
            features_13_conv_0_0: conv 1x1x576 nobias;
            features_13_conv_0_1: bn;
            relu6;
            features_13_conv_1_0: dwconv 3x3 pad 1 nobias;
            features_13_conv_1_1: bn;
            relu6;
            features_13_conv_2: conv 1x1x96 nobias;
            features_13_conv_3: bn;
        }
        features_14_conv_0_0: conv 1x1x576 nobias;
        features_14_conv_0_1: bn;
        relu6;
        features_14_conv_1_0: dwconv 3x3 stride 2 pad 1 nobias;
        features_14_conv_1_1: bn;
        relu6;
        features_14_conv_2: conv 1x1x160 nobias;
        features_14_conv_3: bn;
        residual {
            features_15_conv_0_0: conv 1x1x960 nobias;
            features_15_conv_0_1: bn;
            relu6;
            features_15_conv_1_0: dwconv 3x3 pad 1 nobias;
            features_15_conv_1_1: bn;
            relu6;
            features_15_conv_2: conv 1x1x160 nobias;
            features_15_conv_3: bn;
        }
        residual {
            features_16_conv_0_0: conv 1x1x960 nobias;
            features_16_conv_0_1: bn;
            relu6;
            features_16_conv_1_0: dwconv 3x3 pad 1 nobias;
            features_16_conv_1_1: bn;
            relu6;
            features_16_conv_2: conv 1x1x160 nobias;
            features_16_conv_3: bn;
        }
        features_17_conv_0_0: conv 1x1x960 nobias;
        features_17_conv_0_1: bn;
        relu6;
        features_17_conv_1_0: dwconv 3x3 pad 1 nobias;
        features_17_conv_1_1: bn;
        relu6;
        features_17_conv_2: conv 1x1x320 nobias;
        features_17_conv_3: bn;
        features_18_0: conv 1x1x1280 nobias;
        features_18_1: bn;
        relu6;
        gap;
        flatten;
        classifier_1: fc 1000;
    }
}
