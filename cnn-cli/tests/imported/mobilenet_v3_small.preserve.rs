cnn! {
    // Imported from mobilenet_v3_small.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct MobilenetV3SmallPreserve {
        input 224x224x3;
        features_0_0: conv 3x3x16 stride 2 pad 1 nobias;
        features_0_1: bn;
        hardswish;
        features_1_block_0_0: dwconv 3x3 stride 2 pad 1 nobias;
        features_1_block_0_1: bn;
        relu;
        mul {
            {
                gap;
                features_1_block_1_fc1: conv 1x1x8;
                relu;
                features_1_block_1_fc2: conv 1x1x16;
                hardsigmoid;
            }
            {}
        }
        features_1_block_2_0: conv 1x1x16 nobias;
        features_1_block_2_1: bn;
        features_2_block_0_0: conv 1x1x72 nobias;
        features_2_block_0_1: bn;
        relu;
        features_2_block_1_0: dwconv 3x3 stride 2 pad 1 nobias;
        features_2_block_1_1: bn;
        relu;
        features_2_block_2_0: conv 1x1x24 nobias;
        features_2_block_2_1: bn;
        residual {
            features_3_block_0_0: conv 1x1x88 nobias;
            features_3_block_0_1: bn;
            relu;
            features_3_block_1_0: dwconv 3x3 pad 1 nobias;
            features_3_block_1_1: bn;
            relu;
            features_3_block_2_0: conv 1x1x24 nobias;
            features_3_block_2_1: bn;
        }
        features_4_block_0_0: conv 1x1x96 nobias;
        features_4_block_0_1: bn;
        hardswish;
        features_4_block_1_0: dwconv 5x5 stride 2 pad 2 nobias;
        features_4_block_1_1: bn;
        hardswish;
        mul {
            {
                gap;
                features_4_block_2_fc1: conv 1x1x24;
                relu;
                features_4_block_2_fc2: conv 1x1x96;
                hardsigmoid;
            }
            {}
        }
        features_4_block_3_0: conv 1x1x40 nobias;
        features_4_block_3_1: bn;
        residual {
            features_5_block_0_0: conv 1x1x240 nobias;
            features_5_block_0_1: bn;
            hardswish;
            features_5_block_1_0: dwconv 5x5 pad 2 nobias;
            features_5_block_1_1: bn;
            hardswish;
            mul {
                {
                    gap;
                    features_5_block_2_fc1: conv 1x1x64;
                    relu;
                    features_5_block_2_fc2: conv 1x1x240;
                    hardsigmoid;
                }
                {}
            }
            features_5_block_3_0: conv 1x1x40 nobias;
            features_5_block_3_1: bn;
        }
        residual {
            features_6_block_0_0: conv 1x1x240 nobias;
            features_6_block_0_1: bn;
            hardswish;
            features_6_block_1_0: dwconv 5x5 pad 2 nobias;
            features_6_block_1_1: bn;
            hardswish;
            mul {
                {
                    gap;
                    features_6_block_2_fc1: conv 1x1x64;
                    relu;
                    features_6_block_2_fc2: conv 1x1x240;
                    hardsigmoid;
                }
                {}
            }
            features_6_block_3_0: conv 1x1x40 nobias;
            features_6_block_3_1: bn;
        }
        features_7_block_0_0: conv 1x1x120 nobias;
        features_7_block_0_1: bn;
        hardswish;
        features_7_block_1_0: dwconv 5x5 pad 2 nobias;
        features_7_block_1_1: bn;
        hardswish;
        mul {
            {
                gap;
                features_7_block_2_fc1: conv 1x1x32;
                relu;
                features_7_block_2_fc2: conv 1x1x120;
                hardsigmoid;
            }
            {}
        }
        features_7_block_3_0: conv 1x1x48 nobias;
        features_7_block_3_1: bn;
        residual {
            features_8_block_0_0: conv 1x1x144 nobias;
            features_8_block_0_1: bn;
            hardswish;
            features_8_block_1_0: dwconv 5x5 pad 2 nobias;
            features_8_block_1_1: bn;
            hardswish;
            mul {
                {
                    gap;
                    features_8_block_2_fc1: conv 1x1x40;
                    relu;
                    features_8_block_2_fc2: conv 1x1x144;
                    hardsigmoid;
                }
                {}
            }
            features_8_block_3_0: conv 1x1x48 nobias;
            features_8_block_3_1: bn;
        }
        features_9_block_0_0: conv 1x1x288 nobias;
        features_9_block_0_1: bn;
        hardswish;
        features_9_block_1_0: dwconv 5x5 stride 2 pad 2 nobias;
        features_9_block_1_1: bn;
        hardswish;
        mul {
            {
                gap;
                features_9_block_2_fc1: conv 1x1x72;
                relu;
                features_9_block_2_fc2: conv 1x1x288;
                hardsigmoid;
            }
            {}
        }
        features_9_block_3_0: conv 1x1x96 nobias;
        features_9_block_3_1: bn;
        residual {
            features_10_block_0_0: conv 1x1x576 nobias;
            features_10_block_0_1: bn;
            hardswish;
            features_10_block_1_0: dwconv 5x5 pad 2 nobias;
            features_10_block_1_1: bn;
            hardswish;
            mul {
                {
                    gap;
                    features_10_block_2_fc1: conv 1x1x144;
                    relu;
                    features_10_block_2_fc2: conv 1x1x576;
                    hardsigmoid;
                }
                {}
            }
            features_10_block_3_0: conv 1x1x96 nobias;
            features_10_block_3_1: bn;
        }
        residual {
            features_11_block_0_0: conv 1x1x576 nobias;
            features_11_block_0_1: bn;
            hardswish;
            features_11_block_1_0: dwconv 5x5 pad 2 nobias;
            features_11_block_1_1: bn;
            hardswish;
            mul {
                {
                    gap;
                    features_11_block_2_fc1: conv 1x1x144;
                    relu;
                    features_11_block_2_fc2: conv 1x1x576;
                    hardsigmoid;
                }
                {}
            }
            features_11_block_3_0: conv 1x1x96 nobias;
            features_11_block_3_1: bn;
        }
        features_12_0: conv 1x1x576 nobias;
        features_12_1: bn;
        hardswish;
        gap;
        flatten;
        classifier_0: fc 1024;
        hardswish;
        classifier_3: fc 1000;
    }
}
